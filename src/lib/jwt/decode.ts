// Step 2 of the token inspector: clean the token text (a `Bearer ` prefix, quotes, whitespace) and decode the
// compact JWS/JWE parts once. What the paste held around the token is read first (./paste.ts). No jose here,
// so the inspector stays light; jose is only used for verification (signature.ts).

import {finding, showValue, type Finding} from '../findings';
import {codePointName} from '../display';
import {looksLikePrivateKey} from './secrets';
import {base64urlToUtf8} from '../base64';
import {hasOwn, own} from '../is-object';
import {duplicateMembers} from '../json-members';
import {readPaste} from './paste';
import {parseJson} from '../safe-parse';

/** Real grants with a full x5c chain are a few KB; anything far above is not a token. */
export const MAX_TOKEN_LENGTH = 64 * 1024;

export interface DecodedToken {
  readonly kind: 'jws' | 'jwe' | 'invalid';
  /** The cleaned compact token (no prefix, no whitespace). */
  readonly token?: string;
  readonly header?: Record<string, unknown>;
  readonly claims?: Record<string, unknown>;
  /** True when a part is not valid base64url: a signature over it says nothing Maskinporten would agree with. */
  readonly malformed: boolean;
  readonly findings: Finding[];
}

const B64URL = /^[A-Za-z0-9_-]*$/;

/** The first character that is not base64url, named by code point so an invisible one is not shown as "". */
function badCharParams(part: string): {char: string; codePoint: string} {
  const bad = part.match(/[^A-Za-z0-9_-]/u)?.[0] ?? '';
  return {char: bad, codePoint: bad === '' ? '' : codePointName(bad)};
}

function decodePart(part: string, name: 'header' | 'claims', findings: Finding[]): Record<string, unknown> | undefined {
  if (!B64URL.test(part)) {
    findings.push(finding('jwt.base64', {part: name, ...badCharParams(part)}, name));
    return undefined;
  }
  const json = base64urlToUtf8(part);
  if (json === undefined) {
    // Only base64url characters, but a length no base64 has or bytes that are not UTF-8.
    findings.push(finding('jwt.base64.decode', {part: name, reason: part.length % 4 === 1 ? 'length' : 'utf8'}, name));
    return undefined;
  }
  const parsed = parseJson(json);
  if (!parsed.ok) {
    findings.push(finding('jwt.json', {part: name}, name));
    return undefined;
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    findings.push(
      finding(
        'jwt.not-object',
        {part: name, type: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value},
        name,
      ),
    );
    return undefined;
  }
  // RFC 7519 §4: names must be unique. JSON.parse kept the last; Maskinporten's parser may keep another.
  for (const duplicate of duplicateMembers(json)) {
    const at = duplicate.within === '' ? duplicate.name : `${duplicate.within}.${duplicate.name}`;
    findings.push(finding('jwt.duplicate-member', {part: name, name: at.slice(0, 200)}, `${name}.${at.slice(0, 200)}`));
  }
  return value as Record<string, unknown>;
}

/** Counts dots without splitting, so huge input costs one pass. */
function countDots(text: string): number {
  let n = 0;
  let i = text.indexOf('.');
  while (i >= 0) {
    n++;
    i = text.indexOf('.', i + 1);
  }
  return n;
}

function tooLarge(input: string): DecodedToken {
  // Cheap scan only: one regex test and one dot count, no decoding.
  const findings = [finding('jwt.too-large', {length: input.length, max: MAX_TOKEN_LENGTH})];
  const trimmed = input.trim();
  const parts = countDots(trimmed) + 1;
  if (/\s/.test(trimmed)) findings.push(finding('jwt.whitespace', {}));
  // Three parts (JWS) or five (JWE) is a token's shape: too large, but not malformed, whatever it holds.
  else if (parts !== 3 && parts !== 5) findings.push(finding('jwt.malformed', {parts}));
  return {kind: 'invalid', malformed: true, findings};
}

