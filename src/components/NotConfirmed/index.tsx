import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
// The sources only: the claims' text patterns (src/lib/unconfirmed.ts) are for the content check, not the page.
import {UNCONFIRMED_SOURCES, type UnconfirmedFactId} from '@site/src/lib/unconfirmed-sources';
import styles from './styles.module.css';

type Props =
  /** In MDX: a claim of src/lib/unconfirmed.ts, by its id. */
  | {readonly fact: UnconfirmedFactId; readonly href?: never}
  /** In a fact table: the row's own source. */
  | {readonly href: string; readonly fact?: never};

/**
 * The one «ikke bekreftet» / "not confirmed" marker: after a claim no primary source confirms (or that the site
 * infers), linking to where the claim comes from. MDX pages write `<NotConfirmed fact="…" />` without an import
 * (src/theme/MDXComponents.tsx); the fact tables put it in a row whose status is not `verified`.
 */
export default function NotConfirmed(props: Props): React.JSX.Element {
  const href = props.fact !== undefined ? UNCONFIRMED_SOURCES[props.fact] : props.href;
  return (
    <Link className={styles.marker} href={href} data-not-confirmed={props.fact ?? ''}>
      <Translate id="facts.notConfirmed" description="Marker after a claim that no primary source confirms">
        ikke bekreftet
      </Translate>
    </Link>
  );
}
