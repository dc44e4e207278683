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
import {loadTerms, checkPage, checkToolSource, checkCodeJson, checkFirstUse} from './terminology.mjs';

const siteDir = process.cwd();
const args = process.argv.slice(2);
const builtIndex = args.indexOf('--built');
const buildDir = builtIndex >= 0 ? args[builtIndex + 1] : undefined;

const terms = loadTerms();
const problems = [];
const files = listContentFiles(siteDir);
for (const path of files) {
  const file = relative(siteDir, path);
  const {tree, problems: parseProblems} = parsePage(file, readFileSync(path, 'utf8'));
  problems.push(...parseProblems);
  if (!tree) continue;
  problems.push(...checkFrontMatter(file, tree), ...checkExternalUrls(file, tree));
  // The terminology list holds on the current pages; archives show what was published.
  if (file.startsWith('docs/')) problems.push(...checkPage(file, readFileSync(path, 'utf8'), tree, terms.nb));
  else if (file.startsWith('i18n/en/docusaurus-plugin-content-docs/current/')) {
    const source = readFileSync(path, 'utf8');
    problems.push(...checkPage(file, source, tree, terms.en), ...checkFirstUse(file, source, tree, terms.explain));
  }
}

// …and on the tools' texts: Norwegian strings in src/, English ones in src/ tables and i18n/en/code.json.
const walkSources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walkSources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
for (const path of walkSources(join(siteDir, 'src'))) {
  const file = relative(siteDir, path);
  const source = readFileSync(path, 'utf8');
  problems.push(...checkToolSource(file, source, terms.nb, 'nb'), ...checkToolSource(file, source, terms.en, 'en'));
}
problems.push(...checkCodeJson('i18n/en/code.json', readFileSync('i18n/en/code.json', 'utf8'), terms.en));

// The endringslogg tables are checked by the same parser that builds the aggregated page and the feed.
// jiti is the TypeScript loader Docusaurus itself uses for config and plugins.
const jiti = createJiti(fileURLToPath(import.meta.url));
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
  publishedChecked = 1;
}

for (const problem of problems) console.error(formatProblem(problem));
const failedFiles = new Set(problems.map((p) => p.file));
const checked = files.length + (publishedChecked ? 1 : 0);
console.log(
  `Innholdssjekk: ${files.length} sider${publishedChecked ? ' og publiserte adresser' : ''} sjekket, ${problems.length} problem(er).`,
);
console.log(`content: ${checked - failedFiles.size} passed, ${failedFiles.size} failed`);
process.exit(problems.length ? 1 : 0);
