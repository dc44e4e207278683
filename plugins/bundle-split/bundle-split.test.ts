import {describe, expect, it} from 'vitest';
import {adjustCacheGroups} from './index';

/** The client's splitChunks as Docusaurus 3.10 makes it (core/lib/webpack/base.js). */
const docusaurusSplitChunks = (): Record<string, unknown> => ({
  name: false,
  cacheGroups: {
    default: false,
    common: {name: 'common', minChunks: 2, priority: 40},
    styles: {name: 'styles', type: 'css/mini-extract', chunks: 'all', enforce: true, priority: 50},
  },
});

const oneLine = (error: RegExp): RegExp =>
  new RegExp(String.raw`^\[bundle-split\] expected [^\n]*${error.source}[^\n]*$`);

describe('bundle-split, on the split groups Docusaurus makes', () => {
  it('keeps the lazily used code out of `common` and adds the shared async group', () => {
    const splitChunks = docusaurusSplitChunks();
    adjustCacheGroups(splitChunks);
    const groups = splitChunks.cacheGroups as Record<string, {test: (m: {resource: string}) => boolean}>;
    expect(groups.common!.test({resource: '/site/node_modules/react/index.js'})).toBe(true);
    expect(groups.common!.test({resource: '/site/src/lib/checks.ts'})).toBe(false);
    expect(groups.lazyShared!.test({resource: '/site/src/lib/checks.ts'})).toBe(true);
    expect(groups.lazyShared).toMatchObject({chunks: 'async', minChunks: 2, minSize: 0});
  });

  it('puts the small modules every doc page needs into one chunk, and the tool frame into another', () => {
    const splitChunks = docusaurusSplitChunks();
    adjustCacheGroups(splitChunks);
    type Group = {test: (m: {resource: string}) => boolean; name: string; priority: number};
    const groups = splitChunks.cacheGroups as Record<string, Group>;
    const page = groups.docPageFrame!;
    const tools = groups.toolFrame!;
    for (const path of [
      'src/components/ScrollTable/index.tsx',
      'src/components/NotConfirmed/styles.module.css',
      'src/components/StaticHtml/near.ts',
      'src/theme/CodeBlock/index.tsx',
      'src/theme/CodeBlock/Content/LazyHighlight.tsx',
      'node_modules/@mdx-js/react/lib/index.js',
    ])
      expect(page.test({resource: `/site/${path}`}), path).toBe(true);
    for (const path of [
      'src/components/LazyTools/index.tsx',
      'src/components/LazyTools/registry.tsx',
      'src/components/ToolShell/index.tsx',
      'src/lib/tools.ts',
      'src/components/StaticHtml/firstInteraction.ts',
    ])
      expect(tools.test({resource: `/site/${path}`}), path).toBe(true);
    // Loaded only when needed, or by pages without either frame: left to the other groups.
    for (const path of [
      'src/theme/CodeBlock/Content/Highlighted.tsx',
      'src/theme/prism-languages/bash.ts',
      'src/components/LazyTools/toolPageTexts.ts',
      'src/components/StaticHtml/LiveWhenNear.tsx',
      'src/components/TokenInspector/index.tsx',
      'src/lib/findings.ts',
    ]) {
      expect(page.test({resource: `/site/${path}`}), path).toBe(false);
      expect(tools.test({resource: `/site/${path}`}), path).toBe(false);
    }
    // The modules that show facts and findings in words, in a third chunk.
    const facts = groups.factFrame!;
    for (const path of [
      'src/lib/display.ts',
      'src/lib/words.ts',
      'src/lib/fact-status.ts',
      'src/components/localeHooks.ts',
      'src/components/FactTable/index.tsx',
      'src/components/factTables.module.css',
      'src/components/FindingList/severity.tsx',
    ])
      expect(facts.test({resource: `/site/${path}`}), path).toBe(true);
    for (const path of ['src/components/FindingList/index.tsx', 'src/lib/api-error-table.ts', 'src/lib/display-x.ts'])
      expect(facts.test({resource: `/site/${path}`}), path).toBe(false);
    expect(facts).toMatchObject({name: 'fact-frame', chunks: 'async', enforce: true});
    expect(page).toMatchObject({name: 'doc-page-frame', chunks: 'async', enforce: true});
    expect(tools).toMatchObject({name: 'tool-frame', chunks: 'async', enforce: true});
    // Before lazyShared, which would otherwise split them one module at a time.
    expect(page.priority).toBeGreaterThan((groups.lazyShared as unknown as Group).priority);
  });

  it('stops the build with one line when splitChunks or its groups are not there', () => {
    expect(() => adjustCacheGroups(false)).toThrow(oneLine(/splitChunks to be an object; found false/));
    expect(() => adjustCacheGroups(undefined)).toThrow(oneLine(/splitChunks to be an object; found nothing/));
    expect(() => adjustCacheGroups({name: false})).toThrow(oneLine(/cacheGroups to be an object; found nothing/));
  });

  it('stops the build when the `common` group is gone, renamed or already has a test', () => {
    const without = docusaurusSplitChunks();
    delete (without.cacheGroups as Record<string, unknown>).common;
    expect(() => adjustCacheGroups(without)).toThrow(oneLine(/`common`.*groups: default, styles/));

    const renamed = docusaurusSplitChunks();
    (renamed.cacheGroups as {common: {name: string}}).common.name = 'shared';
    expect(() => adjustCacheGroups(renamed)).toThrow(oneLine(/`common`.*a group named "shared"/));

    const disabled = docusaurusSplitChunks();
    (disabled.cacheGroups as {common: unknown}).common = false;
    expect(() => adjustCacheGroups(disabled)).toThrow(oneLine(/cacheGroups.common = false/));

    const tested = docusaurusSplitChunks();
    (tested.cacheGroups as {common: {test: RegExp}}).common.test = /node_modules/;
    expect(() => adjustCacheGroups(tested)).toThrow(oneLine(/no test of its own.*; found test = \/node_modules\//));
  });

  it('stops the build when a group it adds is there already', () => {
    for (const name of ['lazyShared', 'docPageFrame', 'toolFrame', 'factFrame']) {
      const splitChunks = docusaurusSplitChunks();
      (splitChunks.cacheGroups as Record<string, unknown>)[name] = {};
      expect(() => adjustCacheGroups(splitChunks)).toThrow(oneLine(new RegExp(name)));
    }
  });
});
