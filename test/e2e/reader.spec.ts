import {test, expect} from './fixtures';
import {toolReady, waitForHydration} from './helpers';

// The tools follow the reader (issue 20): the token inspector keeps what was pasted when the reader reads more and
// comes back and holds its claim rows still while the countdown ticks, a one-click fix leaves focus in the tool,
// and every tool's buttons fit a finger on a touch screen.

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A grant for the test environment that expires `seconds` from now (the page's clock is the machine's). */
function grant(seconds: number, extra: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: 'https://maskinporten.no/',
    iss: 'my_client_id',
    scope: 'skatteetaten:inntekt',
    iat: now,
    exp: now + seconds,
    jti: 'e2e',
    ...extra,
  };
  return `${b64({alg: 'RS256', kid: 'k'})}.${b64(claims)}.c2ln`;
}

for (const prefix of ['', '/en'] as const) {
  test(`${prefix || 'nb'}: «Read more» keeps the pasted token: Back shows the same input and findings`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/verktoy`);
    await waitForHydration(page);
    const root = await toolReady(page.locator('[data-tool="token-inspector"]'));
    const token = grant(100);
    await root.locator('textarea').first().fill(token);
    const finding = root.locator('[data-finding-code="grant.aud.wrong-environment"]');
    await expect(finding).toBeVisible();
    await finding.locator('a[href*="feilsoking#"]').click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/docs/feilsoking#grant\\.aud\\.wrong-environment$`));
    await expect(page.locator('[id="grant.aud.wrong-environment"]')).toBeInViewport();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${prefix}/verktoy$`));
    const back = await toolReady(page.locator('[data-tool="token-inspector"]'));
    await expect(back.locator('textarea').first()).toHaveValue(token);
    await expect(back.locator('[data-finding-code="grant.aud.wrong-environment"]')).toBeVisible();
  });
}

test('the claim rows hold still while the countdown ticks, and the countdown stops at exp', async ({
  browser,
  baseURL,
}) => {
  // The page's clock is the test's: the countdown moves exactly when the test moves the time. A clock belongs to
  // a whole browser context, so this test has one of its own.
  const context = await browser.newContext({baseURL});
  const page = await context.newPage();
  const start = new Date('2026-12-01T12:00:00Z');
  await page.clock.install({time: start});
  await page.goto('/verktoy');
  await waitForHydration(page);
  const root = await toolReady(page.locator('[data-tool="token-inspector"]'));
  // From here the page's time moves only when the test moves it.
  const paused = new Date(start.getTime() + 10 * 60_000);
  await page.clock.pauseAt(paused);
  const claims: Record<string, number> = {};
  for (let i = 0; i < 500; i++) claims[`x${i}`] = i;
  const now = Math.floor(paused.getTime() / 1000);
  const token = `${b64({alg: 'RS256', kid: 'k'})}.${b64({aud: 'https://test.maskinporten.no/', iss: 'c', scope: 'skatteetaten:inntekt', iat: now, exp: now + 60, jti: 'j', ...claims})}.c2ln`;
  await root.locator('textarea').first().fill(token);
  await page.clock.runFor(500);
  await root.locator('[data-show-all-claims]').click();
  await expect(root.locator('[data-claim="claims.x499"]')).toBeVisible();
  const countdown = root.locator('[data-countdown]');
  await expect(countdown).toHaveAttribute('data-countdown', /^\d+$/);
  // Count every change to the claim rows from here on.
  await root.evaluate((el) => {
    const counter = {mutations: 0};
    (window as unknown as {claimMutations: typeof counter}).claimMutations = counter;
    const observer = new MutationObserver((records) => (counter.mutations += records.length));
    for (const row of el.querySelectorAll('[data-claim]'))
      observer.observe(row, {subtree: true, childList: true, characterData: true, attributes: true});
  });
  const first = Number(await countdown.getAttribute('data-countdown'));
  await page.clock.runFor(2000);
  await expect(countdown).toHaveAttribute('data-countdown', String(first - 2));
  const mutations = await page.evaluate(
    () => (window as unknown as {claimMutations: {mutations: number}}).claimMutations.mutations,
  );
  expect(mutations).toBe(0);
  // Past exp the countdown says when it expired and stands still; the analysis runs again and says so.
  await page.clock.runFor(60_000);
  await expect(countdown).toHaveAttribute('data-countdown', 'expired');
  await expect(root.locator('[data-finding-code="grant.expired"]')).toBeVisible();
  const text = (await countdown.textContent()) ?? '';
  await page.clock.runFor(5000);
  await expect(countdown).toHaveText(text);
  await context.close();
});

test('on a touch screen every button in a tool is at least 44 px tall with body-size text', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    viewport: {width: 390, height: 844},
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/verktoy');
  await waitForHydration(page);
  for (const root of await page.locator('[data-tool]').all()) {
    await toolReady(root);
    for (const button of await root.locator('button:visible').all()) {
      const box = await button.boundingBox();
      expect(box?.height ?? 0, (await button.textContent()) ?? '').toBeGreaterThanOrEqual(44);
      const [size, body] = await button.evaluate((b) => [
        parseFloat(getComputedStyle(b).fontSize),
        parseFloat(getComputedStyle(document.body).fontSize),
      ]);
      expect(size).toBeGreaterThanOrEqual(body);
    }
  }
  await context.close();
});

test('after a one-click fix focus stays in the tool, on the field the fix changed', async ({page}) => {
  await page.goto('/verktoy');
  await waitForHydration(page);
  const root = await toolReady(page.locator('[data-tool="scope-validator"]'));
  await root.locator('[data-example="garbled"]').click();
  const fix = root.locator('[data-fix]');
  await fix.focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-fix]')).toHaveCount(0);
  const focused = await page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    inTool: document.activeElement?.closest('[data-tool]')?.getAttribute('data-tool'),
  }));
  expect(focused).toEqual({tag: 'TEXTAREA', inTool: 'scope-validator'});
});
