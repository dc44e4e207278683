// Runs every code sample in examples/ against the local Maskinporten (`maskinporten-sjekk serve`), which judges
// the grant with the project's own rules, signing with a business certificate (x5c) and with a key registered
// on the client (kid, made with examples/keys/make-keypair.sh). What the page shows is what is run here.
//
//   npx vitest run test/samples
//
// Needs: openssl, curl, bash, java (JDK 17) and Debian's /usr/bin/python3 with python3-jwt and
// python3-cryptography. A missing tool fails the test with the command that installs it.

import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {randomUUID, createPrivateKey} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {importJWK, jwtVerify, SignJWT} from 'jose';
import {startLocalMaskinporten, type LocalMaskinporten} from '../../packages/maskinporten-sjekk/src/serve/command';
import {JWT_BEARER} from '../../packages/maskinporten-sjekk/src/serve/body';
import type {ServeClientConfig} from '../../packages/maskinporten-sjekk/src/serve/config';
import {makeTestCertificate, TEST_ORGNR, type TestCertificate} from './test-certificates';
import {inspectToken} from '../../src/lib/jwt/analyse';
import {validateOrgnr} from '../../src/lib/orgnr';

const ROOT = path.resolve(__dirname, '../..');
/** MP-110's message exactly as Digdir's troubleshooting page gives it (shared facts, §5). */
const MP110_MESSAGE = 'Invalid assertion. Client authentication failed. Invalid JWT claim aud';
const APT_INSTALL = 'apt-get install -y openjdk-17-jdk-headless python3-jwt python3-cryptography';
const CLIENT_ID = '5c3b7f0e-2a4d-4c1e-9f7a-0d6e8b1a2c3d';
const DEFAULT_SCOPE = 'skatteetaten:inntektsmottakere';
const PROD_ISSUER = 'https://maskinporten.no/';

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr});
    });
  });
}

/** The machine's environment without any sample setting, so nothing from the shell leaks into a run. */
function cleanEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const sampleVar =
    /^(MASKINPORTEN_|KEYSTORE_|CLIENT_ID$|SCOPE$|CONSUMER_ORG$|PRIVATE_KEY_PATH$|CERT_CHAIN_PATH$|GRANT$)/;
  for (const [k, v] of Object.entries(process.env)) if (!sampleVar.test(k)) env[k] = v;
  return {...env, ...settings};
}

/** Fails with the exact install command when a tool the samples need is missing. */
function requireTool(what: string, command: string, args: string[], install: string): void {
  try {
    execFileSync(command, args, {stdio: 'pipe'});
  } catch {
    throw new Error(`${what} mangler / is missing. Installer med / install with:\n  ${install}`);
  }
}

function x5cFromChain(chainPath: string): string[] {
  const pem = readFileSync(chainPath, 'utf8');
  return (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []).map((b) =>
    b.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''),
  );
}

/** A grant made "elsewhere", for the curl sample (which only posts one). */
async function makeGrant(
  cert: TestCertificate,
  options: {audience?: string; iatOffset?: number; x5cAsString?: boolean; kid?: boolean} = {},
): Promise<string> {
  const iat = Math.floor(Date.now() / 1000) + (options.iatOffset ?? 0);
  const x5c = x5cFromChain(cert.chainPath);
  const header = options.kid
    ? {alg: 'RS256', kid: registered.kid}
    : {alg: 'RS256', x5c: options.x5cAsString ? (x5c[0] as unknown as string[]) : x5c};
  return new SignJWT({scope: DEFAULT_SCOPE})
    .setProtectedHeader(header)
    .setAudience(options.audience ?? 'https://test.maskinporten.no/')
    .setIssuer(CLIENT_ID)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 120)
    .setJti(randomUUID())
    .sign(createPrivateKey(readFileSync(options.kid ? registered.privateKeyPath : cert.keyPath, 'utf8')));
}

let dir: string;
let testCert: TestCertificate;
let prodCert: TestCertificate;
let server: LocalMaskinporten;
let prodServer: LocalMaskinporten;
/** A key pair made with the openssl sample (examples/keys/make-keypair.sh), registered on the client. */
let registered: {kid: string; privateKeyPath: string};
const CUSTOMER = '987654325';
const NAV_SCOPE = 'nav:aareg/v1/arbeidsforhold/otp';

