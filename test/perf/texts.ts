import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {FINDING_CATALOGUE} from '../../src/lib/finding-catalogue';
import type {FindingRow} from '../../src/lib/finding-types';
import type {Asset} from './measure';

/**
 * The catalogue's texts, read as data from its rows (src/lib/finding-catalogue.ts): every Norwegian message and
 * explanation of 20 characters or more. One of them in two chunks a page loads means the bundler copied the
 * catalogue. The minifier keeps texts as they are, apart from escaping non-ASCII characters (unescapeJs).
 */
function sourceFiles(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
  );
}

export function catalogueTexts(): string[] {
  const texts = new Set<string>();
  for (const row of Object.values(FINDING_CATALOGUE) as FindingRow[])
    for (const text of [row.message, row.explanation]) if (text.length >= 20) texts.add(text);
  // A text another module also holds (a claim table's description, or an English translation that reads the
  // same, which the English main.js carries) is in two chunks without the bundler having copied anything.
  const everywhere = sourceFiles('src').map((f) => readFileSync(f, 'utf8'));
  const english = existsSync('i18n/en/code.json') ? readFileSync('i18n/en/code.json', 'utf8') : '';
  const norwegian = [...texts].filter(
    (text) =>
      !english.includes(JSON.stringify(text)) &&
      everywhere.reduce((n, code) => n + code.split(JSON.stringify(text).slice(1, -1)).length - 1, 0) <= 1,
  );
  // The English finding texts load with the tools (plugins/lazy-translations): one of them in two chunks of an
  // English page means the locale's text module was copied.
  const translations = english ? (JSON.parse(english) as Record<string, {message: string}>) : {};
  const englishTexts = Object.entries(translations)
    .filter(([id, {message}]) => id.startsWith('finding.') && message.length >= 20)
    .map(([, {message}]) => message);
  // As for the Norwegian: a text that a page or another module also says is left out.
  const englishPages = sourceFiles('i18n/en', /\.mdx?$/).map((f) => readFileSync(f, 'utf8'));
  const once = englishTexts.filter(
    (text) =>
      englishTexts.indexOf(text) === englishTexts.lastIndexOf(text) &&
      !texts.has(text) &&
      ![...everywhere, ...englishPages].some((code) => code.includes(text)),
  );
  return [...norwegian, ...once];
}

/** Undoes the minifier's `\xNN` / `\uNNNN` escapes, so texts can be looked for as written. */
export function unescapeJs(code: string): string {
  return code
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Texts found in more than one of the scripts one page loaded. */
export function duplicatedTexts(texts: readonly string[], scripts: readonly Asset[]): Map<string, string[]> {
  const decoded = scripts.map((s) => ({path: s.path, code: unescapeJs(s.text ?? '')}));
  const result = new Map<string, string[]>();
  for (const text of texts) {
    const inFiles = decoded.filter((s) => s.code.includes(text)).map((s) => s.path);
    if (inFiles.length > 1) result.set(text, inFiles);
  }
  return result;
}
