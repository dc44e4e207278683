import {test, expect} from './fixtures';
import type {Locator, Page} from '@playwright/test';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {collectErrors, setColorMode, waitForHydration} from './helpers';

// The code samples page shows the tested files in examples/ (see test/samples), in one tab per language.
// The current docs are the "next" version once a version has been released.
const PAGE = process.env.KODEEKSEMPLER_PATH ?? '/docs/kodeeksempler';
const OTHER_PAGE = process.env.KODEEKSEMPLER_OTHER_PATH ?? '/docs/oversikt';
const ROOT = path.resolve(__dirname, '../..');

const TABS = [
  {label: 'curl', file: 'examples/curl/token.sh'},
  {label: 'Node.js', file: 'examples/node/token.mjs'},
  {label: 'Java', file: 'examples/java/MaskinportenToken.java'},
  {label: 'Python', file: 'examples/python/maskinporten_token.py'},
] as const;

function fileText(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

/**
 * Brings the samples into view and puts the mouse over them, as a reader about to pick a tab does, and waits until
 * they have come to life: the first load keeps the server's HTML of them until the reader touches them
 * (LiveWhenNear). A stored tab choice applies from then on.
 */
async function samplesReady(page: Page, samples = '[data-code-samples]'): Promise<void> {
  await waitForHydration(page);
  await page.locator(samples).hover();
  await expect(page.locator(samples)).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
}

/** Opens «Lag et nøkkelpar» (a first load, so its key-pair samples are kept from the server) and returns them. */
async function openKeyPairSamples(page: Page): Promise<Locator> {
  await page.goto('/docs/nokkelpar');
  await waitForHydration(page);
  return page.locator('[data-key-pair-samples]');
}

/** Scrolls the samples into the middle of the screen with the mouse out of the way, so nothing touches them. */
async function scrollNearWithoutTouching(page: Page, samples: Locator): Promise<void> {
  await page.mouse.move(0, 0);
  await samples.evaluate((element) => element.scrollIntoView({block: 'center'}));
}

/** The code block titled with the file's path, in the tab panel that is showing. */
function codeBlock(page: Page, file: string) {
  return page.locator('[data-code-samples] [role="tabpanel"]:not([hidden]) .theme-code-block').filter({hasText: file});
}

test('the code samples page has a tab per language, each showing its tested file exactly', async ({page}) => {
  const errors = collectErrors(page);
  await page.goto(PAGE);
  await samplesReady(page);
  const tabs = page.locator('[data-code-samples] [role="tab"]');
  await expect(tabs).toHaveText(TABS.map((t) => t.label));
  for (const tab of TABS) {
    await page.locator('[data-code-samples]').getByRole('tab', {name: tab.label, exact: true}).click();
    const block = codeBlock(page, tab.file);
    await expect(block).toBeVisible();
    // One .token-line per source line; the line numbers are CSS counters, not text.
    const shown = (await block.locator('code .token-line').allTextContents()).join('\n');
    const normalise = (s: string): string => s.replace(/\n+$/, '');
    expect(normalise(shown), tab.file).toBe(normalise(fileText(tab.file)));
  }
  expect(errors).toEqual([]);
});

test('the Java tab starts with the first line of MaskinportenToken.java', async ({page}) => {
  await page.goto(PAGE);
  // A click before hydration would be undone when the tabs take the reader's stored choice.
  await samplesReady(page);
  await page.locator('[data-code-samples]').getByRole('tab', {name: 'Java', exact: true}).click();
  const firstLine = fileText('examples/java/MaskinportenToken.java').split('\n')[0] ?? '';
  expect(firstLine.length).toBeGreaterThan(10);
  const block = codeBlock(page, 'examples/java/MaskinportenToken.java');
  await expect(block.locator('code .token-line').first()).toHaveText(firstLine);
});

test('choosing Python sticks after a reload and on the next visit', async ({page}) => {
  await page.goto(PAGE);
  await samplesReady(page);
  const samples = page.locator('[data-code-samples]');
  await samples.getByRole('tab', {name: 'Python', exact: true}).click();
  await expect(samples.getByRole('tab', {name: 'Python', exact: true})).toHaveAttribute('aria-selected', 'true');

  await page.reload();
  await samplesReady(page);
  await expect(samples.getByRole('tab', {name: 'Python', exact: true})).toHaveAttribute('aria-selected', 'true');
  await expect(codeBlock(page, 'examples/python/maskinporten_token.py')).toBeVisible();

  await page.goto(OTHER_PAGE);
  await page.goto(PAGE);
  await samplesReady(page);
  await expect(samples.getByRole('tab', {name: 'Python', exact: true})).toHaveAttribute('aria-selected', 'true');
});

test('the samples are on the page from the first paint, and their code loads only once the reader has interacted', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(PAGE);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const samples = page.locator('[data-code-samples]');
  // Kept from the server: the first file's code is there, highlighted, before the samples have come to life.
  const firstLine = fileText('examples/curl/token.sh').split('\n')[0] ?? '';
  await expect(codeBlock(page, 'examples/curl/token.sh').locator('code .token-line').first()).toHaveText(firstLine);
  const loadedWithThePage = scripts.length;
  // Scrolled to (a first interaction): their code loads at idle, but scrolling past does not bring them to life.
  await page.mouse.move(0, 0);
  await samples.evaluate((element) => element.scrollIntoView({block: 'center'}));
  await expect.poll(() => scripts.length, {timeout: 30_000}).toBeGreaterThan(loadedWithThePage);
  await page.waitForLoadState('networkidle');
  await expect(samples).not.toHaveAttribute('data-hydrated', 'true');
  // Touched: they come to life, showing the same file.
  await samplesReady(page);
  await expect(codeBlock(page, 'examples/curl/token.sh').locator('code .token-line').first()).toHaveText(firstLine);
  expect(errors).toEqual([]);
});

