import {test, expect} from './fixtures';
import {mkdirSync} from 'node:fs';
import {LEGACY_REDIRECTS} from '../../redirects';
import {collectErrors, setColorMode, sitemapPaths, waitForHydration} from './helpers';
import {foreignWords, pageStrings} from './language';

const LOCALES = [
  {prefix: '', name: 'nb', htmlLang: 'nb'},
  {prefix: '/en', name: 'en', htmlLang: 'en'},
] as const;

for (const locale of LOCALES) {
  test(`every page in the ${locale.name} sitemap loads with status 200, an h1, no console error and no ${locale.name === 'nb' ? 'English' : 'Norwegian'}`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const paths = await sitemapPaths(request, locale.prefix);
    // The sitemap covers the current guide at /docs/… and the 2023 archive; /docs/next/… only redirects now.
    expect(paths.some((p) => p.includes('/docs/2023/'))).toBe(true);
    expect(paths.filter((p) => p.includes('/docs/next/'))).toEqual([]);
    expect(paths).toContain(`${locale.prefix}/docs/oversikt`);
    const errors = collectErrors(page);
    const leaks: string[] = [];
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1').first(), path).toBeVisible();
      // The Content Security Policy that keeps a pasted token on the page: nothing may connect elsewhere.
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp, path).toContain("connect-src 'self'");
      expect(csp, path).toContain("form-action 'self'");
      // No English on Norwegian pages and no Norwegian on English pages (language.ts), once hydrated: the
      // theme's client-side strings (colour toggle, search box) are in place then.
      await waitForHydration(page);
      for (const {where, text} of await pageStrings(page, locale.htmlLang)) {
        for (const word of foreignWords(locale.name, text))
          leaks.push(`${path}: ${where}: «${word}» in «${text.slice(0, 160)}»`);
      }
      // Dates read the same everywhere in a locale: dd.mm.yyyy, as the endringslogg rows write them.
      for (const date of await page.locator('time').allTextContents()) {
        if (!/^\d{2}\.\d{2}\.\d{4}$/.test(date.trim())) leaks.push(`${path}: <time>: «${date}» is not dd.mm.yyyy`);
      }
      expect(errors, path).toEqual([]);
    }
    expect(leaks, leaks.join('\n')).toEqual([]);
  });

  test(`every legacy address under ${locale.prefix || '/'} lands on its page`, async ({page}) => {
    for (const redirect of LEGACY_REDIRECTS) {
      const to = `${locale.prefix}${redirect.to}`;
      await page.goto(`${locale.prefix}${redirect.from}`);
      await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === to);
      await expect(page.locator('h1').first(), `${locale.prefix}${redirect.from} -> ${to}`).toBeVisible();
    }
  });
}

for (const locale of LOCALES) {
  test(`${locale.prefix}/docs/next/… (the guide's address until 01.12.2026) lands on ${locale.prefix}/docs/…`, async ({
    page,
  }) => {
    await page.goto(`${locale.prefix}/docs/next/scopes`);
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === `${locale.prefix}/docs/scopes`);
    await expect(page.locator('h1').first()).toBeVisible();
  });

  test(`${locale.name}: "Rediger denne siden" opens the file that is published at /docs/…`, async ({page}) => {
    await page.goto(`${locale.prefix}/docs/miljoer`);
    const file =
      locale.name === 'nb' ? 'docs/miljoer.mdx' : 'i18n/en/docusaurus-plugin-content-docs/current/miljoer.mdx';
    const href = await page.locator('a.theme-edit-this-page').getAttribute('href');
    expect(href).toMatch(new RegExp(`/edit/main/${file.replace(/[./]/g, (c) => `\\${c}`)}$`));
  });
}

