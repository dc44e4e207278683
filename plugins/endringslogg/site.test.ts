import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {XMLParser} from 'fast-xml-parser';
import type {LoadContext} from '@docusaurus/types';
import pluginEndringslogg, {checkChangelogFiles} from './index';
import {aggregateEntries, buildChangelogData, changedSinceNotes, cutDates} from './aggregate';
import {buildAtomFeed} from './feed';
import {docSlug, formatProblems, pagesForLocale, readSiteChangelog} from './site';

const HOST = 'maskinporten-pensjon.github.io';
const NB_HEAD = '| Dato | Endring | Link i dokumentasjon |\n| --- | --- | --- |';
const EN_HEAD = '| Date | Change | Link in documentation |\n| --- | --- | --- |';

function nbPage(title: string, slug: string, rows: string[]): string {
  return `---\ntitle: ${title}\nslug: ${slug}\n---\n\n<ScopeValidator />\n\n## Endringslogg\n\n${NB_HEAD}\n${rows.join('\n')}\n`;
}

function enPage(title: string, slug: string, rows: string[]): string {
  return `---\ntitle: ${title}\nslug: ${slug}\n---\n\n## Change log\n\n${EN_HEAD}\n${rows.join('\n')}\n`;
}

const SEED_ROW =
  '| 04.04.2023 | Oppdatert link til skatteetatens Github | [Link](https://skatteetaten.github.io/api-dokumentasjon/om/sikkerhet#bruke-skatteetatens-apier-med-token-fra-maskinporten) |';
const SCOPES_ROWS = ['| 25.11.2026 | Ny side om scopes | [Link](/docs/scopes#dsop-scopes) |', SEED_ROW];

/** A site like ours: docs/ is the current guide labelled 2026, 2023 is an archive, part-translated to English. */
function fixtureFiles(): Record<string, string> {
  return {
    'versions.json': JSON.stringify(['2023']),
    'current-version.json': JSON.stringify({label: '2026'}),
    'docs/scopes.mdx': nbPage('Scopes', '/scopes', SCOPES_ROWS),
    'docs/oversikt.mdx': nbPage('Oversikt', '/oversikt', ['| 25.11.2026 | Ny side | [Link](/docs/oversikt) |']),
    'docs/_partial.mdx': 'Ingen endringslogg i en delfil.\n',
    'docs/uten-logg.mdx': '---\ntitle: Uten logg\nslug: /uten-logg\nendringslogg: false\n---\n\nTekst.\n',
    'versioned_docs/version-2023/dsop.mdx': nbPage(
      'Integrasjon mot Maskinporten',
      'dsop_ajourhold_Integrasjonmaskinporten',
      [SEED_ROW],
    ),
    'i18n/en/docusaurus-plugin-content-docs/current/scopes.mdx': enPage('Scopes in English', '/scopes', [
      '| 25.11.2026 | New page on scopes | [Link](/docs/scopes#dsop-scopes) |',
      '| 04.04.2023 | Updated link to Skatteetaten on GitHub | [Link](https://skatteetaten.github.io/api-dokumentasjon/) |',
    ]),
    'src/pages/index.tsx': 'export default function Home() { return null; }\n',
  };
}

const tempDirs: string[] = [];

function makeSite(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'endringslogg-'));
  tempDirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function fakeContext(siteDir: string, locale: 'nb' | 'en'): LoadContext {
  // Only the fields the plugin reads; the rest of LoadContext is irrelevant here.
  return {
    siteDir,
    baseUrl: locale === 'nb' ? '/' : '/en/',
    siteConfig: {url: `https://${HOST}`, baseUrl: '/', title: 'Maskinporten for pensjonsinnretninger'},
    i18n: {defaultLocale: 'nb', locales: ['nb', 'en'], currentLocale: locale},
  } as unknown as LoadContext;
}

