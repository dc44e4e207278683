// The kept code samples (src/components/StaticHtml/LiveWhenNear) come to life as soon as they are near when the
// reader chose a tab on an earlier visit, so that the choice shows; they read it where Docusaurus's Tabs store it
// (src/components/StaticHtml/tabChoice.ts, tabStorageKey.ts). That key is not public API: this plugin stops the
// build with one line when the theme no longer builds it as expected, instead of the samples quietly showing the
// default tab.
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {TAB_STORAGE_KEY_PREFIX} from '../../src/components/StaticHtml/tabStorageKey';
import {InternalDetailChanged, readIfThere} from '../internal-detail';

const PLUGIN = 'tab-storage';

/** theme-common's tabsUtils, where the key is built. */
export const TABS_UTILS = join(
  dirname(createRequire(import.meta.url).resolve('@docusaurus/theme-common')),
  'utils/tabsUtils.js',
);

/** Throws one line unless `source` (tabsUtils.js) builds the storage key as `${TAB_STORAGE_KEY_PREFIX}${groupId}`. */
export function checkTabStorageKey(source: string | undefined): void {
  const expected = `\`${TAB_STORAGE_KEY_PREFIX}\${groupId}\``;
  if (source === undefined) throw new InternalDetailChanged(PLUGIN, `theme-common's ${TABS_UTILS}`, 'no such file');
  if (!source.includes(expected)) {
    const keys = [...source.matchAll(/`([^`]*\$\{groupId\}[^`]*)`/g)].map((m) => m[1]);
    throw new InternalDetailChanged(
      PLUGIN,
      `Tabs to store a group's choice under ${expected}`,
      keys.length > 0 ? keys.join(', ') : 'no key built from groupId',
    );
  }
}

export default function tabStoragePlugin(): Plugin {
  return {
    name: PLUGIN,
    loadContent: async () => checkTabStorageKey(readIfThere(TABS_UTILS)),
  };
}
