// Reads a token request's body: `application/x-www-form-urlencoded` with grant_type and assertion. Never throws
// on the bytes it is given; anything it cannot read is a named answer (answers.ts).

import type {LocalAnswer} from './answers';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The largest body read; a grant with a three-certificate x5c chain is about 10 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

export type TokenRequest = {ok: true; assertion: string} | {ok: false; answer: LocalAnswer};

const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const UTF8 = new TextDecoder('utf-8', {fatal: true});

/** Parses the body of `POST /token`. */
export function parseTokenRequest(contentType: string | undefined, body: Uint8Array): TokenRequest {
  if (typeof contentType !== 'string' || !FORM.test(contentType.trim())) return {ok: false, answer: 'content-type'};
  if (body.length > MAX_BODY_BYTES) return {ok: false, answer: 'too-large'};
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch (e) {
    // Only the decoder's own error for bytes that are not UTF-8.
    if (!(e instanceof TypeError)) throw e;
    return {ok: false, answer: 'form-malformed'};
  }
  // URLSearchParams reads any text; a stray % stays as it is, which is what a server does too.
  const form = new URLSearchParams(text);
  const grantTypes = form.getAll('grant_type');
  const assertions = form.getAll('assertion');
  // RFC 6749 §3.2: a parameter must not be sent more than once.
  if (grantTypes.length > 1 || assertions.length > 1) return {ok: false, answer: 'form-malformed'};
  if (grantTypes[0] !== JWT_BEARER) return {ok: false, answer: 'grant-type'};
  const assertion = assertions[0];
  if (assertion === undefined || assertion === '') return {ok: false, answer: 'assertion-missing'};
  return {ok: true, assertion};
}
