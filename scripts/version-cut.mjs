#!/usr/bin/env node
// Freezes the current docs as an archive and moves the current label on: `npm run version:cut -- 2027`.
// docs/ is the guide readers see at /docs/…, labelled by current-version.json (say 2026). The cut runs
// `docusaurus docs:version 2026`, which copies docs/, the sidebar and the English translations of docs/ to the
// archive 2026 (served at /docs/2026/…); labels the archive in every locale; labels docs/ 2027 (current-version.json
// and each locale's current.json); and adds the archive's addresses to test/content/published-urls.txt (a
// published address must keep working, so lines are only ever added). docs/ stays at /docs/…: nothing moves.
// The rules live in version-cut-lib.mjs, where they are unit-tested.
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {
  checkVersionName,
  docPathOf,
  isDocFile,
  mergeUrlLists,
  parseCurrentVersionJson,
  parseFrontMatter,
  parseVersionsJson,
  urlsForCut,
} from './version-cut-lib.mjs';

const PUBLISHED_URLS = 'test/content/published-urls.txt';
const CURRENT_VERSION_FILE = 'current-version.json';
/** i18n.defaultLocale in docusaurus.config.ts. */
const DEFAULT_LOCALE = 'nb';
const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/** A problem the editor can fix; printed as `feil: …` with the fix under it. */
class CutError extends Error {
  /**
   * @param {string} message what is wrong
   * @param {string} fix how to fix it
   */
  constructor(message, fix) {
    super(message);
    this.fix = fix;
  }
}

/**
 * Every page file in a folder, as paths relative to it with `/`.
 * @param {string} dir
 * @returns {string[]}
 */
function listDocFiles(dir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} current */
  const walk = (current) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files.filter(isDocFile);
}

/**
 * @param {string} siteDir
 * @param {string} file absolute path of a page
 */
function readFrontMatter(siteDir, file) {
  try {
    return parseFrontMatter(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new CutError(
      `front matter i ${relative(siteDir, file)} kan ikke leses (${reason})`,
      'rett front matter øverst i filen (mellom de to `---`-linjene); sett verdier som inneholder kolon i anførselstegn',
    );
  }
}

/**
 * The page addresses of one docs folder, per locale prefix: the default locale from the folder itself, each
 * other locale from its translation of the same file when there is one (a translation may set its own slug).
 * @param {string} siteDir
 * @param {string} docsDir e.g. `versioned_docs/version-2026`
 * @param {string} translationName `current` or `version-2026`
 * @param {readonly string[]} locales the other locales (folders in i18n/)
 * @returns {Record<string, string[]>}
 */
function docPathsByLocale(siteDir, docsDir, translationName, locales) {
  const files = listDocFiles(join(siteDir, docsDir));
  /**
   * @param {(rel: string) => string} fileFor
   * @returns {string[]}
   */
  const collect = (fileFor) =>
    files.map((rel) => docPathOf(rel, readFrontMatter(siteDir, fileFor(rel)))).filter((path) => path !== null);
  /** @type {Record<string, string[]>} */
  const result = {'': collect((rel) => join(siteDir, docsDir, rel))};
  for (const locale of locales) {
    /** @param {string} rel */
    const translated = (rel) => join(siteDir, 'i18n', locale, DOCS_PLUGIN, translationName, rel);
    result[`/${locale}`] = collect((rel) =>
      existsSync(translated(rel)) ? translated(rel) : join(siteDir, docsDir, rel),
    );
  }
  return result;
}

/**
 * `docs:version` copies `current.json` as it is, so the version would be labelled «Next» in English:
 * give it its own name. Sidebar labels stay as they were translated.
 * @param {string} siteDir
 * @param {string} locale
 * @param {string} name
 * @returns {string | null} the file written, or null when the locale has no docs translations
 */
function labelTranslatedVersion(siteDir, locale, name) {
  const currentJson = join(siteDir, 'i18n', locale, DOCS_PLUGIN, 'current.json');
  if (!existsSync(currentJson)) return null;
  const target = join(siteDir, 'i18n', locale, DOCS_PLUGIN, `version-${name}.json`);
  const source = existsSync(target) ? target : currentJson;
  /** @type {Record<string, {message: string, description?: string}>} */
  const labels = JSON.parse(readFileSync(source, 'utf8'));
  labels['version.label'] = {message: name, description: `The label for version ${name}`};
  writeFileSync(target, `${JSON.stringify(labels, null, 2)}\n`);
  return relative(siteDir, target);
}

/**
 * Gives the current docs of one locale their new label (the `version.label` of `current.json`).
 * @param {string} siteDir
 * @param {string} locale
 * @param {string} label
 * @returns {string | null} the file written, or null when the locale has no docs translations
 */
function labelCurrentVersion(siteDir, locale, label) {
  const currentJson = join(siteDir, 'i18n', locale, DOCS_PLUGIN, 'current.json');
  if (!existsSync(currentJson)) return null;
  /** @type {Record<string, {message: string, description?: string}>} */
  const labels = JSON.parse(readFileSync(currentJson, 'utf8'));
  labels['version.label'] = {message: label, description: 'The label for version current'};
  writeFileSync(currentJson, `${JSON.stringify(labels, null, 2)}\n`);
  return relative(siteDir, currentJson);
}

/**
 * @param {string} siteDir
 * @param {string} name
 */
function runDocsVersion(siteDir, name) {
  const require = createRequire(join(siteDir, 'package.json'));
  let cli;
  try {
    cli = join(require.resolve('@docusaurus/core/package.json'), '..', 'bin', 'docusaurus.mjs');
  } catch {
    throw new CutError('fant ikke Docusaurus (@docusaurus/core)', 'kjør `npm ci` i prosjektmappen først');
  }
  const run = spawnSync(process.execPath, [cli, 'docs:version', name], {cwd: siteDir, encoding: 'utf8'});
  if (run.status !== 0) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
    throw new CutError(
      `docusaurus docs:version ${name} feilet:\n${output}`,
      'rett feilen over (ofte en side i docs/ som ikke kan leses) og kjør kommandoen på nytt',
    );
  }
}

