import {test, expect} from './fixtures';
import type {Browser, BrowserContext, Locator, Page} from '@playwright/test';
import {collectErrors, toolReady} from './helpers';

// The environment checker and the error explainer on what integrators really paste (issues 19 and 20): a Spring
// application.yml with two profiles, a .env with a test endpoint and a production client, a private key, a log
// with several codes; and «Kopier rapport» / "Copy report", whose text is read back from the clipboard.

const LOCALES = [
  {
    prefix: '',
    name: 'nb',
    configLabel: 'Hele oppsettet',
    copy: 'Kopier rapport',
    copied: 'Kopiert',
    envTitle: 'Rapport fra miljøsjekken',
    errorTitle: 'Rapport fra feilforklareren',
    profile: ['Profilen test', 'er sjekket mot test', 'Profilen prod', 'er sjekket mot produksjon'],
    correlation: 'Korrelasjons-ID: 9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f',
    eitherApi: 'teksten sier ikke hvilket',
  },
  {
    prefix: '/en',
    name: 'en',
    configLabel: 'Whole configuration',
    copy: 'Copy report',
    copied: 'Copied',
    envTitle: 'Report from the environment checker',
    errorTitle: 'Report from the error explainer',
    profile: ['The profile test', 'is checked against test', 'The profile prod', 'is checked against production'],
    correlation: 'Correlation id: 9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f',
    eitherApi: 'the text does not say which',
  },
] as const;

/** A .env with a test endpoint and a production client, a password and a support page, as integrators have it. */
const DOT_ENV = [
  'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token',
  'MASKINPORTEN_AUDIENCE=https://maskinporten.no/',
  'MASKINPORTEN_CLIENT_ID=2f0f5c5e-prod-client',
  'MASKINPORTEN_SCOPES=Skatteetaten:inntekt',
  'KEYSTORE_PATH=/run/secrets/virksomhetssertifikat-prod.p12',
  'KEYSTORE_PASSWORD=Sommer2026-prod',
  'SUPPORT_URL=https://www.nav.no/samarbeidspartner/brukerstotte-aa-registeret',
].join('\n');

const PRIVATE_D = `Xn4s0pP3cr3tD_${'q'.repeat(60)}`;
const NAIS_WITH_KEY = [
  'MASKINPORTEN_WELL_KNOWN_URL=https://test.maskinporten.no/.well-known/oauth-authorization-server',
  `MASKINPORTEN_CLIENT_JWK='{"kty":"RSA","kid":"k1","n":"sXch","e":"AQAB","d":"${PRIVATE_D}","p":"p1","q":"q1"}'`,
].join('\n');

/** A page whose clipboard the test may read, in a context of its own (the shared one has no such permission). */
async function clipboardPage(browser: Browser, baseURL: string | undefined): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({baseURL, permissions: ['clipboard-read', 'clipboard-write']});
  return [context, await context.newPage()];
}

async function ready(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`[data-tool="${id}"]`);
  await toolReady(root);
  await expect(root.locator('[data-example]').first()).toBeVisible();
  return root;
}

/** Clicks «Kopier rapport», waits for "Kopiert", and returns what is on the clipboard. */
async function copyReport(page: Page, root: Locator, locale: (typeof LOCALES)[number]): Promise<string> {
  const button = root.locator('[data-report]').getByRole('button', {name: locale.copy});
  await button.click();
  await expect(root.locator('[data-report]').getByRole('status')).toHaveText(locale.copied);
  return page.evaluate(() => navigator.clipboard.readText());
}

