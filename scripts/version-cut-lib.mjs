// The pure parts of `npm run version:cut -- <navn>`: checking a version name, working out a page's address
// from its front matter, and merging address lists. No file or process access here, so each rule is unit-tested
// (test/unit/version-cut.test.ts); scripts/version-cut.mjs does the reading, writing and running.
import {posix} from 'node:path';
import {parse as parseYaml} from 'yaml';

/** Version names are years, optionally with a running number for a second cut the same year: 2026, 2026.1. */
export const VERSION_NAME_PATTERN = /^\d{4}(\.\d+)?$/;

/** Where docs are served (routeBasePath in docusaurus.config.ts). */
export const DOCS_BASE = '/docs';

/**
 * Why a name cannot be the current docs' next label, or null when it can. The cut freezes docs/ as an archive
 * named by the current label (`currentLabel`) and gives docs/ the new name, so the new name must be a version
 * name, not an archive yet, and newer than the current label.
 * @param {string | undefined} name
 * @param {readonly string[]} existingVersions the archives in versions.json
 * @param {string} [currentLabel] the current docs' label (current-version.json)
 * @returns {{message: string, fix: string} | null}
 */
export function checkVersionName(name, existingVersions, currentLabel) {
  if (name === undefined || name.trim() === '') {
    return {
      message: 'versjonsnavnet mangler',
      fix: 'skriv det nye navnet på den gjeldende veiledningen etter --, f.eks. `npm run version:cut -- 2027`',
    };
  }
  if (!VERSION_NAME_PATTERN.test(name)) {
    return {
      message: `«${name}» er ikke et gyldig versjonsnavn`,
      fix: 'bruk årstallet, f.eks. `2027`, eller årstall og løpenummer, f.eks. `2026.1`, hvis året allerede har en versjon',
    };
  }
  if (existingVersions.includes(name) || name === currentLabel) {
    const next = nextFreeName(name, [...existingVersions, ...(currentLabel ? [currentLabel] : [])]);
    return {
      message:
        name === currentLabel
          ? `den gjeldende veiledningen heter allerede «${name}» (current-version.json)`
          : `versjonen «${name}» finnes allerede i versions.json`,
      fix:
        name === currentLabel
          ? `velg et nyere navn, f.eks. \`${next}\`; \`${name}\` blir navnet på arkivet som kuttet lager`
          : `velg et nytt navn, f.eks. \`${next}\`; en frosset versjon endres bare for rettelser, direkte i versioned_docs/version-${name}/`,
    };
  }
  if (
    currentLabel !== undefined &&
    VERSION_NAME_PATTERN.test(currentLabel) &&
    compareVersionNames(name, currentLabel) < 0
  ) {
    return {
      message: `«${name}» er eldre enn den gjeldende veiledningen («${currentLabel}»)`,
      fix: `det nye navnet skal være nyere enn «${currentLabel}», f.eks. \`${Number(currentLabel.slice(0, 4)) + 1}\``,
    };
  }
  return null;
}

/**
 * Order of two version names: year first, then the running number (`2026` < `2026.1` < `2026.10` < `2027`).
 * @param {string} a
 * @param {string} b
 */
export function compareVersionNames(a, b) {
  const parts = (/** @type {string} */ name) => name.split('.').map(Number);
  const [ay = 0, an = 0] = parts(a);
  const [by = 0, bn = 0] = parts(b);
  return ay - by || an - bn;
}

/**
 * Reads current-version.json's text: `{"label": "2026"}`, what readers see the current docs called.
 * @param {string} text
 * @returns {string}
 */
export function parseCurrentVersionJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `current-version.json er ikke gyldig JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    typeof data.label !== 'string' ||
    !VERSION_NAME_PATTERN.test(data.label)
  ) {
    throw new Error('current-version.json skal være {"label": "<versjonsnavn>"}, f.eks. {"label": "2026"}');
  }
  return data.label;
}

/**
 * The first `<år>.<n>` that is not taken, for the error message.
 * @param {string} name
 * @param {readonly string[]} existingVersions
 */
function nextFreeName(name, existingVersions) {
  const year = name.slice(0, 4);
  for (let n = 1; ; n += 1) {
    const candidate = `${year}.${n}`;
    if (!existingVersions.includes(candidate)) return candidate;
  }
}

/**
 * Reads versions.json's text: a JSON array of names, newest first.
 * @param {string} text
 * @returns {string[]}
 */
export function parseVersionsJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`versions.json er ikke gyldig JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(data) || !data.every((v) => typeof v === 'string')) {
    throw new Error(
      'versions.json skal være en liste med versjonsnavn, nyeste først, f.eks. ["2026", "2023"] (bare arkiverte versjoner)',
    );
  }
  return data;
}

/**
 * The YAML front matter between the first two `---` lines, or {} when the page has none.
 * @param {string} source the page's text
 * @returns {Record<string, unknown>}
 */
export function parseFrontMatter(source) {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  if (!match) return {};
  const data = parseYaml(match[1] ?? '');
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter skal være nøkkel: verdi-par');
  return /** @type {Record<string, unknown>} */ (data);
}

/**
 * Whether Docusaurus treats a file under a docs folder as a page (its default include and exclude globs).
 * @param {string} relativePath path inside the version's folder, with `/`
 */
export function isDocFile(relativePath) {
  const parts = relativePath.split('/');
  const fileName = parts[parts.length - 1] ?? '';
  if (!/\.mdx?$/.test(fileName)) return false;
  if (parts.some((part) => part.startsWith('_'))) return false;
  return !parts.includes('__tests__');
}

