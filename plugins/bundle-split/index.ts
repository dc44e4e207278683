import type {Plugin} from '@docusaurus/types';
import {writeChunkMap, type StatsLike} from './chunk-map';
import {InternalDetailChanged, describeFound} from '../internal-detail';

/**
 * Keeps lazily loaded code out of Docusaurus's `common` chunk, which every page downloads, and out of more than
 * one chunk that the same page loads.
 *
 * Docusaurus moves any module used by half of the route chunks into `common`, and disables webpack's `default`
 * split group. The tools' rule engine and texts (src/lib, src/components) are imported by several lazily loaded
 * tool bodies: kept out of `common` (they are not needed by every page), but with no other group to take them,
 * each tool body carried its own copy, and a page with two tools downloaded the finding texts twice. The
 * `lazyShared` group below puts every such module that two or more async chunks use into a shared async chunk,
 * which loads once, with the first tool that needs it.
 */
export const LAZY_ONLY = new RegExp(
  [
    String.raw`[\\/]node_modules[\\/](jose|@peculiar|asn1js|pvtsutils|pvutils|tsyringe|reflect-metadata)[\\/]`,
    String.raw`[\\/]src[\\/](lib|components)[\\/]`,
    // The locale's finding and tool texts (plugins/lazy-translations).
    String.raw`[\\/]lazy-translations[\\/][\w.-]+\.json$`,
  ].join('|'),
);

/**
 * Shared by two or more async chunks that one page loads together, so it goes to a shared chunk instead of a
 * copy in each: the tools' code (above), and @mdx-js/react, which every MDX page's chunk imports and the theme's
 * MDXContent chunk does too (without this, a doc page downloaded it twice).
 */
export const SHARED_ASYNC = new RegExp(
  [
    LAZY_ONLY.source,
    String.raw`[\\/]node_modules[\\/]@mdx-js[\\/]react[\\/]`,
    // Swizzled theme pieces that only some doc pages use (code blocks), and the Prism languages that the pages
    // with such code blocks import: one copy, not one per page chunk.
    String.raw`[\\/]src[\\/]theme[\\/](CodeBlock|prism-languages)[\\/]`,
    String.raw`[\\/]node_modules[\\/]prismjs[\\/]components[\\/]`,
  ].join('|'),
);

/**
 * The small modules that every doc page's own chunk needs (the swizzled code block and MDX pieces, the table
 * wrapper, the notes on unconfirmed facts, what brings kept parts to life), and, apart, the frame that every page
 * with a tool needs, /verktoy too (the lazy tool loader, its registry, the tool shell, the wait for the reader's
 * first interaction). Left to `lazyShared`, each became a chunk of its own (some under 300 bytes, as each is shared
 * by a different set of pages): a doc page asked for 20 or more scripts before it could hydrate, and each request
 * costs a phone main-thread time. Here they travel in two chunks. Every doc page loaded all of them already, so it
 * downloads no byte more; the budget test (test/e2e/budget.spec.ts) caps how many scripts a page asks for.
 */
export const DOC_PAGE_FRAME = new RegExp(
  [
    String.raw`[\\/]node_modules[\\/]@mdx-js[\\/]react[\\/]`,
    // Not Content/Highlighted.tsx: the highlighter, loaded only when a code block needs it.
    String.raw`[\\/]src[\\/]theme[\\/]CodeBlock[\\/](index\.tsx|highlighting\.ts|Content[\\/](index|LazyHighlight)\.tsx)$`,
    String.raw`[\\/]src[\\/]components[\\/](ScrollTable|NotConfirmed)[\\/]`,
    String.raw`[\\/]src[\\/]components[\\/]StaticHtml[\\/]near\.ts$`,
    String.raw`[\\/]src[\\/]components[\\/]Changelog[\\/]formatDate\.ts$`,
    String.raw`[\\/]src[\\/]lib[\\/]unconfirmed-sources\.ts$`,
  ].join('|'),
);
export const TOOL_FRAME = new RegExp(
  [
    // Not LazyTools/toolPageTexts.ts, which the home page and /verktoy import without any tool frame.
    String.raw`[\\/]src[\\/]components[\\/]LazyTools[\\/](index|registry)\.tsx$`,
    String.raw`[\\/]src[\\/]components[\\/]ToolShell[\\/]`,
    String.raw`[\\/]src[\\/]lib[\\/]tools\.ts$`,
    // What waits for the reader's first interaction: the tools' and the doc pages' parts both use it.
    String.raw`[\\/]src[\\/]components[\\/]StaticHtml[\\/]firstInteraction\.ts$`,
  ].join('|'),
);
/**
 * The small modules that show facts and findings in words: the fact tables' frame and status, the value display,
 * the word lists, the severity marks. The fact-table pages, the troubleshooting reference and the tools' findings
 * all use them, each page a different handful, so `lazyShared` made a chunk of almost each (feilsoking asked for
 * seven of them before hydrating). One chunk of about 3 KB gzip instead; a page with a fact table but no tool
 * downloads under 2 KB more than it needs.
 */
