// Step 1 of the token inspector: find the token in what was pasted. People paste more than a token: a whole
// token response, the request body they sent (`{"assertion": …}` or `grant_type=…&assertion=…`), a curl line,
// an Authorization header, two tokens at once, or the token in quotes. Each is read as what it is, with a
// finding that says what was taken out of it; the rest of the pipeline sees one compact token (or the text, when
// nothing was recognised). Pure and light: no decoding of the token here.
import {finding, type Finding} from '../findings';
import {isPlainObject, own} from '../is-object';
import {base64urlToUtf8} from '../base64';
import {decodeUriComponent, parseJson} from '../safe-parse';

export interface PasteReading {
  /** The token text to decode (surrounding and inner whitespace still there, for the decode step to report). */
  readonly text: string;
  readonly findings: Finding[];
}

/** A compact JWS whose header and payload are JSON objects (both start with `{"`, base64url `eyJ`). */
const JWS_SHAPE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;

/** The header of a JWS as an object, or undefined when this part is not one. */
function headerObject(part: string): Record<string, unknown> | undefined {
  const json = base64urlToUtf8(part);
  if (json === undefined) return undefined;
  const parsed = parseJson(json);
  return parsed.ok && isPlainObject(parsed.value) ? parsed.value : undefined;
}

/** Whether three parts read as a signed token: a header with `alg` and a JSON payload. */
function isJws(header: string, payload: string): boolean {
  const h = headerObject(header);
  return h !== undefined && typeof own(h, 'alg') === 'string' && headerObject(payload) !== undefined;
}

/** The JSON members a token response or a request body carries the token in, and what taking it out says. */
const JSON_TOKEN_MEMBERS: readonly (readonly [member: string, said: () => Finding])[] = [
  ['access_token', () => finding('jwt.token-response')],
  ['assertion', () => finding('jwt.from-json-body', {member: 'assertion'})],
  ['client_assertion', () => finding('jwt.from-json-body', {member: 'client_assertion'})],
];

function fromJson(text: string): PasteReading | undefined {
  if (!text.startsWith('{')) return undefined;
  const parsed = parseJson(text);
  if (!parsed.ok || !isPlainObject(parsed.value)) return undefined;
  const value = parsed.value;
  for (const [member, said] of JSON_TOKEN_MEMBERS) {
    const token = own(value, member);
    if (typeof token === 'string') return {text: token.trim(), findings: [said()]};
  }
  return undefined;
}

/** `assertion=…` in a form body or a curl line, URL-decoded. */
function formAssertion(text: string): string | undefined {
  const m = /(?:^|[&?\s'"])(?:client_)?assertion=([^&\s'"]+)/.exec(text);
  if (!m?.[1]) return undefined;
  // A stray `%` that is no escape: the value as it stands.
  return decodeUriComponent(m[1].replace(/\+/g, ' ')) ?? m[1];
}

/** A bearer token in an Authorization header inside a longer text (a curl line, an HTTP request). */
function headerBearer(text: string): string | undefined {
  return /authorization\s*:\s*bearer\s+([A-Za-z0-9_.-]+)/i.exec(text)?.[1];
}

function fromRequest(text: string): PasteReading | undefined {
  const curl = /^curl\s/i.test(text);
  const assertion = formAssertion(text);
  if (assertion !== undefined && (curl || /(^|&)grant_type=/.test(text) || /^(client_)?assertion=/.test(text)))
    return {text: assertion, findings: [finding(curl ? 'jwt.from-curl' : 'jwt.from-form-body', {})]};
  const bearer = curl ? headerBearer(text) : undefined;
  if (bearer !== undefined) return {text: bearer, findings: [finding('jwt.from-curl', {})]};
  return undefined;
}

/**
 * Two or more tokens in one paste: separated by whitespace, commas or other text, or run together with no
 * separator (one token's signature straight into the next one's header, which splits as five parts and would
 * read as an encrypted token). The first is the one analysed.
 */
function severalTokens(text: string): PasteReading | undefined {
  const several = (tokens: readonly string[]): PasteReading => ({
    text: tokens[0] ?? '',
    findings: [finding('jwt.several-tokens', {count: tokens.length})],
  });
  const runTogether = splitRunTogether(text.replace(/\s+/g, ''));
  if (runTogether) return several(runTogether);
  const matches = [...text.matchAll(JWS_SHAPE)]
    .map((m) => m[0])
    .filter((token) => {
      const [h = '', p = ''] = token.split('.');
      return isJws(h, p);
    });
  return matches.length >= 2 ? several(matches) : undefined;
}

/**
 * Signed tokens run together with nothing between them: each signature runs straight into the next header, so
 * the text splits into 5, 7, … parts. An encrypted token (five parts) is not split: its second part is no JSON.
 */
function splitRunTogether(compact: string): string[] | undefined {
  const parts = compact.split('.');
  if (parts.length < 5 || parts.length % 2 === 0) return undefined;
  const tokens: string[] = [];
  let header = parts[0] ?? '';
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const payload = parts[i] ?? '';
    const joined = parts[i + 1] ?? '';
    if (!isJws(header, payload)) return undefined;
    if (i + 2 >= parts.length) {
      tokens.push(`${header}.${payload}.${joined}`);
      break;
    }
    let at = joined.indexOf('eyJ');
    while (at >= 0 && !isJws(joined.slice(at), parts[i + 2] ?? '')) at = joined.indexOf('eyJ', at + 1);
    // Nothing but a signature before the next header: anything else (a comma, a quote) is not run together.
    if (at < 0 || !/^[A-Za-z0-9_-]*$/.test(joined.slice(0, at))) return undefined;
    tokens.push(`${header}.${payload}.${joined.slice(0, at)}`);
    header = joined.slice(at);
  }
  return tokens.length >= 2 ? tokens : undefined;
}

/** The token to analyse in a paste, and what was taken out of it. `text` is already trimmed and non-empty. */
export function readPaste(text: string): PasteReading {
  const found = fromJson(text) ?? fromRequest(text);
  if (found !== undefined) {
    const inner = severalTokens(found.text);
    return inner ? {text: inner.text, findings: [...found.findings, ...inner.findings]} : found;
  }
  return severalTokens(text) ?? {text, findings: []};
}
