// The error explainer: matches a pasted token endpoint error response (or any text with an MP code or one of
// Maskinporten's messages) to the rows of token-error-table.ts, after the DSOP APIs' own codes (api-errors.ts).

import {finding, type Finding, type FindingParams} from './findings';
import {explainApiError, maskIdentifiers, MP_CODE} from './api-errors';
import {checkScopes, DSOP_SCOPES, RELATED_SCOPES} from './scopes';
import {isPlainObject, own} from './is-object';
import {parseJson} from './safe-parse';
import {OAUTH_ERRORS, TOKEN_ERRORS, type OAuthErrorEntry, type TokenErrorEntry} from './token-error-table';

export * from './token-error-table';

export interface ParsedErrorResponse {
  error?: string;
  error_description?: string;
  error_uri?: string;
}

export interface ExplainErrorResult {
  matches: TokenErrorEntry[];
  parsed?: ParsedErrorResponse;
  /** An OAuth error without an MP code: its most likely causes, in order. */
  oauth?: {error: string; likely: TokenErrorEntry[]};
  findings: Finding[];
}

const MAX_ERROR_TEXT = 64 * 1024;

function parseResponse(text: string): {parsed?: ParsedErrorResponse; failed: boolean} {
  const t = text.trim();
  if (!t.startsWith('{')) return {failed: false};
  const json = parseJson(t);
  if (!json.ok) return {failed: true};
  const value = json.value;
  if (!isPlainObject(value)) return {failed: true};
  const obj = value;
  const parsed: ParsedErrorResponse = {};
  for (const key of ['error', 'error_description', 'error_uri'] as const) {
    const v = own(obj, key);
    if (typeof v === 'string') parsed[key] = v.slice(0, 4096);
  }
  return {parsed, failed: false};
}

/** Pulls scope and org numbers out of MP-250/MP-251 messages so the UI can name them. Linear in the text. */
function extractParams(entry: TokenErrorEntry, text: string): FindingParams {
  const params: FindingParams = {};
  const scope = /to the scope\s+([^\s"']+)/i.exec(text);
  if (scope?.[1]) params.scope = scope[1].replace(/[.,]$/, '');
  if (entry.code === 'error.mp-251') {
    // Two searches, the second from where the first ended: `consumer … .*? … supplier` in one pattern is
    // quadratic on a long text with many "consumer <orgnr>" and no supplier.
    const consumer = /consumer\s+(\d{9})\b/gi;
    const first = consumer.exec(text);
    if (first?.[1]) {
      const supplier = /supplier\s+(\d{9})\b/gi;
      supplier.lastIndex = consumer.lastIndex;
      const second = supplier.exec(text);
      if (second?.[1]) {
        params.consumer = first[1];
        params.supplier = second[1];
      }
    }
  }
  return params;
}

/** True when `fragment` occurs in `lower` at the start of a word. */
function hasWord(lower: string, fragment: string): boolean {
  for (let i = lower.indexOf(fragment); i >= 0; i = lower.indexOf(fragment, i + 1)) {
    const before = i === 0 ? '' : lower.charAt(i - 1);
    if (!/[a-z0-9]/.test(before)) return true;
  }
  return false;
}

const OAUTH_WORDS =
  /\b(invalid_grant|invalid_client|invalid_scope|unauthorized_client|invalid_request|unsupported_grant_type|error_description|error_uri|error)\b/gi;

/** The message part of the text: no MP codes, no OAuth error words, no punctuation. '' when nothing is left. */
function messageText(text: string): string {
  const words = text
    .replace(/\bMP[-_ ]?\d{3}\b/gi, ' ')
    .replace(OAUTH_WORDS, ' ')
    .replace(/[^\p{L}\p{N}_]+/gu, ' ')
    .trim();
  return /\p{L}{3}/u.test(words) ? words : '';
}

/** Entries whose message the text carries; if none, those whose looser words it has. The generic MP-100 yields. */
function entriesForMessage(lower: string): TokenErrorEntry[] {
  let found = TOKEN_ERRORS.filter((e) => e.match.some((m) => lower.includes(m)));
  if (found.length === 0) found = TOKEN_ERRORS.filter((e) => (e.related ?? []).some((w) => hasWord(lower, w)));
  // "client authentication failed" is also part of the MP-110/120/121 messages; keep the most specific.
  if (found.length > 1) found = found.filter((e) => e.code !== 'error.mp-100');
  return found;
}

/**
 * When the text has an MP code whose known message it does not carry: the finding that says so, naming the
 * codes the message does fit (e.g. "MP-110 Token has expired" fits MP-121 and MP-130).
 */
function messageMismatch(mpCode: string, candidates: readonly TokenErrorEntry[], message: string): Finding | undefined {
  const lower = message.toLowerCase();
  if (lower === '' || candidates.some((e) => e.match.some((m) => lower.includes(m)))) return undefined;
  const fits = [
    ...new Set(
      entriesForMessage(lower)
        .filter((e) => !candidates.includes(e))
        .flatMap((e) => (e.mpCodes.length > 0 ? e.mpCodes : [e.message])),
    ),
  ].filter((code) => code !== mpCode);
  const shown = message.slice(0, 200);
  return fits.length > 0
    ? finding('error.message-mismatch', {mpCode, message: shown, codes: fits.join(', ')})
    : finding('error.message-unmatched', {mpCode, message: shown});
}

const KNOWN_PREFIXES: ReadonlySet<string> = new Set(
  [...DSOP_SCOPES, ...RELATED_SCOPES].map((s) => s.scope.slice(0, s.scope.indexOf(':'))),
);

/**
 * The scopes the text names (`Skatteetaten:inntekt` in an invalid_scope or MP-200 message), each checked by the
 * scope validator's own rules: what is wrong with one, and its fix (lower case, a typo, two scopes run together).
 * Only scopes with a known prefix, in any case, so `https://…`, times and `urn:…` are not scopes.
 */
function scopeFixes(text: string): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const m of maskIdentifiers(text).matchAll(
    /(?<![A-Za-z0-9_:/.-])([A-Za-z][A-Za-z0-9_-]*):([A-Za-z0-9][A-Za-z0-9_./-]*)/g,
  )) {
    const scope = m[0].replace(/[./-]+$/, '');
    if (!KNOWN_PREFIXES.has((m[1] ?? '').toLowerCase()) || seen.has(scope)) continue;
    seen.add(scope);
    for (const f of checkScopes(scope).findings) {
      if (f.severity === 'info') continue;
      const {path: _path, ...rest} = f;
      out.push(rest);
    }
    if (seen.size >= 5) break;
  }
  return out;
}

