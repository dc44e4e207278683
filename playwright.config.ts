import {defineConfig} from '@playwright/test';

/**
 * Browser tests run against the production build (`npm run build`), served on loopback by `docusaurus serve`.
 * Debian's Chromium is used; Playwright never downloads a browser here.
 */
const PORT = Number(process.env.E2E_PORT ?? 3000);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright-output',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // An assertion waits for its state up to this long (a loaded 2-core machine can take seconds to load a tool's
  // rules and verify a signature); it moves on the moment the state is there.
  expect: {timeout: 15_000},
  reporter: [['list'], ['json', {outputFile: 'test-results/playwright.json'}]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS},
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node node_modules/@docusaurus/core/bin/docusaurus.mjs serve --dir build --port ${PORT} --host 127.0.0.1 --no-open`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
