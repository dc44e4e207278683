// `node test/run-ts.mjs scripts/screenshots.ts <build-folder> "<path>,<light|dark>,<width>,<full|top>" …`: PNGs of built pages
import {mkdirSync} from 'node:fs';
// under /tmp/shots/, for looking at pages as a reader would (light and dark, desktop and phone width).
import {chromium} from '@playwright/test';
import {serveStatic} from '../test/perf/static-server';
import {CHROMIUM_ARGS} from '../playwright.config';
const [dir, ...specs] = process.argv.slice(2);
(async () => {
  mkdirSync('/tmp/shots', {recursive: true});
  const server = await serveStatic(dir!, 3191);
  const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS});
  for (const spec of specs) {
    const [path, mode, width, full] = spec.split(',');
    const ctx = await browser.newContext({
      colorScheme: mode as 'light' | 'dark',
      viewport: {width: Number(width), height: 900},
    });
    const page = await ctx.newPage();
    await page.goto('http://127.0.0.1:3191' + path!, {waitUntil: 'networkidle'});
    const name = `/tmp/shots/${path!.replace(/[^a-z0-9]+/gi, '_')}-${mode}-${width}.png`;
    await page.screenshot({path: name, fullPage: full === 'full'});
    console.log(name);
    await ctx.close();
  }
  await browser.close();
  server.close();
})();
