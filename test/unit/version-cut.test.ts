import {afterEach, describe, expect, it} from 'vitest';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  checkVersionName,
  compareVersionNames,
  docPathOf,
  isDocFile,
  mergeUrlLists,
  parseCurrentVersionJson,
  parseFrontMatter,
  parseUrlList,
  parseVersionsJson,
  urlsForCut,
  versionUrls,
} from '../../scripts/version-cut-lib.mjs';
import {listBuiltUrls} from '../../scripts/list-built-urls.mjs';

describe('checkVersionName', () => {
  it('accepts a year, or a year with a running number, that is not taken and newer than the current label', () => {
    expect(checkVersionName('2027', ['2023'], '2026')).toBeNull();
    expect(checkVersionName('2026.1', ['2023'], '2026')).toBeNull();
    expect(checkVersionName('2023', [])).toBeNull();
  });

  it.each([undefined, '', '  ', '26', 'v2026', '2026-1', '2026.', 'next', 'current', '2026 ', '20261'])(
    'rejects %j with a Norwegian fix',
    (name) => {
      const problem = checkVersionName(name, [], '2025');
      expect(problem).not.toBeNull();
      expect(problem?.fix).toMatch(/202[67]/);
    },
  );

  it('rejects a name already in versions.json and suggests the next free one', () => {
    expect(checkVersionName('2026', ['2026', '2023'])).toEqual({
      message: 'versjonen «2026» finnes allerede i versions.json',
      fix: expect.stringContaining('`2026.1`'),
    });
    expect(checkVersionName('2026', ['2026.1', '2026'])?.fix).toContain('`2026.2`');
  });

  it('rejects the current label itself, and a name older than it', () => {
    expect(checkVersionName('2026', ['2023'], '2026')).toEqual({
      message: 'den gjeldende veiledningen heter allerede «2026» (current-version.json)',
      fix: expect.stringContaining('`2026.1`'),
    });
    expect(checkVersionName('2025', ['2023'], '2026')?.message).toBe(
      '«2025» er eldre enn den gjeldende veiledningen («2026»)',
    );
    expect(checkVersionName('2026.9', [], '2026.10')?.message).toContain('eldre');
  });
});

describe('compareVersionNames and parseCurrentVersionJson', () => {
  it('orders by year, then running number', () => {
    const names = ['2027', '2026.10', '2026', '2026.9', '2023'];
    expect([...names].sort(compareVersionNames)).toEqual(['2023', '2026', '2026.9', '2026.10', '2027']);
  });

  it('reads the current label, and explains a broken file in Norwegian', () => {
    expect(parseCurrentVersionJson('{"label": "2026"}\n')).toBe('2026');
    for (const text of ['', '{"label": 2026}', '{"label": "Neste"}', '[]'])
      expect(() => parseCurrentVersionJson(text)).toThrow(/current-version\.json/);
  });

  it('the site has a valid current label, newer than every archive', async () => {
    const {readFileSync} = await import('node:fs');
    const label = parseCurrentVersionJson(readFileSync('current-version.json', 'utf8'));
    const archives = parseVersionsJson(readFileSync('versions.json', 'utf8'));
    for (const archive of archives) expect(compareVersionNames(label, archive)).toBeGreaterThan(0);
    const en = JSON.parse(readFileSync('i18n/en/docusaurus-plugin-content-docs/current.json', 'utf8'));
    expect(en['version.label'].message).toBe(label);
  });
});

describe('parseVersionsJson', () => {
  it('reads a list of names, newest first', () => {
    expect(parseVersionsJson('[\n  "2026",\n  "2023"\n]\n')).toEqual(['2026', '2023']);
  });

  it.each(['', '{"2026": true}', '[2026]', '["2026",'])('explains in Norwegian what is wrong with %j', (text) => {
    expect(() => parseVersionsJson(text)).toThrow(/versions\.json/);
  });
});

