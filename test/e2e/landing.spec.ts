import {test, expect} from './fixtures';
import {belowNavbar, layoutShift, toolReady, waitForHydration, watchLayoutShifts} from './helpers';
import {TOOLS} from '../../src/lib/tools';

// A link into a page lands on its target and stays there while the page's tools mount: each tool's frame keeps
// the room its body takes (ToolRow.reserve) from the first paint.

const LANDINGS = [
  // The troubleshooting page's MP-251 section, linked from the delegation and client pages.
  {path: '/docs/feilsoking#mp-251', id: 'mp-251', toolAbove: 'error-explainer'},
  // A finding's «Les mer»: the reference list right below the token inspector.
  {path: '/docs/feilsoking#grant.aud.not-exact', id: 'grant.aud.not-exact', toolAbove: 'token-inspector'},
  // The code samples, linked from the page's own introduction, below the grant builder.
  {path: '/docs/kodeeksempler#testede-eksempler', id: 'testede-eksempler', toolAbove: 'grant-builder'},
] as const;

const SCREENS = [
  {name: 'phone', viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true},
  {name: 'desktop', viewport: {width: 1280, height: 800}, hasTouch: false, isMobile: false},
] as const;

for (const screen of SCREENS)
  test.describe(`links land on their target (${screen.name})`, () => {
    for (const landing of LANDINGS)
      test(`${landing.path} on ${screen.name}`, async ({browser, baseURL}) => {
        const context = await browser.newContext({...screen, baseURL});
        const page = await context.newPage();
        await watchLayoutShifts(page);
        await page.goto(landing.path);
        await waitForHydration(page);
        // Once the tool above has mounted (it is near the viewport on every screen), the target is still where
        // the link put it: just below the navbar, not behind it and not pushed down.
        const tool = page.locator(`[data-tool="${landing.toolAbove}"]`);
        const nearTarget = await page.evaluate(
          ([toolId, targetId]) => {
            const shell = document.querySelector(`[data-tool="${toolId}"]`);
            const target = document.getElementById(targetId);
            return (
              !!shell && !!target && target.getBoundingClientRect().top - shell.getBoundingClientRect().bottom < 1200
            );
          },
          [landing.toolAbove, landing.id] as const,
        );
        if (nearTarget) await expect(tool).toHaveAttribute('data-ready', 'true', {timeout: 30_000});
        const offset = await belowNavbar(page, landing.id);
        expect(offset, `${landing.id} is ${offset} px below the navbar`).toBeGreaterThanOrEqual(-1);
        expect(offset).toBeLessThanOrEqual(24);
        expect(await layoutShift(page)).toBeLessThan(0.01);
        await context.close();
      });
  });

// Every tool's body fits the room its frame keeps, in both languages, from a small phone to a wide screen:
// mounting it moves nothing below it.
// (Two widths here; test/perf/tool-heights.ts measures every band's narrowest width.)
const WIDTHS = [
  {width: 360, touch: true},
  {width: 1280, touch: false},
] as const;
for (const locale of ['', '/en'] as const)
  test(`every tool fits its reserved room on ${locale || '/'}verktoy`, async ({browser, baseURL}) => {
    for (const {width, touch} of WIDTHS) {
      const context = await browser.newContext({
        viewport: {width, height: 900},
        hasTouch: touch,
        isMobile: touch,
        baseURL,
      });
      const page = await context.newPage();
      await page.goto(`${locale}/verktoy`);
      await waitForHydration(page);
      for (const {id} of TOOLS) {
        const body = (await toolReady(page.locator(`[data-tool="${id}"]`))).locator('[data-tool-body]');
        const {height, reserved} = await body.evaluate((element) => ({
          height: element.getBoundingClientRect().height,
          reserved: Number.parseFloat(getComputedStyle(element).minHeight),
        }));
        expect(reserved, `${id} keeps room at ${width} px`).toBeGreaterThan(100);
        expect(height, `${id} at ${width} px grew past its reserve; run npm run measure:tools`).toBeLessThanOrEqual(
          reserved + 1,
        );
      }
      await context.close();
    }
  });
