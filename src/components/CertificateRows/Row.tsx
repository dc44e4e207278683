import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '../lazyTranslate';
import type {Finding} from '@site/src/lib/findings';
import {displayValue} from '@site/src/lib/display';
import styles from './styles.module.css';

export interface RowMark {
  readonly finding: Finding;
  /** The element id of the finding in the list, which the mark links to. */
  readonly id: string;
}

interface RowProps {
  readonly term: ReactNode;
  /** `data-claim` (`claims.exp`) for a token's rows, `data-cert-field` (`issuer`) for a certificate's. */
  readonly claim?: string;
  readonly field?: string;
  /** Findings about this row (errors first), marked in place and linked to the finding. */
  readonly marks?: readonly RowMark[];
  readonly children: ReactNode;
}

/** One name–value row of a token's claims or a certificate's fields. */
export function Row({term, claim, field, marks = [], children}: RowProps): React.JSX.Element {
  const worst = marks[0]?.finding.severity;
  return (
    <div className={clsx(styles.row, worst && styles[`marked-${worst}`])} data-claim={claim} data-cert-field={field}>
      <dt>{term}</dt>
      <dd>
        {children}
        {marks.length > 0 ? (
          <span className={styles.marks} data-claim-marks="">
            {marks.map(({finding, id}) => (
              <a key={id} href={`#${id}`} className={styles.mark} data-mark={finding.code}>
                <Translate id="tools.token.mark" values={{code: finding.code}}>
                  {'Se funnet {code}'}
                </Translate>
              </a>
            ))}
          </span>
        ) : null}
      </dd>
    </div>
  );
}

/** A value from the input: capped, hidden characters named, in <bdi>, with "forkortet" when cut. */
export function InputValue({value}: {readonly value: unknown}): React.JSX.Element {
  const shown = displayValue(value);
  return (
    <>
      <bdi>
        <code className={styles.value}>{shown.text}</code>
      </bdi>
      {shown.shortened ? (
        <span className={styles.shortened} data-shortened="">
          <Translate id="tools.token.shortened">(forkortet)</Translate>
        </span>
      ) : null}
    </>
  );
}

/** A short note under a value (a time in words, what a claim means). */
export function Note({children, ...data}: {readonly children: ReactNode; readonly [data: `data-${string}`]: unknown}) {
  return (
    <span className={styles.note} {...data}>
      {children}
    </span>
  );
}

export {styles as rowStyles};