describe('readSiteChangelog', () => {
  it('finds every doc of every version and locale, with the URL Docusaurus gives it', () => {
    const site = readSiteChangelog(makeSite(fixtureFiles()));
    expect(site.problems).toEqual([]);
    expect(site.layout).toEqual({defaultLocale: 'nb', locales: ['nb', 'en'], versions: ['2023'], currentLabel: '2026'});
    expect(site.pages.map((page) => `${page.locale} ${page.version} ${page.file} -> ${page.path}`).sort()).toEqual([
      'en current i18n/en/docusaurus-plugin-content-docs/current/scopes.mdx -> /docs/scopes',
      'nb 2023 versioned_docs/version-2023/dsop.mdx -> /docs/2023/dsop_ajourhold_Integrasjonmaskinporten',
      'nb current docs/oversikt.mdx -> /docs/oversikt',
      'nb current docs/scopes.mdx -> /docs/scopes',
      'nb current docs/uten-logg.mdx -> /docs/uten-logg',
    ]);
  });

  it('without versions.json the current docs are served at /docs', () => {
    const files = fixtureFiles();
    delete files['versions.json'];
    const site = readSiteChangelog(makeSite(files));
    expect(site.pages.filter((page) => page.version === 'current').map((page) => page.path)).toContain('/docs/scopes');
  });

  it('an English reader sees the translation where there is one, else the Norwegian page', () => {
    const site = readSiteChangelog(makeSite(fixtureFiles()));
    const en = pagesForLocale(site, 'en');
    expect(en.map((page) => `${page.version} ${page.file}`).sort()).toEqual([
      '2023 versioned_docs/version-2023/dsop.mdx',
      'current docs/oversikt.mdx',
      'current docs/uten-logg.mdx',
      'current i18n/en/docusaurus-plugin-content-docs/current/scopes.mdx',
    ]);
  });

  it('reports every problem of every file as file:line: message, sorted', () => {
    const files = {
      ...fixtureFiles(),
      'docs/oversikt.mdx': nbPage('Oversikt', '/oversikt', [
        '| 31.02.2026 | Ny side | [Link](/docs/oversikt) |',
        '| 25.11.2026 | Lenke til en side som ikke finnes | [Link](/docs/finnes-ikke) |',
      ]),
      'versioned_docs/version-2023/dsop.mdx': '---\ntitle: Uten tabell\n---\n\nTekst.\n',
      'i18n/en/docusaurus-plugin-content-docs/current/scopes.mdx': nbPage('Scopes', '/scopes', [
        '| 25.11.2026 | Norsk tabell på engelsk side | [Link](/docs/2023/dsop_ajourhold_Integrasjonmaskinporten) |',
      ]),
    };
    const problems = checkChangelogFiles(makeSite(files));
    expect(formatProblems(problems).split('\n')).toEqual([
      expect.stringMatching(/^docs\/oversikt\.mdx:12: Datoen «31\.02\.2026» finnes ikke/),
      expect.stringMatching(/^docs\/oversikt\.mdx:13: Lenken «\/docs\/finnes-ikke» peker på en side som ikke finnes/),
      expect.stringMatching(
        /^i18n\/en\/docusaurus-plugin-content-docs\/current\/scopes\.mdx:8: Overskriften skal være «## Change log»/,
      ),
      expect.stringMatching(
        /^i18n\/en\/docusaurus-plugin-content-docs\/current\/scopes\.mdx:10: Tabellhodet skal være \| Date/,
      ),
      // the 2023 page no longer exists, so the English link to it is unknown too
      expect.stringMatching(/^i18n\/en\/docusaurus-plugin-content-docs\/current\/scopes\.mdx:12: Lenken/),
      expect.stringMatching(/^versioned_docs\/version-2023\/dsop\.mdx:1: Siden mangler endringslogg/),
    ]);
  });

  it('accepts links to site pages outside the docs and to any version', () => {
    const files = {
      ...fixtureFiles(),
      'docs/oversikt.mdx': nbPage('Oversikt', '/oversikt', [
        '| 27.11.2026 | Verktøy | [Link](/verktoy) |',
        '| 26.11.2026 | Forside | [Link](/) |',
        '| 25.11.2026 | Gammel side | [Link](/docs/2023/dsop_ajourhold_Integrasjonmaskinporten#maskinporten) |',
        '| 24.11.2026 | Gjeldende | [Link](/docs/uten-logg) |',
      ]),
    };
    expect(checkChangelogFiles(makeSite(files))).toEqual([]);
  });

  it('a link to the old /docs/next/… address names the /docs/… path to use', () => {
    const files = {
      ...fixtureFiles(),
      'docs/oversikt.mdx': nbPage('Oversikt', '/oversikt', ['| 24.11.2026 | Neste | [Link](/docs/next/uten-logg#a) |']),
    };
    const [problem, ...rest] = checkChangelogFiles(makeSite(files));
    expect(rest).toEqual([]);
    expect(problem?.message).toContain('lenk til /docs/uten-logg#a');
  });

  it('works out slugs like Docusaurus', () => {
    expect(docSlug('scopes.mdx', '/scopes')).toBe('/scopes');
    expect(docSlug('a/b.mdx', 'c')).toBe('/a/c');
    expect(docSlug('01-intro/02-oversikt.md', undefined)).toBe('/intro/oversikt');
    expect(docSlug('guide/index.mdx', undefined)).toBe('/guide');
  });
});

