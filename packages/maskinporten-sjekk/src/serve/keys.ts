// The keys registered on a local client, read from what the integrator gives `--key` or a config file: a public
// JWK, a JWKS, a PEM public key, or a certificate (PEM or DER). A private key in any form is refused before
// anything else reads it, and its content is never repeated. Node only (node:crypto).

import {createPublicKey, X509Certificate, type KeyObject} from 'node:crypto';
import type {JWK} from 'jose';
import {containsPrivateJwk, looksLikePrivateKey} from '../../../../src/lib/jwt/secrets';
import {describeCertificate, hasPrivateKeyPem} from '../../../../src/lib/certificates';
import {rsaJwkThumbprint} from '../../../../src/lib/jwk';
import {isPlainObject} from '../../../../src/lib/is-object';
import {parseJson} from '../../../../src/lib/safe-parse';

/** A public key registered on a client, with the kid a grant names it by. */
export interface RegisteredKey {
  readonly kid: string;
  /** Public JWK (RSA), with kid; what a grant with this kid is verified against. */
  readonly jwk: JWK & {kid: string};
  /** When the key came with a certificate: its base64 DER, and the organisation number it names. */
  readonly certificate?: {readonly der: string; readonly orgnr?: string};
  /** Seconds since the epoch after which the registration has expired (MP-121). */
  readonly expires?: number;
}

export type KeyReadProblem = 'private-key' | 'unreadable' | 'not-rsa' | 'too-large';

export type KeyReadResult = {ok: true; keys: RegisteredKey[]} | {ok: false; problem: KeyReadProblem};

const MAX_KEY_BYTES = 256 * 1024;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

async function fromKeyObject(key: KeyObject, kid: string | undefined): Promise<RegisteredKey | undefined> {
  if (key.asymmetricKeyType !== 'rsa') return undefined;
  const exported = key.export({format: 'jwk'}) as {n?: string; e?: string};
  if (typeof exported.n !== 'string' || typeof exported.e !== 'string') return undefined;
  const id = kid ?? (await rsaJwkThumbprint({n: exported.n, e: exported.e}));
  return {kid: id, jwk: {kty: 'RSA', n: exported.n, e: exported.e, kid: id, use: 'sig'}};
}

async function fromCertificate(der: Buffer, kid: string | undefined): Promise<RegisteredKey | undefined> {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    return undefined; // not a certificate: the caller says the file is unreadable
  }
  const key = await fromKeyObject(cert.publicKey, kid);
  if (!key) return undefined;
  const base64 = der.toString('base64');
  const described = describeCertificate(base64);
  const orgnr = described.certificate?.orgnr;
  return {...key, certificate: {der: base64, ...(orgnr !== undefined ? {orgnr} : {})}};
}

async function fromJwkObject(
  value: Record<string, unknown>,
  kid: string | undefined,
): Promise<RegisteredKey | 'not-rsa'> {
  if (value.kty !== 'RSA' || typeof value.n !== 'string' || typeof value.e !== 'string') return 'not-rsa';
  try {
    createPublicKey({key: {kty: 'RSA', n: value.n, e: value.e}, format: 'jwk'});
  } catch {
    return 'not-rsa';
  }
  const own = typeof value.kid === 'string' && value.kid !== '' ? value.kid : undefined;
  const id = own ?? kid ?? (await rsaJwkThumbprint({n: value.n, e: value.e}));
  return {kid: id, jwk: {kty: 'RSA', n: value.n, e: value.e, kid: id, use: 'sig'}};
}

/**
 * Reads the public keys in a file or inline value. `kid` names a key that carries none (a JWK without kid, a PEM
 * key or a certificate); without it the kid is the key's RFC 7638 thumbprint, as `maskinporten-sjekk cert --jwk`
 * prints it.
 */
export async function readPublicKeys(
  input: string | Buffer | Record<string, unknown>,
  kid?: string,
): Promise<KeyReadResult> {
  if (typeof input !== 'string' && !Buffer.isBuffer(input)) {
    if (containsPrivateJwk(input)) return {ok: false, problem: 'private-key'};
    return jsonKeys(input, kid);
  }
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length > MAX_KEY_BYTES) return {ok: false, problem: 'too-large'};
  const text = bytes.toString('utf8');
  // Private keys first, in every form (PEM, JWK with d, bare base64 DER), before any parser sees them.
  if (hasPrivateKeyPem(text) || looksLikePrivateKey(text)) return {ok: false, problem: 'private-key'};
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed);
    if (!parsed.ok || !isPlainObject(parsed.value)) return {ok: false, problem: 'unreadable'};
    if (containsPrivateJwk(parsed.value)) return {ok: false, problem: 'private-key'};
    return jsonKeys(parsed.value, kid);
  }
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length > 0) {
    const keys: RegisteredKey[] = [];
    for (const block of blocks) {
      const label = block[1] ?? '';
      if (/PRIVATE/.test(label) || /ENCRYPTED/.test(label)) return {ok: false, problem: 'private-key'};
      let key: RegisteredKey | undefined;
      if (label === 'CERTIFICATE') {
        const body = block[0].replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
        key = await fromCertificate(Buffer.from(body, 'base64'), kid);
      } else if (label === 'PUBLIC KEY' || label === 'RSA PUBLIC KEY') {
        try {
          key = await fromKeyObject(createPublicKey(block[0]), kid);
        } catch {
          return {ok: false, problem: 'unreadable'};
        }
      }
      if (!key) return {ok: false, problem: label === 'CERTIFICATE' || /PUBLIC/.test(label) ? 'not-rsa' : 'unreadable'};
      keys.push(key);
      // A PEM chain registers its first certificate (the business certificate), not the CAs after it.
      if (label === 'CERTIFICATE') break;
    }
    return {ok: true, keys};
  }
  // DER certificate (a .cer/.crt file). A PKCS#12 file (.p12, .pfx) holds the private key: refused.
  if (bytes[0] === 0x30) {
    const key = await fromCertificate(bytes, kid);
    if (key) return {ok: true, keys: [key]};
    return {ok: false, problem: pkcs12Like(bytes)};
  }
  return {ok: false, problem: 'unreadable'};
}

/** A DER SEQUENCE that is no certificate: PKCS#12 opens with SEQUENCE, INTEGER 3 (its version). */
function pkcs12Like(bytes: Buffer): KeyReadProblem {
  const lengthByte = bytes[1] ?? 0;
  const start = lengthByte < 0x80 ? 2 : 2 + (lengthByte & 0x7f);
  return bytes[start] === 0x02 && bytes[start + 1] === 0x01 && bytes[start + 2] === 0x03 ? 'private-key' : 'unreadable';
}

async function jsonKeys(value: Record<string, unknown>, kid: string | undefined): Promise<KeyReadResult> {
  const list = Array.isArray(value.keys) ? value.keys : [value];
  if (list.length === 0 || list.length > 100) return {ok: false, problem: 'unreadable'};
  const keys: RegisteredKey[] = [];
  for (const item of list) {
    if (!isPlainObject(item)) return {ok: false, problem: 'unreadable'};
    // Several keys need their own kids: one kid given for the file cannot name them all.
    const key = await fromJwkObject(item, list.length === 1 ? kid : undefined);
    if (key === 'not-rsa') return {ok: false, problem: 'not-rsa'};
    keys.push(key);
  }
  return {ok: true, keys};
}