/**
 * Cleans and decodes a pasted token. Takes the token out of a response, request body or curl line, strips a
 * `Bearer ` prefix, quotes and surrounding whitespace, reports whitespace inside, and decodes header and claims
 * (JWS) or the header only (JWE).
 */
export function decodeToken(text: string): DecodedToken {
  const input = typeof text === 'string' ? text : '';
  if (input.length > MAX_TOKEN_LENGTH) return tooLarge(input);

  let t = input.trim();
  if (t === '') return {kind: 'invalid', malformed: true, findings: [finding('jwt.empty')]};
  // Nothing of a private key is decoded or echoed: one finding, no params.
  if (looksLikePrivateKey(t)) return {kind: 'invalid', malformed: true, findings: [finding('jwt.private-key')]};

  const pasted = readPaste(t);
  const findings: Finding[] = [...pasted.findings];
  t = pasted.text.trim();
  const bearer = t.match(/^(?:authorization\s*:\s*)?bearer[\s:]+/i);
  if (bearer) {
    findings.push(finding('jwt.bearer-prefix', {prefix: bearer[0].trim()}));
    t = t.slice(bearer[0].length);
  }
  const quoted = t.match(/^(["'`“”])([\s\S]*)(["'`“”])$/);
  if (quoted && quoted[2] !== undefined) {
    findings.push(finding('jwt.quotes'));
    t = quoted[2].trim();
  }
  if (t === '') return {kind: 'invalid', malformed: true, findings: [...findings, finding('jwt.empty')]};

  // Only ASCII whitespace is a wrapped or indented paste; NBSP, BOM, U+2028 and the like are invisible
  // characters inside the token, named by code point in jwt.base64.
  if (/[ \t\r\n\f\v]/.test(t)) {
    const lineBreaks = (t.match(/[\r\n]/g) ?? []).length;
    findings.push(finding('jwt.whitespace', {lineBreaks}));
    t = t.replace(/[ \t\r\n\f\v]+/g, '');
  }

  const parts = t.split('.');
  if (parts.length === 5) {
    findings.push(finding('jwt.encrypted', {parts: 5}));
    const header = decodePart(parts[0] ?? '', 'header', findings);
    return {kind: 'jwe', token: t, ...(header ? {header} : {}), malformed: false, findings};
  }
  if (parts.length !== 3) {
    findings.push(finding('jwt.malformed', {parts: parts.length}));
    return {kind: 'invalid', malformed: true, findings};
  }

  const [h = '', p = '', s = ''] = parts;
  const before = findings.length;
  const header = decodePart(h, 'header', findings);
  const claims = decodePart(p, 'claims', findings);
  if (!B64URL.test(s)) {
    findings.push(finding('jwt.base64', {part: 'signature', ...badCharParams(s)}, 'signature'));
  }
  const malformed = findings
    .slice(before)
    .some((f) => f.code === 'jwt.base64' || f.code === 'jwt.base64.decode' || f.code === 'jwt.json');
  const crit = header ? own(header, 'crit') : undefined;
  if (header && hasOwn(header, 'crit')) {
    // No crit extension is defined for Maskinporten grants or tokens, so every one is unsupported (RFC 7515 §4.1.11).
    const names = Array.isArray(crit) ? crit.filter((c): c is string => typeof c === 'string') : [];
    findings.push(
      finding(
        'jwt.crit-unsupported',
        {names: names.length > 0 ? names.join(', ').slice(0, 200) : showValue(crit)},
        'header.crit',
      ),
    );
  }
  const alg = header ? own(header, 'alg') : undefined;
  if (typeof alg === 'string' && alg.toLowerCase() === 'none')
    findings.push(finding('jwt.alg-none', {alg}, 'header.alg'));
  else if (s === '') findings.push(finding('jwt.signature-empty', {}, 'signature'));

  if (!header || !claims)
    return {kind: 'invalid', token: t, ...(header ? {header} : {}), ...(claims ? {claims} : {}), malformed, findings};
  return {kind: 'jws', token: t, header, claims, malformed, findings};
}
