import type {Page} from '@playwright/test';

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
export const FOREIGN_WORDS = {
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

export type Locale = keyof typeof FOREIGN_WORDS;

export interface Leak {
  readonly where: string;
  readonly word: string;
  readonly text: string;
}

/** The page's strings, as a reader or a screen reader meets them, minus code and text marked with another lang. */
export async function pageStrings(page: Page, lang: string): Promise<{where: string; text: string}[]> {
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
export function withoutQuotes(text: string): string {
  return text.replace(/«[^»]*»/g, ' ');
}

export function foreignWords(locale: Locale, text: string): string[] {
  const normalised = ` ${withoutQuotes(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return FOREIGN_WORDS[locale].filter((word) => normalised.includes(` ${word} `));
}
