import type {Plugin} from '@docusaurus/types';
import {writeChunkMap, type StatsLike} from './chunk-map';

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

interface ModuleLike {
  nameForCondition?: () => string | null;
  resource?: string;
}
const moduleName = (module: ModuleLike): string => module.nameForCondition?.() ?? module.resource ?? '';

interface CacheGroup {
  test?: unknown;
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
      const splitChunks = config.optimization?.splitChunks as
        {cacheGroups?: Record<string, CacheGroup | false>} | false;
      const groups = splitChunks ? splitChunks.cacheGroups : undefined;
      const common = groups?.common;
      if (common) {
        // A module goes to `common` only if its path is not one of the lazily used libraries above.
        common.test = (module: ModuleLike): boolean => !LAZY_ONLY.test(moduleName(module));
      }
      if (groups) {
        groups.lazyShared = {
          test: (module: ModuleLike): boolean => SHARED_ASYNC.test(moduleName(module)),
          chunks: 'async',
          minChunks: 2,
          // Any size: a 2 KB text table loaded twice is still loaded twice.
          minSize: 0,
          priority: 30,
          reuseExistingChunk: true,
        } as CacheGroup;
      }
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
