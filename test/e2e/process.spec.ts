import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {API_ERRORS, apiErrorAnchor} from '../../src/lib/api-errors';
import {collectErrors, toolReady} from './helpers';

// The process pages: the faithful 2023 archive with its errors marked in place, the getting-started page on a
// phone, and the APIs' own error codes on the troubleshooting page and in the error explainer.

const LOCALES = [
  {prefix: '', name: 'nb', noteTitle: 'Feil i originalen'},
  {prefix: '/en', name: 'en', noteTitle: 'Error in the original'},
] as const;

const ARCHIVE = '/docs/2023/dsop_ajourhold_Integrasjonmaskinporten';

/** The ids on the page at `href` (a site path with an optional #fragment), after it has loaded. */
async function idsAt(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('h1').first()).toBeVisible();
  return page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
}

for (const {prefix, name, noteTitle} of LOCALES) {
  test.describe(`process pages (${name})`, () => {
    test('the 2023 archive shows the published text with every known error marked in place', async ({page}) => {
      const errors = collectErrors(page);
      await page.goto(`${prefix}${ARCHIVE}`);
      const article = page.locator('article');
      // The published lines, errors included.
      await expect(article).toContainText('NAV:aareg/v1/arbeidsforhold/otplan/v1/saldoopplysninger');
      await expect(article).toContainText('"Skatteetaten:inntekt/skatteetaten:inntektsmottakere"');
      await expect(article).toContainText('private_key_jwt');
      await expect(article).toContainText('difitest:api3');
      await expect(article).toContainText('Token Endpoint: https://test.maskinporten.no/');
      await expect(article.locator('#oppretting-av-tokens')).toBeVisible();

      const notes = article.locator('.theme-admonition').filter({hasText: noteTitle});
      await expect(notes).toHaveCount(6);
      // A note sits right after the line it corrects: the token endpoint note follows the endpoint line.
      const tokenNote = notes.filter({hasText: 'https://test.maskinporten.no/token'});
      await expect(tokenNote).toHaveCount(1);
      const follows = await tokenNote.evaluate((note) => {
        const heading = document.getElementById('oppretting-av-tokens');
        return heading !== null && (heading.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(follows).toBe(true);

      // Every note links to the current guide (not to the archive), and every link lands on an existing anchor. An
      // «ikke bekreftet» marker links to the claim's source instead.
      const hrefs = await notes
        .locator('a:not([data-not-confirmed])')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThanOrEqual(5);
      for (const href of hrefs) {
        expect(href).toMatch(new RegExp(`^${prefix}/docs/(?!2023/)`));
        const [path = '', anchor] = href.split('#');
        const ids = await idsAt(page, path);
        if (anchor) expect(ids, href).toContain(decodeURIComponent(anchor));
      }
      expect(errors).toEqual([]);
    });

    test('the getting-started page works at 390 px: no sideways page scroll, the tracks stacked', async ({page}) => {
      await page.setViewportSize({width: 390, height: 844});
      await page.goto(`${prefix}/docs/kom-i-gang`);
      const tracks = page.locator('[data-track]');
      await expect(tracks).toHaveCount(2);
      await expect(tracks.first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const [a, b] = await Promise.all([tracks.nth(0).boundingBox(), tracks.nth(1).boundingBox()]);
      expect(a && b && b.y >= a.y + a.height).toBe(true);
      // Both tracks are whole paths: every step says who does it and links on.
      for (const i of [0, 1]) {
        const steps = tracks.nth(i).locator('ol > li');
        expect(await steps.count()).toBeGreaterThanOrEqual(17);
        for (const step of await steps.all()) {
          await expect(step).toContainText(name === 'nb' ? 'Hvem:' : 'Who:');
          expect(await step.locator('a').count()).toBeGreaterThanOrEqual(1);
        }
      }
    });

    test('side by side on a wide screen', async ({page}) => {
      await page.setViewportSize({width: 1440, height: 900});
      await page.goto(`${prefix}/docs/kom-i-gang`);
      const tracks = page.locator('[data-track]');
      const [a, b] = await Promise.all([tracks.nth(0).boundingBox(), tracks.nth(1).boundingBox()]);
      expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
    });

    test('every API error code has its row anchor on the troubleshooting page', async ({page}) => {
      const ids = await idsAt(page, `${prefix}/docs/feilsoking`);
      const missing = API_ERRORS.map(apiErrorAnchor).filter((anchor) => !ids.includes(anchor));
      expect(missing).toEqual([]);
    });

    test('the error explainer on "Calling the APIs" tells an API error from a Maskinporten one', async ({page}) => {
      await page.goto(`${prefix}/docs/kalle-api-ene`);
      const root = await toolReady(page.locator('[data-tool="error-explainer"]'));
      await expect(root.locator('[data-example]').first()).toBeVisible();
      const box = root.getByRole('textbox');
      // OTP-005 is Tjenestepensjonsavtale's alone (an IM- code alone could be Inntekt's or Inntektsmottakere's).
      await box.fill('{"kode":"OTP-005","melding":"Ingen tilgang","korrelasjonsid":"abc-123"}');
      const finding = root.locator('[data-finding-code="api.skatteetaten.error"]');
      await expect(finding).toHaveCount(1);
      await expect(finding).toContainText('HTTP 403');
      await expect(finding.locator('a')).toHaveAttribute('href', `${prefix}/docs/feilsoking#api.skatteetaten.error`);
      await box.fill(
        JSON.stringify({data: null, errors: [{message: 'AA-101', extensions: {classification: 'ExecutionAborted'}}]}),
      );
      await expect(root.locator('[data-finding-code="api.nav.error"]')).toHaveCount(1);
      await expect(root.locator('[data-finding-code="api.skatteetaten.error"]')).toHaveCount(0);
      // The example button loads a Skatteetaten rejection.
      await root.locator('[data-example="otp-005"]').click();
      await expect(root.locator('[data-finding-code="api.skatteetaten.error"]')).toContainText('OTP-005');
    });
  });
}
