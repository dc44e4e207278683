import type {Page, APIRequestContext} from '@playwright/test';
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
