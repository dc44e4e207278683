import {waitForHydration} from './helpers';
import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {LEGACY_ANCHORS, LEGACY_ANCHOR_PAGE} from '../../src/lib/legacy-anchors';
import {LEGACY_REDIRECTS} from '../../redirects';

// An old bookmark to a section of the DSOP page goes through the redirect and lands on that section's new page,
// scrolled to the section, in both locales.
const OLD_PAGE = '/dsop_ajourhold_Integrasjonmaskinporten.html';

async function expectLanding(page: Page, prefix: string, to: string, from = to): Promise<void> {
  const [path, anchor] = to.split('#') as [string, string | undefined];
  await page.waitForURL(
    (url) => url.pathname.replace(/\/$/, '') === `${prefix}${path}` && url.hash === (anchor ? `#${anchor}` : ''),
  );
  await expect(page.locator('h1').first(), from).toBeVisible();
  if (anchor) await expect(page.locator(`[id="${anchor}"]`), from).toBeInViewport();
  else await expect(page.locator('h1').first(), from).toBeInViewport();
}

for (const prefix of ['', '/en']) {
  test(`${prefix}${OLD_PAGE}#<each old section> lands on that section's new page, scrolled to it`, async ({page}) => {
    for (const {anchors, to} of LEGACY_ANCHORS) {
      const from = `${prefix}${OLD_PAGE}#${anchors[0]}`;
      await page.goto(`${prefix}${OLD_PAGE}#${encodeURIComponent(anchors[0]!)}`);
      await expectLanding(page, prefix, to, `${from} -> ${prefix}${to}`);
    }
  });

  test(`${prefix}: every old address keeps the anchor, and the page's own anchors stay where they are`, async ({
    page,
  }) => {
    const [row] = LEGACY_ANCHORS.filter((r) => r.to.includes('#'));
    for (const {from} of LEGACY_REDIRECTS.filter((r) => r.to === LEGACY_ANCHOR_PAGE)) {
      await page.goto(`${prefix}${from}#${row!.anchors[0]}`);
      await expectLanding(page, prefix, row!.to);
    }
    // An anchor the overview has itself is not sent anywhere.
    await page.goto(`${prefix}${LEGACY_ANCHOR_PAGE}#tokenflyt`);
    await expect(page.locator('[id="tokenflyt"]')).toBeInViewport();
    await waitForHydration(page);
    expect(new URL(page.url()).pathname).toBe(`${prefix}${LEGACY_ANCHOR_PAGE}`);
    // An unknown anchor stays on the overview (the hop has had its chance once the table chunk could load).
    await page.goto(`${prefix}${OLD_PAGE}#finnes-ikke`);
    await page.waitForURL((url) => url.pathname === `${prefix}${LEGACY_ANCHOR_PAGE}`);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).hash).toBe('#finnes-ikke');
    expect(new URL(page.url()).pathname).toBe(`${prefix}${LEGACY_ANCHOR_PAGE}`);
  });
}
