// The findings region every tool shows. It is light: the list itself (with the catalogue's texts) loads the
// first time there is a finding to show, while the live region is there from the start, so a screen reader
// hears the first findings as well as later ones.
import React, {Suspense, lazy, type ReactNode} from 'react';
import Translate from '../lazyTranslate';
import type {Finding} from '@site/src/lib/findings';
import styles from '../FindingList/styles.module.css';

const FindingList = lazy(() => import('../FindingList').then((m) => ({default: m.FindingListContent})));

interface Props {
  readonly findings: readonly Finding[];
  /** A control shown under a finding, such as the scope validator's one-click fix. */
  readonly renderAction?: (finding: Finding) => ReactNode;
  /** Label for the list, read by screen readers. */
  readonly label?: string;
  /** An element id for each finding (by its index in `findings`), for links to it. */
  readonly idFor?: (finding: Finding, index: number) => string;
  /** True while the tool's rules are loading for input that is already there. */
  readonly pending?: boolean;
  /** True when the rules could not be loaded (offline before they were ever loaded). */
  readonly failed?: boolean;
}

export default function Findings({
  findings,
  renderAction,
  label,
  idFor,
  pending = false,
  failed = false,
}: Props): React.JSX.Element {
  return (
    <div className={styles.region} aria-live="polite" data-findings="">
      {failed ? (
        <p role="alert" data-tool-load-failed="">
          <Translate id="tools.loadFailed">
            Verktøyets regler kunne ikke lastes. Sjekk nettforbindelsen og last siden på nytt.
          </Translate>
        </p>
      ) : pending ? (
        <p className={styles.summary} data-tool-pending="">
          <Translate id="tools.checking">Sjekker …</Translate>
        </p>
      ) : findings.length > 0 ? (
        <Suspense fallback={null}>
          <FindingList findings={findings} renderAction={renderAction} label={label} idFor={idFor} />
        </Suspense>
      ) : null}
    </div>
  );
}
