import {test, expect} from './fixtures';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {FINDING_CATALOGUE} from '../../src/lib/finding-catalogue';
import type {FindingRow} from '../../src/lib/finding-types';
import {TOKEN_ERRORS} from '../../src/lib/token-error-table';
import {TOOLS} from '../../src/lib/tools';
import {readChunkMaps} from '../perf/chunk-map';
import {unescapeJs} from '../perf/texts';
import {collectErrors, showFindings, waitForHydration} from './helpers';

// Whether a text is read lazily (plugins/lazy-translations) or through @docusaurus/Translate is a matter of which
// module the code imports; what the reader gets is what counts: the English build shows no Norwegian finding or
// tool text and the Norwegian build no English one. Checked on the build's output: every finding code's and every
// tool text's English is in the English build (the finding texts in the chunk that loads them), and none of it
// anywhere in the Norwegian build; and in the browser, each tool on /verktoy and /en/verktoy with its showcase
// example loaded shows no text of the other language.

const codeJson = (locale: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(
      JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as Record<string, {message: string}>,
    ).map(([id, entry]) => [id, entry.message]),
  );
const EN = codeJson('en');
const NB_CODE = codeJson('nb');

/**
 * The finding and tool texts in English, by id: what the tools and their findings say on English pages (code.json,
 * and the English side of the error table's causes and fixes).
 */
const ENGLISH_TEXTS: [string, string][] = [
  ...Object.entries(EN).filter(([id]) => id.startsWith('finding.') || id.startsWith('tools.')),
  ...TOKEN_ERRORS.flatMap((row): [string, string][] => [
    [`${row.code} cause (en)`, row.cause.en],
    [`${row.code} fix (en)`, row.fix.en],
  ]),
];

/** Their Norwegian: the catalogue's rows for the findings, the registry's titles and nb code.json for the tools. */
const NORWEGIAN_TEXTS: [string, string][] = [
  ...Object.entries(FINDING_CATALOGUE).flatMap(([code, row]) => [
    [`finding.${code}.message`, (row as FindingRow).message] as [string, string],
    [`finding.${code}.explanation`, (row as FindingRow).explanation] as [string, string],
  ]),
  ...TOOLS.map((tool): [string, string] => [`tool ${tool.id} title`, tool.title]),
  ...Object.entries(NB_CODE).filter(([id]) => id.startsWith('tools.')),
  ...TOKEN_ERRORS.flatMap((row): [string, string][] => [
    [`${row.code} cause (nb)`, row.cause.nb],
    [`${row.code} fix (nb)`, row.fix.nb],
  ]),
];

/** Maskinporten's own words (its English error messages), which a tool quotes as they are in both languages. */
const QUOTED = TOKEN_ERRORS.map((row) => row.message);

/** Words of prose in a stretch: not a term in parentheses, not code-like (dots, slashes, digits, camelCase). */
const proseWords = (part: string): string[] =>
  part
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((word) => /^[\p{Lu}]?[\p{Ll}]{2,}[.,:;!?]?$/u.test(word));

/**
 * The stretches of prose a text is sure to show: split at its `{placeholders}`, plural bars and the characters a
 * bundler escapes, each of 12 characters or more with two words of prose in it, and said by no text of the other
 * language (a shared term such as «Audience (aud)» or «client_id» is not a leak).
 */
function fragments(text: string, otherLanguage: readonly string[]): string[] {
  return text
    .split(/\{\w+\}|\||["'\\\n`]/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 12 && proseWords(part).length >= 2)
    .filter((part) => !otherLanguage.some((other) => other.includes(part)));
}

const englishAll = [...ENGLISH_TEXTS.map(([, text]) => text), ...QUOTED];
const norwegianAll = [...NORWEGIAN_TEXTS.map(([, text]) => text), ...QUOTED];
const ENGLISH_FRAGMENTS = ENGLISH_TEXTS.map(([id, text]) => ({id, parts: fragments(text, norwegianAll)}));
const NORWEGIAN_FRAGMENTS = NORWEGIAN_TEXTS.map(([id, text]) => ({id, parts: fragments(text, englishAll)}));

/** The JavaScript of one locale's build, decoded, by file. */
function scripts(buildDir: string): Map<string, string> {
  const dir = join(buildDir, 'assets', 'js');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [
        `/${join(buildDir, 'assets', 'js', name).replace(/^build\/?/, '')}`,
        unescapeJs(readFileSync(join(dir, name), 'utf8')),
      ]),
  );
}