beforeAll(async () => {
  requireTool('openssl', 'openssl', ['version'], 'apt-get install -y openssl');
  dir = mkdtempSync(path.join(tmpdir(), 'mp-samples-'));
  testCert = makeTestCertificate(dir, 'test', 'Buypass Class 3 Test4 CA G2 ST Business');
  prodCert = makeTestCertificate(dir, 'prod', 'Buypass Class 3 CA G2 ST Business');
  execFileSync('bash', [path.join(ROOT, 'examples/keys/make-keypair.sh'), dir], {stdio: 'pipe'});
  const jwk = JSON.parse(readFileSync(path.join(dir, 'offentlig.jwk.json'), 'utf8')) as {kid: string};
  registered = {kid: jwk.kid, privateKeyPath: path.join(dir, 'privat.pem')};
  const client = (cert: TestCertificate): ServeClientConfig => ({
    client_id: CLIENT_ID,
    org: TEST_ORGNR,
    scopes: [DEFAULT_SCOPE, NAV_SCOPE],
    keys: [{file: cert.chainPath}, {file: path.join(dir, 'offentlig.jwk.json')}],
  });
  const delegations = [{consumer: CUSTOMER, supplier: TEST_ORGNR, scopes: [NAV_SCOPE]}];
  server = await startLocalMaskinporten({environment: 'test', port: 0, clients: [client(testCert)], delegations});
  prodServer = await startLocalMaskinporten({environment: 'prod', port: 0, clients: [client(prodCert)], delegations});
}, 60_000);

afterAll(async () => {
  await server?.close();
  await prodServer?.close();
  if (dir) rmSync(dir, {recursive: true, force: true});
});

/**
 * The token response as a sample prints it: `name: value` lines (Node, Java, Python) or the raw JSON
 * followed by `HTTP 200` (curl).
 */
function printedTokenResponse(stdout: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const json = stdout.split('\n').find((line) => line.startsWith('{'));
  if (json) {
    for (const [k, v] of Object.entries(JSON.parse(json) as Record<string, unknown>)) fields[k] = String(v);
    expect(stdout).toMatch(/^HTTP 200$/m);
    return fields;
  }
  for (const m of stdout.matchAll(/^(access_token|token_type|expires_in|scope): (.*)$/gm))
    fields[m[1] as string] = m[2] as string;
  return fields;
}

/** Checks the printed access token the way an API would: signature, issuer, consumer, scope. */
async function expectAccessToken(
  result: RunResult,
  fake: LocalMaskinporten,
  expected: {consumer: string; scope: string; supplier?: string; clientAmr?: string},
): Promise<void> {
  expect(result.stderr, result.stderr).not.toMatch(/svarte med feil/);
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  const printed = printedTokenResponse(result.stdout);
  const token = printed.access_token;
  expect(token, result.stdout).toMatch(/^eyJ/);
  expect(printed.expires_in).toBe('120');
  expect(printed.scope).toBe(expected.scope);
  const {payload} = await jwtVerify(token as string, await importJWK(fake.publicJwk, 'RS256'), {issuer: fake.issuer});
  expect(payload.client_id).toBe(CLIENT_ID);
  expect(payload.client_amr).toBe(expected.clientAmr ?? 'virksomhetssertifikat');
  expect(payload.aud).toBe('unspecified');
  expect(payload.scope).toBe(expected.scope);
  expect(payload.consumer).toEqual({authority: 'iso6523-actorid-upis', ID: `0192:${expected.consumer}`});
  if (expected.supplier)
    expect(payload.supplier).toEqual({authority: 'iso6523-actorid-upis', ID: `0192:${expected.supplier}`});
  else expect(payload.supplier).toBeUndefined();
  // The project's own inspector must accept what the stand-in hands out.
  const inspected = inspectToken(token as string, {
    environment: fake === server ? 'test' : 'prod',
    now: Math.floor(Date.now() / 1000),
  });
  expect(inspected.kind).toBe('access-token');
  expect(inspected.findings.filter((f) => f.severity === 'error')).toEqual([]);
}

function expectMpError(result: RunResult, mpCode: string, message: string, error = 'invalid_grant'): void {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(1);
  expect(result.stderr).toContain(`Maskinporten svarte med feil: ${error}: ${message} (${mpCode})`);
  expect(result.stdout).not.toMatch(/^access_token:/m);
}

interface Sample {
  name: string;
  file: string;
  /** Checks the runtime, failing with the install command when it is missing. */
  requireRuntime(): void;
  command(): [string, string[]];
  /** The settings that sign with the key registered on the client (kid) instead of the certificate. */
  kidSettings(): Promise<Record<string, string>>;
  /** The sample's own settings (key material, and for curl the grant). */
  settings(cert: TestCertificate, audience?: string): Promise<Record<string, string>>;
}