export const FACT_FRAME = new RegExp(
  [
    String.raw`[\\/]src[\\/]lib[\\/](display|words|fact-status)\.ts$`,
    String.raw`[\\/]src[\\/]components[\\/](localeHooks\.ts|factTables\.module\.css)$`,
    String.raw`[\\/]src[\\/]components[\\/]FactTable[\\/]`,
    String.raw`[\\/]src[\\/]components[\\/]FindingList[\\/](severity\.tsx|styles\.module\.css)$`,
  ].join('|'),
);

interface ModuleLike {
  nameForCondition?: () => string | null;
  resource?: string;
}
const moduleName = (module: ModuleLike): string => module.nameForCondition?.() ?? module.resource ?? '';

interface CacheGroup {
  test?: unknown;
  name?: unknown;
}

const PLUGIN = 'bundle-split';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Changes the client's `optimization.splitChunks` in place as described above. What it leans on is Docusaurus's,
 * not public API: `splitChunks.cacheGroups` is an object with a `common` group (named `common`, no `test` of its
 * own) and no `lazyShared`. When that is not so the build stops with one line saying what was found, rather than
 * the pages quietly getting heavier.
 */
export function adjustCacheGroups(splitChunks: unknown): void {
  if (!isObject(splitChunks))
    throw new InternalDetailChanged(PLUGIN, 'optimization.splitChunks to be an object', describeFound(splitChunks));
  const groups = splitChunks.cacheGroups;
  if (!isObject(groups))
    throw new InternalDetailChanged(
      PLUGIN,
      'optimization.splitChunks.cacheGroups to be an object',
      describeFound(groups),
    );
  const common = groups.common as CacheGroup | undefined;
  if (!isObject(common) || common.name !== 'common')
    throw new InternalDetailChanged(
      PLUGIN,
      "Docusaurus's cache group `common` (name 'common')",
      isObject(common)
        ? `a group named ${describeFound(common.name)}`
        : `cacheGroups.common = ${describeFound(common)} (groups: ${Object.keys(groups).join(', ')})`,
    );
  if (common.test !== undefined)
    throw new InternalDetailChanged(
      PLUGIN,
      'the `common` cache group to have no test of its own (this plugin sets it)',
      `test = ${describeFound(common.test)}`,
    );
  for (const name of ['lazyShared', 'docPageFrame', 'toolFrame', 'factFrame'])
    if (name in groups)
      throw new InternalDetailChanged(PLUGIN, `no cache group named \`${name}\` before this plugin adds it`, 'one');
  // A module goes to `common` only if its path is not one of the lazily used libraries above.
  common.test = (module: ModuleLike): boolean => !LAZY_ONLY.test(moduleName(module));
  groups.lazyShared = {
    test: (module: ModuleLike): boolean => SHARED_ASYNC.test(moduleName(module)),
    chunks: 'async',
    minChunks: 2,
    // Any size: a 2 KB text table loaded twice is still loaded twice.
    minSize: 0,
    priority: 30,
    reuseExistingChunk: true,
  };
  const frame = (test: RegExp, name: string): Record<string, unknown> => ({
    test: (module: ModuleLike): boolean => test.test(moduleName(module)),
    name,
    chunks: 'async',
    minChunks: 1,
    minSize: 0,
    // Before lazyShared, which would otherwise take them one by one.
    priority: 35,
    enforce: true,
  });
  groups.docPageFrame = frame(DOC_PAGE_FRAME, 'doc-page-frame');
  groups.toolFrame = frame(TOOL_FRAME, 'tool-frame');
  groups.factFrame = frame(FACT_FRAME, 'fact-frame');
}

interface CompilerLike {
  options: {output: {path?: string}};
  hooks: {done: {tap: (name: string, callback: (stats: StatsLike) => void) => void}};
}

export default function bundleSplitPlugin(context: {generatedFilesDir: string}): Plugin {
  return {
    name: 'bundle-split',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      adjustCacheGroups(config.optimization?.splitChunks);
      return {
        plugins: [
          {
            // Writes which modules each emitted chunk holds, so the byte budget can tell what a page loads
            // (and whether it loads one module twice) from what the bundler did, not from strings in the code.
            apply(compiler: CompilerLike) {
              compiler.hooks.done.tap('bundle-split-chunk-map', (stats) => {
                writeChunkMap(context.generatedFilesDir, compiler.options.output.path ?? '', stats);
              });
            },
          },
        ],
      };
    },
  };
}
