import {readdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parseChangelog, type ParseOptions} from './parse';

const siteDir = path.resolve(__dirname, '../..');
const FC_RUNS = Number(process.env.FC_RUNS ?? 500);

const NB_HEAD = '| Dato | Endring | Link i dokumentasjon |\n| --- | --- | --- |';

/** A page with the given front matter lines and table body lines. */
function page(body: string[], frontMatter = 'title: Testside\nslug: /testside'): string {
  return `---\n${frontMatter}\n---\n\nTekst.\n\n## Endringslogg\n\n${NB_HEAD}\n${body.join('\n')}\n`;
}

function parse(source: string, options?: ParseOptions) {
  return parseChangelog(source, 'docs/testside.mdx', options);
}

function codes(source: string, options?: ParseOptions): string[] {
  return parse(source, options).problems.map((problem) => problem.code);
}

/** Line of the first body row in page(): front matter (4) + blank, text, blank, heading, blank, 2 header lines. */
const FIRST_ROW_LINE = 12;

describe('parseChangelog on the real pages', () => {
  const subdirs = (dir: string): string[] =>
    existsSync(path.join(siteDir, dir)) ? readdirSync(path.join(siteDir, dir)).map((name) => `${dir}/${name}`) : [];
  const docsDirs: [string, 'nb' | 'en'][] = [
    ['docs', 'nb'],
    ...subdirs('versioned_docs').map((dir): [string, 'nb'] => [dir, 'nb']),
    ...subdirs('i18n/en/docusaurus-plugin-content-docs')
      .filter((dir) => !dir.endsWith('.json'))
      .map((dir): [string, 'en'] => [dir, 'en']),
  ];
  const files = docsDirs.flatMap(([dir, locale]) =>
    readdirSync(path.join(siteDir, dir), {recursive: true})
      .map(String)
      .filter((name) => /\.mdx?$/.test(name) && !path.basename(name).startsWith('_'))
      .map((name): [string, 'nb' | 'en'] => [`${dir}/${name}`, locale]),
  );

  it('finds doc pages to read', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s has a well-formed endringslogg (%s)', (file, locale) => {
    const result = parseChangelog(readFileSync(path.join(siteDir, file), 'utf8'), file, {locale});
    expect(result.problems).toEqual([]);
    if (result.frontMatter.endringslogg !== false) expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("scopes.mdx carries the seed's 04.04.2023 row, with its line number", () => {
    const file = 'docs/scopes.mdx';
    const source = readFileSync(path.join(siteDir, file), 'utf8');
    const row = parseChangelog(source, file).rows.find((r) => r.date === '2023-04-04');
    expect(row).toBeDefined();
    expect(row?.dateText).toBe('04.04.2023');
    expect(source.split('\n')[(row?.line ?? 0) - 1]).toContain('04.04.2023');
  });
});

describe('parseChangelog: well-formed tables', () => {
  it('reads rows newest first with ISO dates, plain text and the link', () => {
    const result = parse(
      page([
        '| 01.12.2026 | Nytt scope `skatteetaten:x` | [Link](/docs/scopes#skatteetaten) |',
        '| 04.04.2023 | Oppdatert link | [Link](https://skatteetaten.github.io/api-dokumentasjon/om/sikkerhet) |',
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.title).toBe('Testside');
    expect(result.rows).toEqual([
      {
        date: '2026-12-01',
        dateText: '01.12.2026',
        text: 'Nytt scope skatteetaten:x',
        link: '/docs/scopes#skatteetaten',
        line: FIRST_ROW_LINE,
      },
      {
        date: '2023-04-04',
        dateText: '04.04.2023',
        text: 'Oppdatert link',
        link: 'https://skatteetaten.github.io/api-dokumentasjon/om/sikkerhet',
        line: FIRST_ROW_LINE + 1,
      },
    ]);
  });

  it('allows rows with the same date', () => {
    expect(codes(page(['| 04.04.2023 | B | [Link](/docs/a) |', '| 04.04.2023 | A | [Link](/docs/a) |']))).toEqual([]);
  });

  it('is not confused by JSX, imports and expressions on an MDX page', () => {
    const source = [
      '---',
      'title: Scopes',
      'slug: /scopes',
      '---',
      "import ScopeTable from '@site/src/components/ScopeTable';",
      '',
      '<ScopeValidator initial="nav:aareg/v1/arbeidsforhold/otp" />',
      '',
      '<ScopeTable owner={"skatteetaten"}>| 01.01.2020 | not a row | [x](/y) |</ScopeTable>',
      '',
      '## Endringslogg',
      '',
      NB_HEAD,
      '| 04.04.2023 | Ny <abbr title="Skatteetaten">SKE</abbr>-lenke {1 + 1} | [Link](/docs/scopes) |',
    ].join('\n');
    const result = parse(source);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.text).toBe('Ny SKE-lenke');
    expect(result.rows[0]?.line).toBe(15);
  });

  it('reads the English form on English pages', () => {
    const source =
      '---\ntitle: Scopes\n---\n\n## Change log\n\n| Date | Change | Link in documentation |\n|---|---|---|\n| 04.04.2023 | Updated link | [Link](/docs/scopes) |\n';
    expect(parseChangelog(source, 'en.mdx', {locale: 'en'}).problems).toEqual([]);
    expect(parseChangelog(source, 'en.mdx', {locale: 'en'}).rows).toHaveLength(1);
  });

  it('takes the title from the first # heading when front matter has none', () => {
    expect(parse(`# Miljøer\n\n## Endringslogg\n\n${NB_HEAD}\n| 04.04.2023 | A | [L](/x) |\n`).title).toBe('Miljøer');
  });
});

describe('parseChangelog: broken tables stop the build with file:line and what is wrong', () => {
  it('a missing column', () => {
    const {problems} = parse(page(['| 04.04.2023 | Oppdatert link |']));
    expect(problems).toEqual([
      expect.objectContaining({file: 'docs/testside.mdx', line: FIRST_ROW_LINE, code: 'endringslogg.row.columns'}),
    ]);
    expect(problems[0]?.message).toMatch(/2 kolonner, men skal ha 3/);
  });

  it('an extra column', () => {
    expect(codes(page(['| 04.04.2023 | A | [L](/x) | ekstra |']))).toEqual(['endringslogg.row.columns']);
  });

  it('a date that does not exist (31.02.2024)', () => {
    const {problems} = parse(page(['| 31.02.2024 | A | [L](/docs/a) |']));
    expect(problems).toEqual([expect.objectContaining({line: FIRST_ROW_LINE, code: 'endringslogg.date.invalid'})]);
    expect(problems[0]?.message).toContain('31.02.2024');
  });

  it.each(['2024-01-01', '4.4.2023', '04.04.23', '', 'i går'])('a date in the wrong format: %j', (date) => {
    expect(codes(page([`| ${date} | A | [L](/docs/a) |`]))).toEqual(['endringslogg.date.format']);
  });

  it('accepts 29.02 in a leap year only', () => {
    expect(codes(page(['| 29.02.2024 | A | [L](/docs/a) |']))).toEqual([]);
    expect(codes(page(['| 29.02.2023 | A | [L](/docs/a) |']))).toEqual(['endringslogg.date.invalid']);
  });

  it('rows in the wrong order (older above newer)', () => {
    const {problems} = parse(
      page(['| 04.04.2023 | A | [L](/docs/a) |', '| 05.05.2024 | B | [L](/docs/a) |', '| 01.01.2022 | C | [L](/x) |']),
    );
    expect(problems).toEqual([expect.objectContaining({line: FIRST_ROW_LINE + 1, code: 'endringslogg.order'})]);
    expect(problems[0]?.message).toMatch(/05\.05\.2024 står under 04\.04\.2023/);
  });

  it('an internal link to a page that does not exist', () => {
    const knownPaths = new Set(['/docs/scopes', '/docs/2023/dsop_ajourhold_Integrasjonmaskinporten', '/']);
    const source = page([
      '| 06.06.2024 | A | [L](/docs/scopes/#skatteetaten) |',
      '| 05.05.2024 | B | [L](/docs/finnes-ikke#x) |',
      '| 04.04.2023 | C | [L](https://example.org/hva-som-helst) |',
    ]);
    const {problems} = parse(source, {knownPaths});
    expect(problems).toEqual([
      expect.objectContaining({line: FIRST_ROW_LINE + 1, code: 'endringslogg.link.unknown-page'}),
    ]);
    expect(problems[0]?.message).toContain('/docs/finnes-ikke');
  });

  it('names the /docs/… path for a link to the old /docs/next/… address', () => {
    const {problems} = parse(page(['| 04.04.2023 | A | [L](/docs/next/scopes#x) |']), {
      knownPaths: new Set(['/docs/scopes']),
    });
    expect(problems[0]?.message).toContain('lenk til /docs/scopes#x');
  });

  it.each([
    ['[Link](https:/skatteetaten.github.io/x)', 'endringslogg.link.malformed'],
    ['[Link](http://example.org/x)', 'endringslogg.link.insecure'],
    ['[Link](scopes.mdx)', 'endringslogg.link.relative'],
    ['se https://example.org', 'endringslogg.link.missing'],
    ['[A](/a) [B](/b)', 'endringslogg.link.missing'],
    ['', 'endringslogg.link.missing'],
  ])('a bad link cell: %s', (cell, code) => {
    expect(codes(page([`| 04.04.2023 | A | ${cell} |`]))).toEqual([code]);
  });

  it('an empty change text', () => {
    expect(codes(page(['| 04.04.2023 |  | [L](/docs/a) |']))).toEqual(['endringslogg.text.empty']);
  });

  it('the same row twice', () => {
    expect(codes(page(['| 04.04.2023 | A | [L](/docs/a) |', '| 04.04.2023 | A | [L](/docs/a) |']))).toEqual([
      'endringslogg.row.duplicate',
    ]);
  });

  it('a wrong table header', () => {
    const source = page(['| 04.04.2023 | A | [L](/docs/a) |']).replace('| Endring |', '| Hva |');
    const {problems} = parse(source);
    expect(problems).toEqual([expect.objectContaining({line: 10, code: 'endringslogg.table.header'})]);
  });

  it('the Norwegian form on an English page', () => {
    expect(codes(page(['| 04.04.2023 | A | [L](/docs/a) |']), {locale: 'en'})).toEqual([
      'endringslogg.heading.language',
      'endringslogg.table.header',
    ]);
  });

  it('reports every problem, not only the first', () => {
    const {problems} = parse(
      page(['| 31.02.2024 | A | [L](/docs/a) |', '| 04.04.2023 |', '| 01.01.2023 | B | [L](http:/x) |']),
    );
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [FIRST_ROW_LINE, 'endringslogg.date.invalid'],
      [FIRST_ROW_LINE + 1, 'endringslogg.row.columns'],
      [FIRST_ROW_LINE + 2, 'endringslogg.link.malformed'],
    ]);
  });
});

