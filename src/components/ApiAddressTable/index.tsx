import React from 'react';
import Translate from '@docusaurus/Translate';
import {DSOP_SCOPES} from '@site/src/lib/scope-catalogue';
import FactTable, {SourceCell} from '../FactTable';

/** The DSOP ajourhold APIs' base URLs in test and production, from src/lib/scopes.ts. */
export default function ApiAddressTable(): React.JSX.Element {
  return (
    <FactTable
      name="api-addresses"
      columns={[
        <Translate id="facts.api.name">API</Translate>,
        <Translate id="facts.api.test">Test</Translate>,
        <Translate id="facts.api.prod">Produksjon</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {DSOP_SCOPES.map((s) => (
        <tr key={s.scope} data-scope={s.scope}>
          <th scope="row">
            {s.owner} {s.api}
          </th>
          <td>
            <code>{s.testBaseUrl}</code>
          </td>
          <td>
            <code>{s.prodBaseUrl}</code>
          </td>
          <SourceCell href={s.baseUrlSource} checked={s.checked}>
            {s.owner}
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
