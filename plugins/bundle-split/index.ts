import type {Plugin} from '@docusaurus/types';

/**
 * Keeps lazily loaded code out of Docusaurus's `common` chunk, which every page downloads.
 *
 * Docusaurus moves any module used by half of the route chunks into `common`. Mermaid loads one chunk per
 * diagram type, and each of them imports the same parser (langium, chevrotain, d3 …), so that parser — about
 * 140 KB gzip — landed in `common` and on every guide page, with or without a diagram. The tools' rule engine
 * and texts (src/lib, src/components) are shared by several tool chunks and would go the same way. Excluding
 * them from `common` lets the bundler put them in shared chunks that load only with a diagram or a tool.
 */
export const LAZY_ONLY = new RegExp(
  [
    String.raw`[\\/]node_modules[\\/](mermaid|@mermaid-js|langium|chevrotain[^\\/]*|vscode-[^\\/]+|d3[^\\/]*|dagre[^\\/]*|cytoscape[^\\/]*|katex|khroma|lodash-es|marked|roughjs|@iconify[^\\/]*|dompurify|stylis|dayjs|jose|@peculiar|asn1js|pvtsutils|pvutils|tsyringe|reflect-metadata|@upsetjs[^\\/]*)[\\/]`,
    String.raw`[\\/]src[\\/](lib|components)[\\/]`,
  ].join('|'),
);

interface CacheGroup {
  test?: unknown;
}

export default function bundleSplitPlugin(): Plugin {
  return {
    name: 'bundle-split',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const splitChunks = config.optimization?.splitChunks as
        {cacheGroups?: Record<string, CacheGroup | false>} | false;
      const groups = splitChunks ? splitChunks.cacheGroups : undefined;
      // Docusaurus disables the `default` group, so a src/ module that several tool chunks share (the finding
      // texts, the catalogue) was copied into each of them: five copies on /verktoy. One shared chunk per set of
      // tools that use it, loaded only with those tools, instead.
      if (groups) {
        groups.tools = {
          // Only what the tools share with each other; the fact tables' modules (scopes, environments) stay
          // with the guide pages that show them, so a page without a tool gets no extra chunk.
          test: /[\\/]src[\\/](components[\\/](findingMessages|FindingList|FindingReference|ToolFields|ToolShell|toolHooks|CopyButton)|lib[\\/](findings|errors|environment-check|config-scan|grant-builder|jwt)\b)/,
          chunks: 'async',
          minChunks: 2,
          minSize: 10_000,
          priority: 30,
          reuseExistingChunk: true,
        } as CacheGroup;
      }
      const common = groups?.common;
      if (common) {
        // A module goes to `common` only if its path is not one of the lazily used libraries above.
        common.test = (module: {nameForCondition?: () => string | null; resource?: string}): boolean => {
          const name = module.nameForCondition?.() ?? module.resource ?? '';
          return !LAZY_ONLY.test(name);
        };
      }
      return {};
    },
  };
}
