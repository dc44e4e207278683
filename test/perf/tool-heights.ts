// Measures each tool's empty body height at the least content width of each band in RESERVE_WIDTHS, in both
// languages, with a mouse and on touch (where buttons are 44 px), and prints the `reserve` rows for
// src/lib/tools.ts. Run against a production build: `npm run build && npm run measure:tools`.
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS} from '../../playwright.config';
import {RESERVE_WIDTHS, TOOLS} from '../../src/lib/tools';
import {serveStatic} from './static-server';

/** The frame's padding and border, and the page's own padding on /verktoy: viewport = content width + this. */
const FRAME_AND_PAGE = 34 + 32;
/** Room for a font that sets a line a little taller than this machine's. */
const MARGIN = 8;
/** The narrowest phone the bands start at. */
const NARROWEST_CONTENT = 320 - FRAME_AND_PAGE;

const PORT = 3110;
const server = await serveStatic('build', PORT);
const base = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const heights = new Map<string, number[]>(TOOLS.map(({id}) => [id, RESERVE_WIDTHS.map(() => 0)]));
for (const [band, least] of RESERVE_WIDTHS.entries()) {
  const width = Math.max(least, NARROWEST_CONTENT) + FRAME_AND_PAGE;
  for (const locale of ['', '/en'])
    for (const touch of [false, true]) {
      const context = await browser.newContext({viewport: {width, height: 900}, hasTouch: touch, isMobile: touch});
      const page = await context.newPage();
      await page.goto(`${base}${locale}/verktoy`);
      await page.addStyleTag({content: '[data-tool-body]{min-height:0!important}'});
      for (const {id} of TOOLS) {
        const shell = page.locator(`[data-tool="${id}"]`);
        await shell.scrollIntoViewIfNeeded();
        await page.locator(`[data-tool="${id}"][data-ready="true"]`).waitFor();
        const {height, content} = await shell.locator('[data-tool-body]').evaluate((body) => ({
          height: body.getBoundingClientRect().height,
          content: body.getBoundingClientRect().width,
        }));
        if (Math.round(content) < Math.max(least, NARROWEST_CONTENT) - 1)
          throw new Error(`${id}: content width ${content} px at viewport ${width}, expected ${least}`);
        const row = heights.get(id)!;
        row[band] = Math.max(row[band]!, Math.ceil(height) + MARGIN);
      }
      await context.close();
    }
}
await browser.close();
server.close();
for (const {id} of TOOLS) console.log(`${id.padEnd(20)} reserve: [${heights.get(id)!.join(', ')}],`);
