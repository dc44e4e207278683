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
  /** Anchor of the track, e.g. `selv` or `leverandor`. */
  readonly id: string;
  readonly title: ReactNode;
  readonly children: ReactNode;
}

/** One track: a heading and the steps in order. */
export function Track({id, title, children}: TrackProps): React.JSX.Element {
  return (
    <section className={styles.track} aria-labelledby={`spor-${id}`} data-track={id}>
      <h3 id={`spor-${id}`} className={styles.title}>
        {title}
      </h3>
      {children}
    </section>
  );
}
