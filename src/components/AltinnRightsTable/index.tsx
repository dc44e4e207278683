import React from 'react';
import Translate from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import {DSOP_SCOPES, DSOP_SCOPES_SOURCE, type DsopScope} from '@site/src/lib/scope-catalogue';
import FactTable, {SourceCell} from '../FactTable';
import styles from '../factTables.module.css';

/**
 * The right as DSOP names it (its FAQ and onboarding step B-7), with the provider's own name for it as a side note
 * where that differs, linked to the provider's page that gives it.
 */
export function AltinnRight({
  scope,
  cite = false,
}: {
  readonly scope: DsopScope;
  /** Name DSOP as the source after the right, in a table whose source column is about something else. */
  readonly cite?: boolean;
}): React.JSX.Element {
  return (
    <>
      {/* Altinn's own (Norwegian) name, also on the English page: marked so a screen reader says it in bokmål. */}
      <span lang="nb">{scope.altinnRight}</span>
      {cite ? (
        <span className={styles.note}>
          {' ('}
          <Link href={DSOP_SCOPES_SOURCE}>DSOP</Link>)
        </span>
      ) : null}
      {scope.altinnRightProviderName ? (
        <>
          <br />
          <span className={styles.note}>
            <Translate
              id="facts.scope.providerName"
              values={{
                owner: <Link href={scope.source}>{scope.owner}</Link>,
                name: <span lang="nb">{scope.altinnRightProviderName}</span>,
              }}>
              {'hos {owner}: {name}'}
            </Translate>
          </span>
        </>
      ) : null}
    </>
  );
}

/**
 * Which right in Altinn a pension institution delegates to its vendor, per scope, from src/lib/scope-catalogue.ts.
 * The names are DSOP's, so the source column is DSOP's FAQ (the providers' pages are linked from their own names).
 */
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
          <SourceCell href={DSOP_SCOPES_SOURCE} checked={s.checked}>
            DSOP
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
