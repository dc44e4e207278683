import {expect, type Locator, type Page, type APIRequestContext} from '@playwright/test';
import type AxeBuilder from '@axe-core/playwright';
import {TOOLS} from '../../src/lib/tools';
import {readFileSync} from 'node:fs';
import {siteUrl, baseUrl} from '../../site.config';

/** Every path a locale's sitemap lists, relative to the server root (the sitemap holds absolute site URLs). */
export async function sitemapPaths(request: APIRequestContext, localePrefix: '' | '/en'): Promise<string[]> {
  const response = await request.get(`${localePrefix}/sitemap.xml`);
  if (!response.ok()) throw new Error(`sitemap ${localePrefix}/sitemap.xml: HTTP ${response.status()}`);
  const xml = await response.text();
  const origin = siteUrl.replace(/\/$/, '') + baseUrl.replace(/\/$/, '');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(origin, '') || '/');
}

/** Collects console errors and uncaught page errors, so a test can assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

export async function setColorMode(page: Page, mode: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
}

/**
 * The pages of one locale ('' or '/en') in the built sitemap, each guide page once: the site pages, the current
 * guide (`docs/`) and the frozen archives. Where the current guide is served at `/docs/next/…` beside a released
 * copy at `/docs/…`, the current one is kept, so the check is of what `docs/` says.
 */
export function builtPages(localePrefix: '' | '/en'): string[] {
  const origin = siteUrl.replace(/\/$/, '') + baseUrl.replace(/\/$/, '');
  const xml = readFileSync(`build${localePrefix}/sitemap.xml`, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(origin, '') || '/');
  const current = new Set(
    paths.filter((p) => p.includes('/docs/next/')).map((p) => p.replace('/docs/next/', '/docs/')),
  );
  return paths.filter((path) => !current.has(path));
}

/** Waits until React has hydrated the page (Docusaurus sets the attribute); a loaded machine may take a while. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached', timeout: 30_000});
}

/**
 * Brings a tool (`[data-tool]`) into view as a reader scrolling to it does, and waits until its body has loaded
 * and mounted (`data-ready`): a tool mounts only when it comes near the viewport.
 */
export async function toolReady(root: Locator): Promise<Locator> {
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true', {timeout: 30_000});
  return root;
}

/**
 * Waits until the page has hydrated and every tool on it has loaded its body, each scrolled to in turn: the page
 * as a reader has it who has scrolled through it. Ends scrolled back to the top.
 */
export async function waitForPageReady(page: Page): Promise<void> {
  await waitForHydration(page);
  for (const root of await page.locator('[data-tool]').all()) await toolReady(root);
  await page.evaluate(() => window.scrollTo(0, 0));
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * The rules whose verdict depends on the colour mode: dark mode changes colours only (the same DOM, the same
 * names, roles and order), so after the full check in light mode, dark mode is checked for these.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Axe's violations as readable lines, one per rule with the elements it found. */
export function violations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n    ')}`,
  );
}

/**
 * Switches the open page to dark mode the way a reader's system setting does, and waits for the theme to follow
 * and for the colours to settle: links and the navbar fade to their dark colours (CSS transitions), and a
 * contrast check taken mid-fade measures a colour no reader is left with.
 */
export async function switchToDark(page: Page): Promise<void> {
  await setColorMode(page, 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'),
  );
}

/** Loads one example in each tool on the page (if any), so axe and screenshots see its findings, tables and outputs. */
export async function showFindings(page: Page): Promise<void> {
  // Each tool's showcase example, from the registry.
  for (const {id, showcase: example} of TOOLS) {
    const roots = page.locator(`[data-tool="${id}"]`);
    for (let i = 0; i < (await roots.count()); i++) {
      const root = roots.nth(i);
      // The tool's body mounts when it comes near the viewport: scroll to it and wait until it has mounted.
      await toolReady(root);
      await expect(root.locator(`[data-example="${example}"]`)).toBeVisible();
      await root.locator(`[data-example="${example}"]`).click();
      await expect(root.locator('[data-finding-code]').first()).toBeVisible();
    }
  }
}

/**
 * Sums the page's layout shifts from its first paint on (the Layout Instability API), in all and, apart, those
 * that moved something inside the page's `<article>` (where each moved element was, read when the shift is
 * reported).
 */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {layoutShift: number; articleLayoutShift: number};
    w.layoutShift = 0;
    w.articleLayoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{
        value: number;
        hadRecentInput: boolean;
        sources: Array<{node: Node | null}>;
      }>) {
        if (entry.hadRecentInput) continue;
        w.layoutShift += entry.value;
        const inArticle = entry.sources.some((source) => {
          const node = source.node;
          const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node?.parentElement ?? null);
          return element?.closest('article') != null;
        });
        if (inArticle) w.articleLayoutShift += entry.value;
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
}

/** The layout shifts summed since watchLayoutShifts: all of them, or only those that moved something in the article. */
export async function layoutShift(page: Page, where: 'page' | 'article' = 'page'): Promise<number> {
  return page.evaluate(
    (which) =>
      which === 'article'
        ? (window as unknown as {articleLayoutShift: number}).articleLayoutShift
        : (window as unknown as {layoutShift: number}).layoutShift,
    where,
  );
}

/** Where the target's top is, relative to the bottom of the sticky navbar. */
export async function belowNavbar(page: Page, id: string): Promise<number> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    const navbar = document.querySelector('.navbar');
    if (!target || !navbar) return Number.NaN;
    return target.getBoundingClientRect().top - navbar.getBoundingClientRect().bottom;
  }, id);
}
