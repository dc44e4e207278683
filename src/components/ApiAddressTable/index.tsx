import React from 'react';
import Translate from '@docusaurus/Translate';
import {DSOP_SCOPES} from '@site/src/lib/scope-catalogue';
import FactTable, {SourceCell, Value} from '../FactTable';

/**
 * The DSOP ajourhold APIs' base URLs in test and production, from src/lib/scopes.ts: both in one column, as the
 * scopes table has them, so each address keeps its parts whole and the source is in view on a desktop.
 */
export default function ApiAddressTable(): React.JSX.Element {
  return (
    <FactTable
      name="api-addresses"
      columns={[
        <Translate id="facts.api.name">API</Translate>,
        <Translate id="facts.scope.baseUrls">Adresse i test og produksjon</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {DSOP_SCOPES.map((s) => (
        <tr key={s.scope} data-scope={s.scope}>
          <th scope="row">
            {s.owner} {s.api}
          </th>
          <td>
            <Translate id="facts.scope.test">Test:</Translate> <Value>{s.testBaseUrl}</Value>
            <br />
            <Translate id="facts.scope.prod">Produksjon:</Translate> <Value>{s.prodBaseUrl}</Value>
          </td>
          <SourceCell href={s.baseUrlSource} checked={s.checked}>
            {s.owner}
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
