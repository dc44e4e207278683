// Keys, certificates and grants for the local Maskinporten's tests. Every key is made fresh for the run.

import {createPrivateKey, generateKeyPairSync, randomUUID, type KeyObject} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {SignJWT, type JWK} from 'jose';
import {makeTestCertificate, type TestCertificate} from '../../samples/test-certificates';

export const TEST_ISSUER = 'https://test.maskinporten.no/';
export const CLIENT_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
export const ORG = '123456785';
export const CUSTOMER = '987654325';
export const SCOPE = 'skatteetaten:inntektsmottakere';

export interface TestKey {
  privateKey: KeyObject;
  publicJwk: JWK & {kid: string};
  publicPem: string;
}

export function makeKey(kid: string): TestKey {
  const {privateKey, publicKey} = generateKeyPairSync('rsa', {modulusLength: 2048});
  const jwk = publicKey.export({format: 'jwk'}) as JWK;
  return {
    privateKey,
    publicJwk: {kty: 'RSA', n: jwk.n as string, e: jwk.e as string, kid},
    publicPem: publicKey.export({format: 'pem', type: 'spki'}).toString(),
  };
}

export function x5cOf(cert: TestCertificate): string[] {
  const pem = readFileSync(cert.chainPath, 'utf8');
  return (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []).map((b) =>
    b.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''),
  );
}

export function certKey(cert: TestCertificate): KeyObject {
  return createPrivateKey(readFileSync(cert.keyPath, 'utf8'));
}

export interface GrantOptions {
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  /** Claims to leave out. */
  omit?: string[];
  now?: number;
}

/** A grant as an integrator's code makes it: aud, iss, scope, iat, exp = iat + 120, a fresh jti. */
export async function signGrant(key: KeyObject, options: GrantOptions = {}): Promise<string> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    aud: TEST_ISSUER,
    iss: CLIENT_ID,
    scope: SCOPE,
    iat: now,
    exp: now + 120,
    jti: randomUUID(),
    ...options.claims,
  };
  for (const name of options.omit ?? []) delete claims[name];
  return new SignJWT(claims).setProtectedHeader({alg: 'RS256', ...options.header}).sign(key);
}

export function testCertificates(dir: string): {
  test: TestCertificate;
  prod: TestCertificate;
  otherOrg: TestCertificate;
} {
  return {
    test: makeTestCertificate(dir, 'test', 'Buypass Class 3 Test4 CA G2 ST Business'),
    prod: makeTestCertificate(dir, 'prod', 'Buypass Class 3 CA G2 ST Business'),
    otherOrg: makeTestCertificate(dir, 'other', 'Buypass Class 3 Test4 CA G2 ST Business', '974760673'),
  };
}

export async function postGrant(
  endpoint: string,
  assertion: string,
): Promise<{status: number; body: Record<string, unknown>}> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion}),
  });
  return {status: response.status, body: (await response.json()) as Record<string, unknown>};
}
