// @vitest-environment node
// The command's contract for pipelines: the json and github shapes, exit statuses (0/1/2, --strict), one clear
// line for anything that cannot run, English by --lang or LANG, and never a crash, a stack trace or a printed key,
// whatever bytes and arguments it is given (a property test drives main directly).
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {NOW} from './tool-cases';
import {runMain, type Ran} from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'mp-sjekk-behaviour-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const MIXED = file(
  'prod.env',
  'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token\nMASKINPORTEN_AUDIENCE=https://maskinporten.no/\n',
);
const noStack = (ran: Ran): void => {
  expect((ran.stdout + ran.stderr).split('\n').some((l) => /^\s+at /.test(l))).toBe(false);
};

describe('formats', () => {
  it('--format json is one object with each finding’s code, severity, file, line, params, message and docs URL', async () => {
    const ran = await runMain(['config', MIXED, '--env', 'prod', '--format', 'json']);
    expect(ran.code).toBe(1);
    const out = JSON.parse(ran.stdout) as {
      command: string;
      exitCode: number;
      counts: Record<string, number>;
      findings: Record<string, unknown>[];
    };
    expect(out.command).toBe('config');
    expect(out.exitCode).toBe(1);
    const line = out.findings.find((f) => f.code === 'env.endpoint.wrong-environment');
    expect(line).toMatchObject({severity: 'error', file: MIXED, line: 1, path: 'L1'});
    expect(typeof line?.message).toBe('string');
    expect(line?.params).toBeTypeOf('object');
    expect(line?.docs).toMatch(/^https:\/\/.+\/docs\/feilsoking#env\.endpoint\.wrong-environment$/);
    expect(out.counts.error).toBeGreaterThan(0);
  });

  it('--format github gives one ::error annotation per error finding, with file and line', async () => {
    const ran = await runMain(['config', MIXED, '--env', 'prod', '--format', 'github']);
    const lines = ran.stdout.trim().split('\n');
    const annotation = lines.find((l) => l.includes('title=env.endpoint.wrong-environment'));
    expect(annotation).toMatch(/^::error file=[^,]+,line=1,title=env\.endpoint\.wrong-environment::\S/);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^::(error|warning|notice) /);
  });

  it('github annotations escape what would end or split one (%, newline, comma and colon in properties)', async () => {
    const odd = file('a,b:c%.env', 'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token\n');
    const ran = await runMain(['config', odd, '--env', 'prod', '--format', 'github']);
    expect(ran.stdout).toContain('a%2Cb%3Ac%25.env');
  });

  it('text output starts with the verdict and links each finding to its section on the site', async () => {
    const ran = await runMain(['scope', 'Skatteetaten:inntekt']);
    expect(ran.stdout.split('\n')[0]).toMatch(/^FEIL: 1 feil, 0 advarsler\./);
    expect(ran.stdout).toContain('scope.uppercase (MP-200)');
    expect(ran.stdout).toMatch(/Les mer: https:\/\/\S+\/docs\/feilsoking#scope\.uppercase/);
  });

  it('--lang en and LANG=en_GB.UTF-8 give English text and English links', async () => {
    for (const ran of [
      await runMain(['scope', 'Skatteetaten:inntekt', '--lang', 'en']),
      await runMain(['scope', 'Skatteetaten:inntekt'], {env: {LANG: 'en_GB.UTF-8'}}),
    ]) {
      expect(ran.stdout.split('\n')[0]).toMatch(/^FAILED: 1 error, 0 warnings\./);
      expect(ran.stdout).toMatch(/Read more: https:\/\/\S+\/en\/docs\/feilsoking#scope\.uppercase/);
      expect(ran.stdout).not.toContain('Slik retter du');
    }
  });
});

describe('exit status', () => {
  it('0 without errors, 1 with an error', async () => {
    expect((await runMain(['scope', 'skatteetaten:inntekt'])).code).toBe(0);
    expect((await runMain(['scope', 'Skatteetaten:inntekt'])).code).toBe(1);
  });

  it('--strict makes a warning fail', async () => {
    // The same scope twice: a warning, no error.
    const plain = await runMain(['scope', 'skatteetaten:inntekt skatteetaten:inntekt', '--format', 'json']);
    const out = JSON.parse(plain.stdout) as {counts: {error: number; warning: number}};
    expect(out.counts.error).toBe(0);
    expect(out.counts.warning).toBeGreaterThan(0);
    expect(plain.code).toBe(0);
    expect((await runMain(['scope', 'skatteetaten:inntekt skatteetaten:inntekt', '--strict'])).code).toBe(1);
  });

  it.each([
    [['nope'], /Ukjent kommando/],
    [[], /Mangler kommando/],
    [['scope'], /trenger/],
    [['token', MIXED], /--env/],
    [['config', join(dir, 'finnes-ikke.env')], /Kan ikke lese .*finnes ikke/],
    [['config', dir], /mappe/],
    [['config', MIXED, '--env', 'staging'], /--env må være test eller prod/],
    [['scope', 'a', '--format', 'xml'], /--format/],
    [['scope', 'a', '--bogus'], /bogus/],
    [['cert', MIXED, '--warn-days', 'mange'], /--warn-days/],
    [['cert', MIXED, '--warn-days', '10', '--error-days', '20'], /--error-days/],
    [['scope', 'a', '--lang', 'de'], /--lang/],
  ])('2 with one clear line: %j', async (argv, message) => {
    const ran = await runMain(argv);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toMatch(message);
    noStack(ran);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const big = file('stor.env', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    const ran = await runMain(['config', big]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/større enn 5 MB/);
  });
});

describe('private keys', () => {
  it('are refused from any command, from a file, standard input or an argument, and never printed', async () => {
    const {generateKeyPair, exportPKCS8, exportJWK} = await import('jose');
    const pair = await generateKeyPair('RS256', {extractable: true});
    const pemKey = await exportPKCS8(pair.privateKey);
    const jwk = JSON.stringify(await exportJWK(pair.privateKey));
    const secretBits = [pemKey.split('\n')[1] ?? '', (JSON.parse(jwk) as {d: string}).d.slice(0, 30)];
    const pemFile = file('privat.pem', pemKey);
    const jwkFile = file('privat.json', jwk);
    const p12 = file('klient.p12', Buffer.from('3082010a020103308201', 'hex'));
    const runs = [
      await runMain(['cert', pemFile]),
      await runMain(['config', pemFile]),
      await runMain(['explain', jwkFile]),
      await runMain(['token', '-', '--env', 'test'], {stdin: new TextEncoder().encode(jwk)}),
      await runMain(['cert', p12]),
      await runMain(['scope', pemKey]),
      await runMain(['explain', jwk, '--format', 'json']),
    ];
    for (const ran of runs) {
      expect(ran.code).toBe(2);
      expect(ran.stderr).toMatch(/privat nøkkel/);
      for (const bit of secretBits) expect(ran.stdout + ran.stderr).not.toContain(bit);
    }
  });
});

describe('hostile input', () => {
  it('never throws, exits 0, 1 or 2, and prints no stack trace, for arbitrary bytes in any command’s file', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('token', 'config', 'cert', 'explain'),
        fc.oneof(
          fc.uint8Array({maxLength: 2000}),
          fc.string({maxLength: 500}).map((s) => new TextEncoder().encode(s)),
          fc.constantFrom(
            new TextEncoder().encode('\u202e\u200bMASKINPORTEN_AUDIENCE=https://maskinporten.no/\u0000'),
            new Uint8Array([0x30, 0x82, 0xff, 0xff, 0x02, 0x01, 0x00]),
          ),
        ),
        fc.constantFrom('text', 'json', 'github'),
        async (command, bytes, format) => {
          const path = file(`input-${n++}`, bytes);
          const ran = await runMain(
            [command, path, ...(command === 'token' ? ['--env', 'test'] : []), '--format', format],
            {now: NOW},
          );
          expect([0, 1, 2]).toContain(ran.code);
          noStack(ran);
          expect(ran.stderr).not.toMatch(/Intern feil/);
          if (format === 'json' && ran.code !== 2) expect(() => JSON.parse(ran.stdout) as unknown).not.toThrow();
        },
      ),
      {numRuns: Number(process.env.FC_RUNS ?? 60)},
    );
  });

  it('never throws, exits 0, 1 or 2, and prints no stack trace, for arbitrary argument arrays', async () => {
    const word = fc.oneof(
      fc.constantFrom(
        'token',
        'config',
        'cert',
        'scope',
        'explain',
        '-',
        '--env',
        'test',
        'prod',
        '--format',
        'json',
        'github',
        '--lang',
        'en',
        '--strict',
        '--jwk',
        '--key',
        '--scope',
        '--warn-days',
        '--error-days',
        '30',
        '--help',
        '--version',
        '--env=prod',
        '-x',
      ),
      fc.string({maxLength: 40}),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, {maxLength: 8}), async (argv) => {
        // No serve: it would listen on a port.
        fc.pre(argv[0] !== 'serve');
        const ran = await runMain(argv, {now: NOW});
        expect([0, 1, 2]).toContain(ran.code);
        noStack(ran);
        expect(ran.stderr).not.toMatch(/Intern feil/);
      }),
      {numRuns: Number(process.env.FC_RUNS ?? 150)},
    );
  });
});