describe('aggregation', () => {
  it('lists each change once, newest first, with the version it came with and where it leads', () => {
    const site = readSiteChangelog(makeSite(fixtureFiles()));
    const entries = aggregateEntries(pagesForLocale(site, 'nb'), site.layout, 'nb', HOST);
    expect(entries.map((e) => [e.date, e.pageTitle, e.version, e.href, e.externalHref ?? null])).toEqual([
      ['2026-11-25', 'Oversikt', '2026', '/docs/oversikt', null],
      ['2026-11-25', 'Scopes', '2026', '/docs/scopes#dsop-scopes', null],
      [
        '2023-04-04',
        'Integrasjon mot Maskinporten',
        '2023',
        '/docs/2023/dsop_ajourhold_Integrasjonmaskinporten',
        expect.stringContaining('https://skatteetaten.github.io/'),
      ],
      ['2023-04-04', 'Scopes', '2026', '/docs/scopes', expect.stringContaining('https://skatteetaten.github.io/')],
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("a row only in the current docs came with the current docs' label, on the page readers see", () => {
    const files = fixtureFiles();
    files['docs/scopes.mdx'] = nbPage('Scopes', '/scopes', [
      '| 01.12.2026 | Nytt scope | [Link](/docs/scopes) |',
      ...SCOPES_ROWS,
    ]);
    const site = readSiteChangelog(makeSite(files));
    const [newest] = aggregateEntries(pagesForLocale(site, 'nb'), site.layout, 'nb', HOST);
    expect(newest).toEqual(expect.objectContaining({date: '2026-12-01', version: '2026', href: '/docs/scopes'}));
  });

  it("cut date = the newest row of the archive; an archived page notes the current page's newer rows", () => {
    const files = fixtureFiles();
    files['versioned_docs/version-2023/scopes.mdx'] = nbPage('Scopes', '/scopes', [SEED_ROW]);
    files['docs/scopes.mdx'] = nbPage('Scopes', '/scopes', [
      '| 01.12.2026 | Nytt scope | [Link](/docs/scopes) |',
      ...SCOPES_ROWS,
    ]);
    const site = readSiteChangelog(makeSite(files));
    const pages = pagesForLocale(site, 'nb');
    expect(Object.fromEntries(cutDates(pages, site.layout))).toEqual({'2023': '2023-04-04'});
    expect(changedSinceNotes(pages, site.layout)).toEqual({
      '/docs/2023/scopes': {
        version: '2023',
        href: '/docs/scopes',
        rows: [
          {date: '2026-12-01', text: 'Nytt scope'},
          {date: '2026-11-25', text: 'Ny side om scopes'},
        ],
      },
    });
    // the seed row came with 2023 (the oldest version that has it); the new rows with the current 2026
    const entries = aggregateEntries(pages, site.layout, 'nb', HOST).filter((e) => e.pageSlug === '/scopes');
    expect(entries.map((e) => [e.date, e.version])).toEqual([
      ['2026-12-01', '2026'],
      ['2026-11-25', '2026'],
      ['2023-04-04', '2023'],
    ]);
  });

  it('gives nothing to say when the current docs have no newer rows', () => {
    const site = readSiteChangelog(makeSite(fixtureFiles()));
    expect(changedSinceNotes(pagesForLocale(site, 'nb'), site.layout)).toEqual({});
  });

  it('offers page and year filters', () => {
    const site = readSiteChangelog(makeSite(fixtureFiles()));
    const data = buildChangelogData(pagesForLocale(site, 'nb'), site.layout, 'nb', HOST);
    expect(data.years).toEqual(['2026', '2023']);
    expect(data.pages).toEqual([
      {slug: '/dsop_ajourhold_Integrasjonmaskinporten', title: 'Integrasjon mot Maskinporten'},
      {slug: '/oversikt', title: 'Oversikt'},
      {slug: '/scopes', title: 'Scopes'},
    ]);
  });
});

describe('the plugin', () => {
  it('stops the build listing every malformed row with file:line', () => {
    const files = {
      ...fixtureFiles(),
      'docs/oversikt.mdx': nbPage('Oversikt', '/oversikt', [
        '| 04.04.2023 | Eldre | [Link](/docs/oversikt) |',
        '| 25.11.2026 | Nyere | [Link](/docs/oversikt) |',
        '| 24.11.2026 | Mangler kolonne |',
      ]),
    };
    const plugin = pluginEndringslogg(fakeContext(makeSite(files), 'nb'));
    expect(() => plugin.loadContent?.()).toThrowError(
      /Endringsloggen har 2 feil[\s\S]*docs\/oversikt\.mdx:13: Feil rekkefølge[\s\S]*docs\/oversikt\.mdx:14: Raden har 2 kolonner/,
    );
  });

  it.each([
    ['nb', '/', '/endringslogg'],
    ['en', '/en/', '/en/endringslogg'],
  ] as const)(
    '%s: adds the page route, the global notes, the head link and writes the feed',
    async (locale, base, route) => {
      const siteDir = makeSite(fixtureFiles());
      const plugin = pluginEndringslogg(fakeContext(siteDir, locale));
      const content = await plugin.loadContent!();
      const routes: unknown[] = [];
      let globalData: unknown;
      await plugin.contentLoaded!({
        content,
        actions: {
          addRoute: (config) => routes.push(config),
          createData: async (name) => `/generated/${name}`,
          setGlobalData: (data) => {
            globalData = data;
          },
        },
      });
      expect(routes).toEqual([
        expect.objectContaining({path: route, exact: true, modules: {changelog: '/generated/endringslogg.json'}}),
      ]);
      expect(globalData).toEqual({notes: {}});

      const tags = plugin.injectHtmlTags!({content});
      expect(tags.headTags).toEqual([
        {
          tagName: 'link',
          attributes: expect.objectContaining({
            rel: 'alternate',
            type: 'application/atom+xml',
            href: `${base}endringslogg/atom.xml`,
          }),
        },
      ]);

      const outDir = makeSite({});
      await plugin.postBuild!({content, outDir} as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
      const feed = new XMLParser({
        ignoreAttributes: false,
        isArray: (name) => name === 'entry' || name === 'link',
      }).parse(readFileSync(path.join(outDir, 'endringslogg/atom.xml'), 'utf8'));
      expect(feed.feed['@_xml:lang']).toBe(locale);
      expect(feed.feed.entry.length).toBe(content.data.entries.length);
      expect(feed.feed.link).toContainEqual(
        expect.objectContaining({'@_rel': 'self', '@_href': `https://${HOST}${base}endringslogg/atom.xml`}),
      );
    },
  );

  it('English build: English rows where translated, with English-locale ids', async () => {
    const plugin = pluginEndringslogg(fakeContext(makeSite(fixtureFiles()), 'en'));
    const {data} = await plugin.loadContent!();
    expect(data.entries.map((e) => e.text)).toContain('Updated link to Skatteetaten on GitHub');
    expect(data.entries.every((e) => e.id.includes(':en/'))).toBe(true);
    // the page keeps one (the newest) title
    const scopes = data.entries.filter((e) => e.pageSlug === '/scopes');
    expect(scopes.some((e) => e.version === '2026')).toBe(true);
    expect(new Set(scopes.map((e) => e.pageTitle))).toEqual(new Set(['Scopes in English']));
    expect(data.pages.filter((p) => p.slug === '/scopes')).toEqual([{slug: '/scopes', title: 'Scopes in English'}]);
  });
});

describe('done when: an editor adds one row to one page, with no other change', () => {
  it('it appears on the aggregated page of its locale and as a new feed entry; nothing else changes', async () => {
    const files = fixtureFiles();
    const siteDir = makeSite(files);
    const load = async () => {
      const plugin = pluginEndringslogg(fakeContext(siteDir, 'nb'));
      const content = await plugin.loadContent!();
      const feed = buildAtomFeed(content.data.entries, {
        siteUrl: `https://${HOST}`,
        baseUrl: '/',
        locale: 'nb',
        title: 'Endringslogg',
        subtitle: 'Endringer',
        authorName: 'Redaksjonen',
      });
      return {content, feed};
    };
    const before = await load();
    const again = await load();
    expect(again.feed).toBe(before.feed);

    const scopes = path.join(siteDir, 'docs/scopes.mdx');
    const source = readFileSync(scopes, 'utf8');
    writeFileSync(
      scopes,
      source.replace(`${NB_HEAD}\n`, `${NB_HEAD}\n| 02.12.2026 | Nytt scope for pensjon | [Link](/docs/scopes) |\n`),
    );
    const after = await load();

    const [added, ...rest] = after.content.data.entries;
    expect(added).toEqual(
      expect.objectContaining({date: '2026-12-02', text: 'Nytt scope for pensjon', pageTitle: 'Scopes'}),
    );
    expect(rest).toEqual(before.content.data.entries);

    const ids = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(after.feed)).toEqual([added?.id, ...ids(before.feed)]);
    // the current page is what readers see: no "changed since" note, the row is on the page itself
    expect(after.content.global.notes).toEqual({});
  });
});
