import React, {memo, useMemo, useState} from 'react';
import clsx from 'clsx';
import Translate from '../lazyTranslate';
import type {Finding} from '@site/src/lib/findings';
import type {ClaimDescription} from '@site/src/lib/jwt/claims';
import {formatUnixTime} from '../toolHooks';
import {InputValue, Note, Row, rowStyles, type RowMark} from '../CertificateRows/Row';

const TIME_CLAIMS = new Set(['iat', 'exp', 'nbf']);

/**
 * Rows drawn at once. Beyond this, only the claims the token's kind knows and those a finding is about are drawn
 * until the reader asks for the rest: a grant with 3 500 made-up claims gets its verdict at once, not after a
 * second of drawing rows nobody reads.
 */
export const ROWS_AT_ONCE = 60;

/** The claim a finding's path (`claims.scope[1]`, `header.x5c`) is about: `claims.scope`, `header.x5c`. */
function claimOf(path: string): string {
  return /^(header|claims)\.[^.[]+/.exec(path)?.[0] ?? path;
}

interface Props {
  readonly values: Record<string, unknown>;
  readonly location: 'header' | 'claims';
  readonly table: readonly ClaimDescription[];
  readonly locale: string;
  readonly lang: 'nb' | 'en';
  readonly findings: readonly Finding[];
  readonly findingId: (index: number) => string;
}

/**
 * The header's or the claims' rows, each with what it means, its time in words, and a mark linking each error or
 * warning about it. Marks are looked up once per analysis, not per row, so thousands of claims stay quick; the
 * rows are drawn again only when the analysis changes.
 */
function ClaimRows({values, location, table, locale, lang, findings, findingId}: Props): React.JSX.Element {
  const marksByClaim = useMemo(() => {
    const marks = new Map<string, RowMark[]>();
    findings.forEach((finding, index) => {
      if (finding.severity === 'info' || finding.path === undefined) return;
      const claim = claimOf(finding.path);
      marks.set(claim, [...(marks.get(claim) ?? []), {finding, id: findingId(index)}]);
    });
    return marks;
  }, [findings, findingId]);
  const descriptions = useMemo(
    () => new Map(table.filter((c) => c.location === location).map((c) => [c.name, c])),
    [table, location],
  );
  const [showAll, setShowAll] = useState(false);
  const entries = Object.entries(values);
  const shown =
    showAll || entries.length <= ROWS_AT_ONCE
      ? entries
      : entries.filter(
          ([name], index) => index < ROWS_AT_ONCE || descriptions.has(name) || marksByClaim.has(`${location}.${name}`),
        );
  const hidden = entries.length - shown.length;
  return (
    <>
      <dl className={rowStyles.rows}>
        {shown.map(([name, value]) => {
          const description = descriptions.get(name);
          const time =
            location === 'claims' && TIME_CLAIMS.has(name) && typeof value === 'number'
              ? formatUnixTime(value, locale)
              : undefined;
          const shown =
            name === 'x5c' && Array.isArray(value)
              ? value.map((v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…` : v))
              : value;
          const claim = `${location}.${name}`;
          return (
            <Row key={name} claim={claim} term={<code>{name}</code>} marks={marksByClaim.get(claim)}>
              <InputValue value={shown} />
              {time ? (
                <Note>
                  <Translate id="tools.token.time" values={{local: time.local, utc: time.utc}}>
                    {'{local} (lokal tid) · {utc} UTC'}
                  </Translate>
                </Note>
              ) : null}
              {description ? <Note>{description.description[lang]}</Note> : null}
            </Row>
          );
        })}
      </dl>
      {hidden > 0 ? (
        <p>
          <button
            type="button"
            className={clsx('button button--sm button--secondary')}
            data-show-all-claims=""
            onClick={() => setShowAll(true)}>
            <Translate id="tools.token.showAllClaims" values={{count: hidden}}>
              {'Vis de {count} andre'}
            </Translate>
          </button>
        </p>
      ) : null}
    </>
  );
}

export default memo(ClaimRows);
