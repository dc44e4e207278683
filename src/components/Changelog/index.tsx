import React, {useId, useMemo, useState} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ChangelogData, ChangelogEntry} from '@site/plugins/endringslogg/types';
import {formatDate} from './formatDate';
import styles from './styles.module.css';
import ScrollTable from '../ScrollTable';

interface Props {
  /** Route data written by the endringslogg plugin for this locale. */
  readonly changelog: ChangelogData;
}

/**
 * The aggregated endringslogg of one locale, newest first. The server-rendered HTML lists every change; the
 * page and year filters only hide rows, so the page works without JavaScript.
 */
export default function Changelog({changelog}: Props): React.JSX.Element {
  const [page, setPage] = useState('');
  const [year, setYear] = useState('');
  const pageSelectId = useId();
  const yearSelectId = useId();
  const shown = useMemo(
    () =>
      changelog.entries.filter(
        (entry) => (page === '' || entry.pageSlug === page) && (year === '' || entry.date.startsWith(`${year}-`)),
      ),
    [changelog.entries, page, year],
  );

  return (
    <Layout
      title={translate({id: 'changelog.page.title', message: 'Endringslogg'})}
      description={translate({
        id: 'changelog.page.description',
        message: 'Alle endringer i veiledningen om Maskinporten for pensjonsinnretninger, nyeste først.',
      })}>
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="changelog.page.title">Endringslogg</Translate>
        </h1>
        <p className={styles.intro}>
          <Translate
            id="changelog.page.intro"
            values={{
              feed: (
                <Link to="pathname:///endringslogg/atom.xml" type="application/atom+xml">
                  <Translate id="changelog.page.feedLink">Atom-feed</Translate>
                </Link>
              ),
            }}>
            {
              'Alle endringer i veiledningen, samlet fra endringsloggen nederst på hver side, nyeste først. Følg med på endringer med {feed}.'
            }
          </Translate>
        </p>

        <div className={styles.filters}>
          <div className={styles.filter}>
            <label htmlFor={pageSelectId}>
              <Translate id="changelog.filter.page">Side</Translate>
            </label>
            <select id={pageSelectId} value={page} onChange={(event) => setPage(event.target.value)}>
              <option value="">{translate({id: 'changelog.filter.allPages', message: 'Alle sider'})}</option>
              {changelog.pages.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.title}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.filter}>
            <label htmlFor={yearSelectId}>
              <Translate id="changelog.filter.year">År</Translate>
            </label>
            <select id={yearSelectId} value={year} onChange={(event) => setYear(event.target.value)}>
              <option value="">{translate({id: 'changelog.filter.allYears', message: 'Alle år'})}</option>
              {changelog.years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        </div>

        <p className={styles.count} aria-live="polite">
          <Translate id="changelog.count" values={{shown: shown.length, total: changelog.entries.length}}>
            {'Viser {shown} av {total} endringer.'}
          </Translate>
        </p>

        {shown.length > 0 ? (
          <ScrollTable className={styles.table}>
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="changelog.column.date">Dato</Translate>
                </th>
                <th scope="col">
                  <Translate id="changelog.column.change">Endring</Translate>
                </th>
                <th scope="col">
                  <Translate id="changelog.column.page">Side</Translate>
                </th>
                <th scope="col">
                  <Translate id="changelog.column.version">Versjon</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <EntryRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </ScrollTable>
        ) : (
          <p>
            <Translate id="changelog.empty">Ingen endringer passer filteret.</Translate>
          </p>
        )}
      </main>
    </Layout>
  );
}

function EntryRow({entry}: {entry: ChangelogEntry}): React.JSX.Element {
  return (
    <tr data-date={entry.date}>
      <td className={styles.date}>
        <time dateTime={entry.date}>{formatDate(entry.date)}</time>
      </td>
      <td>
        {entry.text}
        {entry.externalHref && (
          <>
            {' '}
            <Link href={entry.externalHref}>
              <Translate id="changelog.externalLink">(kilde)</Translate>
            </Link>
          </>
        )}
      </td>
      <td>
        <Link to={entry.href}>{entry.pageTitle}</Link>
      </td>
      <td>{entry.version}</td>
    </tr>
  );
}
