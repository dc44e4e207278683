// @vitest-environment node
// `maskinporten-sjekk serve` as a user runs it: flags for one client or a config file, the lines it prints when
// ready, and one clear line with exit 2 for what it cannot run with (a private key refused and never printed).

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runServe} from '../../../packages/maskinporten-sjekk/src/serve/command';
import {CLIENT_ID, makeKey, ORG, postGrant, SCOPE, signGrant, type TestKey} from './helpers';

let dir: string;
let key: TestKey;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mp-serve-cmd-'));
  key = makeKey('cmd-key');
  writeFileSync(path.join(dir, 'public.jwk.json'), JSON.stringify(key.publicJwk));
  writeFileSync(path.join(dir, 'public.pem'), key.publicPem);
  writeFileSync(path.join(dir, 'private.pem'), key.privateKey.export({format: 'pem', type: 'pkcs8'}));
  writeFileSync(path.join(dir, 'private.jwk.json'), JSON.stringify(key.privateKey.export({format: 'jwk'})));
});

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
});

interface Run {
  code: Promise<number>;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the token endpoint once the ready lines are printed. */
  ready: () => Promise<string>;
  stop: () => Promise<number>;
}

function start(args: string[], lang: 'nb' | 'en' = 'nb'): Run {
  let out = '';
  let err = '';
  const controller = new AbortController();
  let notify: (() => void) | undefined;
  const code = runServe(args, {
    stdout: (s) => {
      out += s;
      notify?.();
    },
    stderr: (s) => (err += s),
    lang,
    signal: controller.signal,
  });
  const endpoint = (): string | undefined => /(http:\/\/127\.0\.0\.1:\d+\/token)/.exec(out)?.[1];
  return {
    code,
    stdout: () => out,
    stderr: () => err,
    ready: () =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const found = endpoint();
          if (found) resolve(found);
        };
        notify = check;
        check();
        void code.then((c) => reject(new Error(`serve ended with ${c}: ${err}`)));
      }),
    stop: () => {
      controller.abort();
      return code;
    },
  };
}

describe('serve from flags', () => {
  it('prints issuer and token endpoint when ready, serves a kid-grant, and stops with 0 on the signal', async () => {
    const run = start([
      '--env',
      'test',
      '--port',
      '0',
      '--client',
      CLIENT_ID,
      '--key',
      path.join(dir, 'public.jwk.json'),
      '--scope',
      SCOPE,
      '--org',
      ORG,
    ]);
    const endpoint = await run.ready();
    expect(run.stdout()).toContain('utsteder (aud i grantet): https://test.maskinporten.no/');
    expect(run.stdout()).toMatch(/token-endepunkt: +http:\/\/127\.0\.0\.1:\d+\/token/);
    expect(run.stdout()).toContain(`kid cmd-key`);
    const answer = await postGrant(endpoint, await signGrant(key.privateKey, {header: {kid: 'cmd-key'}}));
    expect(answer.status).toBe(200);
    expect(await run.stop()).toBe(0);
    expect(run.stderr()).toBe('');
  });

  it('--env prod plays production, in English with --lang en; a PEM key gets its thumbprint as kid', async () => {
    const run = start([
      '--env',
      'prod',
      '--port',
      '0',
      '--client',
      CLIENT_ID,
      '--key',
      path.join(dir, 'public.pem'),
      '--scope',
      SCOPE,
      '--org',
      ORG,
      '--lang',
      'en',
    ]);
    await run.ready();
    expect(run.stdout()).toContain('issuer (aud in the grant): https://maskinporten.no/');
    expect(run.stdout()).toMatch(/kid [A-Za-z0-9_-]{43}\n/);
    expect(await run.stop()).toBe(0);
  });

  const refusals: Array<[string, string[], RegExp]> = [
    ['an unknown option', ['--nope'], /^maskinporten-sjekk serve: ukjent valg --nope\n$/],
    ['a missing --key', ['--client', 'k', '--scope', 'a:b'], /oppgi --client, --key og --scope/],
    [
      'a wrong --env',
      ['--env', 'ver2', '--client', 'k', '--key', 'x', '--scope', 'a:b'],
      /--env må være test eller prod/,
    ],
    [
      'a wrong --port',
      ['--port', '99999', '--client', 'k', '--key', 'x', '--scope', 'a:b'],
      /--port må være et heltall/,
    ],
    [
      'an unreadable --key',
      ['--client', 'k', '--key', '/finnes/ikke', '--scope', 'a:b', '--org', ORG],
      /^maskinporten-sjekk serve: --key: filen \/finnes\/ikke kan ikke leses\n$/,
    ],
    [
      'a bad --org',
      ['--client', 'k', '--key', 'x', '--scope', 'a:b', '--org', '123456784'],
      /--org: er ikke et gyldig organisasjonsnummer/,
    ],
    ['--config with --client', ['--config', 'x.yml', '--client', 'k'], /--config kan ikke brukes sammen med --client/],
    [
      'a positional argument',
      ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'],
      /^maskinporten-sjekk serve: serve tar ingen argumenter uten valg foran\n$/,
    ],
    [
      'a pasted PEM as an option',
      ['-----BEGIN PRIVATE KEY-----MIIE'],
      /^maskinporten-sjekk serve: valgene kunne ikke leses\n$/,
    ],
    ['--port without a value', ['--port'], /^maskinporten-sjekk serve: --port trenger en verdi\n$/],
  ];
  for (const [what, args, line] of refusals) {
    it(`refuses ${what}: one clear line, exit 2`, async () => {
      const run = start(args);
      expect(await run.code).toBe(2);
      expect(run.stderr()).toMatch(line);
      expect(run.stderr().trim().split('\n')).toHaveLength(1);
      expect(run.stdout()).toBe('');
    });
  }

  for (const file of ['private.pem', 'private.jwk.json']) {
    it(`refuses a private key (${file}) with exit 2 and never prints it`, async () => {
      const run = start(['--client', 'k', '--key', path.join(dir, file), '--scope', 'a:b', '--org', ORG]);
      expect(await run.code).toBe(2);
      expect(run.stderr()).toMatch(/^maskinporten-sjekk serve: --key: er en privat nøkkel/);
      const jwk = key.privateKey.export({format: 'jwk'});
      expect(run.stderr()).not.toContain(String(jwk.d).slice(0, 20));
      expect(run.stderr()).not.toContain('MII');
    });
  }
});

