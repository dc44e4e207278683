import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {collectErrors, setColorMode, waitForHydration} from './helpers';
import {librariesIn, readChunkMaps} from '../perf/chunk-map';

// Code blocks draw their lines with a highlighter (prism-react-renderer) that is not in the bundle every page
// loads. On the first load a block is kept as the server drew it, highlighted, until the reader touches it (or, in
// dark mode, comes near it); after a link inside the site the page waits for its highlighter
// (plugins/prism-languages, src/theme/CodeBlock). The byte budget checks that pages without code blocks never load
// it; these tests check that the reader sees highlighted code at every moment.

const PAGE = '/docs/delegering';

const firstBlock = (page: Page) => page.locator('pre[data-code-region]').first();
/** Tokens Prism has given a type other than plain text: the block is highlighted. */
const typedTokens = (page: Page) => firstBlock(page).locator('.token:not(.plain)');

/** Counts, from the first byte of the page, each time the first code block loses its colours after having had them. */
async function watchColours(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {__colouredOnce: boolean; __coloursLost: number};
    w.__colouredOnce = false;
    w.__coloursLost = 0;
    new MutationObserver(() => {
      const pre = document.querySelector('pre.prism-code');
      if (!pre) return;
      const typed = pre.querySelectorAll('.token:not(.plain)').length;
      if (typed > 0) w.__colouredOnce = true;
      else if (w.__colouredOnce) w.__coloursLost++;
    }).observe(document, {subtree: true, childList: true});
  });
}

const coloursLost = (page: Page) => page.evaluate(() => (window as unknown as {__coloursLost: number}).__coloursLost);

for (const mode of ['light', 'dark'] as const) {
  test(`${mode} mode: a code block is highlighted from the first paint through hydration, in the theme's colours`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await watchColours(page);
    await setColorMode(page, mode);
    await page.goto(PAGE);
    await waitForHydration(page);
    await expect(firstBlock(page)).toHaveAttribute('aria-label', /«/);
    // Kept from the server's HTML until the reader comes near it (dark mode) or touches it: highlighted all along.
    await expect(page.locator('[data-code-block="kept"]').first()).toBeAttached();
    await expect(typedTokens(page).first()).toBeAttached();
    await firstBlock(page).scrollIntoViewIfNeeded();
    await expect(typedTokens(page).first()).toBeVisible();
    // In dark mode the block comes to life once near, to take the dark theme's colours.
    if (mode === 'dark') await expect(page.locator('[data-code-block="highlighted"]').first()).toBeAttached();
    await expect
      .poll(
        () => typedTokens(page).evaluateAll((tokens) => new Set(tokens.map((t) => getComputedStyle(t).color)).size),
        {message: 'more than one token colour'},
      )
      .toBeGreaterThan(1);
    // github's background in light mode, dracula's in dark (src/css/prism-themes.ts).
    await expect(firstBlock(page)).toHaveCSS(
      'background-color',
      mode === 'light' ? 'rgb(246, 248, 250)' : 'rgb(40, 42, 54)',
    );
    expect(await coloursLost(page), 'the code lost its colours on the way').toBe(0);
    expect(errors).toEqual([]);
  });
}

test('after a client-side navigation the code block is highlighted at once', async ({page}) => {
  const errors = collectErrors(page);
  await page.goto('/docs/oversikt');
  await waitForHydration(page);
  await page.locator(`main a[href="${PAGE}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  // The first time the block is in the page, it has its colours: no plain stage.
  const typedAtFirstSight = await firstBlock(page).evaluate((pre) => pre.querySelectorAll('.token:not(.plain)').length);
  expect(typedAtFirstSight).toBeGreaterThan(0);
  await expect(firstBlock(page).locator('code')).toContainText('consumer_org');
  expect(errors).toEqual([]);
});

test('light mode, first load: blocks stay as the server drew them, with no highlighter, until the reader touches one', async ({
  page,
}) => {
  const errors = collectErrors(page);
  // The chunks that hold Prism, from the build's chunk map; the requests for them, as they are made.
  const prismChunks = new Set(
    [...readChunkMaps('build')]
      .filter(([, entry]) => librariesIn(entry.modules).includes('prism'))
      .map(([path]) => path),
  );
  expect(prismChunks.size).toBeGreaterThan(0);
  const prismRequested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (prismChunks.has(path)) prismRequested.push(path);
  });
  await setColorMode(page, 'light');
  await page.goto(PAGE);
  await waitForHydration(page);
  // Nothing asked for is still on its way, and the reader has not touched the page, nor scrolled (a scroll lets
  // the highlighter load at idle).
  await page.waitForLoadState('networkidle');
  const kept = page.locator('[data-code-block="kept"]').first();
  await expect(kept).toBeAttached();
  expect(await typedTokens(page).count()).toBeGreaterThan(0);
  // Kept: highlighted by the server, no buttons yet, and nothing of Prism loaded or run.
  await expect(kept.locator('button')).toHaveCount(0);
  expect(prismRequested).toEqual([]);
  // The reader's pointer comes over it: the theme's block with its copy button, still highlighted.
  await firstBlock(page).hover();
  const live = page.locator('[data-code-block="highlighted"]').first();
  await expect(live.locator('button[aria-label]').first()).toBeAttached();
  expect(await typedTokens(page).count()).toBeGreaterThan(0);
  expect(prismRequested.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('a kept block reached with the keyboard keeps the focus when it comes to life', async ({page}) => {
  await setColorMode(page, 'light');
  await page.goto(PAGE);
  await waitForHydration(page);
  await expect(page.locator('[data-code-block="kept"]').first()).toBeAttached();
  await firstBlock(page).focus();
  await expect(page.locator('[data-code-block="highlighted"]').first()).toBeAttached();
  await expect(firstBlock(page)).toBeFocused();
});
