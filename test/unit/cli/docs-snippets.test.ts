// @vitest-environment node
// Every snippet on «Sjekk i CI og test lokalt» is run: the command outputs shown on the page (nb and en) are what
// the command prints for the example files, and the CI files the page shows (examples/ci/*.yml) parse as YAML and
// their maskinporten-sjekk lines, run over the same files, fail as the page says they do.
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {NOW} from './tool-cases';
import {runMain} from './run-cli';
import {FIXTURES, output, PAGES, shellWords, snippets} from './docs-snippets';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the command outputs on the page are real', () => {
  it.each(PAGES.map((p) => [p.slice(ROOT.length + 1), p]))('%s', async (_name, page) => {
    const shown = snippets(readFileSync(page, 'utf8'));
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const s of shown) expect(s.shown, s.command).toBe(await output(s.command));
  });
});

/** Every shell line in a CI file that runs the command. */
function commandLines(value: unknown): string[] {
  if (typeof value === 'string') return value.split('\n').filter((l) => l.trim().startsWith('npx maskinporten-sjekk'));
  if (Array.isArray(value)) return value.flatMap(commandLines);
  if (value && typeof value === 'object') return Object.values(value).flatMap(commandLines);
  return [];
}

describe('the CI files', () => {
  it.each([
    ['examples/ci/github-actions.yml', 'github'],
    ['examples/ci/gitlab-ci.yml', 'text'],
  ])('%s: the config check and the certificate job fail the build on the example files', async (file, format) => {
    const lines = commandLines(parse(readFileSync(join(ROOT, file), 'utf8')) as unknown);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const [, , ...argv] = shellWords(line.trim());
      const ran = await runMain(argv, {now: NOW, cwd: FIXTURES});
      // deploy/prod.env holds a test endpoint; certs/virksomhet.pem has 30 days left at NOW.
      expect(ran.code, line).toBe(1);
      expect(ran.stderr).toBe('');
      if (format === 'github') expect(ran.stdout).toMatch(/^::error file=/m);
    }
  });

  it('a certificate with more than 60 days left passes the certificate job', async () => {
    const ran = await runMain(['cert', 'certs/virksomhet.pem', '--error-days', '60'], {
      now: NOW - 60 * 86400,
      cwd: FIXTURES,
    });
    expect(ran.code).toBe(0);
  });
});

describe('the CI files on the page', () => {
  it.each(PAGES.map((p) => [p.slice(ROOT.length + 1), p]))('%s shows examples/ci as it is', (_name, page) => {
    const mdx = readFileSync(page, 'utf8');
    for (const [title, file] of [
      ['.github/workflows/maskinporten-sjekk.yml', 'examples/ci/github-actions.yml'],
      ['.gitlab-ci.yml', 'examples/ci/gitlab-ci.yml'],
    ] as const) {
      const block = new RegExp(`\`\`\`yaml title="${title.replace(/\./g, '\\.')}"\\n([\\s\\S]*?)\`\`\``).exec(mdx)?.[1];
      const content = readFileSync(join(ROOT, file), 'utf8').replace(/^#[^\n]*\n/, '');
      expect(block, title).toBe(content);
    }
  });
});
