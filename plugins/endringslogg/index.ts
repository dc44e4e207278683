/**
 * Docusaurus plugin: the endringslogg tables at the foot of each doc page are the one source; at build time
 * this plugin checks them (a malformed row stops the build with file:line), and makes from them the
 * aggregated /endringslogg page, the Atom feed and the "changed since version X" notes. See README.md.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildChangelogData, changedSinceNotes} from './aggregate';
import {buildAtomFeed, FEED_PATH, PAGE_PATH} from './feed';
import {formatProblems, pagesForLocale, readSiteChangelog} from './site';
import type {ChangelogData, ChangelogGlobalData} from './types';

interface Content {
  data: ChangelogData;
  global: ChangelogGlobalData;
}

/** Feed texts are written in Node, outside React's translations: one small table per locale. */
const FEED_TEXT: Record<string, {title: string; subtitle: string}> = {
  nb: {
    title: 'Endringslogg – Maskinporten for pensjonsinnretninger',
    subtitle: 'Endringer i veiledningen om Maskinporten for pensjonsinnretninger, nyeste først.',
  },
  en: {
    title: 'Change log – Maskinporten for pension institutions',
    subtitle: 'Changes to the guide to Maskinporten for pension institutions, newest first.',
  },
};

export default function pluginEndringslogg(context: LoadContext): Plugin<Content> {
  const {siteDir, siteConfig, i18n, baseUrl} = context;
  const locale = i18n.currentLocale;
  const text = FEED_TEXT[locale] ?? (FEED_TEXT.nb as {title: string; subtitle: string});
  const host = new URL(siteConfig.url).hostname;
  const localized = (sitePath: string): string => `${baseUrl}${sitePath.replace(/^\/+/, '')}`;

  return {
    name: 'endringslogg',

    loadContent() {
      const site = readSiteChangelog(siteDir, {defaultLocale: i18n.defaultLocale, locales: i18n.locales});
      if (site.problems.length > 0) {
        throw new Error(
          `Endringsloggen har ${site.problems.length} feil. Rett disse linjene og bygg på nytt:\n${formatProblems(site.problems)}`,
        );
      }
      const pages = pagesForLocale(site, locale);
      const notes = Object.fromEntries(
        Object.entries(changedSinceNotes(pages, site.layout)).map(([docPath, note]) => [localized(docPath), note]),
      );
      return {data: buildChangelogData(pages, site.layout, locale, host), global: {notes}};
    },

    async contentLoaded({content, actions}) {
      const dataPath = await actions.createData('endringslogg.json', JSON.stringify(content.data));
      actions.addRoute({
        path: localized(PAGE_PATH),
        component: '@site/src/components/Changelog/index.tsx',
        exact: true,
        modules: {changelog: dataPath},
      });
      actions.setGlobalData(content.global);
    },

    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'link',
            attributes: {rel: 'alternate', type: 'application/atom+xml', title: text.title, href: localized(FEED_PATH)},
          },
        ],
      };
    },

    async postBuild({content, outDir}) {
      const feed = buildAtomFeed(content.data.entries, {
        siteUrl: siteConfig.url,
        baseUrl,
        locale,
        title: text.title,
        subtitle: text.subtitle,
        authorName: siteConfig.title,
      });
      const target = path.join(outDir, FEED_PATH);
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, feed, 'utf8');
    },

    getPathsToWatch() {
      return ['docs', 'versioned_docs', 'i18n'].map((dir) => path.join(siteDir, dir, '**/*.{md,mdx}'));
    },
  };
}

// For the content check (test/content/run.mjs loads this file through jiti): one parser, two uses.
export {checkChangelogFiles, formatProblems, readSiteChangelog} from './site';
export {parseChangelog} from './parse';
export type {ChangelogProblem, ChangelogRow, ParseResult} from './parse';
export {buildAtomFeed} from './feed';
