// Shared fixtures for the src/lib tests: fixed clock, token builders, and keys/certificates made here.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import {CompactSign, exportJWK, exportSPKI, generateKeyPair} from 'jose';
import type {Finding} from '../../../src/lib/findings';
import {decodeToken} from '../../../src/lib/jwt/decode';
import {verifySignature as verifySigned, type VerifyResult} from '../../../src/lib/jwt/signature';

/** 2025-11-25T00:00:00Z */
export const NOW = 1764028800;

export const b64url = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** An unsigned-looking compact token with a fake signature: enough for the sync inspector. */
export function tok(header: unknown, claims: unknown, signature = 'c2ln'): string {
  return `${b64url(header)}.${b64url(claims)}.${signature}`;
}

export const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);

export const GRANT_HEADER = {alg: 'RS256', x5c: ['MIIBfake']};
export const GRANT_CLAIMS_OK = {
  aud: 'https://maskinporten.no/',
  iss: 'my_client_id',
  scope: 'skatteetaten:inntekt',
  iat: NOW,
  exp: NOW + 120,
  jti: '415ec7ac-33eb-4ce3-bc86-6ad40e29768f',
};

export const ACCESS_CLAIMS_OK = {
  iss: 'https://maskinporten.no/',
  client_amr: 'virksomhetssertifikat',
  token_type: 'Bearer',
  client_id: 'my_client_id',
  aud: 'unspecified',
  scope: 'skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp',
  exp: NOW + 100,
  iat: NOW - 20,
  jti: 'faulA3FDWRqpd59Cwc1DqvA72kOV_xDHggBXpSpptsw',
  consumer: {authority: 'iso6523-actorid-upis', ID: '0192:910753614'},
};

export async function rsaKeys() {
  return generateKeyPair('RS256', {extractable: true});
}

export async function sign(
  header: Record<string, unknown> & {alg: string},
  claims: unknown,
  key: CryptoKey,
): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader(header).sign(key);
}

export {exportJWK, exportSPKI};

const RSA_ALG = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

export interface TestCertificate {
  /** base64 DER, as in x5c */
  x5c: string;
  pem: string;
  keys: CryptoKeyPair;
}

/**
 * A business certificate signed by a made-up CA key, with the subject and issuer names given.
 * Subject examples: '2.5.4.5=910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO' (SEID 1) or
 * '2.5.4.97=NTRNO-910753614, CN=…' (SEID 2).
 */
export async function makeCertificate(
  subject: string,
  issuer: string,
  notBefore: Date,
  notAfter: Date,
): Promise<TestCertificate> {
  const keys = (await crypto.subtle.generateKey(RSA_ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const caKeys = (await crypto.subtle.generateKey(RSA_ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '01',
    subject,
    issuer,
    notBefore,
    notAfter,
    publicKey: keys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: RSA_ALG,
  });
  return {x5c: Buffer.from(cert.rawData).toString('base64'), pem: cert.toString('pem'), keys};
}

/** The signature step on a compact token, decoded first as the pipeline hands it over (a token that does not
 * decode is verified with an empty header, which the step answers as unsigned). */
export function verifySignature(token: string, keyText?: string): Promise<VerifyResult> {
  const {token: compact = token, header = {}} = decodeToken(token);
  return verifySigned({token: compact, header}, keyText);
}
