import {test, expect} from './fixtures';
import type {Locator, Page, Request} from '@playwright/test';
import {collectErrors, setColorMode, showFindings, toolReady, waitForHydration} from './helpers';
import {TOOL_IDS} from '../../src/lib/tools';
import {readChunkMaps} from '../perf/chunk-map';

// Browser tests for the six tools on /verktoy (nb) and /en/verktoy, against the production build.

const LOCALES = [
  {prefix: '', name: 'nb'},
  {prefix: '/en', name: 'en'},
] as const;

function tool(page: Page, id: string): Locator {
  return page.locator(`[data-tool="${id}"]`);
}

/** Waits until the tool's code has loaded and replaced the server-rendered "needs JavaScript" note. */
async function ready(page: Page, id: string): Promise<Locator> {
  const root = tool(page, id);
  await toolReady(root);
  await expect(root.locator('[data-example]').first()).toBeVisible();
  return root;
}

async function codes(root: Locator): Promise<string[]> {
  return root
    .locator('[data-finding-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-code') ?? ''));
}

async function expectCodes(root: Locator, expected: string[]): Promise<void> {
  for (const code of expected) await expect(root.locator(`[data-finding-code="${code}"]`).first()).toBeVisible();
}

async function loadExample(root: Locator, example: string): Promise<void> {
  await root.locator(`[data-example="${example}"]`).click();
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** The same token with one claim changed and the original signature kept. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  claims.scope = 'skatteetaten:inntekt';
  return [header, base64url(JSON.stringify(claims)), signature].join('.');
}

