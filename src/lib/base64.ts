// Base64 and base64url text to bytes, once for every reader of pasted keys, certificates and tokens.

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Standard base64 (padding optional) to bytes; undefined when it is not base64. */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(b64) || b64.replace(/=+$/, '').length % 4 === 1) return undefined;
  try {
    const binary = atob(b64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch (error) {
    // atob's InvalidCharacterError (a DOMException) for what the pattern let through; anything else is a bug.
    if (error instanceof Error && error.name === 'InvalidCharacterError') return undefined;
    throw error;
  }
}

/** base64url (no padding) to bytes; undefined when it is not base64url. */
export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return base64ToBytes(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

/** base64url (no padding) to UTF-8 text; undefined when it is not base64url or not UTF-8. */
export function base64urlToUtf8(part: string): string | undefined {
  const bytes = base64urlToBytes(part);
  if (bytes === undefined) return undefined;
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch (error) {
    // Not UTF-8 (the fatal decoder's TypeError): the caller reports the part as undecodable.
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}
