// Keeps the texts that only some code shows out of the bundle every page loads.
//
// Docusaurus bundles all of a locale's code translations (i18n/<locale>/code.json) into main.js, which every
// page downloads: on English pages that made every finding text (about 10 KB gzip) part of every page, with or
// without a tool. This plugin takes the ids under LAZY_PREFIXES out of main.js and gives them to the modules
// that use them as JSON modules of id -> message for the locale being built, one per group (LAZY_GROUPS): the
// tools' own texts load with a tool's body, the finding texts with the finding catalogue when a tool is first
// used, a page's own texts with that page. The texts stay where translators keep them (code.json); the
// Norwegian finding texts are the catalogue's own (src/lib/finding-catalogue.ts).
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {InternalDetailChanged, describeFound} from '../internal-detail';
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
 * `@lazy-translations/<group>`, imported by the code that shows its texts. Code that shows one of these must read
 * it from its group's module: through `lazyTranslate` for the tools' own texts, `findingText` for the finding
 * texts, and `lazyTranslator(<module>)` in the page that shows a page's texts. Docusaurus's `Translate` would show
 * the Norwegian default on an English page (test/e2e/translations.spec.ts checks what the built pages show).
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

const require = createRequire(import.meta.url);
/** The strip loader's own function (strip-loader.cjs): the translations without the lazy ids, or a one-line error. */
export const stripLazyIds = (
  require('./strip-loader.cjs') as {
    stripLazyIds: (translations: unknown, prefixes: readonly string[]) => Record<string, string>;
  }
).stripLazyIds;

/**
 * What this plugin leans on in Docusaurus (none of it public API): the client's Translate reads
 * `@generated/codeTranslations`, `@generated` is the generated-files folder, and there Docusaurus writes the locale's
 * code translations as `codeTranslations.json`, flat (id -> message). The loader below is attached to that file.
 */
export const CODE_TRANSLATIONS_REQUEST = '@generated/codeTranslations';
export const CODE_TRANSLATIONS_FILE = 'codeTranslations.json';
const PLUGIN = 'lazy-translations';

/** The module of Docusaurus's client that reads the code translations (`Translate`, `translate()`). */
export function translateClientSource(): string {
  const file = require.resolve('@docusaurus/core/lib/client/exports/Translate.js');
  return readFileSync(file, 'utf8');
}

/**
 * Checks, before bundling, each detail the plugin leans on; throws one line naming what changed. `alias` is the
 * bundler config's `resolve.alias`, `translateSource` the text of Docusaurus's client Translate module.
 */
export function checkCodeTranslations(opts: {
  generatedFilesDir: string;
  alias: unknown;
  translateSource: string;
}): void {
  const {generatedFilesDir, alias, translateSource} = opts;
  if (
    !translateSource.includes(`'${CODE_TRANSLATIONS_REQUEST}'`) &&
    !translateSource.includes(`"${CODE_TRANSLATIONS_REQUEST}"`)
  )
    throw new InternalDetailChanged(
      PLUGIN,
      `Docusaurus's client Translate to import '${CODE_TRANSLATIONS_REQUEST}'`,
      `no such import in @docusaurus/core/lib/client/exports/Translate.js`,
    );
  const generated =
    typeof alias === 'object' && alias !== null ? (alias as Record<string, unknown>)['@generated'] : undefined;
  if (generated !== generatedFilesDir)
    throw new InternalDetailChanged(
      PLUGIN,
      `the bundler alias '@generated' to be ${generatedFilesDir}`,
      describeFound(generated),
    );
  const file = join(generatedFilesDir, CODE_TRANSLATIONS_FILE);
  if (!existsSync(file)) {
    const there = existsSync(generatedFilesDir)
      ? readdirSync(generatedFilesDir).filter((name) => /translation/i.test(name))
      : [];
    throw new InternalDetailChanged(
      PLUGIN,
      `Docusaurus to write ${file}`,
      there.length > 0 ? `only ${there.join(', ')}` : 'no such file',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InternalDetailChanged(PLUGIN, `${CODE_TRANSLATIONS_FILE} to be JSON`, String(error));
  }
  stripLazyIds(parsed, LAZY_PREFIXES);
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
    configureWebpack(config) {
      checkCodeTranslations({
        generatedFilesDir: context.generatedFilesDir,
        alias: config.resolve?.alias,
        translateSource: translateClientSource(),
      });
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
              test: new RegExp(String.raw`[\\/]${CODE_TRANSLATIONS_FILE.replace('.', String.raw`\.`)}$`),
              include: [context.generatedFilesDir],
              use: [{loader: stripLoader, options: {prefixes: LAZY_PREFIXES}}],
            },
          ],
        },
      };
    },
  };
}
