import {test, expect} from './fixtures';
import type {Locator, Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {collectErrors, toolReady} from './helpers';

// The environment checker's whole-config paste and exact-value rule, and the error explainer's message
// mismatch and OAuth errors without a code, in the guide pages where they sit, in both locales.

const LOCALES = [
  {
    prefix: '',
    name: 'nb',
    configLabel: 'Hele oppsettet',
    mixed: ['test på linje 2', 'produksjon på linje 3'],
    notExact: 'bruk https://maskinporten.no/',
  },
  {
    prefix: '/en',
    name: 'en',
    configLabel: 'Whole configuration',
    mixed: ['test on line 2', 'production on line 3'],
    notExact: 'use https://maskinporten.no/',
  },
] as const;

const MIXED = [
  '# appsettings for the pension integration',
  'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token',
  'MASKINPORTEN_AUDIENCE=https://maskinporten.no/',
].join('\n');

/** The tool, once its code has loaded and replaced the server-rendered note. */
async function ready(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`[data-tool="${id}"]`);
  await toolReady(root);
  await expect(root.locator('[data-example]').first()).toBeVisible();
  return root;
}

for (const locale of LOCALES) {
  test.describe(`${locale.name}: editors' tools`, () => {
    test('environment checker: a pasted .env that mixes test and production says which lines are which', async ({
      page,
    }) => {
      const errors = collectErrors(page);
      const requests: string[] = [];
      await page.goto(`${locale.prefix}/docs/miljoer`);
      const root = await ready(page, 'environment-checker');
      // The tool's rules are this site's own code chunks, loaded on first use with no query: nothing of the
      // input is in them. Anything else is a request the test fails on.
      const ownChunk = new RegExp(`^${new URL(page.url()).origin}${locale.prefix}/assets/js/[\\w~.-]+\\.js$`);
      page.on('request', (request) => {
        if (!ownChunk.test(request.url())) requests.push(request.url());
      });
      await root.getByLabel(locale.configLabel, {exact: true}).fill(MIXED);
      const mixed = root.locator('[data-finding-code="env.mixed"]');
      await expect(mixed).toBeVisible();
      for (const text of locale.mixed) await expect(mixed).toContainText(text);
      const rows = root.locator('[data-config-values] tbody tr');
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(0)).toHaveAttribute('data-environment', 'test');
      await expect(rows.nth(1)).toHaveAttribute('data-environment', 'prod');
      // The radio does not change what the values themselves are: still mixed with production chosen. Now the test
      // token endpoint is the one in the wrong environment: an address, not aud, so not MP-110.
      await root.locator('input[type="radio"][value="prod"]').check();
      const endpoint = root.locator('[data-finding-code="env.endpoint.wrong-environment"]');
      await expect(endpoint).toBeVisible();
      await expect(endpoint).not.toContainText('MP-110');
      await expect(root.locator('[data-finding-code="env.host.wrong-environment"]')).toHaveCount(0);
      await expect(mixed).toBeVisible();
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('environment checker: an audience that only normalises to the issuer names the exact value', async ({
      page,
    }) => {
      await page.goto(`${locale.prefix}/docs/miljoer`);
      const root = await ready(page, 'environment-checker');
      await root.locator('input[type="radio"][value="prod"]').check();
      await root.getByLabel(locale.configLabel, {exact: true}).fill('AUDIENCE=HTTPS://Maskinporten.no:443/');
      const notExact = root.locator('[data-finding-code="env.not-exact"]');
      await expect(notExact).toBeVisible();
      await expect(notExact).toContainText(locale.notExact);
      await expect(notExact).toHaveAttribute('data-severity', 'error');
      // The near miss: written exactly, nothing to say but that all is well.
      await root.getByLabel(locale.configLabel, {exact: true}).fill('AUDIENCE=https://maskinporten.no/');
      await expect(root.locator('[data-finding-code="env.config.ok"]')).toBeVisible();
      await expect(notExact).toHaveCount(0);
    });

    test('error explainer: a message that does not fit its code, and a bare invalid_grant with its likely causes', async ({
      page,
    }) => {
      await page.goto(`${locale.prefix}/docs/feilsoking`);
      const root = await ready(page, 'error-explainer');
      await root.locator('[data-example="mismatch"]').click();
      const mismatch = root.locator('[data-finding-code="error.message-mismatch"]');
      await expect(mismatch).toContainText('MP-121, MP-130');

      await root.locator('[data-example="invalid-grant"]').click();
      await expect(root.locator('[data-finding-code="error.oauth.invalid-grant"]')).toBeVisible();
      const first = root.locator('[data-oauth-error="invalid_grant"] ol li').first();
      await expect(first).toHaveAttribute('data-error-code', 'error.mp-110');
      await first.getByRole('link').click();
      await page.waitForURL((url) => url.hash === '#mp-110');
      await expect(page.locator('[id="mp-110"]')).toBeInViewport();

      const axe = await new AxeBuilder({page})
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .include('[data-tool="error-explainer"]')
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    });

    test('error explainer: an unknown MP-999 keeps its code', async ({page}) => {
      await page.goto(`${locale.prefix}/verktoy`);
      const root = await ready(page, 'error-explainer');
      await root.locator('textarea').fill('{"error":"invalid_grant","error_description":"Something new (MP-999)"}');
      await expect(root.locator('[data-finding-code="error.mp-unknown"]')).toContainText('MP-999');
    });
  });
}
