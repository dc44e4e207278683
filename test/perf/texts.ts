import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Asset} from './measure';

/** The files that hold the finding catalogue's Norwegian texts. */
export const CATALOGUE_SOURCES = ['src/components/findingMessages.ts', 'src/lib/findings.ts'];

const LITERAL = /'((?:[^'\\\n]|\\.){20,})'|"((?:[^"\\\n]|\\.){20,})"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * The catalogue's texts: every string literal in its source files that reads as a sentence (a space, 20 or more
 * characters), and that is written once in all of src/ and is no English translation in i18n/en/code.json
 * (the en build's main bundle holds those). Such a text in two chunks means the bundler copied it. The
 * minifier keeps texts as they are, apart from escaping non-ASCII characters.
 */
export function catalogueTexts(files: readonly string[] = CATALOGUE_SOURCES): string[] {
  const texts = new Set<string>();
  for (const file of files.filter((f) => existsSync(f))) {
    for (const m of readFileSync(file, 'utf8').matchAll(LITERAL)) {
      const text = m[1] ?? m[2]!;
      if (text.includes(' ') && !text.includes('\\') && !text.includes('${')) texts.add(text);
    }
  }
  const everywhere = sourceFiles('src').map((f) => readFileSync(f, 'utf8'));
  const english = existsSync('i18n/en/code.json') ? readFileSync('i18n/en/code.json', 'utf8') : '';
  return [...texts].filter(
    (text) =>
      !english.includes(JSON.stringify(text)) &&
      everywhere.reduce((n, code) => n + code.split(text).length - 1, 0) === 1,
  );
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
