import {test, expect, type Page} from '@playwright/test';
import {builtPages, waitForHydration} from './helpers';

/**
 * No English on Norwegian pages and no Norwegian on English pages: every visible string, every accessible name
 * the theme writes (`aria-label`, `title`, `placeholder`, `alt`) and the document title of every page in the
 * built sitemaps, checked against a short list of the other language's words.
 *
 * Not checked: code (`pre`, `code`, `kbd`, `samp`: a token, a scope and an error response are what they are)
 * and any element marked with the other language (`lang="en"` around a quoted English message, WCAG 3.1.2).
 * The frozen 2023 archive is checked like any other page: its English copy is a translation, and the original
 * page's Norwegian title is quoted inside «» marks, which the check leaves alone (a quoted name is not prose).
 */

/** Words that only occur in the other language's prose or the theme's strings (compared as whole words). */
const FOREIGN_WORDS = {
  // English on a Norwegian page: function words and the theme's own strings.
  nb: [
    'the',
    'and',
    'of',
    'with',
    'this',
    'that',
    'your',
    'you',
    'is',
    'are',
    'opens in new tab',
    'system mode',
    'dark mode',
    'light mode',
    'collapse',
    'expand',
    'sidebar',
    'search',
    'edit this page',
    'last updated',
    'previous',
    'next',
    'on this page',
    'direct link',
    'skip to',
    'copy',
    'warning',
    'close',
    'version',
    'pension institutions',
  ],
  // Norwegian on an English page.
  en: [
    'og',
    'ikke',
    'er',
    'som',
    'med',
    'på',
    'av',
    'det',
    'den',
    'du',
    'søk',
    'siden',
    'rediger',
    'forrige',
    'neste',
    'sist oppdatert',
    'lukk',
    'kopier',
    'kopiert',
    'endringslogg',
    'veiledning',
    'verktøy',
    'hovedinnhold',
    'sidefelt',
    'sidefeltet',
    'åpnes',
    'fane',
    'utseende',
    'direkte lenke',
    'pensjonsinnretninger',
    'kontrollert',
  ],
} as const;

type Locale = keyof typeof FOREIGN_WORDS;

interface Leak {
  readonly where: string;
  readonly word: string;
  readonly text: string;
}

/** The page's strings, as a reader or a screen reader meets them, minus code and text marked with another lang. */
async function pageStrings(page: Page, lang: string): Promise<{where: string; text: string}[]> {
  return page.evaluate((pageLang) => {
    const out: {where: string; text: string}[] = [{where: 'title', text: document.title}];
    const skipped = (element: Element): boolean => {
      if (element.closest('pre, code, kbd, samp, script, style, noscript, template')) return true;
      const marked = element.closest('[lang]');
      return marked !== null && !marked.getAttribute('lang')!.toLowerCase().startsWith(pageLang);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || skipped(parent)) continue;
      if (!parent.checkVisibility({visibilityProperty: true})) continue;
      out.push({where: `text in <${parent.tagName.toLowerCase()}>`, text});
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (skipped(element)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value) out.push({where: `${attribute} of <${element.tagName.toLowerCase()}>`, text: value});
      }
    }
    return out;
  }, lang);
}

/** Text inside «» (a quoted title or name) is not prose in the page's language, so it is left out. */
function withoutQuotes(text: string): string {
  return text.replace(/«[^»]*»/g, ' ');
}

export function foreignWords(locale: Locale, text: string): string[] {
  const normalised = ` ${withoutQuotes(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return FOREIGN_WORDS[locale].filter((word) => normalised.includes(` ${word} `));
}

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
  test(`no ${locale === 'nb' ? 'English on Norwegian' : 'Norwegian on English'} pages`, async ({page}) => {
    test.setTimeout(240_000);
    const paths = builtPages(prefix);
    expect(paths.some((p) => p.replace(/\/docs\/next\//, '/docs/') === `${prefix}/docs/oversikt`)).toBe(true);
    const leaks: Leak[] = [];
    for (const path of paths) {
      await page.goto(path);
      // Hydrated: the theme's client-side strings (colour toggle, search box) are in place.
      await waitForHydration(page);
      for (const {where, text} of await pageStrings(page, htmlLang)) {
        for (const word of foreignWords(locale, text)) leaks.push({where: `${path}: ${where}`, word, text});
      }
      // Dates read the same everywhere in a locale: dd.mm.yyyy, as the endringslogg rows write them.
      for (const date of await page.locator('time').allTextContents()) {
        if (!/^\d{2}\.\d{2}\.\d{4}$/.test(date.trim()))
          leaks.push({where: `${path}: <time>`, word: 'date', text: date});
      }
    }
    const report = leaks.map((l) => `${l.where}: «${l.word}» in «${l.text.slice(0, 160)}»`);
    expect(report, report.join('\n')).toEqual([]);
  });
}

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
