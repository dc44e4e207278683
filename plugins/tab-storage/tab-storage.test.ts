import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {TABS_UTILS, checkTabStorageKey} from './index';

const oneLine = (error: RegExp): RegExp =>
  new RegExp(String.raw`^\[tab-storage\] expected [^\n]*${error.source}[^\n]*$`);

describe('tab-storage, on where Docusaurus Tabs keep a chosen tab', () => {
  it('accepts the installed theme-common', () => {
    expect(() => checkTabStorageKey(readFileSync(TABS_UTILS, 'utf8'))).not.toThrow();
  });

  it('stops the build with one line naming the key the theme builds now', () => {
    const moved = 'function getStorageKey(groupId) { return `docusaurus.tabs.${groupId}.v2`; }';
    expect(() => checkTabStorageKey(moved)).toThrow(oneLine(/found docusaurus\.tabs\.\$\{groupId\}\.v2$/));
    expect(() => checkTabStorageKey('export {};')).toThrow(oneLine(/found no key built from groupId$/));
    expect(() => checkTabStorageKey(undefined)).toThrow(oneLine(/tabsUtils\.js; found no such file$/));
  });
});
