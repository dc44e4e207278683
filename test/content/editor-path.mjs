#!/usr/bin/env node
// The editor's path, end to end (`node test/content/editor-path.mjs`, a step of `npm test`): copies the site to a
// temporary folder, does there exactly what CONTRIBUTING.md tells an editor to do — one new endringslogg row on
// an existing page (nb and en) and one new page (front matter taken from CONTRIBUTING.md's own example, added to
// sidebars.ts, with its English twin) — builds the copy, and looks for the result where CONTRIBUTING.md promises
// it: the row on the page, on /endringslogg and in the Atom feed of each locale; the new page at /docs/<id>; and
// "Rediger denne siden" pointing at the file that was edited. Prints one line per broken promise and exits 1.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const SITE = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'build', '.docusaurus', 'test-results', '.git', '.cache']);
const ROW_NB = 'Redaktørtest: ny rad vises samme dag';
const ROW_EN = 'Editor test: a new row shows the same day';
const NEW_PAGE_NB_TEXT = 'Redaktørtest: innholdet på den nye siden.';
const NEW_PAGE_EN_TEXT = 'Editor test: the new page’s content.';
// An editor adds a row dated the day they write it, above every older one.
const ROW_DATE = new Date().toLocaleDateString('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

/** @type {string[]} */
const failures = [];
/**
 * @param {boolean} ok
 * @param {string} message what CONTRIBUTING.md promised and did not happen
 */
function expect(ok, message) {
  if (!ok) failures.push(message);
}

/** The example new page in CONTRIBUTING.md: its front matter block and the address it promises. */
function contributingNewPage() {
  const text = readFileSync(join(SITE, 'CONTRIBUTING.md'), 'utf8');
  const section = text.slice(text.indexOf('## Legge til en ny side'));
  // The block sits in a numbered list, so its lines are indented.
  const block = /\n( *)```md\n([\s\S]*?)\n *```/.exec(section);
  const frontMatter = block?.[2]
    ?.split('\n')
    .map((line) => line.slice(block[1]?.length ?? 0))
    .join('\n');
  const promised = /blir adressen: `(\/docs\/[a-z0-9-]+)`/.exec(section)?.[1];
  if (!frontMatter || !promised) {
    throw new Error('CONTRIBUTING.md: fant ikke eksemplet på front matter eller adressen en ny side får');
  }
  const id = /\nslug: \/([a-z0-9-]+)\n/.exec(frontMatter)?.[1];
  if (!id) throw new Error('CONTRIBUTING.md: eksemplet på front matter har ingen slug');
  return {frontMatter, id, promised};
}

/**
 * Adds a row right under the `| --- |` line of the page's endringslogg table, as CONTRIBUTING.md says.
 * @param {string} file
 * @param {string} heading `## Endringslogg` or `## Change log`
 * @param {string} row
 */
function addRow(file, heading, row) {
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`${file}: fant ikke ${heading}`);
  const separator = /\n\|(?: *:?-+:? *\|)+ *\n/g;
  separator.lastIndex = at;
  const match = separator.exec(source);
  if (!match) throw new Error(`${file}: fant ikke tabellens | --- |-linje`);
  const end = match.index + match[0].length;
  writeFileSync(file, `${source.slice(0, end)}${row}\n${source.slice(end)}`);
}

