import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {builtPages, collectErrors, waitForHydration} from './helpers';

// The phone menu (src/theme/Navbar/MobileSidebar) is drawn on the reader's first reach for the page, not at
// load: Docusaurus drew it, closed, right after hydrating every page at phone width (about 300 React components
// of a guide page's 1 500). However the reader opens it, it opens at once with the guide's pages in it.

const PHONE = {width: 390, height: 844};
const MENU = '.navbar-sidebar';

/**
 * Opens the page at phone width and waits until the render that follows hydration at that width is done: the
 * theme then takes the desktop sidebar's menu away (it is in the server's HTML). Docusaurus drew the phone menu in
 * that same render, so from here its absence is the state to check, not a moment that has not come yet.
 */
async function openAtPhoneWidth(page: Page, path: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(path);
  await waitForHydration(page);
  await page.locator('aside.theme-doc-sidebar-container .menu').waitFor({state: 'detached'});
}

async function expectMenuOpenWithGuide(page: Page, path: string): Promise<void> {
  await expect(page.locator(MENU)).toBeVisible();
  await expect(page.locator('nav.navbar')).toHaveClass(/navbar-sidebar--show/);
  // The guide's panel, with the page the reader is on marked.
  await expect(page.locator(`${MENU} .navbar-sidebar__items--show-secondary`)).toHaveCount(1);
  const guidePanel = page.locator(`${MENU} .navbar-sidebar__item:nth-child(2)`);
  await expect(guidePanel.locator(`a.menu__link--active[href="${path}"]`)).toHaveCount(1);
  expect(await guidePanel.locator('a.menu__link').count()).toBeGreaterThan(10);
}

for (const prefix of ['', '/en'] as const) {
  const path = builtPages(prefix).find((p) => /\/docs\/(next\/)?feilsoking$/.test(p))!;

  test(`${path} on a phone: the menu is not drawn at load; a tap on ☰ draws and opens it`, async ({page}) => {
    const errors = collectErrors(page);
    await openAtPhoneWidth(page, path);
    await expect(page.locator(MENU)).toHaveCount(0);
    await page.locator('button.navbar__toggle').click();
    await expectMenuOpenWithGuide(page, path);
    // It closes as before, and stays drawn.
    await page.locator('.navbar-sidebar__close').click();
    await expect(page.locator('nav.navbar')).not.toHaveClass(/navbar-sidebar--show/);
    await expect(page.locator(MENU)).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

test('on a phone, keyboard focus draws the menu, and Enter on ☰ opens it', async ({page}) => {
  const path = builtPages('').find((p) => /\/docs\/(next\/)?miljoer$/.test(p))!;
  await openAtPhoneWidth(page, path);
  const toggle = page.locator('button.navbar__toggle');
  await toggle.focus();
  await expect(page.locator(MENU)).toHaveCount(1);
  await expect(page.locator('nav.navbar')).not.toHaveClass(/navbar-sidebar--show/);
  await page.keyboard.press('Enter');
  await expectMenuOpenWithGuide(page, path);
});

test('on a phone, a click with no press before it (as a screen reader activates a button) opens the menu', async ({
  page,
}) => {
  const path = builtPages('').find((p) => /\/docs\/(next\/)?scopes$/.test(p))!;
  await openAtPhoneWidth(page, path);
  await expect(page.locator(MENU)).toHaveCount(0);
  await page.locator('button.navbar__toggle').dispatchEvent('click');
  await expectMenuOpenWithGuide(page, path);
});

test('on a touch phone, a tap on ☰ opens the menu', async ({browser, baseURL}) => {
  const context = await browser.newContext({baseURL, viewport: PHONE, hasTouch: true, isMobile: true});
  try {
    const page = await context.newPage();
    const path = builtPages('/en').find((p) => /\/docs\/(next\/)?kom-i-gang$/.test(p))!;
    await openAtPhoneWidth(page, path);
    await expect(page.locator(MENU)).toHaveCount(0);
    await page.locator('button.navbar__toggle').tap();
    await expectMenuOpenWithGuide(page, path);
  } finally {
    await context.close();
  }
});