describe('parseChangelog: a page without a table', () => {
  const noTable = (frontMatter: string) => `---\n${frontMatter}\n---\n\n# Side\n\nTekst.\n`;

  it('is an error without `endringslogg: false`', () => {
    expect(parse(noTable('title: Side')).problems).toEqual([
      expect.objectContaining({line: 1, code: 'endringslogg.missing'}),
    ]);
  });

  it('is allowed with `endringslogg: false`', () => {
    const result = parse(noTable('title: Side\nendringslogg: false'));
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([]);
    expect(result.frontMatter.endringslogg).toBe(false);
  });

  it('a heading with no table, or an empty table, is an error without `endringslogg: false`', () => {
    expect(codes('## Endringslogg\n\nKommer.\n')).toEqual(['endringslogg.table.missing']);
    expect(codes(`## Endringslogg\n\n${NB_HEAD}\n`)).toEqual(['endringslogg.table.empty']);
    expect(codes('---\nendringslogg: false\n---\n\n## Endringslogg\n\nKommer.\n')).toEqual([]);
  });

  it('`endringslogg: false` with a table is a contradiction', () => {
    expect(codes(page(['| 04.04.2023 | A | [L](/docs/a) |'], 'title: X\nendringslogg: false'))).toEqual([
      'endringslogg.optout.conflict',
    ]);
  });

  it('`endringslogg` must be a boolean', () => {
    expect(codes(page(['| 04.04.2023 | A | [L](/docs/a) |'], 'title: X\nendringslogg: nei'))).toEqual([
      'endringslogg.frontmatter.flag',
    ]);
  });

  it('a table under the next section does not count', () => {
    expect(codes(`## Endringslogg\n\n## Annet\n\n${NB_HEAD}\n| 04.04.2023 | A | [L](/x) |\n`)).toEqual([
      'endringslogg.table.missing',
    ]);
  });

  it('two endringslogg headings', () => {
    const table = `${NB_HEAD}\n| 04.04.2023 | A | [L](/x) |`;
    expect(codes(`## Endringslogg\n\n${table}\n\n## Endringslogg\n\n${table}\n`)).toEqual([
      'endringslogg.heading.duplicate',
    ]);
  });
});

