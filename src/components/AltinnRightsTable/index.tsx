import React from 'react';
import Translate from '@docusaurus/Translate';
import {DSOP_SCOPES} from '@site/src/lib/scopes';
import FactTable, {SourceCell} from '../FactTable';
import styles from '../factTables.module.css';

/** Which right in Altinn a pension institution delegates to its vendor, per scope, from src/lib/scopes.ts. */
export default function AltinnRightsTable(): React.JSX.Element {
  return (
    <FactTable
      name="altinn-rights"
      columns={[
        <Translate id="facts.altinn.right">Rettighet i Altinn</Translate>,
        <Translate id="facts.altinn.scope">Scope</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {DSOP_SCOPES.map((s) => (
        <tr key={s.scope} data-scope={s.scope}>
          <th scope="row">
            {s.altinnRight}
            {s.altinnRightProviderName ? (
              <>
                <br />
                <span className={styles.note}>
                  <Translate id="facts.scope.providerName" values={{owner: s.owner, name: s.altinnRightProviderName}}>
                    {'hos {owner}: {name}'}
                  </Translate>
                </span>
              </>
            ) : null}
          </th>
          <td>
            <code>{s.scope}</code>
          </td>
          <SourceCell href={s.source} checked={s.checked}>
            {s.owner}
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