for (const locale of LOCALES) {
  test.describe(`${locale.name}: configurations and logs as pasted`, () => {
    test('environment checker: a Spring application.yml with a test and a prod profile is judged per profile', async ({
      page,
    }) => {
      const errors = collectErrors(page);
      await page.goto(`${locale.prefix}/docs/miljoer`);
      const root = await ready(page, 'environment-checker');
      await root.locator('[data-example="profiles"]').click();
      const profiles = root.locator('[data-finding-code="env.config.profile"]');
      await expect(profiles).toHaveCount(2);
      for (const text of locale.profile) await expect(profiles.filter({hasText: text})).toHaveCount(1);
      // The defaults of ${…} are what is checked; an upper-case host with :443 is the same address, said as info.
      await expect(root.locator('[data-finding-code="env.config.placeholder"]')).toHaveCount(2);
      await expect(root.locator('[data-finding-code="env.url.same-address"]')).toHaveAttribute('data-severity', 'info');
      // The one error is the shared consumer_org with 0192: in front, the inspector's own finding.
      const errorsFound = root.locator('[data-findings] [data-severity="error"]');
      await expect(errorsFound).toHaveCount(1);
      await expect(errorsFound).toHaveAttribute('data-finding-code', 'grant.consumer-org.invalid');
      await expect(root.locator('[data-finding-code="env.mixed"]')).toHaveCount(0);
      const rows = root.locator('[data-config-values] tbody tr');
      await expect(rows).toHaveCount(8);
      await expect(rows.filter({has: page.locator('td', {hasText: 'MASKINPORTEN_TOKEN_ENDPOINT'})})).toHaveCount(2);
      expect(errors).toEqual([]);
    });

    test('environment checker: a .env with a test endpoint and a production client, and its report', async ({
      browser,
      baseURL,
    }) => {
      const [context, page] = await clipboardPage(browser, baseURL);
      await page.goto(`${locale.prefix}/verktoy`);
      const root = await ready(page, 'environment-checker');
      await root.getByLabel(locale.configLabel, {exact: true}).fill(DOT_ENV);
      await expect(root.locator('[data-finding-code="env.mixed"]')).toBeVisible();
      const upper = root.locator('[data-finding-code="scope.uppercase"]');
      await expect(upper).toHaveAttribute('data-severity', 'error');
      await expect(upper).toContainText('MP-200');
      await expect(root.locator('[data-finding-code="env.config.unrecognised"]')).toContainText('www.nav.no');
      // The password is no certificate setting: it is in no row and no finding (only in the text area itself).
      await expect(root.locator('[data-config-values] tbody tr')).toHaveCount(4);
      await expect(root.locator('[data-config-values]')).not.toContainText('Sommer2026-prod');
      await expect(root.locator('[data-findings]').last()).not.toContainText('Sommer2026-prod');
      const report = await copyReport(page, root, locale);
      expect(report.split('\n')[0]).toBe(locale.envTitle);
      expect(report).toContain('env.mixed');
      expect(report).toContain('scope.uppercase (MP-200)');
      expect(report).not.toContain('Sommer2026-prod');
      expect(report).not.toContain('2f0f5c5e-prod-client');
      await context.close();
    });

    test('environment checker: a private JWK in the paste is refused; nothing of it is shown', async ({page}) => {
      await page.goto(`${locale.prefix}/docs/miljoer`);
      const root = await ready(page, 'environment-checker');
      await root.getByLabel(locale.configLabel, {exact: true}).fill(NAIS_WITH_KEY);
      await expect(root.locator('[data-finding-code="env.config.private-key"]')).toBeVisible();
      await expect(root.locator('[data-findings] [data-finding-code]')).toHaveCount(1);
      await expect(root.locator('[data-config-values]')).toHaveCount(0);
      // The text area keeps what was pasted; nothing else on the page shows it.
      const outside = await root.evaluate(
        (el, secret) =>
          [...el.querySelectorAll('[data-findings], [data-report]')].some((n) => n.textContent?.includes(secret)),
        PRIVATE_D,
      );
      expect(outside).toBe(false);
    });

    test('error explainer: a log with several codes keeps each, shows the correlation id, and copies a report', async ({
      browser,
      baseURL,
    }) => {
      const [context, page] = await clipboardPage(browser, baseURL);
      const errors = collectErrors(page);
      await page.goto(`${locale.prefix}/docs/feilsoking`);
      const root = await ready(page, 'error-explainer');
      await root.locator('[data-example="log"]').click();
      await expect(root.locator('[data-finding-code="error.mp-200"]')).toBeVisible();
      await expect(root.locator('[data-finding-code="scope.uppercase"]')).toContainText('skatteetaten:inntekt');
      await expect(root.locator('[data-finding-code="api.skatteetaten.which-api"]')).toContainText(locale.eitherApi);
      await expect(root.locator('[data-finding-code="api.skatteetaten.error-in"]')).toContainText('IM-005');
      await expect(root.locator('[data-finding-code="api.correlation-id"]')).toContainText(locale.correlation);
      const report = await copyReport(page, root, locale);
      expect(report.split('\n')[0]).toBe(locale.errorTitle);
      for (const code of ['error.mp-200', 'scope.uppercase', 'api.skatteetaten.error-in', 'api.correlation-id'])
        expect(report).toContain(code);
      expect(report).toContain(locale.correlation);
      expect(errors).toEqual([]);
      await context.close();
    });

    test('error explainer: a code inside a trace id is not a code', async ({page}) => {
      await page.goto(`${locale.prefix}/verktoy`);
      const root = await ready(page, 'error-explainer');
      await root.locator('textarea').fill('ERROR [trace-id: 5e1f0c2a-OTP-123-b7] MP-110 Invalid JWT claim aud');
      await expect(root.locator('[data-finding-code="error.mp-110"]')).toBeVisible();
      await expect(root.locator('[data-finding-code^="api."]')).toHaveCount(0);
    });
  });
}
