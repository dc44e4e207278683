#!/usr/bin/env node
// Content checks: `node test/content/run.mjs` checks the pages before a build;
// `node test/content/run.mjs --built build` also checks that every published URL is served by that build.
// Lists every problem as `fil:linje: hva er galt: hvordan rette det`, then exits 1 if there were any.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import createJiti from 'jiti';
import {fileURLToPath} from 'node:url';
import {
  listContentFiles,
  parsePage,
  checkFrontMatter,
  checkExternalUrls,
  checkPublishedUrls,
  formatProblem,
} from './checks.mjs';
import {
  loadTerms,
  checkPage,
  checkToolSource,
  checkCodeJson,
  checkFirstUse,
  checkExampleComments,
  toolStrings,
  codeJsonStrings,
} from './terminology.mjs';
import {checkChangelogRows} from './changelog-rows.mjs';
import {checkUnconfirmed} from './unconfirmed.mjs';
import {addressBook, checkAddressText, checkPageAddresses} from './addresses.mjs';
import {checkFindingCodes} from './mp-codes.mjs';
import {sentences} from './prose.mjs';
import {checkGuideOrder} from './guide-order.mjs';

const siteDir = process.cwd();
const args = process.argv.slice(2);
const builtIndex = args.indexOf('--built');
const buildDir = builtIndex >= 0 ? args[builtIndex + 1] : undefined;

// The src/lib tables the checks compare the pages with. jiti is the TypeScript loader Docusaurus itself uses
// for config and plugins.
const jiti = createJiti(fileURLToPath(import.meta.url));
const {UNCONFIRMED_FACTS} = jiti('../../src/lib/unconfirmed.ts');
const book = addressBook({
  environments: jiti('../../src/lib/environments.ts').ENVIRONMENTS,
  scopes: jiti('../../src/lib/scope-catalogue.ts').DSOP_SCOPES,
  eventApis: jiti('../../src/lib/network.ts').EVENT_APIS,
});

const terms = loadTerms();
const problems = [];
const files = listContentFiles(siteDir);
for (const path of files) {
  const file = relative(siteDir, path);
  const {tree, problems: parseProblems} = parsePage(file, readFileSync(path, 'utf8'));
  problems.push(...parseProblems);
  if (!tree) continue;
  problems.push(...checkFrontMatter(file, tree), ...checkExternalUrls(file, tree), ...checkChangelogRows(file, tree));
  // The terminology list and the addresses hold on the current pages; archives show what was published.
  const lang = file.startsWith('i18n/en/') ? 'en' : 'nb';
  // An archive's own notes state claims too; its published text does not match the claims' patterns.
  problems.push(...checkUnconfirmed(file, tree, UNCONFIRMED_FACTS, lang));
  const current = file.startsWith('docs/') || file.startsWith('i18n/en/docusaurus-plugin-content-docs/current/');
  if (!current) continue;
  const source = readFileSync(path, 'utf8');
  problems.push(...checkPage(file, source, tree, terms[lang]), ...checkPageAddresses(file, tree, book));
  if (lang === 'en') problems.push(...checkFirstUse(file, source, tree, terms.explain));
}

// …and on the tools' texts: Norwegian strings in src/, English ones in src/ tables and i18n/en/code.json.
const walkFiles = (dir, pattern) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walkFiles(path, pattern) : pattern.test(name) ? [path] : [];
  });
for (const path of walkFiles(join(siteDir, 'src'), /\.tsx?$/)) {
  const file = relative(siteDir, path);
  const source = readFileSync(path, 'utf8');
  problems.push(...checkToolSource(file, source, terms.nb, 'nb'), ...checkToolSource(file, source, terms.en, 'en'));
  for (const {line, text} of [...toolStrings(source, 'nb'), ...toolStrings(source, 'en')])
    for (const sentence of sentences(text)) problems.push(...checkAddressText(file, line, sentence, book));
}
const codeJsonSource = readFileSync('i18n/en/code.json', 'utf8');
problems.push(...checkCodeJson('i18n/en/code.json', codeJsonSource, terms.en));
for (const {line, text} of codeJsonStrings(codeJsonSource))
  for (const sentence of sentences(text)) problems.push(...checkAddressText('i18n/en/code.json', line, sentence, book));

// The code samples' comments use the same words as the pages.
for (const path of walkFiles(join(siteDir, 'examples'), /\.(?:sh|mjs|js|java|py|ts)$/)) {
  const file = relative(siteDir, path);
  problems.push(...checkExampleComments(file, readFileSync(path, 'utf8'), terms.nb));
}

// The MP codes the finding texts name agree with the error table.
problems.push(
  ...checkFindingCodes({
    catalogue: jiti('../../src/lib/finding-catalogue.ts').FINDING_CATALOGUE,
    catalogueSource: readFileSync('src/lib/finding-catalogue.ts', 'utf8'),
    codeJson: JSON.parse(codeJsonSource),
    codeJsonSource,
    tokenErrors: jiti('../../src/lib/errors.ts').TOKEN_ERRORS,
  }),
);

// The endringslogg tables are checked by the same parser that builds the aggregated page and the feed.
const changelog = jiti('../../plugins/endringslogg/index.ts');
problems.push(
  ...changelog.checkChangelogFiles(siteDir).map((p) => ({...p, file: relative(siteDir, p.file) || p.file})),
);

let publishedChecked = 0;
if (buildDir) {
  const {listBuiltUrls} = await import('../../scripts/list-built-urls.mjs');
  problems.push(
    ...checkPublishedUrls(readFileSync('test/content/published-urls.txt', 'utf8'), listBuiltUrls(buildDir)),
  );
  // One order of steps as the reader gets it, in both languages.
  const {GUIDE_PATH} = jiti('../../src/lib/guide-path.ts');
  for (const [prefix, who] of [
    ['', 'Hvem:'],
    ['en/', 'Who:'],
  ]) {
    const built = (page) => {
      const file = join(buildDir, prefix, page, 'index.html');
      return {file: relative(siteDir, file), html: readFileSync(file, 'utf8')};
    };
    problems.push(
      ...checkGuideOrder(
        {home: built(''), overview: built('docs/oversikt'), gettingStarted: built('docs/kom-i-gang')},
        GUIDE_PATH,
        who,
      ),
    );
  }
  publishedChecked = 1;
}

for (const problem of problems) console.error(formatProblem(problem));
const pages = new Set(files.map((path) => relative(siteDir, path)));
const failedFiles = new Set(problems.map((p) => p.file).filter((file) => pages.has(file)));
const checked = files.length + (publishedChecked ? 1 : 0);
console.log(
  `Innholdssjekk: ${files.length} sider${publishedChecked ? ' og publiserte adresser' : ''} sjekket, ${problems.length} problem(er).`,
);
console.log(`content: ${checked - failedFiles.size} passed, ${failedFiles.size} failed`);
process.exit(problems.length ? 1 : 0);
