// What the cases are made of at run time: the clock, token texts, the shared key pairs (made once: RSA key
// generation is slow) and certificates, all from the unit tests' own fixtures. Every value handed to a case is
// data: a token's text, a key's text, a certificate's PEM or bytes.
import 'reflect-metadata';
import {exportPKCS8} from 'jose';
import {b64url, exportJWK, exportSPKI, sign, tok} from '../unit/lib/fixtures';
import {DAY, keysFor, makeCa, makeCert, type CertSpec, type MadeCertificate} from '../unit/lib/cert-fixtures';
import type {Environment} from './case-input';

export {b64url, tok, DAY};

/** Seconds since the epoch, now: the tools judge times against the real clock. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export const ISSUER: Record<Environment, string> = {
  test: 'https://test.maskinporten.no/',
  prod: 'https://maskinporten.no/',
};

export const CLIENT_ID = '0f6c1b2e-3d4a-4b5c-9e8f-7a6b5c4d3e2f';
export const KID = 'pensjon-2026-12';
/** A valid organisation number (the seed's example pension institution). */
export const ORGNR = '910753614';
/** The same with a wrong check digit. */
export const ORGNR_BAD_CHECKSUM = '910753615';

export const KID_HEADER = {alg: 'RS256', kid: KID} as const;

type Claims = Record<string, unknown>;

/** A grant as a client makes it for the environment, issued now. */
export function grantClaims(environment: Environment = 'test', more: Claims = {}): Claims {
  const now = nowSeconds();
  return {
    aud: ISSUER[environment],
    iss: CLIENT_ID,
    scope: 'skatteetaten:inntektsmottakere',
    iat: now,
    exp: now + 120,
    jti: '415ec7ac-33eb-4ce3-bc86-6ad40e29768f',
    ...more,
  };
}

/** An access token as Maskinporten issues it for the environment, issued 20 seconds ago. */
export function accessClaims(environment: Environment = 'test', more: Claims = {}): Claims {
  const now = nowSeconds();
  return {
    iss: ISSUER[environment],
    client_amr: 'virksomhetssertifikat',
    token_type: 'Bearer',
    client_id: CLIENT_ID,
    aud: 'unspecified',
    scope: 'skatteetaten:inntektsmottakere',
    exp: now + 100,
    iat: now - 20,
    jti: 'faulA3FDWRqpd59Cwc1DqvA72kOV_xDHggBXpSpptsw',
    consumer: {authority: 'iso6523-actorid-upis', ID: `0192:${ORGNR}`},
    ...more,
  };
}

/** The object without the named members. */
export function without(claims: Claims, ...names: string[]): Claims {
  return Object.fromEntries(Object.entries(claims).filter(([name]) => !names.includes(name)));
}

/** A grant with a kid header and a signature that is not checked here (no key is given). */
export const grantToken = (environment: Environment = 'test', more: Claims = {}): string =>
  tok(KID_HEADER, grantClaims(environment, more));

export const accessToken = (environment: Environment = 'test', more: Claims = {}): string =>
  tok(KID_HEADER, accessClaims(environment, more));

/** The shared key pairs, by role: the client's signing key, a second one, the test CA's. Each made once. */
export const signingKeys = () => keysFor({kind: 'rsa', bits: 2048}, 'leaf');
export const otherKeys = () => keysFor({kind: 'rsa', bits: 2048}, 'leaf2');

/** A token signed with the given private key (RS256). */
export async function signed(header: Claims, claims: Claims, keys: Promise<CryptoKeyPair>): Promise<string> {
  return sign({alg: 'RS256', ...header}, claims, (await keys).privateKey);
}

/** A public key as the JWK text a reader pastes in the key field. */
export async function publicJwkText(keys: Promise<CryptoKeyPair>, more: Claims = {}): Promise<string> {
  return JSON.stringify({...(await exportJWK((await keys).publicKey)), ...more});
}

export async function publicJwk(keys: Promise<CryptoKeyPair>): Promise<Claims> {
  return {...(await exportJWK((await keys).publicKey))};
}

export async function privateJwkText(keys: Promise<CryptoKeyPair>): Promise<string> {
  return JSON.stringify(await exportJWK((await keys).privateKey));
}

export async function privateKeyPem(keys: Promise<CryptoKeyPair>): Promise<string> {
  return exportPKCS8((await keys).privateKey);
}

export async function publicKeyPem(keys: Promise<CryptoKeyPair>): Promise<string> {
  return exportSPKI((await keys).publicKey);
}

/** A business certificate (made by the unit tests' fixtures) valid from a month ago for 300 days, unless said. */
export function certificate(spec: CertSpec = {}): Promise<MadeCertificate> {
  const now = nowSeconds();
  return makeCert({notBefore: now - 30 * DAY, notAfter: now + 300 * DAY, ...spec});
}

/** A CA certificate (the fixtures' makeCa: its own dates, years either side of the fixtures' day). */
export const caCertificate = makeCa;

/** PEM for base64 DER. */
export function pemOf(base64: string, label = 'CERTIFICATE'): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
