/**
 * Finds every doc page of every version and locale on disk, works out its URL, and parses its endringslogg.
 * Mirrors where Docusaurus looks for docs (see README): versions from versions.json, translations under
 * i18n/<locale>/docusaurus-plugin-content-docs/, a missing translation falling back to the default locale.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {checkRowLinks, parseChangelog, type ChangelogLocale, type ChangelogProblem, type ChangelogRow} from './parse';

/** Version name of the unreleased docs in `docs/` (served at /docs/next once a version is released). */
export const CURRENT_VERSION = 'current';

/** Site pages outside the docs that a row may link to, besides what src/pages holds. */
const FIXED_SITE_PAGES = ['/', '/verktoy', '/endringslogg'];

export interface SiteLayout {
  defaultLocale: string;
  locales: string[];
  /** Released versions, newest first (versions.json). */
  versions: string[];
}

export interface DocPage {
  locale: string;
  /** `current` or a released version name. */
  version: string;
  /** File path relative to the site directory, with forward slashes (what problems report). */
  file: string;
  /** File path relative to its version's content folder, the key Docusaurus matches translations by. */
  contentPath: string;
  /** Normalised slug, e.g. `/scopes`. */
  slug: string;
  /** URL path without base URL or locale prefix, e.g. `/docs/2023/scopes`. */
  path: string;
  title: string;
  rows: ChangelogRow[];
}

export interface SiteChangelog {
  layout: SiteLayout;
  /** Every doc file found on disk, each once. */
  pages: DocPage[];
  problems: ChangelogProblem[];
}

/** Reads the site's locales (i18n folders) and versions (versions.json) when the caller does not know them. */
export function readSiteLayout(siteDir: string, given: Partial<SiteLayout> = {}): SiteLayout {
  const defaultLocale = given.defaultLocale ?? 'nb';
  const i18nDir = path.join(siteDir, 'i18n');
  const locales =
    given.locales ??
    [
      defaultLocale,
      ...(existsSync(i18nDir) ? readdirSync(i18nDir).filter((name) => isDirectory(path.join(i18nDir, name))) : []),
    ].filter((locale, index, all) => all.indexOf(locale) === index);
  const versionsFile = path.join(siteDir, 'versions.json');
  const versions =
    given.versions ?? (existsSync(versionsFile) ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as string[]) : []);
  return {defaultLocale, locales, versions};
}

/** Every doc file of every version and locale, parsed, with all problems (content check and build). */
export function readSiteChangelog(siteDir: string, given: Partial<SiteLayout> = {}): SiteChangelog {
  const layout = readSiteLayout(siteDir, given);
  const pages: DocPage[] = [];
  const problems: ChangelogProblem[] = [];
  for (const locale of layout.locales) {
    for (const version of [CURRENT_VERSION, ...layout.versions]) {
      const contentDir = path.join(siteDir, contentFolder(layout, locale, version));
      for (const contentPath of listDocFiles(contentDir)) {
        const absolute = path.join(contentDir, contentPath);
        const file = toPosix(path.relative(siteDir, absolute));
        const parsed = parseChangelog(readFileSync(absolute, 'utf8'), file, {locale: tableLocale(locale)});
        problems.push(...parsed.problems);
        const slug = docSlug(contentPath, parsed.frontMatter.slug);
        pages.push({
          locale,
          version,
          file,
          contentPath,
          slug,
          path: docPath(layout, version, slug),
          title: parsed.title ?? slug,
          rows: parsed.rows,
        });
      }
    }
  }
  const knownPaths = new Set([...pages.map((page) => page.path), ...sitePagePaths(siteDir)]);
  for (const page of pages) problems.push(...checkRowLinks(page.rows, page.file, knownPaths));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {layout, pages, problems};
}

/** For the content check: every problem in every endringslogg of the site (empty when all is well). */
export function checkChangelogFiles(siteDir: string): ChangelogProblem[] {
  return readSiteChangelog(siteDir).problems;
}

/** `docs/scopes.mdx:12: message`, one line per problem. */
export function formatProblems(problems: readonly ChangelogProblem[]): string {
  return problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n');
}