const SAMPLES: Sample[] = [
  {
    name: 'curl',
    file: 'examples/curl/token.sh',
    requireRuntime: () => requireTool('curl', 'curl', ['--version'], 'apt-get install -y curl'),
    command: () => ['bash', ['examples/curl/token.sh']],
    settings: async (cert, audience) => ({GRANT: await makeGrant(cert, audience ? {audience} : {})}),
    kidSettings: async () => ({GRANT: await makeGrant(testCert, {kid: true})}),
  },
  {
    name: 'Node.js',
    file: 'examples/node/token.mjs',
    requireRuntime: () => undefined,
    command: () => [process.execPath, ['examples/node/token.mjs']],
    kidSettings: async () => ({MASKINPORTEN_KID: registered.kid, PRIVATE_KEY_PATH: registered.privateKeyPath}),
    settings: async (cert, audience) => ({
      PRIVATE_KEY_PATH: cert.keyPath,
      CERT_CHAIN_PATH: cert.chainPath,
      ...(audience ? {MASKINPORTEN_AUDIENCE: audience} : {}),
    }),
  },
  {
    name: 'Java',
    file: 'examples/java/MaskinportenToken.java',
    requireRuntime: () => requireTool('java (JDK 17)', 'java', ['-version'], APT_INSTALL),
    command: () => ['java', ['examples/java/MaskinportenToken.java']],
    kidSettings: async () => ({MASKINPORTEN_KID: registered.kid, PRIVATE_KEY_PATH: registered.privateKeyPath}),
    settings: async (cert, audience) => ({
      KEYSTORE_PATH: cert.p12Path,
      KEYSTORE_PASSWORD: cert.p12Password,
      ...(audience ? {MASKINPORTEN_AUDIENCE: audience} : {}),
    }),
  },
  {
    name: 'Python',
    file: 'examples/python/maskinporten_token.py',
    requireRuntime: () =>
      requireTool(
        '/usr/bin/python3 med jwt og cryptography',
        '/usr/bin/python3',
        ['-c', 'import jwt, cryptography'],
        APT_INSTALL,
      ),
    command: () => ['/usr/bin/python3', ['examples/python/maskinporten_token.py']],
    kidSettings: async () => ({MASKINPORTEN_KID: registered.kid, PRIVATE_KEY_PATH: registered.privateKeyPath}),
    settings: async (cert, audience) => ({
      KEYSTORE_PATH: cert.p12Path,
      KEYSTORE_PASSWORD: cert.p12Password,
      ...(audience ? {MASKINPORTEN_AUDIENCE: audience} : {}),
    }),
  },
];

async function runSample(
  sample: Sample,
  cert: TestCertificate,
  fake: LocalMaskinporten,
  extra: Record<string, string> = {},
  audience?: string,
): Promise<RunResult> {
  const [command, args] = sample.command();
  return run(
    command,
    args,
    cleanEnv({
      MASKINPORTEN_ENV: fake === server ? 'test' : 'prod',
      MASKINPORTEN_TOKEN_ENDPOINT: fake.tokenEndpoint,
      CLIENT_ID,
      ...(await sample.settings(cert, audience)),
      ...extra,
    }),
  );
}

for (const sample of SAMPLES) {
  describe(`${sample.name} sample (${sample.file})`, () => {
    beforeAll(() => sample.requireRuntime());

    it('gets an access token from the test environment and prints it', async () => {
      const result = await runSample(sample, testCert, server);
      await expectAccessToken(result, server, {consumer: TEST_ORGNR, scope: DEFAULT_SCOPE});
    });

    it('gets an access token signing with the key registered on the client (kid)', async () => {
      const [command, args] = sample.command();
      const result = await run(
        command,
        args,
        cleanEnv({
          MASKINPORTEN_ENV: 'test',
          MASKINPORTEN_TOKEN_ENDPOINT: server.tokenEndpoint,
          CLIENT_ID,
          ...(await sample.kidSettings()),
        }),
      );
      await expectAccessToken(result, server, {
        consumer: TEST_ORGNR,
        scope: DEFAULT_SCOPE,
        clientAmr: 'private_key_jwt',
      });
    });

    it("prints MP-110's message for a wrong aud and exits with 1", async () => {
      const result = await runSample(sample, testCert, server, {}, PROD_ISSUER);
      expectMpError(result, 'MP-110', MP110_MESSAGE);
    });
  });
}

