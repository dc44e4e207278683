import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {XMLParser} from 'fast-xml-parser';
import {collectErrors} from './helpers';

/** The aggregated endringslogg page, its filters, the Atom feed and how pages announce it, in both locales. */
const LOCALES = [
  {prefix: '', name: 'nb', pageLabel: 'Side', yearLabel: 'År', allYears: 'Alle år'},
  {prefix: '/en', name: 'en', pageLabel: 'Page', yearLabel: 'Year', allYears: 'All years'},
] as const;

const SEED_DATE = '2023-04-04';

function rows(page: Page) {
  return page.locator('main table tbody tr');
}

async function visibleDates(page: Page): Promise<string[]> {
  return rows(page)
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
}

for (const locale of LOCALES) {
  const changelogPath = `${locale.prefix}/endringslogg`;
  const feedPath = `${locale.prefix}/endringslogg/atom.xml`;

  test.describe(`${locale.name} endringslogg`, () => {
    test("lists the seed's 04.04.2023 row, and its link leads to a page that exists", async ({page, request}) => {
      const response = await page.goto(changelogPath);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toBeVisible();

      const seedRow = rows(page)
        .filter({has: page.locator(`time[datetime="${SEED_DATE}"]`)})
        .first();
      await expect(seedRow).toBeVisible();
      const pageLink = seedRow.locator('td').nth(2).getByRole('link');
      const href = await pageLink.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${locale.prefix}/docs/`));
      expect((await request.get(href!.split('#')[0]!)).status()).toBe(200);

      await pageLink.click();
      await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
      await expect(page.locator('h1').first()).toBeVisible();
      const reloaded = await page.reload();
      expect(reloaded?.status()).toBe(200);
    });

    test('lists newest first, and the year and page filters narrow the list', async ({page}) => {
      const errors = collectErrors(page);
      await page.goto(changelogPath);
      const all = await visibleDates(page);
      expect(all.length).toBeGreaterThan(1);
      expect([...all].sort().reverse()).toEqual(all);
      expect(all.some((date) => date.startsWith('2026-'))).toBe(true);

      const year = page.getByLabel(locale.yearLabel, {exact: true});
      await year.selectOption('2023');
      await expect(rows(page).locator('time[datetime^="2026-"]')).toHaveCount(0);
      const in2023 = await visibleDates(page);
      expect(in2023.length).toBeGreaterThan(0);
      expect(in2023.every((date) => date.startsWith('2023-'))).toBe(true);
      expect(in2023).toContain(SEED_DATE);

      await year.selectOption({label: locale.allYears});
      await expect(rows(page)).toHaveCount(all.length);

      // The page filter, used from the keyboard: focus the select and step to the first page.
      const pageSelect = page.getByLabel(locale.pageLabel, {exact: true});
      await pageSelect.focus();
      await page.keyboard.press('ArrowDown');
      const chosen = await pageSelect.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text ?? '');
      expect(await pageSelect.inputValue()).not.toBe('');
      const titles = await rows(page)
        .locator('td:nth-child(3) a')
        .evaluateAll((links) => links.map((link) => link.textContent));
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.length).toBeLessThan(all.length);
      expect(new Set(titles)).toEqual(new Set([chosen]));
      expect(errors).toEqual([]);
    });

    test('every page announces the Atom feed in its head, and the footer links to it', async ({page}) => {
      for (const path of [changelogPath, `${locale.prefix}/docs/oversikt`, `${locale.prefix}/`]) {
        await page.goto(path);
        await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
          'href',
          feedPath,
        );
      }
      await expect(page.locator(`footer a[href="${feedPath}"]`)).toHaveCount(1);
    });

    test('the Atom feed is served as XML with one entry per listed change', async ({page, request}) => {
      const response = await request.get(feedPath);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/xml/);
      const feed = new XMLParser({
        ignoreAttributes: false,
        isArray: (name) => name === 'entry' || name === 'link',
      }).parse(await response.text()).feed;
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id).toMatch(new RegExp(`${feedPath}$`));
      const ids = (feed.entry as {id: string}[]).map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.some((id) => id.includes(`,${SEED_DATE}:${locale.name}/`))).toBe(true);

      await page.goto(changelogPath);
      await expect(rows(page)).toHaveCount(ids.length);
    });
  });

  test.describe(`${locale.name} endringslogg without JavaScript`, () => {
    test.use({javaScriptEnabled: false});

    test('the server-rendered page lists every change', async ({page, request}) => {
      await page.goto(changelogPath);
      const feed = await (await request.get(feedPath)).text();
      const entries = feed.match(/<entry>/g)?.length ?? 0;
      await expect(rows(page)).toHaveCount(entries);
      await expect(rows(page).locator(`time[datetime="${SEED_DATE}"]`).first()).toBeVisible();
    });
  });
}
