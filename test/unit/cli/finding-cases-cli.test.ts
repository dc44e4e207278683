// @vitest-environment node
// The table of one real input per finding code (test/cases/finding-cases.ts), run a second way: through the
// command's entry with --format json, the files written as a user would have them. For every case the command
// can take, it gives the same codes with the same severities as the site's tool (test/cases/run-lib.ts), or, for a
// private key, refuses it (exit 2) without printing it. So the site and the command cannot disagree on any code.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {FINDING_CASES} from '../../cases/finding-cases';
import {runCase, type RunFinding} from '../../cases/run-lib';
import type {FindingCase} from '../../cases/case-input';
import {runMain} from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'mp-sjekk-finding-cases-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/**
 * The command line for a case, with its files written; undefined for input the command has no way to take: the
 * grant builder (a form on the site), the environment checker's form fields (the command reads files), and the
 * certificate tool's kid field.
 */
async function commandFor(c: FindingCase, index: number): Promise<string[] | undefined> {
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, `${index}-${name.replace(/[^\w.-]/g, '_')}`);
    writeFileSync(path, content);
    return path;
  };
  switch (c.tool) {
    case 'token': {
      const input = await c.input();
      return [
        'token',
        file('token.txt', input.token),
        '--env',
        input.environment,
        ...(input.key !== undefined && input.key !== '' ? ['--key', file('key.txt', input.key)] : []),
        ...(input.scope !== undefined && input.scope !== '' ? ['--scope', input.scope] : []),
      ];
    }
    case 'scope':
      return ['scope', (await c.input()).text];
    case 'explain':
      return ['explain', file('error.txt', (await c.input()).text)];
    case 'config': {
      const input = await c.input();
      const files = (input.files ?? []).filter((f) => f.text.trim() !== '');
      if (input.form !== undefined || files.length !== 1) return undefined;
      return ['config', ...files.map((f) => file(f.name, f.text)), '--env', input.environment];
    }
    case 'cert': {
      const input = await c.input();
      if (input.kid !== undefined && input.kid !== '') return undefined;
      const path = input.file ? file(input.file.name, input.file.bytes) : file('pasted.pem', input.text ?? '');
      return ['cert', path, '--env', input.environment];
    }
    case 'grant-builder':
      return undefined;
  }
}

const brief = (findings: readonly RunFinding[]): string[] => findings.map((f) => `${f.code} ${f.severity}`).sort();

describe('every finding code: the command gives what the tool gives', () => {
  const ran: string[] = [];
  it.each(FINDING_CASES.map((c, i) => [c.code, c, i] as const))('%s', async (_code, c, index) => {
    const argv = await commandFor(c, index);
    if (argv === undefined) return;
    ran.push(c.code);
    const tool = await runCase(c);
    const result = await runMain([...argv, '--format', 'json']);
    expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    if (result.code === 2) {
      // The command refuses, in one line, what the tool names as a finding: a private key (printing nothing of
      // it), or an environment other than test or prod (a bad argument to the command).
      expect(
        tool.some((f) => /private/.test(f.code) || f.code === 'env.choice.invalid'),
        result.stderr,
      ).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
      return;
    }
    const out = JSON.parse(result.stdout) as {findings: RunFinding[]};
    expect(brief(out.findings)).toEqual(brief(tool));
  });

  it('covers most of the table', () => {
    // The command takes every case but the grant builder's, the environment form's and the kid field's.
    expect(ran.length).toBeGreaterThan(FINDING_CASES.length * 0.75);
  });
});
