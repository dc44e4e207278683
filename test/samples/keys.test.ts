// The key-pair examples (examples/keys/): each makes a private key that stays in its folder and prints the public
// JWK to register on the client. Checked: the kid is the RFC 7638 thumbprint, the private key file is readable by
// its owner only, nothing private is printed, and a grant signed with the private key gets a token from the local
// Maskinporten with the printed JWK registered. The grant builder's output, signed the same way, too.

import {execFileSync} from 'node:child_process';
import {createPrivateKey, randomUUID} from 'node:crypto';
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {calculateJwkThumbprint, SignJWT, type JWK} from 'jose';
import {startLocalMaskinporten, type LocalMaskinporten} from '../../packages/maskinporten-sjekk/src/serve/command';
import {buildGrant} from '../../src/lib/grant-builder';
import {TEST_ORGNR} from './test-certificates';

const ROOT = path.resolve(__dirname, '../..');
const CLIENT_ID = 'nokkelpar-klient';
const SCOPE = 'skatteetaten:inntektsmottakere';

const MAKERS: Array<{name: string; file: string; command: (dir: string) => [string, string[]]}> = [
  {
    name: 'openssl',
    file: 'examples/keys/make-keypair.sh',
    command: (d) => ['bash', ['examples/keys/make-keypair.sh', d]],
  },
  {
    name: 'Node.js',
    file: 'examples/keys/make-keypair.mjs',
    command: (d) => [process.execPath, ['examples/keys/make-keypair.mjs', d]],
  },
  {
    name: 'Java',
    file: 'examples/keys/MakeKeyPair.java',
    command: (d) => ['java', ['examples/keys/MakeKeyPair.java', d]],
  },
  {
    name: 'Python',
    file: 'examples/keys/make_keypair.py',
    command: (d) => ['/usr/bin/python3', ['examples/keys/make_keypair.py', d]],
  },
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mp-keys-'));
});
afterAll(() => {
  if (root) rmSync(root, {recursive: true, force: true});
});

async function tokenWith(
  jwk: JWK,
  privateKeyPem: string,
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
) {
  let server: LocalMaskinporten | undefined;
  try {
    server = await startLocalMaskinporten({
      environment: 'test',
      port: 0,
      clients: [
        {client_id: CLIENT_ID, org: TEST_ORGNR, scopes: [SCOPE], keys: [{jwk: jwk as Record<string, unknown>}]},
      ],
    });
    const grant = await new SignJWT(claims)
      .setProtectedHeader(header as {alg: string})
      .sign(createPrivateKey(privateKeyPem));
    const response = await fetch(server.tokenEndpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: grant}),
    });
    return {status: response.status, body: (await response.json()) as Record<string, unknown>};
  } finally {
    await server?.close();
  }
}

describe('key-pair examples', () => {
  for (const maker of MAKERS) {
    it(`${maker.name} (${maker.file}): public JWK with the RFC 7638 kid, private key kept, a grant gets a token`, async () => {
      const dir = mkdtempSync(path.join(root, `${maker.name.replace(/\W/g, '')}-`));
      const [command, args] = maker.command(dir);
      const stdout = execFileSync(command, args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      });
      const printed = JSON.parse(stdout.trim()) as JWK & {kid: string};
      expect(printed).toEqual(JSON.parse(readFileSync(path.join(dir, 'offentlig.jwk.json'), 'utf8')));
      expect(Object.keys(printed).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(printed.kid).toBe(await calculateJwkThumbprint({kty: 'RSA', n: printed.n, e: printed.e}));
      const privatePem = readFileSync(path.join(dir, 'privat.pem'), 'utf8');
      expect(privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(statSync(path.join(dir, 'privat.pem')).mode & 0o077).toBe(0);
      expect(stdout).not.toContain('PRIVATE');

      const now = Math.floor(Date.now() / 1000);
      const answer = await tokenWith(
        printed,
        privatePem,
        {alg: 'RS256', kid: printed.kid},
        {
          aud: 'https://test.maskinporten.no/',
          iss: CLIENT_ID,
          scope: SCOPE,
          iat: now,
          exp: now + 120,
          jti: randomUUID(),
        },
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }, 90_000);
  }
});

describe("the grant builder's kid grant, signed with a made key", () => {
  it('gets a token from the local Maskinporten, and its curl command is the token request', async () => {
    const dir = mkdtempSync(path.join(root, 'builder-'));
    const jwk = JSON.parse(
      execFileSync(process.execPath, ['examples/keys/make-keypair.mjs', dir], {cwd: ROOT, encoding: 'utf8'}),
    ) as JWK & {kid: string};
    const built = buildGrant({
      environment: 'test',
      clientId: CLIENT_ID,
      scopes: SCOPE,
      keyKind: 'kid',
      kid: jwk.kid,
      now: Math.floor(Date.now() / 1000),
      jti: randomUUID(),
    });
    expect(built.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(built.header).toEqual({alg: 'RS256', kid: jwk.kid});
    const answer = await tokenWith(jwk, readFileSync(path.join(dir, 'privat.pem'), 'utf8'), built.header, built.claims);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    // The curl the builder shows posts the form the local server just answered.
    expect(built.curl).toContain("--data-urlencode 'grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer'");
    expect(built.curl).toContain('--data-urlencode "assertion=$GRANT"');
  }, 90_000);
});
