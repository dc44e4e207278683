import React from 'react';
import Translate from '@docusaurus/Translate';
import {DSOP_SCOPES} from '@site/src/lib/scope-catalogue';
import FactTable, {SourceCell, Value} from '../FactTable';
import {AltinnRight} from '../AltinnRightsTable';
import styles from '../factTables.module.css';

/**
 * The four DSOP ajourhold scopes from src/lib/scopes.ts, with base URLs and the Altinn right to delegate. The owner,
 * the API and the Altinn right stand under the scope, so the table keeps each address whole and its source in view on a desktop.
 */
export default function ScopeTable(): React.JSX.Element {
  return (
    <FactTable
      name="scopes"
      columns={[
        <Translate id="facts.scope.scopeAndOwner">Scope, API og rettighet i Altinn</Translate>,
        <Translate id="facts.scope.baseUrls">Adresse i test og produksjon</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {DSOP_SCOPES.map((s) => (
        <tr key={s.scope} data-scope={s.scope}>
          <th scope="row">
            <Value>{s.scope}</Value>
            <br />
            <span className={styles.owner}>
              {s.owner}: {s.api}
              <br />
              <Translate id="facts.scope.altinnRight">Rettighet i Altinn</Translate>: <AltinnRight scope={s} cite />
            </span>
          </th>
          <td>
            <Translate id="facts.scope.test">Test:</Translate> <Value>{s.testBaseUrl}</Value>
            <br />
            <Translate id="facts.scope.prod">Produksjon:</Translate> <Value>{s.prodBaseUrl}</Value>
          </td>
          <SourceCell href={s.source} checked={s.checked}>
            {s.owner}
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