test('the language switch moves between the Norwegian and the English page', async ({page}) => {
  await page.goto('/docs/miljoer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb-NO');
  await page.getByRole('button', {name: /Norsk \(bokmål\)/}).hover();
  await page.getByRole('link', {name: 'English'}).click();
  await page.waitForURL('**/en/docs/miljoer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', {name: 'English'}).hover();
  await page.getByRole('link', {name: /Norsk \(bokmål\)/}).click();
  await page.waitForURL((url) => url.pathname === '/docs/miljoer');
});

test('the version dropdown leads to the 2023 version with its unmaintained banner, and back', async ({page}) => {
  await page.goto('/docs/oversikt');
  const dropdown = page.locator('.navbar__item.dropdown').filter({has: page.getByRole('button', {name: '2026'})});
  await dropdown.hover();
  await dropdown.getByRole('link', {name: '2023'}).click();
  await page.waitForURL('**/docs/2023/**');
  await expect(page.locator('.theme-doc-version-banner')).toBeVisible();
  await page.locator('.theme-doc-version-banner a').click();
  await page.waitForURL((url) => url.pathname.startsWith('/docs/') && !url.pathname.startsWith('/docs/2023/'));
});

for (const term of ['consumer', 'virksomhetssertifikat']) {
  test(`the search box finds "${term}"`, async ({page}) => {
    await page.goto('/docs/oversikt');
    const search = page.getByRole('combobox').or(page.locator('input.navbar__search-input')).first();
    await search.click();
    await search.fill(term);
    const suggestions = page.locator('[role="listbox"] [role="option"]');
    await expect(suggestions.first()).toBeVisible({timeout: 15_000});
    expect(await suggestions.count()).toBeGreaterThan(0);
  });
}

// docs/ is what readers see, at /docs/… (/docs/next/… only redirects there).
const CURRENT_DOCS = '/docs';
for (const prefix of ['', '/en']) {
  test(`the token flow diagram on ${prefix}${CURRENT_DOCS}/oversikt is SVG in the built page`, async ({
    page,
    request,
  }) => {
    // Drawn at build time: the SVG is in the HTML as served, before any script runs.
    const html = await (await request.get(`${prefix}${CURRENT_DOCS}/oversikt`)).text();
    expect(html).toContain('data-sequence-diagram');
    expect(html).not.toContain('docusaurus-mermaid-container');

    await page.goto(`${prefix}${CURRENT_DOCS}/oversikt`);
    const svg = page.locator('svg[data-sequence-diagram]');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('role', 'img');
    // Named by its <title>, described in words by its <desc> (what a screen reader gets instead of the picture).
    const name = await svg.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent,
    );
    expect(name).toMatch(prefix ? /How the token flows/ : /Slik flyter tokenet/);
    const description = await svg.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    );
    expect(description).toContain('8. ');
    expect(await svg.locator('[data-participant]').count()).toBe(3);
    expect(await svg.locator('[data-message]').count()).toBe(8);
    // Real text, not paths: the reader can select it and the browser's search finds it.
    await expect(svg.locator('text').filter({hasText: 'Maskinporten'}).first()).toBeVisible();
  });
}

const SCREENSHOT_PAGES = [
  {name: 'start', path: '/'},
  {name: 'guide-oversikt', path: '/docs/oversikt'},
  {name: 'guide-scopes-en', path: '/en/docs/scopes'},
];
for (const shot of SCREENSHOT_PAGES) {
  // One page, loaded once; the colour mode and the width change under it as a reader's would.
  test(`screenshots of ${shot.name}, light and dark, 1280 px and 390 px`, async ({page}) => {
    mkdirSync('test-results/screenshots', {recursive: true});
    await page.goto(shot.path);
    for (const mode of ['light', 'dark'] as const) {
      await setColorMode(page, mode);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      for (const width of [1280, 390]) {
        await page.setViewportSize({width, height: 900});
        // Nothing may stick out sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${mode} ${width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({path: `test-results/screenshots/${shot.name}-${mode}-${width}.png`, fullPage: false});
      }
    }
  });
}
