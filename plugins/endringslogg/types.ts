/**
 * Data the plugin hands to the browser. Type-only: the React components import these shapes, never the
 * plugin's Node code.
 */

/** One change as readers see it (a row repeated in several versions of a page is one entry). */
export interface ChangelogEntry {
  /** Stable Atom id, see entryId. */
  id: string;
  /** yyyy-mm-dd */
  date: string;
  text: string;
  pageTitle: string;
  /** The page's slug, e.g. `/scopes`: what the page filter groups by. */
  pageSlug: string;
  /** Where the row leads on this site (no base URL): the row's own internal link, else the page. */
  href: string;
  /** The row's link when it points off the site. */
  externalHref?: string;
  /** The oldest version that has the row: an archive's name, or the current docs' label (e.g. `2026`). */
  version: string;
}

/** Route data of the aggregated page of one locale. */
export interface ChangelogData {
  locale: string;
  /** Newest first. */
  entries: ChangelogEntry[];
  /** Filter options, sorted by title. */
  pages: {slug: string; title: string}[];
  /** Filter options, newest first. */
  years: string[];
}

/** What an archived page's "changed since version X" note shows. */
export interface ChangedSinceNote {
  version: string;
  /** The current page to read (no base URL). */
  href: string;
  /** Newest first. */
  rows: {date: string; text: string}[];
}

/** Global data (ships in every page's JS, so only the notes): keyed by doc permalink, base URL included. */
export interface ChangelogGlobalData {
  notes: Record<string, ChangedSinceNote>;
}