/** @param {string} html */
function textOf(html) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const started = Date.now();
const copy = mkdtempSync(join(tmpdir(), 'editor-path-'));
try {
  cpSync(SITE, copy, {recursive: true, filter: (src) => !SKIP.has(src.slice(SITE.length + 1).split('/')[0] ?? '')});
  symlinkSync(join(SITE, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // The "last updated" date (showLastUpdateTime) reads git history: the copy is a repository of its own.
  const git = (/** @type {string[]} */ ...args) =>
    spawnSync('git', ['-c', 'user.name=editor-path', '-c', 'user.email=editor-path@example.test', ...args], {
      cwd: copy,
      encoding: 'utf8',
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'copy of the site');

  // 1. One row on an existing page, in both languages.
  addRow(join(copy, 'docs/scopes.mdx'), '## Endringslogg', `| ${ROW_DATE} | ${ROW_NB} | [Link](/docs/scopes) |`);
  addRow(
    join(copy, 'i18n/en/docusaurus-plugin-content-docs/current/scopes.mdx'),
    '## Change log',
    `| ${ROW_DATE} | ${ROW_EN} | [Link](/docs/scopes) |`,
  );

  // 2. One new page, as CONTRIBUTING.md's example says: front matter, content, endringslogg, sidebar, English twin.
  const page = contributingNewPage();
  const nbPage = `${page.frontMatter}\n\n${NEW_PAGE_NB_TEXT}\n\n## Endringslogg\n\n| Dato | Endring | Link i dokumentasjon |\n| --- | --- | --- |\n| ${ROW_DATE} | Ny side | [Link](${page.promised}) |\n`;
  writeFileSync(join(copy, `docs/${page.id}.mdx`), nbPage);
  const enFrontMatter = page.frontMatter
    .replace(/^title: .*$/m, 'title: API access')
    .replace(/^description: .*$/m, 'description: One sentence on what the page is about.');
  writeFileSync(
    join(copy, `i18n/en/docusaurus-plugin-content-docs/current/${page.id}.mdx`),
    `${enFrontMatter}\n\n${NEW_PAGE_EN_TEXT}\n\n## Change log\n\n| Date | Change | Link in documentation |\n| --- | --- | --- |\n| ${ROW_DATE} | New page | [Link](${page.promised}) |\n`,
  );
  // The menu order lives in src/lib/guide-path.ts (sidebars.ts, the home page and the overview read it).
  const guidePath = readFileSync(join(copy, 'src/lib/guide-path.ts'), 'utf8');
  const withPage = guidePath.replace(/(GUIDE_AFTER = \[)/, `$1'${page.id}', `);
  if (withPage === guidePath) throw new Error('src/lib/guide-path.ts: fant ikke listen `GUIDE_AFTER = [`');
  writeFileSync(join(copy, 'src/lib/guide-path.ts'), withPage);

  // 3. Build the copy (both locales: the English row is only in the English build).
  const build = spawnSync(
    process.execPath,
    [join(SITE, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', 'build'],
    {cwd: copy, encoding: 'utf8', env: {...process.env, EDIT_URL: 'https://example.test/edit/main/'}},
  );
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}`);
    throw new Error('bygget av kopien feilet');
  }

  // 4. Every promise, in both locales.
  const built = (/** @type {string} */ path) => {
    const file = join(copy, 'build', path, path.endsWith('.xml') ? '' : 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  for (const {prefix, row, pageText, edited} of [
    {prefix: '', row: ROW_NB, pageText: NEW_PAGE_NB_TEXT, edited: 'docs/scopes.mdx'},
    {
      prefix: '/en',
      row: ROW_EN,
      pageText: NEW_PAGE_EN_TEXT,
      edited: 'i18n/en/docusaurus-plugin-content-docs/current/scopes.mdx',
    },
  ]) {
    const scopes = built(`${prefix}/docs/scopes`);
    expect(scopes !== undefined, `${prefix}/docs/scopes finnes ikke i bygget`);
    expect(textOf(scopes ?? '').includes(row), `raden «${row}» står ikke på ${prefix}/docs/scopes`);
    expect(
      // The minified HTML may drop the quotes around an attribute.
      new RegExp(
        `href="?${`https://example.test/edit/main/${edited}`.replace(/[.?*+^$()[\]\\/]/g, '\\$&')}["\\s>]`,
      ).test(scopes ?? ''),
      `«Rediger denne siden» på ${prefix}/docs/scopes åpner ikke ${edited}`,
    );
    expect(
      textOf(built(`${prefix}/endringslogg`) ?? '').includes(row),
      `raden «${row}» står ikke på ${prefix}/endringslogg`,
    );
    expect(
      (built(`${prefix}/endringslogg/atom.xml`) ?? '').includes(row),
      `raden «${row}» står ikke i ${prefix}/endringslogg/atom.xml`,
    );
    const newPage = built(`${prefix}${page.promised}`);
    expect(
      newPage !== undefined,
      `den nye siden finnes ikke på ${prefix}${page.promised}, adressen CONTRIBUTING.md lover`,
    );
    expect(textOf(newPage ?? '').includes(pageText), `${prefix}${page.promised} viser ikke innholdet i den nye siden`);
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  if (process.env.EDITOR_PATH_KEEP) console.log(`kopien ligger i ${copy}`);
  else rmSync(copy, {recursive: true, force: true});
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  for (const failure of failures) console.error(`redaktørstien: ${failure}`);
  console.error(`Redaktørstien: ${failures.length} løfte(r) i CONTRIBUTING.md holdt ikke (${seconds} s).`);
  process.exit(1);
}
console.log(`Redaktørstien: rad og ny side vises der CONTRIBUTING.md sier, på nb og en (${seconds} s).`);