describe('parseFrontMatter', () => {
  it('reads the YAML between the first two --- lines', () => {
    const page =
      '---\ntitle: "Integrasjon mot Maskinporten"\nslug: /scopes\nkeywords:\n  - "sample"\n---\n\n## Tekst\n---\n';
    expect(parseFrontMatter(page)).toEqual({
      title: 'Integrasjon mot Maskinporten',
      slug: '/scopes',
      keywords: ['sample'],
    });
  });

  it('gives {} for a page without front matter or with an empty one', () => {
    expect(parseFrontMatter('# Tittel\n\nTekst\n')).toEqual({});
    expect(parseFrontMatter('---\n\n---\nTekst')).toEqual({});
  });

  it('handles Windows line ends and a byte order mark', () => {
    expect(parseFrontMatter('\uFEFF---\r\nslug: /miljoer\r\n---\r\nTekst')).toEqual({slug: '/miljoer'});
  });

  it('throws on front matter that is not key: value YAML', () => {
    expect(() => parseFrontMatter('---\ntitle: a: b\n---\n')).toThrow();
    expect(() => parseFrontMatter('---\n- a\n- b\n---\n')).toThrow(/nøkkel/);
  });
});

describe('isDocFile', () => {
  it('is true for .md and .mdx pages', () => {
    expect(isDocFile('oversikt.mdx')).toBe(true);
    expect(isDocFile('ajourhold/faq.md')).toBe(true);
  });

  it('skips what Docusaurus skips: partials, underscore folders, tests and non-pages', () => {
    expect(isDocFile('_felles.mdx')).toBe(false);
    expect(isDocFile('_deler/tabell.mdx')).toBe(false);
    expect(isDocFile('__tests__/side.mdx')).toBe(false);
    expect(isDocFile('bilde.png')).toBe(false);
    expect(isDocFile('.markdownlint-cli2.jsonc')).toBe(false);
  });
});

describe('docPathOf', () => {
  it('uses an absolute slug as it is', () => {
    expect(docPathOf('oversikt.mdx', {slug: '/oversikt'})).toBe('/oversikt');
    expect(docPathOf('mappe/side.mdx', {slug: '/annet/sted'})).toBe('/annet/sted');
  });

  it('resolves a relative slug against the page folder, as the 2023 page writes it', () => {
    expect(
      docPathOf('dsop_ajourhold_Integrasjonmaskinporten.mdx', {slug: 'dsop_ajourhold_Integrasjonmaskinporten'}),
    ).toBe('/dsop_ajourhold_Integrasjonmaskinporten');
    expect(docPathOf('ajourhold/faq.mdx', {slug: 'ofte-spurt'})).toBe('/ajourhold/ofte-spurt');
    expect(docPathOf('ajourhold/faq.mdx', {slug: '../faq'})).toBe('/faq');
  });

  it('falls back to the id, then to the file name without its number prefix', () => {
    expect(docPathOf('scopes.mdx', {})).toBe('/scopes');
    expect(docPathOf('01-intro.md', {})).toBe('/intro');
    expect(docPathOf('02-ajourhold/03-nav.mdx', {})).toBe('/ajourhold/nav');
    expect(docPathOf('2021-11-notat.md', {})).toBe('/2021-11-notat');
    expect(docPathOf('x.mdx', {id: 'egen-id'})).toBe('/egen-id');
  });

  it('lets index, README and a file named like its folder stand for the folder', () => {
    expect(docPathOf('index.mdx', {})).toBe('/');
    expect(docPathOf('ajourhold/README.md', {})).toBe('/ajourhold/');
    expect(docPathOf('ajourhold/ajourhold.mdx', {})).toBe('/ajourhold/');
    expect(docPathOf('ajourhold/index.mdx', {slug: 'start'})).toBe('/ajourhold/start');
  });

  it('leaves drafts out: they are not published', () => {
    expect(docPathOf('utkast.mdx', {slug: '/utkast', draft: true})).toBeNull();
  });

  it('ignores an empty or non-string slug', () => {
    expect(docPathOf('scopes.mdx', {slug: ''})).toBe('/scopes');
    expect(docPathOf('scopes.mdx', {slug: 42})).toBe('/scopes');
  });
});

describe('versionUrls', () => {
  it('serves the current docs at /docs/…, archives under their name, English under /en', () => {
    expect(versionUrls(['/oversikt', '/scopes'], '', '')).toEqual(['/docs/oversikt', '/docs/scopes']);
    expect(versionUrls(['/oversikt'], '2023', '/en')).toEqual(['/en/docs/2023/oversikt']);
    expect(versionUrls(['/'], '2023', '')).toEqual(['/docs/2023/']);
  });
});

