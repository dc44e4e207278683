import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {ChangedSinceNote, ChangelogGlobalData} from '@site/plugins/endringslogg/types';
import {formatDate} from '@site/src/components/Changelog/formatDate';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/**
 * Adds "Endret siden versjon X" above a released page when the current docs have endringslogg rows newer than
 * that version's cut date (see plugins/endringslogg/README.md). Renders the page unchanged otherwise.
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const {metadata} = useDoc();
  // Not failfast: without the plugin (or with nothing to say) the page renders as before.
  const data = usePluginData('endringslogg') as ChangelogGlobalData | undefined;
  const note = data?.notes[metadata.permalink];
  return (
    <>
      {note && <ChangedSince note={note} />}
      <Content {...props} />
    </>
  );
}

function ChangedSince({note}: {note: ChangedSinceNote}): React.JSX.Element {
  return (
    <div className={`alert alert--info ${styles.note}`} role="note">
      <p className={styles.title}>
        <strong>
          <Translate id="changelog.note.title" values={{version: note.version}}>
            {'Endret siden versjon {version}'}
          </Translate>
        </strong>
      </p>
      <ul className={styles.rows}>
        {note.rows.map((row) => (
          <li key={`${row.date} ${row.text}`}>
            <time dateTime={row.date}>{formatDate(row.date)}</time>: {row.text}
          </li>
        ))}
      </ul>
      <p className={styles.more}>
        <Link to={note.href}>
          <Translate id="changelog.note.link">Les den nyeste versjonen av siden</Translate>
        </Link>
      </p>
    </div>
  );
}
