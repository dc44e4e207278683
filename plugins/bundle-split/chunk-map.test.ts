import {describe, expect, it} from 'vitest';
import {chunkMapFromStats, type StatsLike} from './chunk-map';
import {LAZY_ONLY, SHARED_ASYNC} from './index';

const stats = (chunks: unknown[]): StatsLike => ({toJson: () => ({chunks}) as ReturnType<StatsLike['toJson']>});

describe('chunkMapFromStats', () => {
  it('lists the modules inside a concatenated module, without loaders, per JavaScript file', () => {
    const map = chunkMapFromStats(
      '/site/build',
      stats([
        {
          files: ['assets/js/1406.abc.js', 'assets/css/styles.css'],
          initial: false,
          origins: [{moduleName: './src/components/LazyTools/index.tsx'}, {moduleName: './.docusaurus/registry.js'}],
          modules: [
            {
              name: './src/components/FindingList/index.tsx + 1 modules',
              modules: [
                {name: './src/components/FindingList/index.tsx'},
                {name: './src/components/findingMessages.ts'},
              ],
            },
            {name: 'builtin:swc-loader??ruleSet[1]!./node_modules/jose/dist/webapi/index.js?x=1'},
          ],
        },
      ]),
    );
    expect(map).toEqual({
      outputPath: '/site/build',
      chunks: {
        'assets/js/1406.abc.js': {
          modules: [
            './node_modules/jose/dist/webapi/index.js',
            './src/components/FindingList/index.tsx',
            './src/components/findingMessages.ts',
          ],
          origins: ['./.docusaurus/registry.js', './src/components/LazyTools/index.tsx'],
          initial: false,
        },
      },
    });
  });
});

describe('split rules', () => {
  it('keeps the tools’ code and libraries out of common, and shares @mdx-js/react between async chunks', () => {
    expect(LAZY_ONLY.test('/s/node_modules/jose/dist/webapi/index.js')).toBe(true);
    expect(LAZY_ONLY.test('/s/node_modules/@peculiar/x509/build/x509.es.js')).toBe(true);
    expect(LAZY_ONLY.test('/s/src/lib/findings.ts')).toBe(true);
    expect(LAZY_ONLY.test('/s/node_modules/react/index.js')).toBe(false);
    expect(SHARED_ASYNC.test('/s/node_modules/@mdx-js/react/lib/index.js')).toBe(true);
    expect(SHARED_ASYNC.test('/s/node_modules/@docusaurus/theme-classic/lib/theme/Tabs/index.js')).toBe(false);
  });
});
