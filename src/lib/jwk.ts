// The public JWK Maskinporten's self-service takes for a key on a client, made with WebCrypto from the
// certificate's public key, and the RFC 7638 / RFC 7515 thumbprints. No jose: a test checks the result against
// jose's exportJWK and calculateJwkThumbprint.

import {base64urlToBytes} from './base64';

/** The RSA signature algorithms Maskinporten takes in a grant. */
export const RSA_SIGNING_ALGS = ['RS256', 'RS384', 'RS512'] as const;
export type RsaSigningAlg = (typeof RSA_SIGNING_ALGS)[number];

export interface RsaPublicJwk {
  kty: 'RSA';
  n: string;
  e: string;
  alg: RsaSigningAlg;
  use: 'sig';
  kid: string;
}

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Decodes base64url (no padding); undefined when it is not base64url. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  return base64urlToBytes(text);
}

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** `x5t#S256`: the SHA-256 of the DER certificate, base64url (RFC 7515 §4.1.8). */
export async function certificateThumbprint(der: Uint8Array<ArrayBuffer>): Promise<string> {
  return base64url(await sha256(der));
}

/** RFC 7638 thumbprint of an RSA key: SHA-256 of `{"e":…,"kty":"RSA","n":…}`, members in that order. */
export async function rsaJwkThumbprint(key: {readonly n: string; readonly e: string}): Promise<string> {
  const canonical = JSON.stringify({e: key.e, kty: 'RSA', n: key.n});
  return base64url(await sha256(new TextEncoder().encode(canonical)));
}

/** Modulus length in bits of a base64url `n` (leading zero bytes not counted); 0 when it does not decode. */
export function rsaModulusBits(n: string): number {
  const bytes = fromBase64url(n);
  if (!bytes) return 0;
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  const first = bytes[i] as number;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(first));
}

/** The longest kid the tool takes from the reader. */
export const MAX_KID_LENGTH = 200;

/** Why a typed kid cannot be used: too long, or a control character in it; undefined when it can. */
export function kidProblem(kid: string): 'too-long' | 'control' | undefined {
  const k = kid.trim();
  if (k.length > MAX_KID_LENGTH) return 'too-long';
  if ([...k].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return 'control';
  return undefined;
}

/** A kid the reader typed: trimmed, printable, at most 200 characters; undefined for anything else. */
export function cleanKid(kid: string | undefined): string | undefined {
  const k = kid?.trim();
  if (!k || kidProblem(k) !== undefined) return undefined;
  return k;
}

/** The n and e of an RSA SubjectPublicKeyInfo (DER), through WebCrypto. Undefined for another key type. */
export async function rsaPublicNumbers(spki: Uint8Array<ArrayBuffer>): Promise<{n: string; e: string} | undefined> {
  try {
    const key = await crypto.subtle.importKey('spki', spki, {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'}, true, [
      'verify',
    ]);
    const jwk = await crypto.subtle.exportKey('jwk', key);
    return typeof jwk.n === 'string' && typeof jwk.e === 'string' ? {n: jwk.n, e: jwk.e} : undefined;
  } catch {
    return undefined;
  }
}

/** The JWK to register: kid is the one typed, or else the RFC 7638 thumbprint; alg RS256 unless given. */
export async function rsaSigningJwk(
  key: {readonly n: string; readonly e: string},
  kid?: string,
  alg: RsaSigningAlg = 'RS256',
): Promise<{jwk: RsaPublicJwk; thumbprint: string}> {
  const thumbprint = await rsaJwkThumbprint(key);
  return {
    jwk: {kty: 'RSA', n: key.n, e: key.e, alg, use: 'sig', kid: cleanKid(kid) ?? thumbprint},
    thumbprint,
  };
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** rsaEncryption AlgorithmIdentifier: SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }. */
const RSA_ENCRYPTION = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

/** A PKCS#1 RSAPublicKey (`BEGIN RSA PUBLIC KEY`) as a SubjectPublicKeyInfo, which WebCrypto imports. */
export function spkiFromPkcs1(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const bitString = [0x03, ...derLength(pkcs1.length + 1), 0x00, ...pkcs1];
  const body = [...RSA_ENCRYPTION, ...bitString];
  return Uint8Array.from([0x30, ...derLength(body.length), ...body]);
}
