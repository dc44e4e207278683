import {toolReady, waitForHydration} from './helpers';
import {TOOL_IDS} from '../../src/lib/tools';
import {test, expect} from './fixtures';
import type {Page, Route} from '@playwright/test';

// The keyboard keeps its place: the search box, which loads its code when it is reached, never takes focus
// that the reader has moved elsewhere, and a tool's button keeps focus when it is pressed with Enter.

const SEARCH_INPUT = '.navbar__search input.navbar__search-input';

/** Holds every script request from now on until `release()`, so a test can act while code is still loading. */
async function holdScripts(page: Page): Promise<{held: Route[]; release: () => Promise<void>}> {
  const held: Route[] = [];
  let holding = true;
  await page.route(/\.js(\?.*)?$/, async (route) => {
    if (holding) held.push(route);
    else await route.continue();
  });
  return {
    held,
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** Marks the look-alike input that stands in for the search bar, so the real one can be told from it. */
async function markStandIn(page: Page): Promise<void> {
  await page.locator(SEARCH_INPUT).evaluate((element) => element.setAttribute('data-test-stand-in', ''));
}

const focusedIsStandIn = (page: Page) =>
  page.evaluate((selector) => {
    const active = document.activeElement;
    return active?.matches(selector) === true && active.hasAttribute('data-test-stand-in');
  }, SEARCH_INPUT);

const realSearchBarLoaded = (page: Page) =>
  page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].some((e) => !e.hasAttribute('data-test-stand-in')),
    SEARCH_INPUT,
  );

/** Tabs from the top of the page until the search box has focus (a bounded number of steps). */
async function tabToSearch(page: Page): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, SEARCH_INPUT)) return;
  }
  throw new Error('Tab never reached the search box');
}

async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

for (const prefix of ['', '/en']) {
  test(`${prefix}: tabbing onto the search box keeps focus there while it loads, and the search bar takes it over`, async ({
    page,
  }) => {
    await openHydrated(page, `${prefix}/docs/oversikt`);
    await markStandIn(page);
    const scripts = await holdScripts(page);
    await tabToSearch(page);
    // The search bar's code is asked for and held: the stand-in still has focus and takes typing.
    await expect.poll(() => scripts.held.length).toBeGreaterThan(0);
    expect(await focusedIsStandIn(page)).toBe(true);
    await page.keyboard.type('consumer');
    expect(await focusedIsStandIn(page)).toBe(true);
    await scripts.release();
    await expect.poll(() => realSearchBarLoaded(page)).toBe(true);
    // The real search bar has focus, what was typed, and a name in the page's language.
    const input = page.locator(`${SEARCH_INPUT}:not([data-test-stand-in])`);
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('consumer');
    await expect(input).toHaveAttribute('aria-label', prefix === '' ? 'Søk' : 'Search');
    await expect(page.locator('[role="listbox"] [role="option"]').first()).toBeVisible({timeout: 15_000});
  });
}

test('a reader who keeps typing while the search bar takes over loses no letter', async ({page}) => {
  await openHydrated(page, '/docs/oversikt');
  await markStandIn(page);
  const scripts = await holdScripts(page);
  await tabToSearch(page);
  await expect.poll(() => scripts.held.length).toBeGreaterThan(0);
  await page.keyboard.type('consumer');
  // The letters go on while the held code arrives and the real search bar replaces the stand-in: each one
  // lands in the stand-in before the swap or in the search bar after it, never in between.
  const rest = ' og supplier i Maskinporten med delegering fra Altinn';
  const typing = page.keyboard.type(rest, {delay: 3});
  await scripts.release();
  await typing;
  await expect.poll(() => realSearchBarLoaded(page)).toBe(true);
  const input = page.locator(`${SEARCH_INPUT}:not([data-test-stand-in])`);
  await expect(input).toBeFocused();
  await expect(input).toHaveValue(`consumer${rest}`);
});

test('the search bar does not take focus that moved on while it loaded; Enter on a tool button keeps focus there', async ({
  page,
}) => {
  await openHydrated(page, '/verktoy');
  await toolReady(page.locator('[data-tool="scope-validator"]'));
  const example = page.locator('[data-tool="scope-validator"] button[data-example]').first();
  await expect(example).toBeVisible();
  await markStandIn(page);
  const scripts = await holdScripts(page);
  await tabToSearch(page);
  await expect.poll(() => scripts.held.length).toBeGreaterThan(0);
  // The reader moves on to a tool's button and presses Enter while the search bar is still loading.
  await example.focus();
  await page.keyboard.press('Enter');
  await scripts.release();
  await expect.poll(() => realSearchBarLoaded(page)).toBe(true);
  await expect(page.locator('[data-tool="scope-validator"] textarea').first()).not.toHaveValue('');
  await expect(example).toBeFocused();
});

test('Enter on every tool button on the tools page leaves focus on that button', async ({page}) => {
  await openHydrated(page, '/verktoy');
  // Every tool loads its code on its own: wait until each one says its body has mounted.
  const tools = page.locator('[data-tool]');
  await expect(tools).toHaveCount(TOOL_IDS.length);
  for (const id of TOOL_IDS) await toolReady(page.locator(`[data-tool="${id}"]`));
  // The buttons as they are now: one that is re-created by its own press has lost the reader's place.
  const buttons = await page.locator('[data-tool] button:visible:enabled').elementHandles();
  expect(buttons.length).toBeGreaterThan(4);
  const lost: string[] = [];
  for (const button of buttons) {
    const name = await button.evaluate(
      (b: Element) => `${b.closest('[data-tool]')?.getAttribute('data-tool')}: ${b.textContent}`,
    );
    if (!(await button.evaluate((b) => b.isConnected && !(b as HTMLButtonElement).disabled))) continue;
    await button.focus();
    await page.keyboard.press('Enter');
    // Let the press's update render before asking where focus is.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if (!(await button.evaluate((b) => b.isConnected && document.activeElement === b))) lost.push(name);
  }
  expect(lost).toEqual([]);
});
