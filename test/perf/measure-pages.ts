// `node test/run-ts.mjs test/perf/measure-pages.ts <build-folder> <path>…`: first-visit JS and CSS (gzip) of pages of a build, served with gzip on loopback.
import {chromium} from '@playwright/test';
import {measureFirstVisit, kb} from './measure';
import {librariesIn, readChunkMaps} from './chunk-map';
import {serveStatic} from './static-server';
import {CHROMIUM_ARGS} from '../../playwright.config';
const dir = process.argv[2]!;
const paths = process.argv.slice(3);
(async () => {
  const chunks = readChunkMaps(dir);
  const server = await serveStatic(dir, 3190);
  const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS});
  for (const p of paths) {
    const ctx = await browser.newContext();
    const v = await measureFirstVisit(await ctx.newPage(), 'http://127.0.0.1:3190' + p);
    const libraries = librariesIn(v.js.files.flatMap((f) => chunks.get(f)?.modules ?? []));
    console.log(p, 'JS', kb(v.js.gzip), 'CSS', kb(v.css.gzip), libraries.join(','), v.js.files.length, 'files');
    await ctx.close();
  }
  await browser.close();
  server.close();
})();
