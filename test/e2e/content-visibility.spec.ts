import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {belowNavbar, layoutShift, waitForHydration, waitForPageReady, watchLayoutShifts} from './helpers';
import {FULL_LAYOUT_ATTRIBUTE} from '../../src/components/FindingReference/layoutOnDemand';

// The troubleshooting page's reference lays out only the groups near the viewport (content-visibility: auto;
// issue 23), and the whole page once the reader jumps within it (FindingReference/layoutOnDemand.ts). What a reader
// relies on: loading shifts nothing, nothing moves because of it, a jump lands where it should, focus rings show in
// full, and a printout has every group.

const PHONE = {width: 390, height: 844};
const GROUPS = '[data-finding-reference-list] > section';
/** The blocks whose place a reader sees: the article's top-level blocks and the reference's groups and entries. */
const BLOCKS = `.theme-doc-markdown > *, ${GROUPS}, [data-finding-reference]`;

/** Whether the browser has laid out what is inside the element (a skipped group's contents are not rendered). */
async function contentsLaidOut(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .evaluate((element) => (element.firstElementChild ?? element).checkVisibility({contentVisibilityAuto: true}));
}

async function fullLayout(page: Page): Promise<boolean> {
  return page.evaluate((attribute) => document.documentElement.hasAttribute(attribute), FULL_LAYOUT_ATTRIBUTE);
}

async function blockBoxes(page: Page): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.tagName} ${element.id} top ${Math.round(box.top + scrollY)} height ${Math.round(box.height)}`;
      }),
    BLOCKS,
  );
}

for (const viewport of [PHONE, {width: 1280, height: 800}])
  test(`at ${viewport.width} px, loading /docs/feilsoking lays out no group of the reference far down and shifts nothing; a group is laid out when it comes near`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({viewport, baseURL});
    const page = await context.newPage();
    await watchLayoutShifts(page);
    await page.goto('/docs/feilsoking');
    await waitForHydration(page);
    expect(await fullLayout(page)).toBe(false);
    const last = `${GROUPS} >> nth=-1`;
    expect(await contentsLaidOut(page, last)).toBe(false);
    expect(await contentsLaidOut(page, '.theme-doc-markdown > p >> nth=0')).toBe(true);
    // Nothing in the article moves. (On a busy machine the browser can paint the navbar while the parser is still
    // in it, and its right-hand items then move once as the rest arrives: 0.004-0.008 at 1280 px with the CPU
    // slowed 6×, in the build before the reference skipped anything too; not what this test is about.)
    expect(await layoutShift(page, 'article')).toBe(0);
    await page.locator(last).scrollIntoViewIfNeeded();
    await expect.poll(() => contentsLaidOut(page, last)).toBe(true);
    await context.close();
  });

for (const prefix of ['', '/en'])
  test(`${prefix}/docs/feilsoking: no block moves because groups far down are skipped, and a focus ring paints past a skipped group's edge`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`${prefix}/docs/feilsoking`);
    await waitForPageReady(page);
    // Scroll through every group, so each is laid out once and keeps its size after (contain-intrinsic-size auto).
    const groups = await page.locator(GROUPS).count();
    expect(groups).toBeGreaterThan(5);
    for (let index = 0; index < groups; index++) {
      const group = `${GROUPS} >> nth=${index}`;
      await page.locator(group).scrollIntoViewIfNeeded();
      await expect.poll(() => contentsLaidOut(page, group)).toBe(true);
    }
    const styles = await page.locator(GROUPS).evaluateAll((elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return {visibility: style.contentVisibility, clipMargin: Number.parseFloat(style.overflowClipMargin)};
      }),
    );
    for (const style of styles) {
      expect(style.visibility).toBe('auto');
      // The focus ring is 3px wide and 2px off its element (src/css/custom.css).
      expect(style.clipMargin).toBeGreaterThanOrEqual(5);
    }
    const skipping = await blockBoxes(page);
    await page.evaluate((attribute) => document.documentElement.setAttribute(attribute, ''), FULL_LAYOUT_ATTRIBUTE);
    expect(
      await page
        .locator(GROUPS)
        .first()
        .evaluate((e) => getComputedStyle(e).contentVisibility),
    ).toBe('visible');
    expect(await blockBoxes(page)).toEqual(skipping);
  });

test('a jump within the page lays it out in full and lands on its target, without the page shifting', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, baseURL});
  const page = await context.newPage();
  await watchLayoutShifts(page);
  await page.goto('/docs/feilsoking');
  await waitForHydration(page);
  expect(await fullLayout(page)).toBe(false);
  // A link to an entry in the reference's last group, far past groups that were skipped, as a finding's «Les mer»
  // on the page's own tools is.
  const id = await page.locator('[data-finding-reference]').last().getAttribute('id');
  await page.evaluate((target) => {
    const link = document.createElement('a');
    link.href = `#${target}`;
    link.textContent = 'Les mer';
    link.id = 'test-jump';
    document.querySelector('.theme-doc-markdown')!.prepend(link);
  }, id!);
  await page.locator('#test-jump').click();
  await expect(page).toHaveURL(new RegExp(`#${id!.replace(/\./g, '\\.')}$`));
  expect(await fullLayout(page)).toBe(true);
  const offset = await belowNavbar(page, id!);
  expect(offset).toBeGreaterThanOrEqual(-1);
  expect(offset).toBeLessThanOrEqual(24);
  expect(await layoutShift(page)).toBeLessThan(0.01);
  await context.close();
});

test('a page entered at a #fragment is laid out in full from the start, and a printout has every group', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/docs/feilsoking#api.correlation-id');
  expect(await fullLayout(page)).toBe(true);
  await expect(page.locator('[id="api.correlation-id"]')).toBeInViewport();
  await page.goto('/docs/feilsoking');
  await waitForHydration(page);
  expect(await fullLayout(page)).toBe(false);
  await page.emulateMedia({media: 'print'});
  expect(await contentsLaidOut(page, `${GROUPS} >> nth=-1`)).toBe(true);
});
