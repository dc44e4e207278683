// Keeps the finding and tool texts of a locale out of the bundle every page loads.
//
// Docusaurus bundles all of a locale's code translations (i18n/<locale>/code.json) into main.js, which every
// page downloads: on English pages that made every finding text (about 10 KB gzip) part of every page, with or
// without a tool. This plugin takes the ids under LAZY_PREFIXES out of main.js and gives them to the modules
// that use them as JSON modules of id -> message for the locale being built: `@lazy-translations` (the tools'
// own texts, loaded with a tool's body) and `@lazy-translations/findings` (the finding texts, loaded with the
// finding catalogue when a tool is first used). The texts stay where translators keep them
// (code.json), and a page's Norwegian texts are the catalogue's own (src/lib/finding-catalogue.ts).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {FINDING_CATALOGUE} from '../../src/lib/finding-catalogue';
import type {FindingReferenceEntry} from './reference';

/**
 * Ids that load with the code that shows them, not with every page: the finding texts, and the texts of the
 * tools' bodies (each tool's own prefix, and the finding list's). Code that shows one of these must import
 * `Translate`/`translate` from src/components/lazyTranslate, not from @docusaurus/Translate (a unit test
 * checks it), or an English page would show the Norwegian default.
 */
export const LAZY_PREFIXES = [
  'finding.',
  'tools.cert.',
  'tools.checking',
  'tools.copy.',
  'tools.env.',
  'tools.environment.',
  'tools.error.',
  'tools.finding.',
  'tools.findings.',
  'tools.grant.',
  'tools.loadFailed',
  'tools.path.',
  'tools.scope.',
  'tools.token.',
] as const;

export const isLazyId = (id: string): boolean => LAZY_PREFIXES.some((prefix) => id.startsWith(prefix));

interface CodeJsonEntry {
  message: string;
  description?: string;
}

/** The finding texts: they load with the finding catalogue, on a tool's first use, not with the tool's body. */
export const isFindingId = (id: string): boolean => id.startsWith('finding.');

/** The lazily loaded part of a code.json, id -> message: the finding texts, or the tools' own texts. */
export function lazyTexts(codeJson: Record<string, CodeJsonEntry>, part: 'findings' | 'tools'): Record<string, string> {
  return Object.fromEntries(
    Object.entries(codeJson)
      .filter(([id]) => isLazyId(id) && isFindingId(id) === (part === 'findings'))
      .map(([id, entry]) => [id, entry.message]),
  );
}

/**
 * What the troubleshooting page's finding reference shows of each code, in one language: severity, MP code and
 * explanation (the catalogue's Norwegian, or the locale's code.json). A page that lists every code then carries
 * these and no more: not the messages, not the other language, not the tools' code.
 */
export function findingReference(codeJson: Record<string, CodeJsonEntry>, norwegian: boolean): FindingReferenceEntry[] {
  return Object.entries(FINDING_CATALOGUE).map(([code, row]) => {
    const translated = codeJson[`finding.${code}.explanation`]?.message;
    const entry: FindingReferenceEntry = {
      code,
      severity: row.severity,
      explanation: norwegian || translated === undefined ? row.explanation : translated,
    };
    return 'mpCode' in row ? {...entry, mpCode: row.mpCode} : entry;
  });
}

export default function lazyTranslationsPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  const textsFile = join(context.generatedFilesDir, 'lazy-translations', `tools.${locale}.json`);
  const findingTextsFile = join(context.generatedFilesDir, 'lazy-translations', `findings.${locale}.json`);
  const referenceFile = join(context.generatedFilesDir, 'lazy-translations', `finding-reference.${locale}.json`);
  const stripLoader = join(context.siteDir, 'plugins', 'lazy-translations', 'strip-loader.cjs');
  return {
    name: 'lazy-translations',
    loadContent() {
      const codeJsonPath = join(context.localizationDir, 'code.json');
      const codeJson = existsSync(codeJsonPath)
        ? (JSON.parse(readFileSync(codeJsonPath, 'utf8')) as Record<string, CodeJsonEntry>)
        : {};
      mkdirSync(dirname(textsFile), {recursive: true});
      writeFileSync(textsFile, JSON.stringify(lazyTexts(codeJson, 'tools')));
      writeFileSync(findingTextsFile, JSON.stringify(lazyTexts(codeJson, 'findings')));
      const norwegian = locale === context.i18n.defaultLocale;
      writeFileSync(referenceFile, JSON.stringify(findingReference(codeJson, norwegian)));
      return Promise.resolve();
    },
    getPathsToWatch() {
      return [join(context.localizationDir, 'code.json')];
    },
    configureWebpack() {
      return {
        resolve: {
          alias: {
            '@lazy-translations$': textsFile,
            '@lazy-translations/findings$': findingTextsFile,
            '@finding-reference$': referenceFile,
          },
        },
        module: {
          rules: [
            {
              // Docusaurus's own copy of the code translations, which Translate/translate() read.
              test: /[\\/]codeTranslations\.json$/,
              include: [context.generatedFilesDir],
              use: [{loader: stripLoader, options: {prefixes: LAZY_PREFIXES}}],
            },
          ],
        },
      };
    },
  };
}