/** An OAuth error named in the response (the `error` field, else the first OAuth error word in the text). */
function oauthError(parsed: ParsedErrorResponse | undefined, text: string): OAuthErrorEntry | undefined {
  const named =
    parsed?.error ??
    /\b(invalid_grant|invalid_client|invalid_scope|unauthorized_client|invalid_request|unsupported_grant_type)\b/i.exec(
      text,
    )?.[1];
  const lower = named?.trim().toLowerCase();
  return OAUTH_ERRORS.find((e) => e.error === lower);
}

/**
 * Explains a token endpoint error: JSON `{"error","error_description","error_uri"}` or any text with the
 * MP code or message. Matches on the MP code first, then on the message text. A message that does not fit
 * its code, an MP code this site does not know, and an OAuth error without a code each get their own finding.
 */
export function explainError(responseText: string): ExplainErrorResult {
  const raw = typeof responseText === 'string' ? responseText : '';
  if (raw.trim() === '') return {matches: [], findings: [finding('error.empty')]};
  const text = raw.length > MAX_ERROR_TEXT ? raw.slice(0, MAX_ERROR_TEXT) : raw;
  // The DSOP APIs' own codes and Maskinporten's both: a log can hold an MP code next to a Skatteetaten code.
  const apiFindings = explainApiError(text);
  const findings: Finding[] = [];
  const {parsed, failed} = parseResponse(text);
  if (failed) findings.push(finding('error.json'));

  const haystack =
    (parsed ? [parsed.error, parsed.error_description, parsed.error_uri].filter(Boolean).join(' ') : text) || text;
  const lower = haystack.toLowerCase();
  const message = messageText(parsed ? (parsed.error_description ?? '') : haystack);
  const matches: TokenErrorEntry[] = [];
  const extra: Finding[] = [];

  const codes = new Set<string>();
  for (const m of maskIdentifiers(haystack).matchAll(MP_CODE)) {
    codes.add(`MP-${m[1] ?? ''}`);
    if (codes.size > 20) break;
  }
  for (const mp of codes) {
    const candidates = TOKEN_ERRORS.filter((e) => e.mpCodes.includes(mp));
    if (candidates.length === 0) {
      extra.push(finding('error.mp-unknown', {mpCode: mp}));
      continue;
    }
    const byText = candidates.filter((e) => e.match.some((m) => lower.includes(m)));
    const chosen = byText.length > 0 ? byText : candidates.slice(0, 1);
    for (const e of chosen) if (!matches.includes(e)) matches.push(e);
    const mismatch = messageMismatch(mp, candidates, message);
    if (mismatch) extra.push(mismatch);
  }
  if (matches.length === 0) {
    for (const e of TOKEN_ERRORS) if (e.match.some((m) => lower.includes(m))) matches.push(e);
    // "client authentication failed" is also part of the MP-110/120/121 messages; keep the most specific.
    if (matches.length > 1) {
      const generic = matches.findIndex((e) => e.code === 'error.mp-100');
      if (generic >= 0) matches.splice(generic, 1);
    }
  }

  for (const e of matches) {
    const params: FindingParams = {...extractParams(e, haystack)};
    if (e.mpCodes.length > 0) params.mpCode = e.mpCodes.join(', ');
    if (parsed?.error) params.error = parsed.error;
    if (parsed?.error_description) params.description = parsed.error_description;
    findings.push(finding(e.code, params));
  }
  findings.push(...extra);
  findings.push(...scopeFixes(text));

  // No MP code and no known message: the OAuth error alone, with its most likely causes in order.
  const oauth = codes.size === 0 && matches.length === 0 ? oauthError(parsed, haystack) : undefined;
  const likely = oauth ? oauth.likely.flatMap((code) => TOKEN_ERRORS.filter((e) => e.code === code)) : [];
  if (oauth)
    findings.push(
      finding(oauth.code, {error: oauth.error, likely: likely.map((e) => e.mpCodes[0] ?? e.message).join(', ')}),
    );

  findings.push(...apiFindings);
  if (matches.length === 0 && extra.length === 0 && !oauth && apiFindings.length === 0) {
    const params: FindingParams = {};
    if (parsed?.error) params.error = parsed.error;
    if (parsed?.error_description) params.description = parsed.error_description;
    findings.push(finding('error.unknown', params));
  }
  return {
    matches,
    ...(parsed ? {parsed} : {}),
    ...(oauth ? {oauth: {error: oauth.error, likely}} : {}),
    findings,
  };
}