test('a reader who chose a language earlier sees it as soon as the samples are near, without touching them', async ({
  page,
}) => {
  await page.goto(PAGE);
  await samplesReady(page);
  await page.locator('[data-code-samples]').getByRole('tab', {name: 'Java', exact: true}).click();
  const samples = await openKeyPairSamples(page);
  await scrollNearWithoutTouching(page, samples);
  await expect(samples).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
  await expect(samples.getByRole('tab', {name: 'Java', exact: true})).toHaveAttribute('aria-selected', 'true');
});

test('reached by a link inside the site, the samples render at once', async ({page}) => {
  await page.goto(OTHER_PAGE);
  await waitForHydration(page);
  // The sidebar's link goes through the router: no new page load, so nothing is kept from a server.
  await page.locator(`.theme-doc-sidebar-menu a[href$="${PAGE}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.locator('[data-code-samples]')).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
  await expect(codeBlock(page, 'examples/curl/token.sh')).toBeVisible();
});

test('«Lag et nøkkelpar»: the key-pair samples are kept from the server, highlighted, and their tabs work at the first click', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const samples = await openKeyPairSamples(page);
  const shown = (file: string) =>
    samples.locator('[role="tabpanel"]:not([hidden]) .theme-code-block').filter({hasText: file});
  // On the first paint: the openssl file, highlighted as the server drew it (Tabs would draw it again after load).
  const opensslFirstLine = fileText('examples/keys/make-keypair.sh').split('\n')[0] ?? '';
  await expect(shown('examples/keys/make-keypair.sh').locator('code .token-line').first()).toHaveText(opensslFirstLine);
  // They are near at load (a short page); untouched, they stay as the server drew them, their code not loaded.
  await page.waitForLoadState('networkidle');
  await expect(samples).not.toHaveAttribute('data-hydrated', 'true');
  // One click on a tab of the kept samples: held while they come to life, then given to the live tab.
  await samples.getByRole('tab', {name: 'Java', exact: true}).click();
  await expect(samples).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
  const java = shown('examples/keys/MakeKeyPair.java');
  await expect(java).toBeVisible();
  // One .token-line per source line; the line numbers are CSS counters, not text.
  const javaLines = (await java.locator('code .token-line').allTextContents()).join('\n');
  expect(javaLines.replace(/\n+$/, '')).toBe(fileText('examples/keys/MakeKeyPair.java').replace(/\n+$/, ''));
  expect(errors).toEqual([]);
});

test('on a phone, the first tap on a tab of the kept samples opens that tab', async ({browser, baseURL}) => {
  const context = await browser.newContext({
    baseURL,
    viewport: {width: 390, height: 844},
    hasTouch: true,
    isMobile: true,
  });
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    const samples = await openKeyPairSamples(page);
    await expect(samples).not.toHaveAttribute('data-hydrated', 'true');
    // A finger going down does not swap the samples under it; the tap is held and given to the live tab.
    await samples.getByRole('tab', {name: 'Python', exact: true}).tap();
    await expect(samples).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
    await expect(samples.getByRole('tab', {name: 'Python', exact: true})).toHaveAttribute('aria-selected', 'true');
    await expect(
      samples
        .locator('[role="tabpanel"]:not([hidden]) .theme-code-block')
        .filter({hasText: 'examples/keys/make_keypair.py'}),
    ).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a keyboard reader who tabs into the kept samples keeps focus on the same tab once they come to life', async ({
  page,
}) => {
  const samples = await openKeyPairSamples(page);
  await expect(samples).not.toHaveAttribute('data-hydrated', 'true');
  // Keyboard focus (no pointer has touched the page, so it is :focus-visible) on the selected tab.
  await samples.getByRole('tab', {name: 'openssl', exact: true}).focus();
  await expect(samples).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
  await expect(samples.getByRole('tab', {name: 'openssl', exact: true})).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(samples.getByRole('tab', {name: 'Node.js', exact: true})).toBeFocused();
});

test('in dark mode the kept samples come to life when near, in the dark theme’s colours', async ({page}) => {
  await setColorMode(page, 'dark');
  const samples = await openKeyPairSamples(page);
  await scrollNearWithoutTouching(page, samples);
  await expect(samples).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
  // The server drew the light theme's token colours; the live block has the dark theme's background.
  const background = await samples
    .locator('[role="tabpanel"]:not([hidden]) pre')
    .first()
    .evaluate((pre) => getComputedStyle(pre).backgroundColor);
  const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
  expect(r + g + b, background).toBeLessThan(3 * 128);
});

test('offline before the samples’ code ever loaded, a click leaves them as drawn, and the next click once online opens the tab', async ({
  browser,
  baseURL,
}) => {
  // A context of its own: a cold cache, so the samples' code is not already there.
  const context = await browser.newContext({baseURL});
  try {
    const page = await context.newPage();
    const samples = await openKeyPairSamples(page);
    const chunkFailed = page.waitForEvent('requestfailed', (r) => r.resourceType() === 'script');
    await context.setOffline(true);
    await samples.getByRole('tab', {name: 'Java', exact: true}).click();
    await chunkFailed;
    await expect(samples).not.toHaveAttribute('data-hydrated', 'true');
    await expect(samples.getByRole('tab', {name: 'openssl', exact: true})).toHaveAttribute('aria-selected', 'true');
    await context.setOffline(false);
    await samples.getByRole('tab', {name: 'Java', exact: true}).click();
    await expect(samples).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
    await expect(samples.getByRole('tab', {name: 'Java', exact: true})).toHaveAttribute('aria-selected', 'true');
  } finally {
    await context.close();
  }
});
