/**
 * From the parsed pages of one locale to what readers see: one entry per change (a row repeated in several
 * versions of a page is one change), the version each change came with, and the "changed since version X"
 * notes for released pages. Pure: no file system.
 */
import {createHash} from 'node:crypto';
import {CURRENT_VERSION, type DocPage, type SiteLayout} from './site';
import type {ChangelogData, ChangelogEntry, ChangedSinceNote} from './types';

/**
 * Stable id of a change: it depends on the host, the locale, the page's slug, the date and the text — not on
 * the row's position, the file or the version — so cutting a version or adding a row changes no existing id.
 */
export function entryId(host: string, locale: string, slug: string, date: string, text: string): string {
  const hash = createHash('sha256')
    .update(`${date}\n${normaliseText(text)}`)
    .digest('hex')
    .slice(0, 16);
  const slugPart = slug
    .split('/')
    .filter(Boolean)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `tag:${host},${date}:${locale}/${slugPart || 'index'}/${hash}`;
}

/**
 * All changes a reader of `locale` can see, newest first. `pages` are that locale's pages (translation or
 * fallback, see pagesForLocale).
 */
export function aggregateEntries(
  pages: readonly DocPage[],
  layout: SiteLayout,
  locale: string,
  host: string,
): ChangelogEntry[] {
  const order = versionOrder(layout);
  interface Group {
    slug: string;
    date: string;
    text: string;
    link: string;
    /** Pages holding this row, oldest version first. */
    pages: DocPage[];
  }
  const groups = new Map<string, Group>();
  for (const page of pages) {
    for (const row of page.rows) {
      const key = `${page.slug}\n${row.date}\n${normaliseText(row.text)}`;
      const group = groups.get(key) ?? {slug: page.slug, date: row.date, text: row.text, link: row.link, pages: []};
      group.pages.push(page);
      groups.set(key, group);
    }
  }
  // One title per page, from its newest version, so the page filter and the list agree even when an older
  // version is untranslated (and so falls back to the Norwegian title).
  const titles = new Map<string, string>();
  for (const page of [...pages].sort((a, b) => order(a.version) - order(b.version))) titles.set(page.slug, page.title);
  const entries: ChangelogEntry[] = [];
  for (const group of groups.values()) {
    group.pages.sort((a, b) => order(a.version) - order(b.version));
    const oldest = group.pages[0];
    const newest = group.pages[group.pages.length - 1];
    if (!oldest || !newest) continue;
    // The page shown is the newest one that has the row: the current page when it still has it.
    const shown = newest;
    const internal = group.link.startsWith('/');
    entries.push({
      id: entryId(host, locale, group.slug, group.date, group.text),
      date: group.date,
      text: group.text,
      pageTitle: titles.get(group.slug) ?? shown.title,
      pageSlug: group.slug,
      href: internal ? group.link : shown.path,
      ...(internal ? {} : {externalHref: group.link}),
      version: oldest.version === CURRENT_VERSION ? layout.currentLabel : oldest.version,
    });
  }
  return entries.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      a.pageTitle.localeCompare(b.pageTitle) ||
      a.text.localeCompare(b.text) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * A version's cut date: the newest endringslogg date on any of its pages. Versions with no rows have none.
 */
export function cutDates(pages: readonly DocPage[], layout: SiteLayout): Map<string, string> {
  const dates = new Map<string, string>();
  for (const version of layout.versions) {
    for (const page of pages) {
      if (page.version !== version) continue;
      for (const row of page.rows) {
        const known = dates.get(version);
        if (known === undefined || row.date > known) dates.set(version, row.date);
      }
    }
  }
  return dates;
}

/**
 * "Changed since version X" notes, keyed by the released page's path (no base URL): the rows of the page with
 * the same slug in the current docs whose date is after X's cut date. Pages with nothing to say are absent.
 */
export function changedSinceNotes(pages: readonly DocPage[], layout: SiteLayout): Record<string, ChangedSinceNote> {
  const cut = cutDates(pages, layout);
  const current = new Map(pages.filter((page) => page.version === CURRENT_VERSION).map((page) => [page.slug, page]));
  const notes: Record<string, ChangedSinceNote> = {};
  for (const page of pages) {
    const cutDate = cut.get(page.version);
    const latest = current.get(page.slug);
    if (page.version === CURRENT_VERSION || cutDate === undefined || !latest) continue;
    const rows = latest.rows.filter((row) => row.date > cutDate);
    const newestRow = rows[0];
    if (!newestRow) continue;
    // The current page is what readers see at /docs/…: it has every one of these rows.
    notes[page.path] = {
      version: page.version,
      href: latest.path,
      rows: rows.map((row) => ({date: row.date, text: row.text})),
    };
  }
  return notes;
}

/** Everything the plugin hands to the aggregated page for one locale. */
export function buildChangelogData(
  pages: readonly DocPage[],
  layout: SiteLayout,
  locale: string,
  host: string,
): ChangelogData {
  const entries = aggregateEntries(pages, layout, locale, host);
  const pageOptions = new Map<string, string>();
  for (const entry of entries) if (!pageOptions.has(entry.pageSlug)) pageOptions.set(entry.pageSlug, entry.pageTitle);
  return {
    locale,
    entries,
    pages: [...pageOptions]
      .map(([slug, title]) => ({slug, title}))
      .sort((a, b) => a.title.localeCompare(b.title, locale)),
    years: [...new Set(entries.map((entry) => entry.date.slice(0, 4)))].sort().reverse(),
  };
}

/** Oldest archive first, current docs last. */
function versionOrder(layout: SiteLayout): (version: string) => number {
  const oldestFirst = [...layout.versions].reverse();
  return (version) => (version === CURRENT_VERSION ? oldestFirst.length : oldestFirst.indexOf(version));
}

function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
