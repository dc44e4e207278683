import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {collectErrors, waitForHydration} from './helpers';

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
 * Brings the samples into view as a reader scrolling to them does, and waits until they have come to life: the
 * first load keeps the server's HTML of them until the reader comes near (LiveWhenNear), and only then do they take
 * a click or the stored tab.
 */
async function samplesReady(page: Page): Promise<void> {
  await waitForHydration(page);
  await page.locator('[data-code-samples]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-code-samples]')).toHaveAttribute('data-hydrated', 'true', {timeout: 30_000});
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

test('the samples are on the page from the first paint, and their code loads only when the reader comes near', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(PAGE);
  await waitForHydration(page);
  const samples = page.locator('[data-code-samples]');
  // Kept from the server: the first file's code is there, highlighted, before the samples have come to life.
  const firstLine = fileText('examples/curl/token.sh').split('\n')[0] ?? '';
  await expect(codeBlock(page, 'examples/curl/token.sh').locator('code .token-line').first()).toHaveText(firstLine);
  await expect(samples).not.toHaveAttribute('data-hydrated', 'true');
  const beforeNear = scripts.length;
  await samplesReady(page);
  // Coming near loaded the samples' own code, and they show the same file.
  expect(scripts.length).toBeGreaterThan(beforeNear);
  await expect(codeBlock(page, 'examples/curl/token.sh').locator('code .token-line').first()).toHaveText(firstLine);
  expect(errors).toEqual([]);
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

test('«Lag et nøkkelpar»: the key-pair samples are kept from the server, highlighted, and their tabs work once near', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/docs/nokkelpar');
  await waitForHydration(page);
  const samples = page.locator('[data-key-pair-samples]');
  const shown = (file: string) =>
    samples.locator('[role="tabpanel"]:not([hidden]) .theme-code-block').filter({hasText: file});
  // On the first paint: the openssl file, highlighted as the server drew it (Tabs would draw it again after load).
  const opensslFirstLine = fileText('examples/keys/make-keypair.sh').split('\n')[0] ?? '';
  await expect(shown('examples/keys/make-keypair.sh').locator('code .token-line').first()).toHaveText(opensslFirstLine);
  // They are near the top, so they may come to life (a new element) while being scrolled to: try again then.
  await expect(async () => {
    await samples.evaluate((element) => element.scrollIntoView({block: 'center'}));
    await expect(samples).toHaveAttribute('data-hydrated', 'true', {timeout: 2_000});
  }).toPass({timeout: 30_000});
  await samples.getByRole('tab', {name: 'Java', exact: true}).click();
  const java = shown('examples/keys/MakeKeyPair.java');
  await expect(java).toBeVisible();
  // One .token-line per source line; the line numbers are CSS counters, not text.
  const javaLines = (await java.locator('code .token-line').allTextContents()).join('\n');
  expect(javaLines.replace(/\n+$/, '')).toBe(fileText('examples/keys/MakeKeyPair.java').replace(/\n+$/, ''));
  expect(errors).toEqual([]);
});
