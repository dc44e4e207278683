import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

interface TracksProps {
  readonly children: ReactNode;
}

/** Two tracks side by side on a wide screen, one above the other on a phone (no sideways scrolling). */
export default function Tracks({children}: TracksProps): React.JSX.Element {
  return <div className={styles.tracks}>{children}</div>;
}

interface TrackProps {
  /**
   * Anchor of the track, e.g. `selv` or `leverandor`. The track's heading is a Markdown heading inside it,
   * `### … \{#spor-<id>\}`, so it is in the page's table of contents and a link can land on it.
   */
  readonly id: string;
  readonly children: ReactNode;
}

/** One track: its heading and the steps in order. */
export function Track({id, children}: TrackProps): React.JSX.Element {
  return (
    <section className={styles.track} aria-labelledby={`spor-${id}`} data-track={id}>
      {children}
    </section>
  );
}
