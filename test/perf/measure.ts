import type {BrowserContext, Page} from '@playwright/test';
import {gzipSync} from 'node:zlib';

export interface Asset {
  /** URL path, e.g. `/assets/js/main.1234abcd.js`. */
  path: string;
  raw: number;
  gzip: number;
  /** JS only: requested after React's first commit (hydration), i.e. by a component's lazy import, not by the route. */
  afterHydration: boolean;
  /** JS only: the body as served, for looking for texts in it. */
  text?: string;
}
export interface AssetTotals {
  raw: number;
  gzip: number;
  files: string[];
}
export interface FirstVisit {
  js: AssetTotals;
  css: AssetTotals;
  /** Every script and stylesheet, one entry per file. */
  assets: Asset[];
  /** The tools on the page (`data-tool` values); every one had `data-ready="true"` before measuring stopped. */
  tools: string[];
  /** How many code blocks the page shows (the theme marks each, in the built HTML, with `.theme-code-block`). */
  codeBlocks: number;
  /** How many parts kept from the server came to life near the reader (LiveWhenNear marks each `data-hydrated`). */
  liveParts: number;
}

/**
 * Runs in the page before its scripts. A stand-in for React's devtools hook: React calls `onCommitFiberRoot` after every commit, so the first call
 * marks the end of hydration. Docusaurus loads the route's chunks before it hydrates, and a tool's body is
 * imported only after (BrowserOnly renders it once mounted), so a script requested after that moment was
 * requested by a component, not by the route.
 */
function installCommitProbe(): void {
  const w = window as unknown as Record<string, unknown>;
  // Docusaurus prefetches the pages that links point to unless the connection says saveData. Prefetches are not
  // what the page needs, so they are not counted, and stopping them lets the network go quiet sooner. (The
  // route's own chunks load the same either way: the client preloads them before hydrating, whatever the link.)
  Object.defineProperty(navigator, 'connection', {value: {saveData: true, effectiveType: '4g'}, configurable: true});
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: () => {
      if (w.__firstCommitAt === undefined) w.__firstCommitAt = performance.now();
    },
  };
}

const READY_TIMEOUT_MS = 20_000;

/**
 * What a first visit downloads: every script and stylesheet the browser requested while loading the page and
 * scrolling to each tool on it (`[data-tool]`) until that tool said `data-ready="true"`, until the network has
 * been idle for 500 ms. Links that Docusaurus prefetches (`<link rel=prefetch>`, for pages the reader may open next) are not counted: the
 * bare template does the same, and they load at idle priority. Sizes are of the bodies as served; gzip is
 * computed at level 9, so the figure does not depend on the server's compression.
 */
export async function measureFirstVisit(
  page: Page,
  url: string,
  {keepText = false}: {keepText?: boolean} = {},
): Promise<FirstVisit> {
  await page.addInitScript(installCommitProbe);
  const bodies: {path: string; type: 'script' | 'stylesheet'; body: Buffer}[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      response.body().then(
        (body) => void bodies.push({path: new URL(response.url()).pathname, type, body}),
        () => undefined,
      ),
    );
  });
  await page.goto(url, {waitUntil: 'load'});
  // A tool loads its code when it comes near the viewport: scroll to each in turn, as a reader going through the
  // page does, so the figure is of the page with every tool on it loaded.
  for (const tool of await page.locator('[data-tool]').all()) {
    await tool.scrollIntoViewIfNeeded({timeout: READY_TIMEOUT_MS});
    await tool.and(page.locator('[data-ready="true"]')).waitFor({timeout: READY_TIMEOUT_MS});
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const {tools, codeBlocks, liveParts, lateScripts} = await page.evaluate(() => {
    const firstCommitAt = (window as unknown as {__firstCommitAt?: number}).__firstCommitAt ?? Infinity;
    return {
      tools: [...document.querySelectorAll('[data-tool]')].map((el) => el.getAttribute('data-tool') ?? ''),
      codeBlocks: document.querySelectorAll('.theme-code-block').length,
      liveParts: document.querySelectorAll('[data-hydrated="true"]').length,
      lateScripts: performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' && e.startTime > firstCommitAt)
        .map((e) => new URL(e.name).pathname),
    };
  });
  const late = new Set(lateScripts);
  const js: AssetTotals = {raw: 0, gzip: 0, files: []};
  const css: AssetTotals = {raw: 0, gzip: 0, files: []};
  const assets: Asset[] = [];
  const seen = new Set<string>();
  for (const {path, type, body} of bodies) {
    if (seen.has(path)) continue;
    seen.add(path);
    const gzip = gzipSync(body, {level: 9}).length;
    const totals = type === 'script' ? js : css;
    totals.raw += body.length;
    totals.gzip += gzip;
    totals.files.push(path);
    assets.push({
      path,
      raw: body.length,
      gzip,
      afterHydration: type === 'script' && late.has(path),
      text: keepText && type === 'script' ? body.toString('utf8') : undefined,
    });
  }
  js.files.sort();
  css.files.sort();
  assets.sort((a, b) => a.path.localeCompare(b.path));
  return {js, css, assets, tools, codeBlocks, liveParts};
}

/**
 * Measures `paths`, `parallel` at a time, as pages of one context with the HTTP cache switched off for each page:
 * every visit is a first visit, and a new page costs less than a new context.
 */
export async function measurePages<T>(
  context: BrowserContext,
  paths: readonly string[],
  measure: (page: Page, path: string) => Promise<T>,
  parallel = 4,
): Promise<Map<string, T>> {
  const results = new Map<string, T>();
  const queue = [...paths];
  const worker = async (): Promise<void> => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
        results.set(path, await measure(page, path));
      } finally {
        await page.close();
      }
    }
  };
  await Promise.all(Array.from({length: Math.min(parallel, paths.length)}, worker));
  return results;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