/**
 * The pages a reader of `locale` sees: the translated file where one exists, else the default locale's file
 * (what Docusaurus serves for an untranslated page).
 */
export function pagesForLocale(site: SiteChangelog, locale: string): DocPage[] {
  const {defaultLocale} = site.layout;
  const translated = new Set(
    site.pages.filter((page) => page.locale === locale).map((page) => `${page.version}\n${page.contentPath}`),
  );
  return site.pages.filter(
    (page) =>
      page.locale === locale ||
      (page.locale === defaultLocale && !translated.has(`${page.version}\n${page.contentPath}`)),
  );
}

export function contentFolder(layout: SiteLayout, locale: string, version: string): string {
  if (locale === layout.defaultLocale) {
    return version === CURRENT_VERSION ? 'docs' : `versioned_docs/version-${version}`;
  }
  const base = `i18n/${locale}/docusaurus-plugin-content-docs`;
  return version === CURRENT_VERSION ? `${base}/current` : `${base}/version-${version}`;
}

/** URL path segment of a version: newest release at /docs, older at /docs/<v>, current at /docs/next. */
export function versionPathSegment(layout: SiteLayout, version: string): string {
  // TEMPORARY (wip/content stand-in for the editor-model change): docs/ is at /docs, every release is an archive.
  return version === CURRENT_VERSION ? '' : version;
}

function docPath(layout: SiteLayout, version: string, slug: string): string {
  const segment = versionPathSegment(layout, version);
  const joined = `/docs${segment ? `/${segment}` : ''}${slug}`;
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

/** The slug Docusaurus gives a doc: absolute front matter slug as is, relative to the folder, else from the file. */
export function docSlug(contentPath: string, frontMatterSlug: unknown): string {
  const dir = path.posix.dirname(toPosix(contentPath));
  const folder = dir === '.' ? '' : `/${dir.split('/').map(stripNumberPrefix).join('/')}`;
  if (typeof frontMatterSlug === 'string' && frontMatterSlug.trim() !== '') {
    const slug = frontMatterSlug.trim();
    return slug.startsWith('/') ? slug : path.posix.normalize(`${folder}/${slug}`);
  }
  const base = stripNumberPrefix(path.posix.basename(contentPath).replace(/\.mdx?$/, ''));
  if (/^(index|readme)$/i.test(base)) return folder || '/';
  return `${folder}/${base}`;
}

function stripNumberPrefix(name: string): string {
  return name.replace(/^\d+\s*[-_.]+\s*/, '');
}

/** Docs use the nb table form everywhere except English translations. */
function tableLocale(locale: string): ChangelogLocale {
  return locale === 'en' ? 'en' : 'nb';
}

/** Markdown/MDX files Docusaurus would render: partials (`_x.mdx`, `_dir/`) and hidden files are skipped. */
function listDocFiles(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  const found: string[] = [];
  const walk = (relative: string): void => {
    for (const name of readdirSync(path.join(contentDir, relative)).sort()) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const child = relative ? `${relative}/${name}` : name;
      if (isDirectory(path.join(contentDir, child))) walk(child);
      else if (/\.mdx?$/.test(name)) found.push(child);
    }
  };
  walk('');
  return found;
}

/** `/`, `/verktoy`, `/endringslogg` and whatever src/pages adds. */
function sitePagePaths(siteDir: string): string[] {
  const pagesDir = path.join(siteDir, 'src/pages');
  const paths = [...FIXED_SITE_PAGES];
  if (!existsSync(pagesDir)) return paths;
  const walk = (relative: string): void => {
    for (const name of readdirSync(path.join(pagesDir, relative))) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const child = relative ? `${relative}/${name}` : name;
      if (isDirectory(path.join(pagesDir, child))) walk(child);
      else if (/\.(tsx|jsx|js|ts|mdx?)$/.test(name) && !/\.(test|module)\./.test(name)) {
        const withoutExt = child.replace(/\.[^.]+$/, '');
        paths.push(`/${withoutExt}`.replace(/\/?index$/, '') || '/');
      }
    }
  };
  walk('');
  return paths;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