for (const {prefix, name} of LOCALES) {
  test.describe(`tools on ${prefix}/verktoy (${name})`, () => {
    test.beforeEach(async ({page}) => {
      await page.goto(`${prefix}/verktoy`);
    });

    test('first paint without JavaScript shows every tool shell with the privacy and JavaScript notes', async ({
      browser,
    }) => {
      const context = await browser.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      await page.goto(`${prefix}/verktoy`);
      for (const id of TOOL_IDS) {
        await expect(tool(page, id)).toBeVisible();
        await expect(tool(page, id).locator('[data-tool-fallback]')).toBeVisible();
      }
      await context.close();
    });

    test('scope validator: the garbled seed scope is found, and the one-click fix removes the findings', async ({
      page,
    }) => {
      const errors = collectErrors(page);
      const root = await ready(page, 'scope-validator');
      await loadExample(root, 'garbled');
      await expectCodes(root, ['scope.uppercase', 'scope.concatenated']);
      await root.locator('[data-fix]').click();
      await expect(root.getByRole('textbox')).toHaveValue('nav:aareg/v1/arbeidsforhold/otp');
      await expect(root.locator('[data-finding-code="scope.concatenated"]')).toHaveCount(0);
      await expectCodes(root, ['scope.known']);
      // Typing a fix by hand works the same way.
      await root.getByRole('textbox').fill('Skatteetaten:inntekt');
      await expectCodes(root, ['scope.uppercase']);
      await root.getByRole('textbox').fill('skatteetaten:inntekt');
      await expect(root.locator('[data-finding-code="scope.uppercase"]')).toHaveCount(0);
      await expect(root.locator('[data-scope="skatteetaten:inntekt"]')).toBeVisible();
      // Each finding links to its anchor on the troubleshooting page.
      const href = await root.locator('[data-finding-code="scope.known"] a').first().getAttribute('href');
      expect(href).toBe(`${prefix}/docs/feilsoking#scope.known`);
      expect(errors).toEqual([]);
    });

    test('environment checker: a mixed set-up lists every value that does not belong, and fixing one removes it', async ({
      page,
    }) => {
      const root = await ready(page, 'environment-checker');
      await loadExample(root, 'seed');
      await expectCodes(root, [
        'env.token-endpoint.path',
        'env.host.wrong-environment',
        'env.aud.trailing-slash',
        'env.cert.wrong-environment',
        'env.api.wrong-environment',
      ]);
      await root.locator('input[name="audience"]').fill('https://test.maskinporten.no/');
      await expect(root.locator('[data-finding-code="env.host.wrong-environment"]')).toHaveCount(0);
      await loadExample(root, 'retired');
      await expectCodes(root, ['env.host.retired']);
      await loadExample(root, 'valid');
      await expectCodes(root, ['env.ok']);
      expect((await codes(root)).filter((c) => !['env.ok', 'env.api.known'].includes(c))).toEqual([]);
    });

    test('token inspector: the examples give the expected findings and signature results', async ({page}) => {
      const errors = collectErrors(page);
      const root = await ready(page, 'token-inspector');
      const key = root.locator('textarea').nth(1);

      await loadExample(root, 'valid-grant');
      await expect(root.locator('[data-token-kind="grant"]')).toBeVisible();
      await expectCodes(root, ['sig.valid', 'cert.orgnr']);
      await expect(root.locator('[data-severity="error"]')).toHaveCount(0);
      await expect(root.locator('[data-certificate-details]')).toBeVisible();
      await expect(root.locator('[data-countdown]')).toBeVisible();

      await loadExample(root, 'wrong-audience');
      await expectCodes(root, ['grant.aud.wrong-environment']);
      // Choosing the environment the grant was made for removes the finding.
      await root.locator('input[type="radio"][value="prod"]').check();
      await expect(root.locator('[data-finding-code="grant.aud.wrong-environment"]')).toHaveCount(0);

      await loadExample(root, 'delegated-token');
      await expect(root.locator('[data-token-kind="access-token"]')).toBeVisible();
      await expectCodes(root, ['token.delegated', 'token.consumer.orgnr', 'sig.valid']);

      // Verify against a JWKS pasted by hand.
      const jwks = await key.inputValue();
      await key.fill('');
      await expect(root.locator('[data-finding-code="sig.valid"]')).toHaveCount(0);
      await key.fill(jwks);
      await expectCodes(root, ['sig.valid']);

      // A changed claim breaks the signature.
      const tokenBox = root.locator('textarea').first();
      await tokenBox.fill(tamper(await tokenBox.inputValue()));
      await expectCodes(root, ['sig.invalid']);
      await expect(root.locator('[data-finding-code="sig.valid"]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('token inspector: a tampered grant fails against its own x5c', async ({page}) => {
      const root = await ready(page, 'token-inspector');
      await loadExample(root, 'valid-grant');
      await expectCodes(root, ['sig.valid']);
      const tokenBox = root.locator('textarea').first();
      await tokenBox.fill(tamper(await tokenBox.inputValue()));
      await expectCodes(root, ['sig.invalid']);
    });

    test('grant builder: the garbled scope is found, a typed fix removes it, and the outputs are filled in', async ({
      page,
    }) => {
      const root = await ready(page, 'grant-builder');
      await loadExample(root, 'garbled');
      await expectCodes(root, ['scope.concatenated']);
      await root.getByLabel(/Scopes/).fill('nav:aareg/v1/arbeidsforhold/otp');
      await expect(root.locator('[data-finding-code="scope.concatenated"]')).toHaveCount(0);
      await loadExample(root, 'delegated');
      await expect(root.locator('[data-output="claims"]')).toContainText('"consumer_org": "910753614"');
      await expect(root.locator('[data-output="claims"]')).toContainText('"aud": "https://test.maskinporten.no/"');
      await expect(root.locator('[data-output="curl"]')).toContainText('https://test.maskinporten.no/token');
      await expect(root.locator('[data-output="header"]')).toContainText('x5c');
      await expect(root.locator('[data-severity="error"]')).toHaveCount(0);
    });

    test('error explainer: MP-110 is explained with its fix and a link to its section', async ({page}) => {
      const root = await ready(page, 'error-explainer');
      await loadExample(root, 'mp-110');
      await expectCodes(root, ['error.mp-110']);
      await expect(root.locator('[data-error-code="error.mp-110"] a')).toHaveAttribute(
        'href',
        // the full MP-110 section of the troubleshooting page, not the finding's short entry
        `${prefix}/docs/feilsoking#mp-110`,
      );
      await root.getByRole('textbox').fill('Token request contains invalid scopes for client');
      await expectCodes(root, ['error.mp-200']);
      await expect(root.locator('[data-finding-code="error.mp-110"]')).toHaveCount(0);
    });

    test('nothing is sent or stored while tokens are pasted and inspected', async ({page, context}) => {
      // Make real tokens first (the example code is a chunk of its own), then inspect them on a fresh page.
      const maker = await ready(page, 'token-inspector');
      await loadExample(maker, 'valid-grant');
      await expectCodes(maker, ['sig.valid']);
      const grant = await maker.locator('textarea').first().inputValue();
      await loadExample(maker, 'delegated-token');
      await expect(maker.locator('[data-token-kind="access-token"]')).toBeVisible();
      await expectCodes(maker, ['sig.valid']);
      const accessToken = await maker.locator('textarea').first().inputValue();
      const jwks = await maker.locator('textarea').nth(1).inputValue();

      const fresh = await context.newPage();
      await fresh.goto(`${prefix}/verktoy`, {waitUntil: 'networkidle'});
      const root = await ready(fresh, 'token-inspector');
      const errorRoot = await ready(fresh, 'error-explainer');
      // Docusaurus prefetches a page's code when a link to it scrolls into view (navbar, footer, guide links).
      // Let that happen before recording: what is recorded next is what working on a token causes.
      await scrollThrough(fresh);
      const requests: string[] = [];
      // The analysis loads jose and @peculiar/x509 when the input needs them (issue 11's weight rule): those are
      // this site's own code chunks, a fixed path without a query, so they cannot carry what was pasted.
      const ownChunk = new RegExp(`^${new URL(fresh.url()).origin}${prefix}/assets/js/[\\w~.-]+\\.js$`);
      const record = (r: Request): void => {
        if (!(r.resourceType() === 'script' && ownChunk.test(r.url()))) requests.push(r.url());
      };
      fresh.on('request', record);

      const tokenBox = root.locator('textarea').first();
      await tokenBox.fill(grant);
      await expectCodes(root, ['sig.valid']);
      await tokenBox.fill(accessToken);
      await root.locator('textarea').nth(1).fill(jwks);
      await expectCodes(root, ['sig.valid', 'token.delegated']);
      await errorRoot
        .getByRole('textbox')
        .fill('{"error":"invalid_grant","error_description":"Invalid JWT claim aud (MP-110)"}');
      await expectCodes(errorRoot, ['error.mp-110']);
      // A request the rendering started would have been issued by the time the page is idle again.
      await pageIsIdle(fresh);
      fresh.off('request', record);
      expect(requests).toEqual([]);

      const stored = await fresh.evaluate(async () => {
        const dump = (s: Storage): string =>
          Object.keys(s)
            .map((k) => `${k}=${s.getItem(k) ?? ''}`)
            .join('\n');
        const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
        return {
          local: dump(localStorage),
          session: dump(sessionStorage),
          cookie: document.cookie,
          url: location.href,
          databases: databases.map((d) => d.name ?? ''),
        };
      });
      const needles = [grant.split('.')[1] ?? grant, accessToken.split('.')[1] ?? accessToken, 'MP-110', 'eyJ'];
      for (const needle of needles) {
        expect(stored.local).not.toContain(needle);
        expect(stored.session).not.toContain(needle);
        expect(stored.cookie).not.toContain(needle);
        expect(stored.url).not.toContain(needle);
      }
      expect(stored.databases).toEqual([]);
      expect(new URL(stored.url).search + new URL(stored.url).hash).toBe('');
    });

    test('a claim holding HTML is shown as text and runs nothing', async ({page}) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const root = await ready(page, 'token-inspector');
      const payload = '<img src=x onerror=alert(1)>';
      const token = [
        base64url(JSON.stringify({alg: 'RS256', kid: '<script>alert(2)</script>'})),
        base64url(JSON.stringify({aud: 'https://test.maskinporten.no/', iss: payload, scope: payload, iat: 1, exp: 2})),
        'c2lnbmF0dXJl',
      ].join('.');
      await root.locator('textarea').first().fill(token);
      await expect(root.locator('[data-claim="claims.iss"]')).toContainText(payload);
      await expect(root.locator('[data-claim="header.kid"]')).toContainText('<script>alert(2)</script>');
      await pageIsIdle(page);
      expect(await root.locator('img').count()).toBe(0);
      expect(await root.locator('dd script').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await errorTextIsLiteral(page);
      expect(dialogs).toEqual([]);
    });
  });
}

async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 400)
    await page.evaluate(
      (top) =>
        new Promise<void>((resolve) => {
          window.scrollTo(0, top);
          // Two frames: the scroll is painted and the intersection observers have had their turn.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
      y,
    );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
}

async function errorTextIsLiteral(page: Page): Promise<void> {
  const root = await ready(page, 'error-explainer');
  const text = '{"error":"<img src=x onerror=alert(3)>","error_description":"<b>MP-110</b> Invalid JWT claim aud"}';
  await root.getByRole('textbox').fill(text);
  await expect(root.locator('dd').first()).toHaveText('<img src=x onerror=alert(3)>');
  expect(await root.locator('img, b').count()).toBe(0);
}

test('a tool far down the page mounts only when the reader scrolls near it, its code fetched once they scroll', async ({
  page,
}) => {
  // The chunk that holds the certificate tool's body, from the build's chunk map.
  const bodyChunks = [...readChunkMaps('build')]
    .filter(
      ([path, entry]) =>
        !path.startsWith('/en/') && entry.modules.some((m) => m.includes('src/components/CertificateTool')),
    )
    .map(([path]) => path);
  expect(bodyChunks.length).toBeGreaterThan(0);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.setViewportSize({width: 1280, height: 720});
  await page.goto('/verktoy');
  await waitForHydration(page);
  // The first tool is in view: it mounts. The last is several screens down: it says it is loading, and loading
  // the page does not fetch its code (the network has gone quiet without it).
  await expect(page.locator('[data-tool]').first()).toHaveAttribute('data-ready', 'true');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => bodyChunks.includes(s))).toEqual([]);
  // The reader starts scrolling: the code comes at idle, without mounting the tool.
  await page.mouse.move(640, 300);
  await page.mouse.wheel(0, 200);
  const last = tool(page, 'certificate');
  await expect.poll(() => scripts.some((s) => bodyChunks.includes(s)), 'the body is fetched after a scroll').toBe(true);
  await expect(last).not.toHaveAttribute('data-ready');
  await expect(last.getByRole('status')).toBeVisible();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toHaveAttribute('data-ready', 'true');
  await expect(last.locator('[data-example]').first()).toBeVisible();
});

