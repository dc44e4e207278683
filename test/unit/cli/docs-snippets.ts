// The command's output shown on «Sjekk i CI og test lokalt» (nb and en) is the command's real output: each ```text
// block that starts with `$ npx maskinporten-sjekk …` is that command run in-process over examples/ci/fixtures with
// the clock at NOW (so "utløper om 30 dager" stays 30). docs-snippets.test.ts requires every block to match;
// after a change to a rule or a text, rewrite them with:
//   node test/run-ts.mjs test/unit/cli/docs-snippets.ts --write
import {readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {baseUrl, siteUrl} from '../../../site.config';
import {NOW} from './tool-cases';
import {runMain} from './run-cli';

const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'examples/ci/fixtures');
export const PAGES = [
  'docs/sjekk-i-ci-og-test-lokalt.mdx',
  'i18n/en/docusaurus-plugin-content-docs/current/sjekk-i-ci-og-test-lokalt.mdx',
].map((p) => join(ROOT, p));

const BLOCK = /```text\n\$ (npx maskinporten-sjekk [^\n]*)\n([\s\S]*?)```/g;
/** The published site's address, as the page shows it whatever SITE_URL the test runs with. */
const PUBLISHED = 'https://maskinporten-pensjon.github.io/';

/** A command line split as a POSIX shell would split this simple form: words, "double" and 'single' quotes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g))
    words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3] ?? ''));
  return words;
}

export interface Snippet {
  readonly command: string;
  readonly shown: string;
}

export function snippets(mdx: string): Snippet[] {
  return [...mdx.matchAll(BLOCK)].map((m) => ({command: m[1] ?? '', shown: m[2] ?? ''}));
}

/** What the command prints for the snippet's command line (stdout, then stderr), with the published address. */
export async function output(command: string): Promise<string> {
  const [, , ...argv] = shellWords(command);
  const ran = await runMain(argv, {now: NOW, cwd: FIXTURES});
  const here = `${siteUrl.replace(/\/+$/, '')}${baseUrl}`;
  return `${ran.stdout}${ran.stderr}`.split(here).join(PUBLISHED);
}

if (process.argv.includes('--write')) {
  for (const page of PAGES) {
    let mdx = readFileSync(page, 'utf8');
    for (const s of snippets(mdx)) {
      const text = await output(s.command);
      mdx = mdx.replace(`$ ${s.command}\n${s.shown}\`\`\``, `$ ${s.command}\n${text}\`\`\``);
    }
    writeFileSync(page, mdx);
    console.log(`wrote ${page}`);
  }
}
