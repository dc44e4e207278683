import {readChunkMaps} from '../perf/chunk-map';
import {test, expect} from './fixtures';
import {waitForHydration} from './helpers';

// Docusaurus prefetches a page's code when a link to it comes into view. On a phone the closed menu waits just
// left of the screen, and once drawn it switches to the guide's panel; if that switch slid across the
// screen's edge (src/css/custom.css), every guide link in the menu counted as seen, and a first visit
// prefetched the code of every guide page (257 requests on /docs/miljoer).

declare global {
  interface Window {
    /** The closed phone menu's links an IntersectionObserver saw on screen (as Docusaurus's Link observes them). */
    __menuLinksSeen: string[];
  }
}

/** Which guide page's MDX a built chunk holds, by the chunk's URL path. */
function guidePageByChunk(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const [path, entry] of readChunkMaps('build')) {
    const mdx = entry.modules.find((m) => /(^|\/)docs\/[^/]+\.mdx?$/.test(m));
    if (mdx) pages.set(path, mdx);
  }
  return pages;
}

for (const path of ['/docs/miljoer', '/en/docs/feilsoking']) {
  test(`${path} on a phone: the closed menu never comes on screen, and no other guide page's code is prefetched`, async ({
    page,
  }) => {
    await page.setViewportSize({width: 390, height: 844});
    await page.addInitScript(() => {
      window.__menuLinksSeen = [];
      const observer = new IntersectionObserver((entries) => {
        const menuOpen = document.querySelector('.navbar-sidebar--show') !== null;
        for (const entry of entries)
          if (!menuOpen && (entry.isIntersecting || entry.intersectionRatio > 0))
            window.__menuLinksSeen.push(entry.target.getAttribute('href') ?? '');
      });
      const watched = new WeakSet<Element>();
      new MutationObserver(() => {
        for (const link of document.querySelectorAll('.navbar-sidebar a[href]'))
          if (!watched.has(link)) {
            watched.add(link);
            observer.observe(link);
          }
      }).observe(document, {childList: true, subtree: true});
    });
    await page.goto(path);
    await waitForHydration(page);
    // The menu is drawn on the reader's first reach for the page (test/e2e/phone-menu.spec.ts): a key press that
    // moves nothing, then the menu has switched to the guide's panel, and whatever that made the page prefetch
    // has been asked for.
    await page.keyboard.press('Shift');
    await page.locator('.navbar-sidebar__items--show-secondary').waitFor({state: 'attached'});
    await page.waitForLoadState('networkidle');
    // Let pending intersection notifications arrive: they are delivered with the next rendered frames.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => window.__menuLinksSeen)).toEqual([]);
    const prefetched = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="prefetch"]')].map((l) => new URL((l as HTMLLinkElement).href).pathname),
    );
    const pageOf = guidePageByChunk();
    expect(pageOf.size).toBeGreaterThan(10);
    expect(prefetched.filter((chunk) => pageOf.has(chunk)).map((chunk) => pageOf.get(chunk))).toEqual([]);
  });
}