// PNGs of each tool (test-results/tools/) when SCREENSHOTS=1 is set: each takes a second on this machine, and
// the layout checks below hold without them.
const TAKE_SCREENSHOTS = process.env.SCREENSHOTS === '1';

test.describe('each tool with findings fits the page', () => {
  for (const {prefix, name} of LOCALES) {
    // One page per locale, filled in once; the colour mode and the width change under it as a reader's would.
    test(`${name}: light and dark, 1280 px and 390 px`, async ({page}) => {
      await page.setViewportSize({width: 1280, height: 900});
      await setColorMode(page, 'light');
      await page.goto(`${prefix}/verktoy`);
      await showFindings(page);
      // The sticky navbar would cover parts of a tall element screenshot.
      await page.addStyleTag({content: '.navbar { position: static !important; }'});
      for (const mode of ['light', 'dark'] as const) {
        await setColorMode(page, mode);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        for (const width of [1280, 390]) {
          await page.setViewportSize({width, height: 900});
          for (const id of TOOL_IDS) {
            const root = tool(page, id);
            const box = await root.boundingBox();
            expect(box?.width ?? 0, `${id} at ${width} px`).toBeLessThanOrEqual(width);
            if (TAKE_SCREENSHOTS)
              await root.screenshot({path: `test-results/tools/${id}-${name}-${mode}-${width}.png`});
          }
          // Nothing may stick out sideways at phone width.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${mode} ${width} px`).toBeLessThanOrEqual(0);
        }
      }
    });
  }
});

/**
 * Resolves once the page's main thread has had nothing left to do (every render, effect and request the last
 * input started has run), and one more round trip has brought the browser's events for them to the test.
 */
async function pageIsIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestIdleCallback(() => resolve()));
      }),
  );
  await page.evaluate(() => document.readyState);
}
