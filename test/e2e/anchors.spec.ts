import {test, expect} from './fixtures';
import {FINDING_CODES} from '../../src/lib/findings';

// Every finding the tools show links to `/docs/feilsoking#<code>`; the build's own anchor check cannot see
// those links (the tools render them in the browser), so this test checks each anchor on the built page.
for (const prefix of ['', '/en']) {
  test(`${prefix}/docs/feilsoking has an anchor for every finding code`, async ({page}) => {
    await page.goto(`${prefix}/docs/feilsoking`);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    const missing = FINDING_CODES.filter((code) => !ids.includes(code));
    expect(missing).toEqual([]);
    // And the link target is where the reader lands: the entry is scrolled into view.
    await page.goto(`${prefix}/docs/feilsoking#grant.aud.wrong-environment`);
    await expect(page.locator('[id="grant.aud.wrong-environment"]')).toBeInViewport();
  });
}
