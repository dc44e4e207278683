import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import {lightCodeTheme, darkCodeTheme} from './src/css/prism-themes';
import {siteUrl, baseUrl, editUrl} from './site.config';
import {LEGACY_REDIRECTS, nextVersionRedirects} from './redirects';
import remarkPageHighlighting, {prismOnDemandPlugin} from './plugins/prism-languages';
import {existsSync, readFileSync} from 'node:fs';
import {FULL_LAYOUT_SCRIPT} from './src/components/FindingReference/layoutOnDemand';

/**
 * Docs versions. `docs/` is the current guide, served at /docs/… and labelled with its year
 * (current-version.json); versions.json lists the frozen archives only, newest first, each at /docs/<name>/…
 * with the unmaintained banner. `npm run version:cut -- <next label>` freezes docs/ as an archive named by the
 * current label and moves the label on; this file needs no edit for it.
 */
const archivedVersions: string[] = existsSync('./versions.json')
  ? (JSON.parse(readFileSync('./versions.json', 'utf8')) as string[])
  : [];
const currentLabel = (JSON.parse(readFileSync('./current-version.json', 'utf8')) as {label: string}).label;
const versionOptions: Record<string, {label: string; path: string; banner: 'none' | 'unreleased' | 'unmaintained'}> = {
  current: {label: currentLabel, path: '', banner: 'none'},
  ...Object.fromEntries(archivedVersions.map((v) => [v, {label: v, path: v, banner: 'unmaintained' as const}])),
};

/** The locale being built ('nb' when unset): links that bypass the router (`pathname://`) need its prefix. */
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'nb';
const localePathPrefix = currentLocale === 'nb' ? '' : `${currentLocale}/`;

/**
 * Content Security Policy for every page. What matters for privacy is that nothing can be sent anywhere:
 * connect-src, form-action and frame-src allow this site only (search fetches its own index).
 * script-src keeps 'unsafe-inline' because Docusaurus writes small inline scripts (colour mode, base URL);
 * no script from another origin can load.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const config: Config = {
  // The site title ends every page title ("Oversikt | …"); Docusaurus has no translation file for it.
  title: currentLocale === 'en' ? 'Maskinporten for pension institutions' : 'Maskinporten for pensjonsinnretninger',
  tagline:
    currentLocale === 'en'
      ? 'How pension institutions and their vendors get their first Maskinporten token for NAV and Skatteetaten'
      : 'Slik får pensjonsinnretninger og leverandørene deres sitt første Maskinporten-token for NAV og Skatteetaten',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: undefined,

  future: {
    v4: true,
    faster: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'nb',
    locales: ['nb', 'en'],
    localeConfigs: {
      nb: {label: 'Norsk (bokmål)', htmlLang: 'nb-NO'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  headTags: [
    {tagName: 'meta', attributes: {'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY}},
    {tagName: 'meta', attributes: {name: 'referrer', content: 'no-referrer'}},
    // Without JavaScript a tool never mounts: its frame does not keep room for it (ToolShell's reserve).
    {tagName: 'noscript', attributes: {}, innerHTML: '<style>[data-tool-body]{min-height:0!important}</style>'},
    // Before the body is parsed: a page entered at a #fragment, or left by a jump, is laid out in full.
    {tagName: 'script', attributes: {}, innerHTML: FULL_LAYOUT_SCRIPT},
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          editUrl,
          editLocalizedFiles: true,
          showLastUpdateTime: true,
          lastVersion: 'current',
          versions: versionOptions,
          // After a link inside the site, a page with code waits for its highlighter (plugins/prism-languages).
          beforeDefaultRemarkPlugins: [remarkPageHighlighting],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: 'date',
          ignorePatterns: ['/**/search'],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // The dev server's default source maps run the bundle through eval(), which the CSP above blocks (and so
    // `npm start` showed pages whose tools never loaded); these need no eval, so dev keeps the same CSP.
    () => ({
      name: 'dev-source-maps-without-eval',
      configureWebpack: (webpackConfig) =>
        webpackConfig.mode === 'development' ? {devtool: 'cheap-module-source-map'} : {},
    }),
    // Prism loads only with the pages that have code blocks, not with every page (plugins/prism-languages).
    prismOnDemandPlugin,
    './plugins/raw-examples/index.ts',
    './plugins/endringslogg/index.ts',
    './plugins/bundle-split/index.ts',
    './plugins/lazy-translations/index.ts',
    // The kept code samples read a tab choice where Docusaurus keeps it: stop the build if that moves.
    './plugins/tab-storage/index.ts',
    './plugins/yielding-entry/index.ts',
    // The phone menu is drawn on the reader's first reach: stop the build if the navbar stops drawing it there.
    './plugins/phone-menu/index.ts',
    [
      '@docusaurus/plugin-client-redirects',
      {
        redirects: LEGACY_REDIRECTS.map(({from, to}) => ({from, to})),
        createRedirects: (path) => nextVersionRedirects(path, archivedVersions),
      } satisfies RedirectOptions,
    ],
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['no', 'en'],
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: 'docs',
        searchBarShortcutHint: false,
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: 'Maskinporten for pensjon',
      logo: {alt: '', src: 'img/logo.svg', width: 28, height: 28},
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Veiledning'},
        {to: '/verktoy', label: 'Verktøy', position: 'left'},
        {to: '/endringslogg', label: 'Endringslogg', position: 'left'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Veiledning',
          items: [
            {label: 'Oversikt', to: '/docs/oversikt'},
            {label: 'Feilsøking', to: '/docs/feilsoking'},
            {label: 'Kodeeksempler', to: '/docs/kodeeksempler'},
          ],
        },
        {
          title: 'Verktøy',
          items: [
            {label: 'Alle verktøy', to: '/verktoy'},
            {label: 'Endringslogg', to: '/endringslogg'},
            {
              label: 'Endringslogg som Atom-feed',
              href: `pathname://${baseUrl}${localePathPrefix}endringslogg/atom.xml`,
            },
          ],
        },
        {
          title: 'Kilder',
          items: [
            {
              label: 'Maskinporten (Digdir)',
              href: 'https://docs.digdir.no/docs/Maskinporten/maskinporten_guide_apikonsument',
            },
            {label: 'Skatteetatens API-dokumentasjon', href: 'https://skatteetaten.github.io/api-dokumentasjon/'},
            {label: 'NAV Aa-registeret OTP-API', href: 'https://navikt.github.io/aareg/tjenester/integrasjon/otp-api/'},
          ],
        },
      ],
      copyright:
        'Innholdet bygger på DSOP-veiledningen «Integrasjon mot Maskinporten». Ingen data du limer inn i verktøyene forlater nettleseren.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
