// @vitest-environment node
// The artifact, not the source: the built dist run as a program (start, exit status, stdout/stderr, a stack-free
// refusal), and the packed package (`npm pack`) installed into an empty folder and run through npx, with no
// dependencies to fetch.
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtDist, PACKAGE_DIR} from './built-cli';

const work = mkdtempSync(join(tmpdir(), 'mp-sjekk-packed-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));
let dist = '';
beforeAll(() => {
  dist = builtDist();
}, 120_000);

const run = (args: string[], options: {cwd?: string; input?: string} = {}) =>
  spawnSync(process.execPath, [join(dist, 'cli.mjs'), ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? work,
    input: options.input ?? '',
    env: {PATH: process.env.PATH ?? '', LANG: 'C.UTF-8'},
  });

describe('the built command', () => {
  it('checks scopes, with exit 1 on an error', () => {
    const ok = run(['scope', 'skatteetaten:inntekt']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^OK: ingen feil\./);
    const bad = run(['scope', 'Skatteetaten:inntekt', '--format', 'json']);
    expect(bad.status).toBe(1);
    expect((JSON.parse(bad.stdout) as {findings: {code: string}[]}).findings.map((f) => f.code)).toContain(
      'scope.uppercase',
    );
  });

  it('reads a token from standard input and a config file, in English by LANG', () => {
    writeFileSync(join(work, 'app.env'), 'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token\n');
    const config = spawnSync(process.execPath, [join(dist, 'cli.mjs'), 'config', 'app.env', '--env', 'prod'], {
      encoding: 'utf8',
      cwd: work,
      env: {PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8'},
    });
    expect(config.status).toBe(1);
    expect(config.stdout).toMatch(/^FAILED: /);
    expect(config.stdout).toContain('app.env:1');
    const token = run(['token', '-', '--env', 'test'], {input: 'ikke.et.token'});
    expect([0, 1]).toContain(token.status);
    expect(token.stderr).toBe('');
  });

  it('refuses bad arguments with one line on stderr and no stack trace', () => {
    const ran = run(['cert', 'finnes-ikke.pem']);
    expect(ran.status).toBe(2);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });

  it('points its links at the site address of site.config.ts, whatever SITE_URL the pipeline has', () => {
    const ran = spawnSync(process.execPath, [join(dist, 'cli.mjs'), 'scope', 'Skatteetaten:x'], {
      encoding: 'utf8',
      env: {PATH: process.env.PATH ?? '', SITE_URL: 'https://example.invalid'},
    });
    expect(ran.stdout).toContain('https://maskinporten-pensjon.github.io/docs/feilsoking#');
    expect(ran.stdout).not.toContain('example.invalid');
  });
});

describe('the packed package', () => {
  it('installs into an empty folder without dependencies and runs through npx', () => {
    // A copy of the package with the built dist, so the test writes nothing into the repository.
    const pkg = join(work, 'pkg');
    cpSync(join(PACKAGE_DIR, 'package.json'), join(pkg, 'package.json'));
    cpSync(join(PACKAGE_DIR, 'README.md'), join(pkg, 'README.md'));
    cpSync(dist, join(pkg, 'dist'), {recursive: true});
    const npmEnv = {
      ...process.env,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    execFileSync('npm', ['pack', '--pack-destination', work], {cwd: pkg, env: npmEnv, stdio: 'pipe'});
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tgz).toBeDefined();
    const app = join(work, 'app');
    cpSync(join(work, tgz as string), join(app, tgz as string));
    writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
    execFileSync('npm', ['install', `./${tgz}`, '--no-audit', '--no-fund', '--offline'], {
      cwd: app,
      env: npmEnv,
      stdio: 'pipe',
    });
    const ran = spawnSync(
      'npx',
      ['--no-install', 'maskinporten-sjekk', 'scope', 'skatteetaten:inntekt Nav:aareg/v1/arbeidsforhold/otp'],
      {
        cwd: app,
        encoding: 'utf8',
        env: {...npmEnv, LANG: 'C.UTF-8'},
      },
    );
    expect(ran.status).toBe(1);
    expect(ran.stdout).toMatch(/^FEIL: 1 feil/);
    expect(ran.stdout).toContain('scope.uppercase (MP-200)');
  }, 60_000);
});