test.describe('the built translations', () => {
  test('the English build carries every finding and tool text in English, the finding texts in the chunk that loads them and no Norwegian there', () => {
    const en = scripts('build/en');
    const chunks = readChunkMaps('build');
    const findingsChunks = [...chunks]
      .filter(
        ([file, entry]) =>
          file.startsWith('/en/') && entry.modules.some((m) => /lazy-translations[\\/]findings\.en\.json$/.test(m)),
      )
      .map(([file]) => en.get(file) ?? '');
    expect(findingsChunks.length, 'the chunk with the English finding texts').toBeGreaterThan(0);
    const findingsJs = findingsChunks.join('\n');
    const everything = [...en.values()].join('\n');
    const missing: string[] = [];
    for (const [id, text] of ENGLISH_TEXTS) {
      // Every stretch between escaped characters and placeholders, however short: the whole text is there.
      const parts = text.split(/\{\w+\}|["'\\\n`]/).filter((part) => part.trim() !== '');
      const where = id.startsWith('finding.') ? findingsJs : everything;
      const absent = parts.filter((part) => !where.includes(part));
      if (absent.length > 0) missing.push(`${id}: «${absent[0]}»`);
    }
    expect(missing, missing.join('\n')).toEqual([]);
    const norwegian = NORWEGIAN_FRAGMENTS.filter(({id}) => id.startsWith('finding.')).flatMap(({id, parts}) =>
      parts.filter((part) => findingsJs.includes(part)).map((part) => `${id}: «${part}»`),
    );
    expect(norwegian, norwegian.join('\n')).toEqual([]);
    expect(ENGLISH_TEXTS.filter(([id]) => id.startsWith('finding.')).length).toBeGreaterThanOrEqual(
      Object.keys(FINDING_CATALOGUE).length * 2,
    );
  });

  test("the Norwegian build's translations (every page's and the tools' and findings' lazily loaded ones) hold no English finding or tool text", () => {
    const nb = scripts('build');
    const chunks = readChunkMaps('build');
    const translations = [...chunks]
      .filter(
        ([file, entry]) =>
          !file.startsWith('/en/') &&
          entry.modules.some((m) =>
            /(codeTranslations|lazy-translations[\\/](findings|tools|toolsPage)\.nb)\.json$/.test(m),
          ),
      )
      .map(([file]) => ({file, code: nb.get(file) ?? ''}));
    // Docusaurus's code translations (in main.js) and the three groups.
    expect(translations.length).toBeGreaterThanOrEqual(4);
    expect(translations.every(({code}) => code.length > 0)).toBe(true);
    const leaks = ENGLISH_FRAGMENTS.flatMap(({id, parts}) =>
      parts.flatMap((part) =>
        translations.filter(({code}) => code.includes(part)).map(({file}) => `${id}: «${part}» in ${file}`),
      ),
    );
    expect(leaks, leaks.join('\n')).toEqual([]);
    // The check has something to look for: most English texts have a stretch no Norwegian text says.
    expect(ENGLISH_FRAGMENTS.filter(({parts}) => parts.length > 0).length).toBeGreaterThan(ENGLISH_TEXTS.length / 2);
  });
});

const LOCALES = [
  {prefix: '', locale: 'nb', htmlLang: 'nb', foreign: ENGLISH_FRAGMENTS},
  {prefix: '/en', locale: 'en', htmlLang: 'en', foreign: NORWEGIAN_FRAGMENTS},
] as const;

for (const {prefix, locale, htmlLang, foreign} of LOCALES) {
  test(`${locale}: every tool on ${prefix}/verktoy with its showcase example shows no text of the other language`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    await page.goto(`${prefix}/verktoy`);
    await waitForHydration(page);
    await showFindings(page);
    // Every finding open, so its explanation is read too.
    for (const details of await page.locator('[data-tool] details:not([open]) > summary').all()) await details.click();
    const tools = page.locator('[data-tool]');
    await expect(tools).toHaveCount(TOOLS.length);
    // What the tools say, as pageStrings reads a page: not what was pasted (fields) or code, nor a quote marked with
    // its own language.
    const shown = (
      await tools.evaluateAll((roots, pageLang) => {
        const out: string[] = [];
        for (const root of roots) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('textarea, input, pre, code, kbd, samp')) continue;
            const marked = parent.closest('[lang]');
            if (marked && !marked.getAttribute('lang')!.toLowerCase().startsWith(pageLang)) continue;
            out.push(node.textContent ?? '');
          }
        }
        return out;
      }, htmlLang)
    ).join('');
    const leaks = foreign.flatMap(({id, parts}) =>
      parts.filter((part) => shown.includes(part)).map((part) => `${id}: «${part}»`),
    );
    expect(leaks, leaks.join('\n')).toEqual([]);
    // The findings of every showcase example are on the page, in the page's language.
    expect(await page.locator('[data-tool] [data-finding-code]').count()).toBeGreaterThanOrEqual(TOOLS.length);
    expect(errors).toEqual([]);
  });
}
