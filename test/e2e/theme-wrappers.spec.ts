import {test, expect} from './fixtures';
import {collectErrors, waitForHydration} from './helpers';

// What the swizzled theme pieces add, as a reader gets it. The search bar's stand-in and hand-over are tested in
// keyboard.spec.ts (focus, typed text, name in the page's language); a code block's name (src/theme/CodeBlock/Content)
// in code-blocks.spec.ts and tables.spec.ts, and a block kept from the server until touched (src/theme/CodeBlock)
// in code-blocks.spec.ts; the "changed since" note (src/theme/DocItem/Content) in
// test/unit/components/doc-item-content.test.tsx, since no archived page has newer rows today.

const LOCALES = [
  {prefix: '', lastUpdated: 'Sist oppdatert', on: 'den', searchLabel: 'Søk'},
  {prefix: '/en', lastUpdated: 'Last updated', on: 'on', searchLabel: 'Search'},
] as const;

for (const {prefix, lastUpdated, on, searchLabel} of LOCALES) {
  test(`${prefix || 'nb'}: a guide page says when it was last updated as dd.mm.yyyy, like its change log (src/theme/LastUpdated)`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto(`${prefix}/docs/oversikt`);
    await waitForHydration(page);
    const line = page.locator('.theme-last-updated');
    const time = line.locator('time[itemprop="dateModified"]');
    const iso = await time.getAttribute('datetime');
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const [year, month, day] = iso!.slice(0, 10).split('-');
    await expect(time).toHaveText(`${day}.${month}.${year}`);
    await expect(line).toHaveText(`${lastUpdated} ${on} ${day}.${month}.${year}`);
    expect(errors).toEqual([]);
  });

  test(`${prefix || 'nb'}: the search page's query box is named in the page's language (src/theme/SearchPage)`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto(`${prefix}/search?q=token`);
    await waitForHydration(page);
    const box = page.locator('input[name="q"]');
    await expect(box).toHaveValue('token');
    await expect(box).toHaveAttribute('aria-label', searchLabel);
    expect(errors).toEqual([]);
  });
}
