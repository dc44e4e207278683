import React from 'react';
import Translate from '@docusaurus/Translate';
import {DSOP_SCOPES, type DsopScope} from '@site/src/lib/scope-catalogue';
import FactTable, {SourceCell} from '../FactTable';
import styles from '../factTables.module.css';

/** The right as DSOP names it, with the provider's own name for it as a side note where that differs. */
export function AltinnRight({scope}: {readonly scope: DsopScope}): React.JSX.Element {
  return (
    <>
      {/* Altinn's own (Norwegian) name, also on the English page: marked so a screen reader says it in bokmål. */}
      <span lang="nb">{scope.altinnRight}</span>
      {scope.altinnRightProviderName ? (
        <>
          <br />
          <span className={styles.note}>
            <Translate
              id="facts.scope.providerName"
              values={{owner: scope.owner, name: <span lang="nb">{scope.altinnRightProviderName}</span>}}>
              {'hos {owner}: {name}'}
            </Translate>
          </span>
        </>
      ) : null}
    </>
  );
}

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
            <AltinnRight scope={s} />
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
