/**
 * Atom 1.0 (RFC 4287) feed of the aggregated changes of one locale. Pure and deterministic: the same entries
 * give the same bytes, so a rebuild changes nothing a feed reader can see.
 */
import type {ChangelogEntry} from './types';

export interface FeedSite {
  /** e.g. `https://maskinporten-pensjon.github.io` */
  siteUrl: string;
  /** Base URL of this locale's build, e.g. `/` or `/en/`. */
  baseUrl: string;
  locale: string;
  title: string;
  subtitle: string;
  authorName: string;
}

/** `/endringslogg/atom.xml` under the locale's base URL. */
export const FEED_PATH = 'endringslogg/atom.xml';
export const PAGE_PATH = 'endringslogg';

export function buildAtomFeed(entries: readonly ChangelogEntry[], site: FeedSite): string {
  const origin = site.siteUrl.replace(/\/+$/, '');
  const base = `/${site.baseUrl.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const absolute = (sitePath: string): string => `${origin}${base}${sitePath.replace(/^\/+/, '')}`;
  const feedUrl = absolute(FEED_PATH);
  const newest = entries.reduce<string | undefined>(
    (max, entry) => (max === undefined || entry.date > max ? entry.date : max),
    undefined,
  );
  // With no entries there is no date to tell; the Unix epoch keeps the feed valid and the output stable.
  const updated = atomDate(newest ?? '1970-01-01');

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.locale)}">`,
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(site.title)}</title>`,
    `  <subtitle>${escapeXml(site.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absolute(PAGE_PATH))}"/>`,
    `  <author><name>${escapeXml(site.authorName)}</name></author>`,
  ];
  for (const entry of entries) {
    const href = absolute(entry.href);
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(`${entry.pageTitle}: ${entry.text}`)}</title>`,
      `    <updated>${atomDate(entry.date)}</updated>`,
      `    <published>${atomDate(entry.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
      ...(entry.externalHref ? [`    <link rel="related" href="${escapeXml(entry.externalHref)}"/>`] : []),
      ...(entry.version ? [`    <category term="${escapeXml(entry.version)}"/>`] : []),
      `    <summary type="text">${escapeXml(entry.text)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** Escapes text for XML content and attribute values, and drops characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}
