// @vitest-environment node
// One table of cases (tool-cases.ts), two runners: the src/lib call each tool component makes, and the command's
// entry with --format json. Both must give the same codes with the same severities and places; the command's exit
// status must follow from them; and a private key is the tool's finding but the command's refusal (exit 2) that
// prints nothing of the key.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {Finding} from '../../../src/lib/findings';
import {checkScopes} from '../../../src/lib/scopes';
import {explainError} from '../../../src/lib/errors';
import {checkConfig} from '../../../src/lib/environment-check';
import {analyseCertificateInput} from '../../../src/lib/certificate-tool';
import {analyseToken} from '../../../src/lib/jwt/analyse';
import {NOW, privateKeyTexts, TOOL_CASES, type ToolCase} from './tool-cases';
import {runMain} from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'mp-sjekk-cases-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** What the tool component computes for the case. */
async function runTool(c: ToolCase): Promise<readonly Finding[]> {
  switch (c.command) {
    case 'scope':
      return checkScopes(c.text).findings;
    case 'explain':
      return explainError(c.text).findings;
    case 'config':
      return checkConfig(c.env, c.text).findings;
    case 'cert':
      return (
        await analyseCertificateInput(
          {bytes: await c.bytes(), fileName: c.fileName},
          {
            environment: c.env,
            now: NOW,
            ...(c.warnDays !== undefined || c.errorDays !== undefined
              ? {expiryDays: {warning: c.warnDays ?? 60, error: c.errorDays ?? 14}}
              : {}),
          },
        )
      ).findings;
    case 'token': {
      const scopes = (c.scopes ?? '').split(/\s+/).filter((s) => s !== '');
      return (
        await analyseToken(await c.token(), {
          environment: c.env,
          now: NOW,
          keyText: c.key ? await c.key() : '',
          ...(scopes.length > 0 ? {expectedScopes: scopes} : {}),
        })
      ).findings;
    }
  }
}

/** The command line for the case, with its files written. */
async function cliArgs(c: ToolCase, index: number): Promise<string[]> {
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, `${index}-${name}`);
    writeFileSync(path, content);
    return path;
  };
  switch (c.command) {
    case 'scope':
      return ['scope', c.text];
    case 'explain':
      return ['explain', file('error.txt', c.text)];
    case 'config':
      return ['config', file(c.fileName, c.text), '--env', c.env];
    case 'cert':
      return [
        'cert',
        file(c.fileName, await c.bytes()),
        '--env',
        c.env,
        ...(c.warnDays !== undefined ? ['--warn-days', String(c.warnDays)] : []),
        ...(c.errorDays !== undefined ? ['--error-days', String(c.errorDays)] : []),
      ];
    case 'token':
      return [
        'token',
        file('token.jwt', await c.token()),
        '--env',
        c.env,
        ...(c.key ? ['--key', file('key.json', await c.key())] : []),
        ...(c.scopes ? ['--scope', c.scopes] : []),
      ];
  }
}

const key = (f: {code: string; severity: string; path?: string}): string => `${f.code} ${f.severity} ${f.path ?? ''}`;

describe('the command and the tools give the same codes for the same input', () => {
  it.each(TOOL_CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, index) => {
    const toolFindings = await runTool(c);
    for (const code of c.expect) expect(toolFindings.map((f) => f.code)).toContain(code);
    const ran = await runMain([...(await cliArgs(c, index)), '--format', 'json'], {now: NOW});
    expect(ran.stderr.split('\n').some((l) => l.startsWith('    at '))).toBe(false);
    if (c.privateKey) {
      expect(toolFindings.some((f) => /private/.test(f.code))).toBe(true);
      expect(ran.code).toBe(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr.trim().split('\n')).toHaveLength(1);
      for (const secret of await privateKeyTexts()) expect(ran.stdout + ran.stderr).not.toContain(secret);
      return;
    }
    const out = JSON.parse(ran.stdout) as {
      findings: {code: string; severity: string; path?: string}[];
      exitCode: number;
    };
    expect(out.findings.map(key).sort()).toEqual(toolFindings.map(key).sort());
    const errors = toolFindings.some((f) => f.severity === 'error');
    expect(ran.code).toBe(errors ? 1 : 0);
    expect(out.exitCode).toBe(ran.code);
  });
});
