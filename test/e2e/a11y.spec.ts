import {test, expect} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {existsSync, readFileSync} from 'node:fs';
import {siteUrl, baseUrl} from '../../site.config';
import {setColorMode} from './helpers';

/** Pages of the current docs version and the site pages, in both locales, read from the built sitemaps. */
function currentPages(): string[] {
  const origin = siteUrl.replace(/\/$/, '') + baseUrl.replace(/\/$/, '');
  const paths: string[] = [];
  for (const sitemap of ['build/sitemap.xml', 'build/en/sitemap.xml']) {
    if (!existsSync(sitemap)) continue;
    const xml = readFileSync(sitemap, 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(m[1]!.replace(origin, '') || '/');
  }
  return paths.filter((p) => !/\/docs\/(next|\d{4})\//.test(p));
}

const pages = currentPages();

test('the accessibility check covers the guide in both locales', () => {
  expect(pages).toContain('/docs/oversikt');
  expect(pages).toContain('/en/docs/oversikt');
  expect(pages).toContain('/verktoy');
});

for (const path of pages) {
  for (const mode of ['light', 'dark'] as const) {
    test(`axe (WCAG 2.1 A/AA) finds no violations on ${path} in ${mode} mode`, async ({page}) => {
      await setColorMode(page, mode);
      await page.goto(path, {waitUntil: 'networkidle'});
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n    ')}`,
      );
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
}
