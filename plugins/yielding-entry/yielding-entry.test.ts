import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Configuration} from 'webpack';
import yieldingEntryPlugin, {CLIENT_ENTRY_ALIAS, YIELDING_ENTRY, clientEntryOf} from './index';

const oneLine = (error: RegExp): RegExp =>
  new RegExp(String.raw`^\[yielding-entry\] expected [^\n]*${error.source}[^\n]*$`);
const DOCUSAURUS_ENTRY = '/site/node_modules/@docusaurus/core/lib/client/clientEntry.js';

describe('yielding-entry, on the client config Docusaurus builds', () => {
  it("finds Docusaurus's client entry where the installed core sets it", () => {
    const clientConfig = readFileSync('node_modules/@docusaurus/core/lib/webpack/client.js', 'utf8');
    expect(clientConfig).toContain("entry: path_1.default.resolve(__dirname, '../client/clientEntry.js')");
    expect(existsSync('node_modules/@docusaurus/core/lib/client/clientEntry.js')).toBe(true);
    expect(clientEntryOf(DOCUSAURUS_ENTRY)).toBe(DOCUSAURUS_ENTRY);
    expect(clientEntryOf('C:\\site\\node_modules\\@docusaurus\\core\\lib\\client\\clientEntry.js')).toMatch(
      /clientEntry/,
    );
  });

  it('stops the build with one line when the entry is no longer that one path', () => {
    expect(() => clientEntryOf([DOCUSAURUS_ENTRY])).toThrow(oneLine(/clientEntry\.js; found \[".*"\]$/));
    expect(() => clientEntryOf({main: DOCUSAURUS_ENTRY})).toThrow(oneLine(/found \{"main":/));
    expect(() => clientEntryOf('/site/node_modules/@docusaurus/core/lib/client/entry.js')).toThrow(oneLine(/found/));
    expect(() => clientEntryOf(undefined)).toThrow(oneLine(/found nothing \(undefined\)$/));
  });

  it("makes the client's entry the yielding one, which imports Docusaurus's entry by an exact alias after a task", () => {
    const plugin = yieldingEntryPlugin();
    const configure = plugin.configureWebpack!.bind(plugin) as unknown as (
      config: Configuration,
      isServer: boolean,
    ) => Record<string, unknown>;
    expect(configure({entry: DOCUSAURUS_ENTRY}, true)).toEqual({});
    expect(configure({entry: DOCUSAURUS_ENTRY}, false)).toEqual({
      mergeStrategy: {entry: 'replace'},
      entry: YIELDING_ENTRY,
      resolve: {alias: {[`${CLIENT_ENTRY_ALIAS}$`]: DOCUSAURUS_ENTRY}},
    });
    expect(() => configure({entry: ['x']}, false)).toThrow(oneLine(/found/));
    const entry = readFileSync(YIELDING_ENTRY, 'utf8');
    expect(entry).toMatch(
      new RegExp(
        String.raw`setTimeout\(\(\) => \{\s*(//[^\n]*\s*)?import\(/\* webpackMode: "eager" \*/ '${CLIENT_ENTRY_ALIAS}'\);\s*\}, 0\);`,
      ),
    );
  });
});