/** Today as the endringslogg writes dates: dd.mm.yyyy. */
function today() {
  const now = new Date();
  return [now.getDate(), now.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') + `.${now.getFullYear()}`;
}

/**
 * @param {string} siteDir
 * @param {readonly string[]} args
 */
function cut(siteDir, args) {
  if (!existsSync(join(siteDir, 'docusaurus.config.ts'))) {
    throw new CutError(
      'fant ikke docusaurus.config.ts',
      'kjør kommandoen fra prosjektmappen: `npm run version:cut -- <navn>`',
    );
  }
  if (args.length > 1) {
    throw new CutError(
      `for mange argumenter (${args.join(' ')})`,
      'gi bare det nye navnet på den gjeldende veiledningen, f.eks. `npm run version:cut -- 2027`',
    );
  }
  const name = args[0];
  const versionsFile = join(siteDir, 'versions.json');
  let versions;
  try {
    versions = existsSync(versionsFile) ? parseVersionsJson(readFileSync(versionsFile, 'utf8')) : [];
  } catch (error) {
    throw new CutError(
      error instanceof Error ? error.message : String(error),
      'rett versions.json (se git log -p versions.json)',
    );
  }
  const currentFile = join(siteDir, CURRENT_VERSION_FILE);
  let archiveName;
  try {
    archiveName = parseCurrentVersionJson(readFileSync(currentFile, 'utf8'));
  } catch (error) {
    throw new CutError(
      existsSync(currentFile)
        ? error instanceof Error
          ? error.message
          : String(error)
        : `fant ikke ${CURRENT_VERSION_FILE}`,
      `rett ${CURRENT_VERSION_FILE} (se git log -p ${CURRENT_VERSION_FILE}); den sier hva den gjeldende veiledningen heter, f.eks. {"label": "2026"}`,
    );
  }
  const nameProblem = checkVersionName(name, versions, archiveName);
  if (nameProblem || name === undefined) {
    throw new CutError(nameProblem?.message ?? 'versjonsnavnet mangler', nameProblem?.fix ?? '');
  }
  if (versions.includes(archiveName)) {
    throw new CutError(
      `den gjeldende veiledningen heter «${archiveName}», men versions.json har allerede et arkiv med det navnet`,
      `rett ${CURRENT_VERSION_FILE} til navnet den gjeldende veiledningen faktisk har (nyere enn ${versions[0] ?? archiveName})`,
    );
  }
  if (existsSync(join(siteDir, 'versioned_docs', `version-${archiveName}`))) {
    throw new CutError(
      `mappen versioned_docs/version-${archiveName} finnes allerede, men ${archiveName} står ikke i versions.json`,
      `en tidligere kjøring ble avbrutt: fjern versioned_docs/version-${archiveName}, versioned_sidebars/version-${archiveName}-sidebars.json og i18n/*/${DOCS_PLUGIN}/version-${archiveName}* og kjør på nytt`,
    );
  }
  // A versioned folder that versions.json does not name is not built; cutting on top of it would leave it out.
  const unlisted = existsSync(join(siteDir, 'versioned_docs'))
    ? readdirSync(join(siteDir, 'versioned_docs'))
        .filter((entry) => entry.startsWith('version-'))
        .map((entry) => entry.slice('version-'.length))
        .filter((version) => !versions.includes(version))
    : [];
  if (unlisted.length) {
    const listed = JSON.stringify([...versions, ...unlisted].sort().reverse());
    throw new CutError(
      `versioned_docs har ${unlisted.map((v) => `version-${v}`).join(', ')}, men versions.json nevner ikke ${unlisted.join(', ')}`,
      `skriv alle versjonene i versions.json, nyeste først (${listed}), og kjør på nytt; eller slett mappen hvis versjonen ikke skal publiseres`,
    );
  }
  if (listDocFiles(join(siteDir, 'docs')).length === 0) {
    throw new CutError('docs/ har ingen sider å lage en versjon av', 'legg sidene i docs/ først');
  }
  const publishedFile = join(siteDir, PUBLISHED_URLS);
  if (!existsSync(publishedFile)) {
    throw new CutError(
      `fant ikke ${PUBLISHED_URLS}`,
      'hent filen fra git (`git checkout -- test/content/published-urls.txt`); den skal aldri slettes',
    );
  }
  const locales = existsSync(join(siteDir, 'i18n'))
    ? readdirSync(join(siteDir, 'i18n'))
        // i18n/nb holds the default locale's theme strings; its docs are docs/ itself, served without a prefix.
        .filter((entry) => entry !== DEFAULT_LOCALE && statSync(join(siteDir, 'i18n', entry)).isDirectory())
        .sort()
    : [];

  // Read everything that can fail before anything is written.
  docPathsByLocale(siteDir, 'docs', 'current', locales);

  runDocsVersion(siteDir, archiveName);
  const labelled = locales
    .map((locale) => labelTranslatedVersion(siteDir, locale, archiveName))
    .filter((file) => file !== null);
  writeFileSync(currentFile, `${JSON.stringify({label: name}, null, 2)}\n`);
  const relabelled = locales
    .map((locale) => labelCurrentVersion(siteDir, locale, name))
    .filter((file) => file !== null);
  const archiveDocPaths = docPathsByLocale(
    siteDir,
    join('versioned_docs', `version-${archiveName}`),
    `version-${archiveName}`,
    locales,
  );
  const urls = urlsForCut({archiveName, archiveDocPaths});
  const {text, added} = mergeUrlLists(readFileSync(publishedFile, 'utf8'), urls);
  writeFileSync(publishedFile, text);
  const pageCount = archiveDocPaths['']?.length ?? 0;

  const out = [
    `Versjon ${archiveName} er frosset som arkiv (${pageCount} sider), og den gjeldende veiledningen i docs/ heter nå ${name}.`,
    `- versions.json: ${[archiveName, ...versions].join(', ')} (arkiver, nyeste først). ${archiveName} vises på /docs/${archiveName}/… med banneret «ikke lenger vedlikeholdt»; docs/ er fortsatt /docs/….`,
    `- Kopiert: ${[
      `versioned_docs/version-${archiveName}/`,
      `versioned_sidebars/version-${archiveName}-sidebars.json`,
      ...locales
        .map((locale) => `i18n/${locale}/${DOCS_PLUGIN}/version-${archiveName}/`)
        .filter((dir) => existsSync(join(siteDir, dir))),
    ].join(', ')}`,
    ...labelled.map((file) => `- ${file}: arkivet heter «${archiveName}» også her.`),
    `- ${CURRENT_VERSION_FILE}${relabelled.map((file) => `, ${file}`).join('')}: den gjeldende veiledningen heter «${name}».`,
    `- ${PUBLISHED_URLS}: ${added.length} nye adresser lagt til (ingen fjernet).`,
    ...added.map((url) => `    ${url}`),
  ].filter(Boolean);
  const committed = [
    'versions.json',
    CURRENT_VERSION_FILE,
    `versioned_docs/version-${archiveName}`,
    `versioned_sidebars/version-${archiveName}-sidebars.json`,
    ...locales.map((locale) => `i18n/${locale}/${DOCS_PLUGIN}`),
    PUBLISHED_URLS,
  ];
  out.push(
    '',
    'Neste steg:',
    `1. Skriv en rad øverst i tabellen under «## Endringslogg» på hver side i docs/ som endres i versjon ${name} (og den engelske «## Change log»), når endringen gjøres:`,
    `   | ${today()} | Hva som er endret for integratorer | [Link](/docs/<slug>) |`,
    '2. Bygg og sjekk: npm run build && npm run test:content -- --built build',
    `3. Commit: git add ${committed.join(' ')} && git commit -m "Versjon ${archiveName} frosset, veiledningen heter nå ${name}"`,
  );
  console.log(out.join('\n'));
}

try {
  cut(process.cwd(), process.argv.slice(2));
} catch (error) {
  if (error instanceof CutError) {
    console.error(`feil: ${error.message}`);
    if (error.fix) console.error(`slik retter du det: ${error.fix}`);
  } else {
    console.error(`feil: uventet feil: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.error(
      'slik retter du det: ingenting er endret hvis feilen kom før «docs:version»; se `git status`, og meld feilen',
    );
  }
  process.exit(1);
}
