import {test, expect} from './fixtures';
import {mkdirSync} from 'node:fs';
import {builtPages, waitForHydration} from './helpers';

// Tables on a 390 px phone, on every page of both locales (from the built sitemaps): the page never scrolls
// sideways, a table that is still too wide scrolls in a box that takes keyboard focus and has a name of its
// own, and no column is squeezed to a letter's width. SCREENSHOTS=1 also writes a full-page PNG of each page
// under test-results/screenshots-390/ for looking at.

interface Problem {
  readonly path: string;
  readonly problem: string;
}

const PHONE = {width: 390, height: 900};

for (const prefix of ['', '/en'] as const) {
  test(`${prefix || '/'}: every page at 390 px: no sideways page, named focusable scroll boxes, no letter-wide columns`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(PHONE);
    const paths = builtPages(prefix);
    expect(paths.length).toBeGreaterThan(5);
    const problems: Problem[] = [];
    for (const path of paths) {
      await page.goto(path);
      await waitForHydration(page);
      // Wait until every table box has measured itself (the named label replaces the generic one).
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-scroll-table][role="region"]')].every(
          (box) =>
            !/^(Tabell, kan rulles sidelengs|Table, scrolls sideways)$/.test(box.getAttribute('aria-label') ?? ''),
        ),
      );
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const overflow = document.documentElement.scrollWidth - window.innerWidth;
        if (overflow > 0) out.push(`the page scrolls sideways by ${overflow}px`);
        const names: string[] = [];
        for (const element of document.querySelectorAll<HTMLElement>('main *')) {
          const style = getComputedStyle(element);
          const scrollsX = /auto|scroll/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
          if (!scrollsX) continue;
          const what = `<${element.tagName.toLowerCase()} class="${element.className}">`;
          if (element.tabIndex < 0) out.push(`${what} scrolls but cannot take keyboard focus`);
          // A code block is a named group (src/theme/CodeBlock/Content); every other scrolling box a named region.
          const role = element.tagName === 'PRE' ? 'group' : 'region';
          const name = element.getAttribute('aria-label');
          if (element.getAttribute('role') !== role || !name) out.push(`${what} scrolls but is not a named ${role}`);
          else names.push(name);
        }
        for (const name of names.filter((n, i) => names.indexOf(n) !== i)) out.push(`two scroll boxes named «${name}»`);
        for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
          // A stacked table's header row is kept for screen readers only (each cell shows its column's name).
          if ((cell.textContent ?? '').trim() === '' || cell.closest('[data-stack] thead')) continue;
          const width = cell.getBoundingClientRect().width;
          const em = parseFloat(getComputedStyle(cell).fontSize);
          if (width < 6 * em) out.push(`a cell is ${Math.round(width)}px wide: «${cell.textContent?.slice(0, 40)}»`);
        }
        return out;
      });
      problems.push(...found.map((problem) => ({path, problem})));
      if (process.env.SCREENSHOTS) {
        // The page's top and each table as a reader on a phone sees it.
        mkdirSync('test-results/screenshots-390', {recursive: true});
        const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'start';
        await page.screenshot({path: `test-results/screenshots-390/${name}.png`});
        const tables = await page.locator('[data-scroll-table]').all();
        for (const [index, table] of tables.entries()) {
          await table.screenshot({path: `test-results/screenshots-390/${name}-table-${index + 1}.png`});
        }
      }
    }
    const report = problems.map((p) => `${p.path}: ${p.problem}`);
    expect(report, report.join('\n')).toEqual([]);
  });
}

test('a table that is wider than a tablet scrolls with the arrow keys, and one that fits is no tab stop', async ({
  page,
}) => {
  // Above phone width tables are tables, not stacked rows: a table wider than the page scrolls in its box (the
  // first guide page that has one; the reference tables fit since each address wraps between its parts).
  await page.setViewportSize({width: 700, height: 900});
  const region = page.locator('[data-scroll-table][role="region"]').first();
  for (const path of builtPages('').filter((p) => /\/docs\/(?!\d)/.test(p))) {
    await page.goto(path);
    await waitForHydration(page);
    // The boxes are named and measured when the browser is idle after load.
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
    if ((await region.count()) > 0) break;
  }
  await expect(region).toHaveAttribute('aria-label', /^Tabell: /);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  // At desktop width the same page's narrow tables fit, and their boxes leave the tab order.
  await page.setViewportSize({width: 1280, height: 900});
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-scroll-table]')].some(
          (box) => box.scrollWidth <= box.clientWidth && box.tabIndex < 0 && !box.hasAttribute('role'),
        ),
      ),
    )
    .toBe(true);
});

test('on a phone a table of three or more columns stacks, each cell under its column name, still a table', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(builtPages('').find((p) => /\/docs\/(next\/)?scopes$/.test(p))!);
  const box = page.locator('[data-scroll-table][data-stack]').first();
  await expect(box.locator('table')).toHaveAttribute('role', 'table');
  const firstRow = box.locator('tbody tr').first();
  await expect(firstRow).toHaveAttribute('role', 'row');
  const headers = await box.locator('thead th').allTextContents();
  const labels = await firstRow
    .locator('td, th')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-label')));
  expect(labels).toEqual(headers.map((h) => h.trim()));
  // The rows are blocks as wide as the page, not columns side by side.
  const cellWidths = await firstRow
    .locator('td, th')
    .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
  const boxWidth = await box.evaluate((e) => e.clientWidth);
  for (const width of cellWidths) expect(width).toBeGreaterThan(boxWidth * 0.8);
});

// The environments and scopes tables on a desktop, and at 200 % zoom (640 CSS px): an address or scope wraps only
// between its parts, never inside one; on the desktop the whole table is in view, its source column too.
for (const {name, width} of [
  {name: 'a desktop', width: 1280},
  {name: '200 % zoom', width: 640},
] as const)
  test(`reference tables keep each part of an address or scope whole on ${name}`, async ({page}) => {
    await page.setViewportSize({width, height: 900});
    for (const prefix of ['', '/en'] as const)
      for (const slug of ['miljoer', 'scopes']) {
        const path = builtPages(prefix).find((p) => new RegExp(`/docs/(next/)?${slug}$`).test(p))!;
        await page.goto(path);
        await waitForHydration(page);
        const report = await page.evaluate(() => {
          const split: string[] = [];
          let values = 0;
          for (const code of document.querySelectorAll('[data-fact-table] code[data-wrap-parts]')) {
            values++;
            for (const node of code.childNodes) {
              if (node.nodeType !== Node.TEXT_NODE || !node.textContent) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const lines = new Set(
                [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
              );
              if (lines.size > 1) split.push(node.textContent);
            }
          }
          const scrolling = [...document.querySelectorAll<HTMLElement>('[data-fact-table] [data-scroll-table]')].filter(
            (box) => box.scrollWidth > box.clientWidth + 1,
          ).length;
          return {split, values, scrolling};
        });
        expect(report.values, `${path}: values shown by parts`).toBeGreaterThan(3);
        expect(report.split, `${path} at ${width} px: parts broken across lines`).toEqual([]);
        if (width >= 1280) expect(report.scrolling, `${path}: a reference table scrolls at ${width} px`).toBe(0);
      }
  });
