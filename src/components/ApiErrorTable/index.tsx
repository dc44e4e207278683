import React from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Translate from '@docusaurus/Translate';
import {API_ERRORS, API_NAMES, apiErrorAnchor, type ApiId} from '@site/src/lib/api-error-table';
import {needsMarker} from '@site/src/lib/fact-status';
import FactTable, {SourceCell} from '../FactTable';
import NotConfirmed from '../NotConfirmed';
import {useLanguage} from '../localeHooks';
import styles from '../factTables.module.css';

interface Props {
  /** Only the rows of these APIs; all rows when unset. */
  readonly apis?: readonly ApiId[];
  /**
   * Give every row its anchor (`api-<api>-<code>`) and register it with Docusaurus. Only the troubleshooting
   * page does this, so the explainer's links have one target.
   */
  readonly anchors?: boolean;
}

/** The DSOP APIs' own error codes, from src/lib/api-errors.ts. */
export default function ApiErrorTable({apis, anchors = false}: Props): React.JSX.Element {
  const lang = useLanguage();
  const brokenLinks = useBrokenLinks();
  const rows = apis ? API_ERRORS.filter((e) => apis.includes(e.api)) : API_ERRORS;
  if (anchors) for (const e of rows) brokenLinks.collectAnchor(apiErrorAnchor(e));
  return (
    <FactTable
      name="api-errors"
      columns={[
        <Translate id="facts.apiErrors.code">Kode</Translate>,
        <Translate id="facts.apiErrors.api">API</Translate>,
        <Translate id="facts.apiErrors.status">HTTP-status</Translate>,
        <Translate id="facts.apiErrors.meaning">Betydning</Translate>,
        <Translate id="facts.apiErrors.fix">Slik retter dere det</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {rows.map((e) => (
        <tr
          key={`${e.api}-${e.code}`}
          id={anchors ? apiErrorAnchor(e) : undefined}
          data-api={e.api}
          data-api-error={e.code}>
          <th scope="row">
            <code>{e.code}</code>
          </th>
          <td>{API_NAMES[e.api]}</td>
          <td>
            {e.httpStatus}
            {e.classification ? (
              <>
                <br />
                <span className={styles.note}>{e.classification}</span>
              </>
            ) : null}
          </td>
          <td>{e.meaning[lang]}</td>
          <td>
            {e.fix[lang]}
            {needsMarker(e.status) ? (
              <>
                <br />
                <NotConfirmed href={e.source} />
                {e.unverified ? <span className={styles.note}> {e.unverified[lang]}</span> : null}
              </>
            ) : null}
          </td>
          <SourceCell href={e.source} checked={e.checked}>
            {e.api === 'nav-otp' ? 'NAV' : 'Skatteetaten'}
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