describe('urlsForCut', () => {
  const guide = ['/oversikt', '/miljoer', '/scopes'];

  it('publishes the new archive at /docs/<navn>/… in both locales; the current docs do not move', () => {
    expect(urlsForCut({archiveName: '2026', archiveDocPaths: {'': guide, '/en': guide}})).toEqual([
      '/docs/2026/miljoer',
      '/docs/2026/oversikt',
      '/docs/2026/scopes',
      '/en/docs/2026/miljoer',
      '/en/docs/2026/oversikt',
      '/en/docs/2026/scopes',
    ]);
  });

  it('uses each locale’s own slug when a translation sets one', () => {
    expect(urlsForCut({archiveName: '2026', archiveDocPaths: {'': ['/miljoer'], '/en': ['/environments']}})).toEqual([
      '/docs/2026/miljoer',
      '/en/docs/2026/environments',
    ]);
  });
});

describe('mergeUrlLists', () => {
  const file = '# Publiserte adresser\n# aldri fjern en linje\n\n/\n/docs/oversikt\n/verktoy\n';

  it('adds new addresses in sorted order and reports them', () => {
    const {text, added} = mergeUrlLists(file, ['/docs/2023/side', '/en/docs/oversikt', '/docs/oversikt']);
    expect(added).toEqual(['/docs/2023/side', '/en/docs/oversikt']);
    expect(text).toBe(
      '# Publiserte adresser\n# aldri fjern en linje\n\n/\n/docs/2023/side\n/docs/oversikt\n/en/docs/oversikt\n/verktoy\n',
    );
  });

  it('never removes a line: every old address and comment is still there', () => {
    const old = '# topp\n\n/b\n# hvorfor /a finnes\n/a\n/c   # gammel adresse\n/b\n# slutt\n';
    const {text} = mergeUrlLists(old, ['/d']);
    expect(parseUrlList(text)).toEqual(['/a', '/b', '/c', '/d']);
    for (const line of ['# topp', '# hvorfor /a finnes', '/c   # gammel adresse', '# slutt'])
      expect(text).toContain(line);
    const lines = text.split('\n');
    expect(lines[lines.indexOf('/a') - 1]).toBe('# hvorfor /a finnes');
  });

  it('is idempotent', () => {
    const once = mergeUrlLists(file, ['/en/']).text;
    expect(mergeUrlLists(once, ['/en/'])).toEqual({text: once, added: []});
  });

  it('sorts by code unit, the same on every machine', () => {
    expect(parseUrlList(mergeUrlLists('', ['/en/', '/docs/Z', '/docs/a', '/']).text)).toEqual([
      '/',
      '/docs/Z',
      '/docs/a',
      '/en/',
    ]);
  });

  it('keeps published-urls.txt itself sorted and free of duplicates', async () => {
    const {readFileSync} = await import('node:fs');
    const published = readFileSync('test/content/published-urls.txt', 'utf8');
    const urls = parseUrlList(published);
    expect(urls).toEqual([...new Set(urls)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(mergeUrlLists(published, []).text).toBe(published);
    for (const url of urls) expect(url).toMatch(/^\/\S*$/);
  });
});

describe('listBuiltUrls', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  it('turns each index.html into its folder path and keeps other .html and .xml files (feeds) as they are', () => {
    dir = mkdtempSync(join(tmpdir(), 'built-'));
    const files = [
      'index.html',
      '404.html',
      'sitemap.xml',
      'docs/oversikt/index.html',
      'docs/2023/dsop_ajourhold_Integrasjonmaskinporten/index.html',
      // The redirect plugin writes the old `.html` address as a folder with an index.html.
      'dsop_ajourhold_Integrasjonmaskinporten.html/index.html',
      'endringslogg/atom.xml',
      'verktoy.html',
      'assets/js/main.js',
      'en/index.html',
      'en/404.html',
      'en/docs/oversikt/index.html',
    ];
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), {recursive: true});
      writeFileSync(join(dir, file), '<!doctype html>');
    }
    expect(listBuiltUrls(dir)).toEqual([
      '/',
      '/404.html',
      '/docs/2023/dsop_ajourhold_Integrasjonmaskinporten',
      '/docs/oversikt',
      '/dsop_ajourhold_Integrasjonmaskinporten.html',
      '/en/',
      '/en/404.html',
      '/en/docs/oversikt',
      '/endringslogg/atom.xml',
      '/sitemap.xml',
      '/verktoy.html',
    ]);
  });
});
