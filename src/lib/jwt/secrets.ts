// Private keys pasted by mistake: recognised so that no check reads them further and no finding echoes them.
// Pure and light (no jose): the decode step uses it on the token field, the signature step on the key field.

import {own} from '../findings';
import {base64ToBytes} from '../base64';
import {isPlainObject} from '../is-object';
import {parseJson} from '../safe-parse';

/** JWK members that only a private (or symmetric) key has (RFC 7518 §6.2.2, §6.3.2, §6.4.1). */
export const PRIVATE_JWK_MEMBERS: readonly string[] = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

const PEM_PRIVATE = /-----\s*begin[a-z0-9 ]*private key\s*-----/i;
/** How deep pasted JSON is searched for a wrapped JWK; real wrappers (`{"key": {...}}`, JWKS) are shallow. */
const MAX_JSON_DEPTH = 8;
const MAX_JSON_NODES = 2000;

const isRecord = isPlainObject;

/** A JWK-like object with a private member. At the top level `kty` is not required (a bare `{"d": …}`). */
export function isPrivateJwk(value: unknown, requireKty = false): boolean {
  if (!isRecord(value)) return false;
  if (requireKty && typeof own(value, 'kty') !== 'string') return false;
  return PRIVATE_JWK_MEMBERS.some((m) => own(value, m) !== undefined);
}

/** Any JWK with a private member anywhere in parsed JSON (a JWKS, `{"key": {...}}`, an array of keys). */
export function containsPrivateJwk(value: unknown): boolean {
  if (isPrivateJwk(value)) return true;
  const stack: {node: unknown; depth: number}[] = [{node: value, depth: 0}];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_JSON_NODES) {
    const {node, depth} = stack.pop() as {node: unknown; depth: number};
    visited++;
    if (depth > 0 && isPrivateJwk(node, true)) return true;
    if (depth >= MAX_JSON_DEPTH || typeof node !== 'object' || node === null) continue;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push({node: child, depth: depth + 1});
  }
  return false;
}

/** The first bytes of base64 DER, or undefined when the text is not plain base64. */
function derPrefix(text: string): Uint8Array | undefined {
  const b64 = text.replace(/\s+/g, '');
  if (b64.length < 16 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return undefined;
  return base64ToBytes(b64.slice(0, 16));
}

/**
 * Bare base64 of a DER private key: PKCS#8 and PKCS#1 both open with SEQUENCE, INTEGER version 0, and SEC1 (EC)
 * with version 1 and an OCTET STRING. A certificate (SEQUENCE, SEQUENCE) or an SPKI key (SEQUENCE, SEQUENCE) does not.
 */
export function isBase64PrivateKey(text: string): boolean {
  const der = derPrefix(text);
  if (!der || der[0] !== 0x30) return false;
  const lengthByte = der[1] ?? 0;
  const start = lengthByte < 0x80 ? 2 : 2 + (lengthByte & 0x7f);
  const [tag, len, version, next] = [der[start], der[start + 1], der[start + 2], der[start + 3]];
  if (tag !== 0x02 || len !== 0x01) return false;
  return (version === 0x00 && (next === 0x30 || next === 0x02)) || (version === 0x01 && next === 0x04);
}

/** True when the pasted text is (or wraps) a private key in any of the forms people paste. */
export function looksLikePrivateKey(text: string): boolean {
  if (typeof text !== 'string') return false;
  const t = text.trim();
  if (PEM_PRIVATE.test(t)) return true;
  if (t.startsWith('{') || t.startsWith('[')) {
    const parsed = parseJson(t);
    return parsed.ok && containsPrivateJwk(parsed.value);
  }
  return isBase64PrivateKey(t);
}