describe('serve --config', () => {
  it('reads YAML with several clients and a delegation', async () => {
    const other = makeKey('other-key');
    writeFileSync(path.join(dir, 'other.jwk.json'), JSON.stringify(other.publicJwk));
    writeFileSync(
      path.join(dir, 'lokal.yml'),
      [
        'environment: test',
        'port: 0',
        'clients:',
        `  - client_id: ${CLIENT_ID}`,
        `    org: "${ORG}"`,
        `    scopes: [${SCOPE}, "nav:aareg/v1/arbeidsforhold/otp"]`,
        '    keys: [{file: public.jwk.json}]',
        '  - client_id: andre',
        '    org: "974760673"',
        `    scopes: [${SCOPE}]`,
        '    keys: [{file: other.jwk.json}]',
        'delegations:',
        `  - {consumer: "987654325", supplier: "${ORG}", scopes: ["nav:aareg/v1/arbeidsforhold/otp"]}`,
      ].join('\n'),
    );
    const run = start(['--config', path.join(dir, 'lokal.yml')]);
    const endpoint = await run.ready();
    expect(run.stdout()).toContain('klient andre (org 974760673)');
    const delegated = await postGrant(
      endpoint,
      await signGrant(key.privateKey, {
        header: {kid: 'cmd-key'},
        claims: {scope: 'nav:aareg/v1/arbeidsforhold/otp', consumer_org: '987654325'},
      }),
    );
    expect(delegated.status).toBe(200);
    expect(await run.stop()).toBe(0);
  });

  it('names the file and the path of every problem', async () => {
    writeFileSync(
      path.join(dir, 'feil.json'),
      JSON.stringify({environment: 'ver2', clients: [{client_id: 'k', scopes: [], keys: []}]}),
    );
    const run = start(['--config', path.join(dir, 'feil.json')], 'en');
    expect(await run.code).toBe(2);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toContain(
      `maskinporten-sjekk serve: ${path.join(dir, 'feil.json')}: environment: must be one of test | prod`,
    );
    expect(lines).toContain(
      `maskinporten-sjekk serve: ${path.join(dir, 'feil.json')}: clients[0].keys: must have at least 1 item(s)`,
    );
  });

  it('says where YAML breaks, without echoing the file', async () => {
    writeFileSync(path.join(dir, 'brutt.yml'), 'clients:\n  - client_id: "hemmelig\n');
    const run = start(['--config', path.join(dir, 'brutt.yml')]);
    expect(await run.code).toBe(2);
    expect(run.stderr()).toMatch(/brutt\.yml(:\d+:\d+)?: er ikke gyldig YAML\n$/);
    expect(run.stderr()).not.toContain('hemmelig');
  });
});
