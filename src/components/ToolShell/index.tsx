import React, {type CSSProperties, type ReactNode, useId} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  /** Value of the root's `data-tool` attribute, e.g. `scope-validator`. */
  readonly tool: string;
  readonly title: string;
  /** The tools page has its own heading above each tool; there the frame's title is not shown again. */
  readonly hideTitle?: boolean;
  /** The tool's code has loaded and its body is mounted: `data-ready="true"`, which tests wait for. */
  readonly ready?: boolean;
  /** The body's height before anything is pasted, per width band (ToolRow.reserve): kept from the first paint. */
  readonly reserve?: readonly number[];
  readonly children: ReactNode;
}

/**
 * The frame every tool sits in: title, the privacy promise, and the tool itself. It is server-rendered, so the
 * page looks the same before the tool's code has loaded.
 */
export default function ToolShell({
  tool,
  title,
  hideTitle = false,
  ready = false,
  reserve = [],
  children,
}: Props): React.JSX.Element {
  const titleId = useId();
  // One custom property per band; styles.module.css picks the band with container queries on the frame's width.
  const reserved = Object.fromEntries(
    reserve.map((px, band) => [`--tool-reserve-${band}`, `${px}px`]),
  ) as CSSProperties;
  return (
    <section
      className={clsx('margin-vert--lg', styles.shell)}
      data-tool={tool}
      data-ready={ready ? 'true' : undefined}
      aria-labelledby={titleId}>
      <p id={titleId} className={clsx(styles.title, hideTitle && 'sr-only')}>
        {title}
      </p>
      <p className={styles.privacy}>
        <svg className={styles.lock} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V7H6V4.5Z"
          />
        </svg>
        <Translate id="tools.privacy">Ingenting dere limer inn her, forlater nettleseren.</Translate>
      </p>
      <div className={styles.body} style={reserved} data-tool-body="">
        {children}
      </div>
    </section>
  );
}

/** Shown in place of the tool until its code runs: in the server-rendered page and when JavaScript is off. */
export function ToolNeedsJavaScript(): React.JSX.Element {
  return (
    <p className={styles.noscript} data-tool-fallback="">
      <Translate id="tools.needsJavaScript">
        Verktøyet kjører i nettleseren og trenger JavaScript. Slå på JavaScript for å bruke det.
      </Translate>
    </p>
  );
}

interface ExampleOption<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

interface ExampleButtonsProps<Id extends string> {
  readonly examples: readonly ExampleOption<Id>[];
  readonly onLoad: (id: Id) => void;
}

/** The "Eksempel" control: one button per realistic sample the tool can load. */
export function ExampleButtons<Id extends string>({examples, onLoad}: ExampleButtonsProps<Id>): React.JSX.Element {
  const groupId = useId();
  return (
    <div className={styles.examples} role="group" aria-labelledby={groupId}>
      <span id={groupId} className={styles.examplesLabel}>
        <Translate id="tools.examples.label">Eksempel:</Translate>
      </span>
      {examples.map((e) => (
        <button
          key={e.id}
          type="button"
          className="button button--sm button--secondary"
          data-example={e.id}
          onClick={() => onLoad(e.id)}>
          {e.label}
        </button>
      ))}
    </div>
  );
}
