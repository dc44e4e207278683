import {test, expect} from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import {existsSync, readFileSync} from 'node:fs';
import {siteUrl, baseUrl} from '../../site.config';
import {
  COLOUR_RULES,
  WCAG_TAGS,
  setColorMode,
  showFindings,
  switchToDark,
  violations,
  waitForPageReady,
} from './helpers';

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
  // English pages are the Norwegian pages' components, styles and markup with other words, and contrast does not
  // depend on the words: colour contrast, by far the slowest rule, is checked on the Norwegian pages (light and
  // dark), and every other rule on every page of both locales.
  const english = path.startsWith('/en/');
  test(`axe (WCAG 2.1 A/AA) finds no violations on ${path}, ${english ? 'light mode (contrast: on the nb page)' : 'light and dark mode'}`, async ({
    page,
  }) => {
    await setColorMode(page, 'light');
    await page.goto(path);
    await waitForPageReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const all = new AxeBuilder({page}).withTags(WCAG_TAGS);
    const light = violations(await (english ? all.disableRules(COLOUR_RULES) : all).analyze());
    expect(light, `light mode:\n${light.join('\n')}`).toEqual([]);
    if (english) return;
    await switchToDark(page);
    const dark = violations(await new AxeBuilder({page}).withRules(COLOUR_RULES).analyze());
    expect(dark, `dark mode:\n${dark.join('\n')}`).toEqual([]);
  });
}

for (const prefix of ['', '/en']) {
  // The tools in their filled-in state (findings, claims, certificate details, outputs), all six on the tools
  // page. The guide pages embed the same components; there the whole page, tools unfilled, is checked above.
  test(`axe (WCAG 2.1 A/AA) finds no violations in the tools on ${prefix}/verktoy with findings shown, light${prefix ? '' : ' and dark'} mode`, async ({
    page,
  }) => {
    await setColorMode(page, 'light');
    await page.goto(`${prefix}/verktoy`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await showFindings(page);
    const all = new AxeBuilder({page}).withTags(WCAG_TAGS).include('[data-tool]');
    const light = violations(await (prefix ? all.disableRules(COLOUR_RULES) : all).analyze());
    expect(light, `light mode:\n${light.join('\n')}`).toEqual([]);
    if (prefix) return;
    await switchToDark(page);
    const dark = violations(await new AxeBuilder({page}).withRules(COLOUR_RULES).include('[data-tool]').analyze());
    expect(dark, `dark mode:\n${dark.join('\n')}`).toEqual([]);
  });
}
