import type {Browser, Page} from '@playwright/test';

/** A phone's CSS viewport (iPhone 12–15 width). */
export const PHONE_VIEWPORT = {width: 390, height: 844};

/**
 * Main-thread work of one first visit, from navigation until the page has hydrated and then no request has been in
 * flight for 500 ms (`loaded` below; with scripts off, Playwright's network idle), as
 * Chromium's own `TaskDuration` (CDP Performance.getMetrics, the renderer's main thread, every task: parsing,
 * style, layout, paint, script). The visit is in a fresh browser context (cold HTTP cache, no compiled scripts)
 * at phone width, unthrottled. With `javaScript: false` the same page is loaded with scripts off: what is left is
 * parsing and laying out the HTML, so `with − without` is what the scripts cost (hydration, components,
 * effects, and the style and layout work they cause). The time the renderer spent in tasks running this harness's
 * own DevTools commands (`DevToolsCommandDuration`: Playwright's page setup, the wait for hydration, these metric
 * reads) is left out: it is not the page's work, there is none of it with scripts off, and it grows with the page
 * (in 5 loads each, about 122 ms on the bare page, 141 on scopes and 158 on feilsoking).
 */
export async function taskDuration(browser: Browser, url: string, javaScript: boolean): Promise<number> {
  const context = await browser.newContext({viewport: PHONE_VIEWPORT, javaScriptEnabled: javaScript});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await pageWork(cdp);
    await loaded(page, url, javaScript);
    const after = await pageWork(cdp);
    return (after - before) * 1000;
  } finally {
    await context.close();
  }
}

/**
 * The longest main-thread task from navigation until the page has hydrated and the network is quiet, on a phone profile: 390 px wide, the CPU slowed
 * 4× (CDP Emulation.setCPUThrottlingRate), JavaScript on, a fresh context. Read with a `longtask`
 * PerformanceObserver (tasks of 50 ms and more, buffered from the start of the page); 0 when there was none.
 */
export async function longestTask(browser: Browser, url: string, cpuSlowdown = 4): Promise<number> {
  const context = await browser.newContext({viewport: PHONE_VIEWPORT});
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as {__longest: number};
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({type: 'longtask', buffered: true});
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
    await loaded(page, url, true);
    return await page.evaluate(() => (window as unknown as {__longest: number}).__longest);
  } finally {
    await context.close();
  }
}

/** No request in flight for this long counts as the network being idle (as Playwright's `networkidle`). */
const QUIET_MS = 500;

/**
 * Opens the page and returns once it has loaded: with JavaScript, once React has hydrated it (Docusaurus's
 * `<html data-has-hydrated="true">`) and then no request has been in flight for QUIET_MS, so whatever hydration
 * set off (chunks, idle work) is counted; without, at network idle. Network idle alone is not enough: with the
 * CPU slowed 4×, the network can fall quiet while the downloaded scripts have not yet run, and the load's
 * longest task (evaluating the main bundle) was then missed in about half the loads.
 */
async function loaded(page: Page, url: string, javaScript: boolean): Promise<void> {
  if (!javaScript) {
    await page.goto(url, {waitUntil: 'networkidle'});
    return;
  }
  let inFlight = 0;
  let lastActivity = Date.now();
  const started = (): void => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const ended = (): void => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await page.goto(url, {waitUntil: 'load'});
    await page.evaluate(untilHydrated, HYDRATION_TIMEOUT_MS);
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS)
      await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

const HYDRATION_TIMEOUT_MS = 60_000;

/**
 * In the page: resolves once Docusaurus has marked `<html data-has-hydrated="true">`, woken by one
 * MutationObserver on that attribute. Not Playwright's `locator.waitFor`: that polls with its own selector
 * engine, whose work grows with the page's size and lands in the page's TaskDuration (in a CPU profile of a
 * load, 31 ms on feilsoking and 68 ms on kodeeksempler against 4 ms on the bare page), so the harness would be
 * counted as the page's script work.
 */
function untilHydrated(timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const html = document.documentElement;
    const hydrated = (): boolean => html.dataset.hasHydrated === 'true';
    if (hydrated()) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the page did not hydrate within ${timeoutMs} ms (no data-has-hydrated on <html>)`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!hydrated()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(html, {attributes: true, attributeFilter: ['data-has-hydrated']});
  });
}

/** The renderer's main-thread task time so far, in seconds, less the part spent on DevTools commands. */
async function pageWork(cdp: MetricsSession): Promise<number> {
  const {metrics} = await cdp.send('Performance.getMetrics');
  const read = (name: string): number => {
    const found = metrics.find((m) => m.name === name);
    if (!found) throw new Error(`Chromium reports no ${name} metric (CDP Performance.getMetrics)`);
    return found.value;
  };
  return read('TaskDuration') - read('DevToolsCommandDuration');
}

type MetricsSession = {send(method: 'Performance.getMetrics'): Promise<{metrics: {name: string; value: number}[]}>};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
