import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {entryId} from './aggregate';
import {buildAtomFeed, escapeXml, type FeedSite} from './feed';
import type {ChangelogEntry} from './types';

const FC_RUNS = Number(process.env.FC_RUNS ?? 500);
const HOST = 'maskinporten-pensjon.github.io';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const SITE: FeedSite = {
  siteUrl: `https://${HOST}`,
  baseUrl: '/',
  locale: 'nb',
  title: 'Endringslogg – Maskinporten for pensjonsinnretninger',
  subtitle: 'Endringer i veiledningen, nyeste først.',
  authorName: 'Maskinporten for pensjonsinnretninger',
};

function entry(date: string, text: string, slug = '/scopes', extra: Partial<ChangelogEntry> = {}): ChangelogEntry {
  return {
    id: entryId(HOST, 'nb', slug, date, text),
    date,
    text,
    pageTitle: 'Scopes',
    pageSlug: slug,
    href: `/docs${slug}`,
    version: '2026',
    ...extra,
  };
}

const ENTRIES: ChangelogEntry[] = [
  entry('2026-11-25', 'Ny side om scopes', '/scopes', {href: '/docs/scopes#dsop-scopes'}),
  entry('2023-04-04', 'Oppdatert link til skatteetatens Github', '/dsop_ajourhold_Integrasjonmaskinporten', {
    pageTitle: 'Integrasjon mot Maskinporten',
    href: '/docs/2023/dsop_ajourhold_Integrasjonmaskinporten',
    externalHref: 'https://skatteetaten.github.io/api-dokumentasjon/om/sikkerhet#bruke',
    version: '2023',
  }),
];

interface AtomLink {
  '@_rel'?: string;
  '@_href': string;
  '@_type'?: string;
}
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  link: AtomLink[];
  summary: {'#text': string; '@_type': string};
}
interface AtomFeed {
  feed: {
    '@_xmlns': string;
    id: string;
    title: string;
    updated: string;
    link: AtomLink[];
    author: {name: string}[];
    entry?: AtomEntry[];
  };
}

function parseFeed(xml: string): AtomFeed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    textNodeName: '#text',
    alwaysCreateTextNode: false,
    isArray: (name) => ['entry', 'link', 'author'].includes(name),
  }).parse(xml) as AtomFeed;
}

describe('buildAtomFeed: Atom 1.0 structure (RFC 4287)', () => {
  const xml = buildAtomFeed(ENTRIES, SITE);
  const {feed} = parseFeed(xml);

  it('is an Atom feed with the required feed elements', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`https://${HOST}/endringslogg/atom.xml`);
    expect(feed.title).toBe(SITE.title);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.updated).toBe('2026-11-25T00:00:00Z');
    expect(feed.author).toEqual([{name: SITE.authorName}]);
    expect(feed.link).toEqual(
      expect.arrayContaining([
        expect.objectContaining({'@_rel': 'self', '@_href': `https://${HOST}/endringslogg/atom.xml`}),
        expect.objectContaining({'@_rel': 'alternate', '@_href': `https://${HOST}/endringslogg`}),
      ]),
    );
  });

  it('has one entry per change with id, title, updated, link and summary', () => {
    expect(feed.entry).toHaveLength(2);
    for (const item of feed.entry ?? []) {
      expect(item.id).toMatch(/^tag:maskinporten-pensjon\.github\.io,\d{4}-\d{2}-\d{2}:nb\/[^\s]+\/[0-9a-f]{16}$/);
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.updated).toMatch(RFC3339);
      expect(item.link.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate')?.['@_href']).toMatch(
        /^https:\/\//,
      );
      expect(item.summary['@_type']).toBe('text');
    }
    const [first, second] = feed.entry ?? [];
    expect(first?.title).toBe('Scopes: Ny side om scopes');
    expect(first?.link[0]?.['@_href']).toBe(`https://${HOST}/docs/scopes#dsop-scopes`);
    expect(second?.updated).toBe('2023-04-04T00:00:00Z');
    expect(second?.link.map((link) => [link['@_rel'], link['@_href']])).toEqual([
      ['alternate', `https://${HOST}/docs/2023/dsop_ajourhold_Integrasjonmaskinporten`],
      ['related', 'https://skatteetaten.github.io/api-dokumentasjon/om/sikkerhet#bruke'],
    ]);
  });

  it('puts the English feed and links under /en/', () => {
    const en = parseFeed(buildAtomFeed(ENTRIES, {...SITE, baseUrl: '/en/', locale: 'en'})).feed;
    expect(en.id).toBe(`https://${HOST}/en/endringslogg/atom.xml`);
    expect(en.entry?.[0]?.link[0]?.['@_href']).toBe(`https://${HOST}/en/docs/scopes#dsop-scopes`);
  });

  it('is still valid with no entries', () => {
    const empty = parseFeed(buildAtomFeed([], SITE)).feed;
    expect(empty.updated).toMatch(RFC3339);
    expect(empty.entry).toBeUndefined();
  });
});

describe('entry ids', () => {
  it('are stable: the same input gives the same feed, byte for byte', () => {
    expect(buildAtomFeed(ENTRIES, SITE)).toBe(buildAtomFeed(structuredClone(ENTRIES), SITE));
    expect(entryId(HOST, 'nb', '/scopes', '2023-04-04', 'A  b')).toBe(
      entryId(HOST, 'nb', '/scopes', '2023-04-04', 'A b'),
    );
  });

  it('a new row gives a new entry and leaves the existing ids unchanged', () => {
    const before = parseFeed(buildAtomFeed(ENTRIES, SITE)).feed.entry ?? [];
    const added = entry('2026-12-01', 'Nytt scope');
    const after = parseFeed(buildAtomFeed([added, ...ENTRIES], SITE)).feed.entry ?? [];
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]?.id).toBe(added.id);
    expect(before.map((e) => e.id)).not.toContain(added.id);
    expect(after.slice(1).map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  it('differ by date, text, page and locale', () => {
    const base = entryId(HOST, 'nb', '/scopes', '2023-04-04', 'A');
    expect(
      new Set([
        base,
        entryId(HOST, 'nb', '/scopes', '2023-04-05', 'A'),
        entryId(HOST, 'nb', '/scopes', '2023-04-04', 'B'),
        entryId(HOST, 'nb', '/miljoer', '2023-04-04', 'A'),
        entryId(HOST, 'en', '/scopes', '2023-04-04', 'A'),
      ]).size,
    ).toBe(5);
  });
});

describe('escaping', () => {
  it('round-trips any text through an XML parser (characters XML cannot hold are dropped)', () => {
    const cleaned = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
    const parser = new XMLParser({ignoreAttributes: false, parseTagValue: false, trimValues: false});
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 80}), (text) => {
        const xml = buildAtomFeed([entry('2024-01-02', text)], SITE);
        expect(XMLValidator.validate(xml)).toBe(true);
        const summary: unknown = parser.parse(xml).feed.entry.summary;
        const parsed = typeof summary === 'string' ? summary : ((summary as {'#text'?: string})['#text'] ?? '');
        expect(parsed).toBe(cleaned(text));
      }),
      {numRuns: FC_RUNS},
    );
  });

  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    const {feed} = parseFeed(buildAtomFeed([entry('2024-01-02', 'Bruk <scope> & "aud"')], SITE));
    expect(feed.entry?.[0]?.summary['#text']).toBe('Bruk <scope> & "aud"');
  });
});
