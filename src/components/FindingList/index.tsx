import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '../lazyTranslate';
import {findingRow, type Finding, type Severity} from '@site/src/lib/findings';
import {inOrder} from '@site/src/lib/finding-order';
import {findingMessageParts, pathLabel} from '@site/src/lib/finding-text';
import {FINDING_TEXTS} from '../findingTexts';
import {useFindingHref} from '../toolHooks';
import {countText} from './counts';
import {SeverityIcon, severityLabel} from './severity';
import styles from './styles.module.css';

interface ItemProps {
  readonly finding: Finding;
  readonly action?: ReactNode;
  /** An element id, so a claim row can link to the finding about it. */
  readonly id?: string;
}

/**
 * «Les mer» navigates within the page's JavaScript (as Docusaurus's own links do), so what the reader typed into
 * the tool is still there when they come back with Back (toolMemory). A plain anchor, not `<Link>`: Link
 * prefetches the target's code when it scrolls into view, and a tool makes no request while the reader works.
 */
function useReadMore(): (event: React.MouseEvent<HTMLAnchorElement>) => void {
  const history = useHistory();
  return (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.push(event.currentTarget.getAttribute('href') ?? '/');
  };
}

export function FindingItem({finding, action, id}: ItemProps): React.JSX.Element {
  const href = useFindingHref();
  const readMore = useReadMore();
  const mpCode = findingRow(finding.code).mpCode;
  return (
    <li
      id={id}
      className={clsx(styles.item, styles[finding.severity])}
      data-finding-code={finding.code}
      data-severity={finding.severity}>
      <div className={styles.head}>
        <SeverityIcon severity={finding.severity} />
        <strong className={styles.severity}>{severityLabel(finding.severity)}</strong>
        <code className={styles.code}>{finding.code}</code>
        {mpCode ? <span className={styles.mp}>{mpCode}</span> : null}
      </div>
      <p className={styles.message}>
        {/* Values from the input sit in <bdi>, so a right-to-left or control character cannot reorder the words. */}
        {findingMessageParts(finding, FINDING_TEXTS).map((part, i) =>
          part.value ? <bdi key={i}>{part.text}</bdi> : part.text,
        )}
      </p>
      {finding.path ? (
        <p className={styles.path}>
          <Translate id="tools.finding.path" values={{path: <bdi>{pathLabel(finding.path, FINDING_TEXTS)}</bdi>}}>
            {'Gjelder: {path}'}
          </Translate>
        </p>
      ) : null}
      <div className={styles.foot}>
        <a href={href(finding.code)} className={styles.link} onClick={readMore}>
          <Translate id="tools.finding.readMore">Les mer</Translate>
          <span className="sr-only">
            <Translate id="tools.finding.readMore.about" values={{code: finding.code}}>
              {' om {code}'}
            </Translate>
          </span>
        </a>
        {action}
      </div>
    </li>
  );
}

interface Props {
  readonly findings: readonly Finding[];
  /** A control shown under a finding, such as the scope validator's one-click fix. */
  readonly renderAction?: (finding: Finding) => ReactNode;
  /** Label for the list, read by screen readers. */
  readonly label?: string;
  /** An element id for each finding (by its index in `findings`), for links to it. */
  readonly idFor?: (finding: Finding, index: number) => string;
}

/** Counts per severity, e.g. "2 feil, 1 advarsel, 3 info". */
export function FindingSummary({findings}: {readonly findings: readonly Finding[]}): React.JSX.Element {
  const count = (s: Severity): string => countText(s, findings.filter((f) => f.severity === s).length);
  return (
    <p className={styles.summary}>
      <Translate
        id="tools.findings.summary"
        values={{errors: count('error'), warnings: count('warning'), infos: count('info')}}>
        {'Funn: {errors}, {warnings}, {infos}'}
      </Translate>
    </p>
  );
}

/** The summary and the list, errors first, without the live region around them (Findings owns that). */
export function FindingListContent({findings, renderAction, label, idFor}: Props): React.JSX.Element {
  // The one order (src/lib/finding-order.ts); the index stays the finding's own, for the ids claim rows link to.
  const sorted = inOrder(
    findings.map((f, index) => ({f, index})),
    ({f}) => f.severity,
  );
  return (
    <>
      <FindingSummary findings={findings} />
      {sorted.length > 0 ? (
        <ul className={styles.list} aria-label={label ?? translate({id: 'tools.findings.label', message: 'Funn'})}>
          {sorted.map(({f, index}, i) => (
            <FindingItem
              key={`${f.code}-${f.path ?? ''}-${i}`}
              finding={f}
              action={renderAction?.(f)}
              {...(idFor ? {id: idFor(f, index)} : {})}
            />
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * Findings, errors first. The region is polite-live, so a screen reader hears new findings as the reader types.
 * Every text here is a React text node: a pasted value is shown literally, never parsed as HTML.
 * Tools use the light `Findings` wrapper instead, which loads this module (and the catalogue's texts) only
 * when there is something to show.
 */
export default function FindingList(props: Props): React.JSX.Element {
  return (
    <div className={styles.region} aria-live="polite" data-findings="">
      <FindingListContent {...props} />
    </div>
  );
}
