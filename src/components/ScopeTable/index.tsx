import React from 'react';
import Translate from '@docusaurus/Translate';
import {DSOP_SCOPES} from '@site/src/lib/scope-catalogue';
import FactTable, {SourceCell} from '../FactTable';
import {AltinnRight} from '../AltinnRightsTable';

/** The four DSOP ajourhold scopes from src/lib/scopes.ts, with base URLs and the Altinn right to delegate. */
export default function ScopeTable(): React.JSX.Element {
  return (
    <FactTable
      name="scopes"
      columns={[
        <Translate id="facts.scope.scope">Scope</Translate>,
        <Translate id="facts.scope.owner">Eier og API</Translate>,
        <Translate id="facts.scope.baseUrls">Adresse i test og produksjon</Translate>,
        <Translate id="facts.scope.altinnRight">Rettighet i Altinn</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {DSOP_SCOPES.map((s) => (
        <tr key={s.scope} data-scope={s.scope}>
          <th scope="row">
            <code>{s.scope}</code>
          </th>
          <td>
            {s.owner}: {s.api}
          </td>
          <td>
            <Translate id="facts.scope.test">Test:</Translate> <code>{s.testBaseUrl}</code>
            <br />
            <Translate id="facts.scope.prod">Produksjon:</Translate> <code>{s.prodBaseUrl}</code>
          </td>
          <td>
            <AltinnRight scope={s} cite />
          </td>
          <SourceCell href={s.source} checked={s.checked}>
            {s.owner}
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