describe('settings the samples document', () => {
  const node = SAMPLES[1] as Sample;
  const python = SAMPLES[3] as Sample;

  it('Python: SCOPE and CONSUMER_ORG give a delegated token (consumer = customer, supplier = certificate)', async () => {
    python.requireRuntime();
    const customer = CUSTOMER;
    expect(validateOrgnr(customer).valid).toBe(true);
    const scope = NAV_SCOPE;
    const result = await runSample(python, testCert, server, {SCOPE: scope, CONSUMER_ORG: customer});
    await expectAccessToken(result, server, {consumer: customer, scope, supplier: TEST_ORGNR});
  });

  it('Node.js: MASKINPORTEN_ENV=prod uses the production issuer as aud', async () => {
    const result = await runSample(node, prodCert, prodServer);
    await expectAccessToken(result, prodServer, {consumer: TEST_ORGNR, scope: DEFAULT_SCOPE});
  });

  it('Node.js: a production certificate in the test environment gives MP-120', async () => {
    const result = await runSample(node, prodCert, server);
    expectMpError(
      result,
      'MP-120',
      'Invalid assertion. Client authentication failed. The JWT is signed with an invalid certificate.',
    );
  });

  it('Node.js: PEM files taken out of the PKCS#12 file with the documented openssl commands work', async () => {
    const key = path.join(dir, 'nokkel.pem');
    const chain = path.join(dir, 'kjede.pem');
    const pass = `pass:${testCert.p12Password}`;
    execFileSync('openssl', ['pkcs12', '-in', testCert.p12Path, '-nocerts', '-nodes', '-passin', pass, '-out', key], {
      stdio: 'pipe',
    });
    execFileSync('openssl', ['pkcs12', '-in', testCert.p12Path, '-nokeys', '-passin', pass, '-out', chain], {
      stdio: 'pipe',
    });
    const result = await runSample(node, {...testCert, keyPath: key, chainPath: chain}, server);
    await expectAccessToken(result, server, {consumer: TEST_ORGNR, scope: DEFAULT_SCOPE});
  });

  it('samples refuse an unknown MASKINPORTEN_ENV without calling the endpoint', async () => {
    const before = server.tokenRequests();
    const result = await runSample(node, testCert, server, {MASKINPORTEN_ENV: 'ver2'});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ukjent MASKINPORTEN_ENV: ver2');
    expect(server.tokenRequests()).toBe(before);
  });
});

describe('the curl sample with other grants Maskinporten rejects', () => {
  const curl = SAMPLES[0] as Sample;
  const runCurl = (grant: string): Promise<RunResult> =>
    run(
      'bash',
      [curl.file],
      cleanEnv({MASKINPORTEN_ENV: 'test', MASKINPORTEN_TOKEN_ENDPOINT: server.tokenEndpoint, GRANT: grant}),
    );

  it('prints the error JSON and the HTTP status, not only a curl failure', async () => {
    const result = await runCurl(await makeGrant(testCert, {audience: 'https://test.maskinporten.no/token'}));
    expect(result.stdout).toContain(`"error_description":"${MP110_MESSAGE} (MP-110)"`);
    expect(result.stdout).toMatch(/^HTTP 400$/m);
  });

  it('an expired grant gives MP-130', async () => {
    const result = await runCurl(await makeGrant(testCert, {iatOffset: -300}));
    expectMpError(result, 'MP-130', 'JWT is expired');
  });

  it('x5c as a string gives MP-123', async () => {
    const result = await runCurl(await makeGrant(testCert, {x5cAsString: true}));
    expectMpError(result, 'MP-123', 'Invalid JWT header x5c');
  });

  it('a grant used twice gives MP-012', async () => {
    const grant = await makeGrant(testCert);
    expect((await runCurl(grant)).code).toBe(0);
    expectMpError(await runCurl(grant), 'MP-012', 'Grant is used before');
  });

  it('a grant signed by another key than x5c gives MP-124', async () => {
    const other = await makeGrant(prodCert);
    const [header = '', payload = ''] = (await makeGrant(testCert)).split('.');
    const forged = `${header}.${payload}.${other.split('.')[2] ?? ''}`;
    expectMpError(await runCurl(forged), 'MP-124', 'Invalid JWT signature');
  });
});

describe('the local token endpoint', () => {
  it('answers a wrong grant_type with 400', async () => {
    const response = await fetch(server.tokenEndpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({grant_type: 'client_credentials', assertion: await makeGrant(testCert)}),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as {error: string}).error).toBe('unsupported_grant_type');
  });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.tokenEndpoint).hostname).toBe('127.0.0.1');
    expect(JWT_BEARER).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
  });
});
