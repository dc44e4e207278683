// Is a pasted public key the key in a certificate? Maskinporten verifies a grant with x5c[0]'s key, whatever key
// the reader pasted: a grant signed with key A that carries certificate B verifies with A and still fails with
// MP-124. Keys are compared by their public numbers (RSA n and e, EC curve, x and y), read with WebCrypto.
// Loaded with import() by the token inspector when a key and an x5c are both given.

import 'reflect-metadata';
import {X509Certificate} from '@peculiar/x509';
import {finding, own, type Finding} from './findings';
import {isPlainObject} from './is-object';
import {base64ToBytes, base64urlToBytes} from './base64';
import {spkiFromPkcs1} from './jwk';

export type KeyMatch = 'same' | 'different' | 'unknown';

/** A public key's identity: `RSA:n:e` or `EC:crv:x:y`, from base64url numbers. */
type KeyId = string;

/** A base64url number as hex without leading zero bytes (a JWK may carry them; WebCrypto's never does). */
function number(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const bytes = base64urlToBytes(value.replace(/=+$/, ''));
  if (!bytes || bytes.length === 0) return undefined;
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return [...bytes.subarray(i)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function jwkId(jwk: Record<string, unknown>): KeyId | undefined {
  const kty = own(jwk, 'kty');
  const crv = own(jwk, 'crv');
  if (kty === 'RSA') {
    const n = number(own(jwk, 'n'));
    const e = number(own(jwk, 'e'));
    return n && e ? `RSA:${n}:${e}` : undefined;
  }
  if ((kty === 'EC' || kty === 'OKP') && typeof crv === 'string') {
    const x = number(own(jwk, 'x'));
    const y = kty === 'EC' ? number(own(jwk, 'y')) : '';
    return x && y !== undefined ? `${kty}:${crv}:${x}:${y}` : undefined;
  }
  return undefined;
}

const IMPORTS: readonly (RsaHashedImportParams | EcKeyImportParams | Algorithm)[] = [
  {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'},
  {name: 'RSA-PSS', hash: 'SHA-256'},
  {name: 'ECDSA', namedCurve: 'P-256'},
  {name: 'ECDSA', namedCurve: 'P-384'},
  {name: 'ECDSA', namedCurve: 'P-521'},
  {name: 'Ed25519'},
];

/** The identity of a SubjectPublicKeyInfo, by importing it with each algorithm WebCrypto knows until one fits. */
async function spkiId(spki: Uint8Array<ArrayBuffer>): Promise<KeyId | undefined> {
  for (const algorithm of IMPORTS) {
    try {
      const key = await crypto.subtle.importKey('spki', spki, algorithm, true, ['verify']);
      const id = jwkId((await crypto.subtle.exportKey('jwk', key)) as Record<string, unknown>);
      if (id) return id;
    } catch {
      // another key type
    }
  }
  return undefined;
}

function certificateSpki(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> | undefined {
  try {
    return new Uint8Array(new X509Certificate(der).publicKey.rawData);
  } catch {
    return undefined;
  }
}

const pemBody = (text: string, label: string): Uint8Array<ArrayBuffer> | undefined => {
  const m = text.match(new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`));
  return m ? base64ToBytes((m[1] ?? '').replace(/\s+/g, '')) : undefined;
};

/** Every key a pasted text holds (a JWK, each key of a JWKS, a PEM public key or certificate, a bare x5c entry). */
async function keyIds(text: string): Promise<KeyId[]> {
  const t = text.trim();
  if (t.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      return [];
    }
    if (!isPlainObject(parsed)) return [];
    const keys = own(parsed, 'keys');
    const list = Array.isArray(keys) ? keys.slice(0, 100) : [parsed];
    return list.flatMap((k) => {
      const id = isPlainObject(k) ? jwkId(k) : undefined;
      return id ? [id] : [];
    });
  }
  let spki: Uint8Array<ArrayBuffer> | undefined;
  if (t.includes('-----BEGIN CERTIFICATE-----')) {
    const der = pemBody(t, 'CERTIFICATE');
    spki = der ? certificateSpki(der) : undefined;
  } else if (t.includes('-----BEGIN PUBLIC KEY-----')) {
    spki = pemBody(t, 'PUBLIC KEY');
  } else if (t.includes('-----BEGIN RSA PUBLIC KEY-----')) {
    const pkcs1 = pemBody(t, 'RSA PUBLIC KEY');
    spki = pkcs1 ? spkiFromPkcs1(pkcs1) : undefined;
  } else {
    const der = base64ToBytes(t.replace(/\s+/g, ''));
    spki = der ? certificateSpki(der) : undefined;
  }
  const id = spki ? await spkiId(spki) : undefined;
  return id ? [id] : [];
}

/**
 * Compares a pasted public key with the key of a certificate given as an x5c entry (base64 DER). `same` when the
 * text holds that key (for a JWKS: any of its keys), `different` when it holds keys and none is it, `unknown`
 * when either side cannot be read. Never throws.
 */
export async function compareKeyWithCertificate(keyText: string, x5cEntry: string): Promise<KeyMatch> {
  try {
    if (typeof keyText !== 'string' || typeof x5cEntry !== 'string' || keyText.length > 256 * 1024) return 'unknown';
    const der = base64ToBytes(x5cEntry.replace(/\s+/g, ''));
    const spki = der ? certificateSpki(der) : undefined;
    const certId = spki ? await spkiId(spki) : undefined;
    if (!certId) return 'unknown';
    const ids = await keyIds(keyText);
    if (ids.length === 0) return 'unknown';
    return ids.includes(certId) ? 'same' : 'different';
  } catch {
    return 'unknown';
  }
}

/**
 * The token inspector's check when a key is pasted for a grant that carries x5c: Maskinporten verifies with
 * x5c[0], so a pasted key that is not x5c[0]'s is an error (`cert.x5c-key-mismatch`, MP-124) even when the
 * signature verifies with it. Nothing when either side cannot be read (other findings say why). Never throws.
 */
export async function x5cKeyFindings(keyText: string, x5c: unknown): Promise<Finding[]> {
  const first = Array.isArray(x5c) ? x5c[0] : undefined;
  if (typeof first !== 'string' || typeof keyText !== 'string' || keyText.trim() === '') return [];
  return (await compareKeyWithCertificate(keyText, first)) === 'different'
    ? [finding('cert.x5c-key-mismatch', {}, 'header.x5c')]
    : [];
}
