import {test, expect} from './fixtures';
import {waitForHydration} from './helpers';

// A deterministic stand-in for «no long task at load» (issue 23; the timed figures are in `npm run bench:site`):
// the main bundle's evaluation is split in two tasks (plugins/yielding-entry). The first evaluates the libraries and
// ends; Docusaurus's client entry (the site's modules, the route's preload, the render) runs in a later task. The
// browser fires the main script's `load` event right after running it, in the same task, so the client entry
// ran in a task of its own exactly when it set `window.docusaurus` after that event.
for (const path of ['/', '/docs/kom-i-gang', '/en/docs/feilsoking', '/verktoy'])
  test(`${path}: the main bundle gives the main thread back before Docusaurus's client entry runs`, async ({page}) => {
    await page.addInitScript(() => {
      const w = window as unknown as {mainScriptRan: boolean; entryAfterMainScript?: boolean};
      w.mainScriptRan = false;
      document.addEventListener(
        'load',
        (event) => {
          const script = event.target;
          if (script instanceof HTMLScriptElement && /\/main\.[0-9a-f]+\.js$/.test(script.src)) w.mainScriptRan = true;
        },
        true,
      );
      let docusaurus: unknown;
      Object.defineProperty(window, 'docusaurus', {
        configurable: true,
        get: () => docusaurus,
        set: (value: unknown) => {
          w.entryAfterMainScript ??= w.mainScriptRan;
          docusaurus = value;
        },
      });
    });
    await page.goto(path);
    await waitForHydration(page);
    const entryAfterMainScript = await page.evaluate(
      () => (window as unknown as {entryAfterMainScript?: boolean}).entryAfterMainScript,
    );
    expect(entryAfterMainScript).toBe(true);
  });
