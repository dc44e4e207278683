import {test, expect} from './fixtures';
import {builtPages, waitForHydration} from './helpers';
import {foreignWords, pageStrings} from './language';

// The word lists and the walk over a page's strings are in language.ts; every page of each locale is checked
// with them in site.spec.ts (one visit per page for all its checks).

const LOCALES = [
  {locale: 'nb', prefix: '', htmlLang: 'nb'},
  {locale: 'en', prefix: '/en', htmlLang: 'en'},
] as const;

test('the word lists catch the theme strings this test is about', () => {
  expect(foreignWords('nb', 'Switch between dark and light mode (currently system mode)')).toContain('system mode');
  expect(foreignWords('nb', 'Collapse sidebar')).toContain('sidebar');
  expect(foreignWords('nb', 'Oversikt | Maskinporten for pension institutions')).toContain('pension institutions');
  expect(foreignWords('en', 'Overview | Maskinporten for pensjonsinnretninger')).toContain('pensjonsinnretninger');
  expect(foreignWords('en', '(åpnes i ny fane)')).toContain('åpnes');
  // Shared terms and quoted titles are not flagged.
  expect(foreignWords('en', 'The token endpoint for «Integrasjon mot Maskinporten» og')).toEqual(['og']);
  expect(foreignWords('nb', 'Scopes og token-endepunkt i Maskinporten')).toEqual([]);
});

for (const {locale, prefix, htmlLang} of LOCALES) {
  test(`${locale}: the phone menu and the loaded search box speak the page's language`, async ({page}) => {
    const docPage = builtPages(prefix).find((p) => /\/docs\/(next\/)?oversikt$/.test(p))!;
    const leaks: string[] = [];
    const check = async (where: string): Promise<void> => {
      for (const {where: what, text} of await pageStrings(page, htmlLang)) {
        for (const word of foreignWords(locale, text)) leaks.push(`${where}: ${what}: «${word}» in «${text}»`);
      }
    };
    await page.setViewportSize({width: 390, height: 900});
    await page.goto(docPage);
    await waitForHydration(page);
    await page.locator('button.navbar__toggle').click();
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
    await check('phone menu, guide');
    await page.locator('.navbar-sidebar__back').click();
    await expect(page.locator('.navbar-sidebar__items')).not.toHaveClass(/show-secondary/);
    await check('phone menu, main menu');
    await page.keyboard.press('Escape');
    await page.setViewportSize({width: 1280, height: 900});
    await page.locator('.navbar__search-input').first().hover();
    const search = page.locator('.navbar__search input.navbar__search-input').first();
    await search.fill('token');
    await expect(page.locator('[role="listbox"] [role="option"]').first()).toBeVisible({timeout: 15_000});
    await check('search box with suggestions');
    expect(leaks, leaks.join('\n')).toEqual([]);
  });
}