describe('parseChangelog never throws', () => {
  it('reports broken YAML at its line', () => {
    const {problems} = parse('---\ntitle: Side\nslug: [ikke lukket\n---\n\n# Side\n');
    expect(problems[0]).toEqual(expect.objectContaining({code: 'endringslogg.frontmatter.yaml'}));
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports an MDX syntax error at its line', () => {
    const {problems, rows} = parse('---\ntitle: Side\n---\n\nTekst {ikke lukket\n\n## Endringslogg\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({line: 5, code: 'endringslogg.mdx.syntax'})]);
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (source) => {
        const result = parseChangelog(source, 'x.mdx');
        expect(Array.isArray(result.rows)).toBe(true);
        for (const problem of result.problems) {
          expect(problem.file).toBe('x.mdx');
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      {numRuns: FC_RUNS},
    );
  });

  it('on strings made of table-like pieces', () => {
    const piece = fc.constantFrom(
      '---\n',
      'endringslogg: false\n',
      'title: x\n',
      '## Endringslogg\n',
      '## Change log\n',
      `${NB_HEAD}\n`,
      '| Date | Change | Link in documentation |\n',
      '|---|---|---|\n',
      '| 04.04.2023 | A | [L](/docs/a) |\n',
      '| 31.02.2024 | B | [L](https:/x) |\n',
      '| 01.01.2025 |\n',
      '| x | y | z | w |\n',
      '<X />\n',
      '{\n',
      '}\n',
      '\n',
      '|',
      '`',
      '[L](',
      ')',
    );
    fc.assert(
      fc.property(
        fc.array(piece, {maxLength: 30}),
        fc.constantFrom<'nb' | 'en' | undefined>('nb', 'en', undefined),
        (pieces, locale) => {
          const result = parseChangelog(pieces.join(''), 'y.mdx', {locale, knownPaths: new Set(['/docs/a'])});
          for (let i = 1; i < result.rows.length; i += 1) {
            expect(result.rows[i]?.line).toBeGreaterThan(result.rows[i - 1]?.line ?? 0);
          }
        },
      ),
      {numRuns: FC_RUNS},
    );
  });
});
