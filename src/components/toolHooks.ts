// Small hooks the tools share: debounced input and the page's locale for dates and numbers.
import {useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {troubleshootingAnchor} from '@site/src/lib/anchors';

/** The value, settled: it changes only after the reader has stopped typing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs = 200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export {usePageLocale, useLanguage} from './localeHooks';

/** A Unix time (seconds) as local time and UTC, in the page's language. */
export function formatUnixTime(seconds: number, locale: string): {local: string; utc: string; iso: string} {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return {local: String(seconds), utc: String(seconds), iso: ''};
  const options: Intl.DateTimeFormatOptions = {dateStyle: 'medium', timeStyle: 'medium'};
  return {
    local: new Intl.DateTimeFormat(locale, options).format(date),
    utc: new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'}).format(date),
    iso: date.toISOString(),
  };
}

interface ModuleEntry {
  promise: Promise<unknown>;
  value?: unknown;
}
const loadedModules = new Map<() => Promise<unknown>, ModuleEntry>();

export interface LazyModule<M> {
  /** The module, once loaded. */
  readonly module: M | undefined;
  /** True when loading failed (offline before the tool's rules were ever loaded): say so, do not spin. */
  readonly failed: boolean;
}

/**
 * Loads a tool's rules the first time they are `needed` (the reader has typed or picked an example), not when
 * the page opens, so a page with tools weighs what a page without them does. `load` must be a module-level
 * function (`() => import('…')`); each is loaded once per page.
 */
export function useModule<M>(load: () => Promise<M>, needed: boolean): LazyModule<M> {
  const [module, setModule] = useState<M | undefined>(() => loadedModules.get(load)?.value as M | undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || module !== undefined) return undefined;
    let live = true;
    let entry = loadedModules.get(load);
    if (!entry) {
      const created: ModuleEntry = {
        promise: load().then((value) => {
          created.value = value;
          return value;
        }),
      };
      entry = created;
      loadedModules.set(load, entry);
    }
    entry.promise.then(
      (value) => {
        if (live) setModule(value as M);
      },
      () => {
        // A later attempt may succeed (the network is back): forget the failed one.
        loadedModules.delete(load);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [load, needed, module]);
  return {module, failed};
}

/**
 * Whether the reader has started to use the tool: focus moved into it (a field, a button, an example). Tools
 * load their rules from then on, so the code is there by the time the first character is typed.
 */
export function useEngaged(): [boolean, {onFocusCapture: () => void}] {
  const [engaged, setEngaged] = useState(false);
  return [engaged, {onFocusCapture: () => setEngaged(true)}];
}

/** Where each finding code is explained: its own anchor on the troubleshooting page. */
export function findingHref(anchor: string, baseUrl = '/'): string {
  return `${baseUrl}${troubleshootingAnchor(anchor)}`;
}

/**
 * The link for a finding, in the page's locale (baseUrl is `/en/` on English pages). A plain anchor, not
 * `<Link>`: Link prefetches the target page's code when it scrolls into view, and a tool must make no request
 * at all while the reader works on a token.
 */
export function useFindingHref(): (anchor: string) => string {
  const {siteConfig} = useDocusaurusContext();
  return (code) => findingHref(code, siteConfig.baseUrl);
}
