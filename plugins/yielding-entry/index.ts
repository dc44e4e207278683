// On a phone, evaluating the main bundle was one task of the load: React, the router and every module of the site
// and theme, then Docusaurus's preload of the route's chunks (a script element each), then the render's start.
// This plugin replaces the client's entry with a small one (entry.js) that evaluates the libraries and gives the
// main thread back before Docusaurus's client entry runs, so that work is two tasks (issue 23: no long task at
// load). What it leans on is not public API: the client config's `entry` being the one path to
// @docusaurus/core's client/clientEntry.js. When that moves the build stops with one line, rather than the entry
// quietly running as one task again or not at all.
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {InternalDetailChanged, describeFound} from '../internal-detail';

const PLUGIN = 'yielding-entry';
const CLIENT_ENTRY = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/;
export const YIELDING_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'entry.js');
/** The name entry.js imports Docusaurus's client entry by (set as an exact alias to its path). */
export const CLIENT_ENTRY_ALIAS = '@yielding-entry/client-entry';

/** Docusaurus's client entry: the path `entry` is set to. Throws one line when it is anything else. */
export function clientEntryOf(entry: unknown): string {
  if (typeof entry !== 'string' || !CLIENT_ENTRY.test(entry))
    throw new InternalDetailChanged(
      PLUGIN,
      "the client config's entry to be the path to @docusaurus/core's lib/client/clientEntry.js",
      describeFound(entry),
    );
  return entry;
}

export default function yieldingEntryPlugin(): Plugin {
  return {
    name: PLUGIN,
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const clientEntry = clientEntryOf(config.entry);
      return {
        mergeStrategy: {entry: 'replace'},
        entry: YIELDING_ENTRY,
        resolve: {alias: {[`${CLIENT_ENTRY_ALIAS}$`]: clientEntry}},
      };
    },
  };
}
