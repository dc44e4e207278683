import {test as base, expect, type Browser, type BrowserContext} from '@playwright/test';

/**
 * The browser tests' `test`: each worker keeps one browser context for all its tests, and each test gets a new
 * page (tab) in it. A new context per test starts cold every time (no HTTP cache, no compiled scripts), and on
 * a 2-core machine that is much of a short test's time. Pages in one context share cookies and storage, so each
 * test's page clears the site's storage when it closes; a test that needs a clean profile makes its own with
 * `browser.newContext()`, and a test that turns JavaScript off (`test.use({javaScriptEnabled: false})`) gets a
 * context of its own.
 */
export const test = base.extend<{ownContext: BrowserContext | undefined}, {workerContext: BrowserContext}>({
  workerContext: [
    async ({browser}, provide, workerInfo) => {
      const context = await browser.newContext({baseURL: workerInfo.project.use.baseURL});
      await provide(context);
      await context.close();
    },
    {scope: 'worker'},
  ],
  ownContext: async ({browser, baseURL, javaScriptEnabled}, provide) => {
    if (javaScriptEnabled !== false) return provide(undefined);
    const context = await (browser as Browser).newContext({baseURL, javaScriptEnabled});
    await provide(context);
    await context.close();
  },
  context: async ({workerContext, ownContext}, provide) => {
    await provide(ownContext ?? workerContext);
  },
  page: async ({context}, provide) => {
    const page = await context.newPage();
    await provide(page);
    // What a test stored (a chosen tab, a colour mode) must not carry over to the next test in this context.
    await page
      .evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      })
      .catch(() => undefined);
    await page.close();
  },
});

export {expect};