// Docusaurus's default number prefix parser: `01-intro` -> `intro`, but not dates or versions like `2021-11-x`.
const IGNORED_PREFIX = /^\d+[-_.]\d+/;
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*([^-_.\s].*)$/;

/** @param {string} segment */
function stripNumberPrefix(segment) {
  if (IGNORED_PREFIX.test(segment)) return segment;
  return NUMBER_PREFIX.exec(segment)?.[1] ?? segment;
}

/**
 * A page's address inside its version, as Docusaurus computes it (plugin-content-docs `getSlug`): an absolute
 * `slug` as is; a relative `slug` (or, without one, the `id` or file name) resolved against the page's folder;
 * `index`, `README` or a file named like its folder stands for the folder. Drafts are not published: null.
 * @param {string} relativePath path inside the version's folder, with `/`, e.g. `oversikt.mdx`
 * @param {Record<string, unknown>} frontMatter
 * @returns {string | null} e.g. `/oversikt`
 */
export function docPathOf(relativePath, frontMatter) {
  if (frontMatter.draft === true) return null;
  const slug =
    typeof frontMatter.slug === 'string' && frontMatter.slug.trim() !== '' ? frontMatter.slug.trim() : undefined;
  if (slug?.startsWith('/')) return slug;
  const parts = relativePath.split('/');
  const fileName = (parts.pop() ?? '').replace(/\.mdx?$/, '');
  const dirs = parts.map(stripNumberPrefix);
  const dirPath = dirs.length ? `/${dirs.join('/')}/` : '/';
  const isFolderIndex = ['index', 'readme', parts[parts.length - 1]?.toLowerCase()].includes(fileName.toLowerCase());
  if (!slug && isFolderIndex) return dirPath;
  const base = slug ?? (typeof frontMatter.id === 'string' ? frontMatter.id : stripNumberPrefix(fileName));
  const resolved = posix.resolve(dirPath, base);
  return base.endsWith('/') && resolved !== '/' ? `${resolved}/` : resolved;
}

/**
 * The addresses of a version's pages in one locale.
 * @param {readonly string[]} docPaths addresses inside the version, e.g. `/oversikt`
 * @param {string} versionPath '' for the current docs (served at /docs/…), the archive's name for an archive
 * @param {string} localePrefix '' for the default locale, `/en` for English
 * @returns {string[]}
 */
export function versionUrls(docPaths, versionPath, localePrefix) {
  const base = `${localePrefix}${DOCS_BASE}${versionPath ? `/${versionPath}` : ''}`;
  return docPaths.map((docPath) => (docPath === '/' ? `${base}/` : `${base}${docPath}`));
}

/**
 * What a cut publishes: the new archive's pages at /docs/<arkiv>/…, in every locale. Nothing moves: the current
 * docs stay at /docs/…, so no published address is left behind.
 * @param {object} input
 * @param {string} input.archiveName the archive's name (the current docs' label before the cut)
 * @param {Readonly<Record<string, readonly string[]>>} input.archiveDocPaths its page addresses, per locale prefix ('' and '/en')
 * @returns {string[]}
 */
export function urlsForCut({archiveName, archiveDocPaths}) {
  return sortUnique(
    Object.entries(archiveDocPaths).flatMap(([prefix, paths]) => versionUrls(paths, archiveName, prefix)),
  );
}

/** @param {readonly string[]} list */
function sortUnique(list) {
  return [...new Set(list)].sort(compareUrls);
}

/**
 * Plain code-unit order, so the file sorts the same on every machine (localeCompare depends on the ICU data).
 * @param {string} a
 * @param {string} b
 */
export function compareUrls(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The addresses in a published-urls.txt text (one a line; `#` starts a comment).
 * @param {string} text
 * @returns {string[]}
 */
export function parseUrlList(text) {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/**
 * Adds addresses to a published-urls.txt text. Nothing is removed: the leading comment block stays on top,
 * every address stays, a comment line inside the list stays with the address under it, and the addresses are
 * sorted with duplicates dropped.
 * @param {string} existingText
 * @param {readonly string[]} urls
 * @returns {{text: string, added: string[]}}
 */
export function mergeUrlLists(existingText, urls) {
  const lines = existingText.replace(/\r\n/g, '\n').split('\n');
  while (lines.length && lines[lines.length - 1]?.trim() === '') lines.pop();
  let headerEnd = 0;
  while (headerEnd < lines.length && /^\s*(#.*)?$/.test(lines[headerEnd] ?? '')) headerEnd += 1;
  const header = lines.slice(0, headerEnd);

  /** @type {Map<string, {comments: string[], line: string}>} address -> its line as written, and the comments above it */
  const entries = new Map();
  /** @type {string[]} */
  let pendingComments = [];
  for (const line of lines.slice(headerEnd)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      pendingComments.push(line);
      continue;
    }
    const url = trimmed.replace(/\s*#.*$/, '');
    const known = entries.get(url);
    // A repeated address is written once, keeping every comment that stood above either line.
    entries.set(url, {comments: [...(known?.comments ?? []), ...pendingComments], line: known?.line ?? trimmed});
    pendingComments = [];
  }
  /** @type {string[]} */
  const added = [];
  for (const url of new Set(urls)) {
    if (!entries.has(url)) {
      entries.set(url, {comments: [], line: url});
      added.push(url);
    }
  }
  const body = [...entries.keys()].sort(compareUrls).flatMap((url) => {
    const entry = entries.get(url);
    return entry ? [...entry.comments, entry.line] : [];
  });
  const text = [...header, ...body, ...pendingComments].join('\n') + '\n';
  return {text, added: added.sort(compareUrls)};
}
