// Keeps the texts that only some code shows out of the bundle every page loads.
//
// Docusaurus bundles all of a locale's code translations (i18n/<locale>/code.json) into main.js, which every
// page downloads: on English pages that made every finding text (about 10 KB gzip) part of every page, with or
// without a tool. This plugin takes the ids under LAZY_PREFIXES out of main.js and gives them to the modules
// that use them as JSON modules of id -> message for the locale being built, one per group (LAZY_GROUPS): the
// tools' own texts load with a tool's body, the finding texts with the finding catalogue when a tool is first
// used, a page's own texts with that page. The texts stay where translators keep them (code.json); the
// Norwegian finding texts are the catalogue's own (src/lib/finding-catalogue.ts).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {FINDING_CATALOGUE} from '../../src/lib/finding-catalogue';
import {TOOLS} from '../../src/lib/tools';
import type {FindingReferenceEntry} from './reference';

/** Texts every tool's body shares (findings, places, counts, reports); each tool's own are in its registry row. */
const SHARED_TOOL_TEXTS = [
  'tools.checking',
  'tools.copy.',
  'tools.environment.',
  'tools.finding.',
  'tools.findings.',
  'tools.loadFailed',
  'tools.path.',
  'tools.report.',
] as const;

/**
 * Ids that load with the code that shows them, not with every page, by group: each group is one JSON module,
 * `@lazy-translations/<group>`, imported by the code that shows its texts. Code that shows one of these must
 * read it from its group's module (a unit test checks it): through `lazyTranslate` for the tools' own texts,
 * `findingText` for the finding texts, and `lazyTranslator(<module>)` in the page that shows a page's texts.
 * Docusaurus's `Translate` would show the Norwegian default on an English page.
 */
export const LAZY_GROUPS = {
  /** The finding texts: with the finding catalogue, on a tool's first use. */
  findings: ['finding.'],
  /** The tools' own texts: with a tool's body. */
  tools: [...SHARED_TOOL_TEXTS, ...TOOLS.map((tool) => tool.texts)],
  /** The texts of one page each: the home page, the tools page, the code samples. */
  home: ['home.'],
  toolsPage: ['tools.page.'],
  codeSamples: ['codeSamples.'],
} as const satisfies Record<string, readonly string[]>;

export type LazyGroup = keyof typeof LAZY_GROUPS;
export const LAZY_GROUP_NAMES = Object.keys(LAZY_GROUPS) as LazyGroup[];
export const LAZY_PREFIXES: readonly string[] = Object.values(LAZY_GROUPS).flat();

/** The group an id loads with, or undefined for an id every page's main bundle keeps. */
export function lazyGroupOf(id: string): LazyGroup | undefined {
  return LAZY_GROUP_NAMES.find((group) => LAZY_GROUPS[group].some((prefix) => id.startsWith(prefix)));
}

export const isLazyId = (id: string): boolean => lazyGroupOf(id) !== undefined;

interface CodeJsonEntry {
  message: string;
  description?: string;
}

/** One group's part of a code.json, id -> message. */
export function lazyTexts(codeJson: Record<string, CodeJsonEntry>, group: LazyGroup): Record<string, string> {
  return Object.fromEntries(
    Object.entries(codeJson)
      .filter(([id]) => lazyGroupOf(id) === group)
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
  const groupFile = (group: LazyGroup): string =>
    join(context.generatedFilesDir, 'lazy-translations', `${group}.${locale}.json`);
  const referenceFile = join(context.generatedFilesDir, 'lazy-translations', `finding-reference.${locale}.json`);
  const stripLoader = join(context.siteDir, 'plugins', 'lazy-translations', 'strip-loader.cjs');
  return {
    name: 'lazy-translations',
    loadContent() {
      const codeJsonPath = join(context.localizationDir, 'code.json');
      const codeJson = existsSync(codeJsonPath)
        ? (JSON.parse(readFileSync(codeJsonPath, 'utf8')) as Record<string, CodeJsonEntry>)
        : {};
      mkdirSync(dirname(referenceFile), {recursive: true});
      for (const group of LAZY_GROUP_NAMES) writeFileSync(groupFile(group), JSON.stringify(lazyTexts(codeJson, group)));
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
            ...Object.fromEntries(LAZY_GROUP_NAMES.map((g) => [`@lazy-translations/${g}$`, groupFile(g)])),
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
