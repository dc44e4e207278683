// The scope checker. The known scopes are in scope-catalogue.ts, which the pages' tables import without the
// checker and its finding texts.

import {finding, type Finding} from './findings';
import {codePointName} from './display';
import {decodeUriComponent, parseJson} from './safe-parse';
import {DSOP_SCOPES, RELATED_SCOPES, type DsopScope, type RelatedScope} from './scope-catalogue';

export * from './scope-catalogue';

export interface ScopeEntry {
  /** The piece as found in the text, after splitting. */
  readonly raw: string;
  /** The corrected scope (lowercase, no stray characters), or the raw piece when nothing could be fixed. */
  readonly scope: string;
  readonly dsop?: DsopScope;
  readonly related?: RelatedScope;
}

export interface ScopeCheckResult {
  readonly scopes: ScopeEntry[];
  /** The full corrected scope list, space separated, when it differs from the input. */
  readonly suggestion?: string;
  readonly findings: Finding[];
}

const MAX_SCOPE_TEXT = 8192;
const SEPARATOR_WORDS = new Set(['og', 'and', 'eller', 'or', '&', '+', '|', ',', ';', '/']);
const QUOTES = /["“”„'‘’«»`]/g;

export function findDsopScope(scope: string): DsopScope | undefined {
  return DSOP_SCOPES.find((s) => s.scope === scope);
}

function findRelated(scope: string): RelatedScope | undefined {
  return RELATED_SCOPES.find((s) => s.scope === scope);
}

const ALL_KNOWN: readonly string[] = [...DSOP_SCOPES.map((s) => s.scope), ...RELATED_SCOPES.map((s) => s.scope)].sort(
  (a, b) => b.length - a.length,
);

function isKnown(scope: string): boolean {
  return ALL_KNOWN.includes(scope);
}

function isScopeChar(code: number): boolean {
  return code === 0x21 || (code >= 0x23 && code <= 0x5b) || (code >= 0x5d && code <= 0x7e);
}

/** Levenshtein distance, stopping early above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

interface Concatenation {
  readonly first: string;
  readonly second?: string;
  readonly other?: string;
}

/** Two scopes run together: a known scope followed by another known scope or by the tail of one. */
function findConcatenation(scope: string): Concatenation | undefined {
  for (const first of ALL_KNOWN) {
    if (!scope.startsWith(first) || scope.length === first.length) continue;
    const rest = scope.slice(first.length);
    if (isKnown(rest)) return {first, second: rest};
    if (rest.length < 4) continue;
    const other = ALL_KNOWN.find((o) => o !== first && o.endsWith(rest));
    if (other !== undefined) return {first, other};
  }
  return undefined;
}

/** Splits the text into candidate scopes, noting the separators that are not single spaces. */
function splitScopes(text: string, findings: Finding[]): string[] {
  const pieces: string[] = [];
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (const word of words) {
    if (SEPARATOR_WORDS.has(word.toLowerCase())) {
      findings.push(finding('scope.separator', {separator: word}));
      continue;
    }
    for (const byPunct of word.split(/[,;|]/)) {
      if (byPunct !== word && SEPARATOR_WORDS.has(byPunct.toLowerCase())) {
        findings.push(finding('scope.separator', {separator: byPunct}));
        continue;
      }
      // A slash followed by `prefix:` starts a new scope: "skatteetaten:inntekt/skatteetaten:inntektsmottakere".
      const bySlash = byPunct.split(/\/(?=[A-Za-z0-9_.-]+:)/);
      if (bySlash.length > 1) findings.push(finding('scope.separator', {separator: '/'}));
      for (const p of bySlash) {
        if (p === '') continue;
        if (p !== word && SEPARATOR_WORDS.has(p.toLowerCase()))
          findings.push(finding('scope.separator', {separator: p}));
        else pieces.push(p);
      }
    }
    const punct = word.match(/[,;|]/);
    if (punct) findings.push(finding('scope.separator', {separator: punct[0]}));
  }
  return pieces;
}

/**
 * RFC 6749 §3.3: between scopes exactly one U+0020. Every other whitespace run between two scopes (tab, line
 * break, two spaces, NBSP, BOM, thin or ideographic space, U+2028) is named by its code points.
 */
function checkSeparators(text: string, findings: Finding[]): void {
  const seen = new Set<string>();
  for (const m of text.trim().matchAll(/\s+/gu)) {
    if (m[0] === ' ') continue;
    const codePoint = Array.from(m[0], codePointName).join(' ');
    if (seen.has(codePoint)) continue;
    seen.add(codePoint);
    findings.push(finding('scope.separator', {separator: codePoint, codePoint}));
  }
}

/** Scope text in a form people copy from code or URLs: a JSON array, URL encoding, compatibility characters. */
function decodeForms(text: string, findings: Finding[]): string {
  let t = text;
  const trimmed = t.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    // Not JSON: the quotes and commas are reported one by one below.
    const json = parseJson(trimmed);
    const parsed = json.ok ? json.value : undefined;
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((x) => typeof x === 'string')) {
      findings.push(finding('scope.json-array', {count: parsed.length}));
      t = parsed.join(' ');
    }
  }
  if (/%[0-9A-Fa-f]{2}/.test(t) || /^[^\s+]+(\+[^\s+]+)+$/.test(t.trim())) {
    // A stray % that is no escape is reported as an invalid character below.
    const decoded = decodeUriComponent(t.replace(/\+/g, ' '));
    if (decoded !== undefined && decoded !== t) {
      findings.push(finding('scope.url-encoded', {}));
      t = decoded;
    }
  }
  const normalized = t.normalize('NFKC');
  if (normalized !== t) {
    // Report the first visible character NFKC changes (fullwidth letters, a fullwidth colon, ligatures).
    for (const ch of t) {
      if (/\s/u.test(ch)) continue;
      const n = ch.normalize('NFKC');
      if (n !== ch) {
        findings.push(finding('scope.compatibility-char', {char: ch, codePoint: codePointName(ch), replacement: n}));
        break;
      }
    }
    t = normalized;
  }
  return t;
}

/**
 * Checks a scope list as a user would paste it: grammar (RFC 6749 §3.3, `prefix:subscope`), known DSOP
 * scopes, and the usual copy-paste mistakes, with a corrected list in `params.suggestion`.
 */
export function checkScopes(text: string): ScopeCheckResult {
  const findings: Finding[] = [];
  const input = typeof text === 'string' ? text : '';
  if (input.length > MAX_SCOPE_TEXT) {
    return {scopes: [], findings: [finding('scope.too-long', {length: input.length, max: MAX_SCOPE_TEXT})]};
  }
  if (input.trim() === '') return {scopes: [], findings: [finding('scope.empty')]};

  checkSeparators(input, findings);
  let cleaned = decodeForms(input, findings);
  const quote = cleaned.match(QUOTES);
  if (quote) {
    findings.push(finding('scope.quotes', {char: quote[0]}));
    cleaned = cleaned.replace(QUOTES, ' ');
  }
  const pieces = splitScopes(cleaned, findings);
  if (pieces.length === 0) return {scopes: [], findings: [...findings, finding('scope.empty')]};

  const entries: ScopeEntry[] = [];
  const corrected: string[] = [];
  const seen = new Set<string>();

  pieces.forEach((raw, i) => {
    const path = `scopes[${i}]`;
    let fixed = raw;

    let badIndex = -1;
    for (let k = 0; k < raw.length; k++) {
      if (!isScopeChar(raw.charCodeAt(k))) {
        badIndex = k;
        break;
      }
    }
    if (badIndex >= 0) {
      const ch = raw.codePointAt(badIndex) ?? 0;
      findings.push(
        finding(
          'scope.invalid-char',
          {
            scope: raw,
            char: String.fromCodePoint(ch),
            codePoint: `U+${ch.toString(16).toUpperCase().padStart(4, '0')}`,
            position: badIndex,
          },
          path,
        ),
      );
      fixed = Array.from(fixed)
        .filter((c) => isScopeChar(c.charCodeAt(0)) && c.length === 1)
        .join('');
    }

    if (fixed !== raw && SEPARATOR_WORDS.has(fixed.toLowerCase())) {
      findings.push(finding('scope.separator', {separator: fixed}, path));
      return;
    }
    if (fixed === '') return;

    let uppercase: Finding | undefined;
    if (/[A-Z]/.test(fixed)) {
      const lower = fixed.toLowerCase();
      uppercase = finding('scope.uppercase', {scope: raw, lowercase: lower}, path);
      findings.push(uppercase);
      fixed = lower;
    }

    const colon = fixed.indexOf(':');
    if (colon < 0) {
      const guess = ALL_KNOWN.find((k) => k.slice(k.indexOf(':') + 1) === fixed);
      findings.push(finding('scope.missing-prefix', guess ? {scope: raw, expected: guess} : {scope: raw}, path));
      if (guess) fixed = guess;
    } else if (colon === 0 || colon === fixed.length - 1) {
      findings.push(finding('scope.empty-part', {scope: raw, part: colon === 0 ? 'prefix' : 'subscope'}, path));
    }

    const results: string[] = [];
    if (!isKnown(fixed)) {
      const cat = findConcatenation(fixed);
      if (cat) {
        const parts = cat.second ? [cat.first, cat.second] : [cat.first];
        findings.push(
          finding(
            'scope.concatenated',
            {scope: raw, parts: parts.join(' '), ...(cat.other ? {other: cat.other} : {})},
            path,
          ),
        );
        results.push(...parts);
      } else if (fixed.length <= 100 && fixed.includes(':')) {
        const similar = ALL_KNOWN.find((k) => distance(fixed, k, 2) <= 2);
        if (similar) {
          findings.push(finding('scope.similar', {scope: raw, similar}, path));
          results.push(similar);
        }
      }
    }
    if (results.length === 0) results.push(fixed);
    // "Use lowercase" should point at what the scope becomes, not at the lowercased mistake: for the seed's
    // NAV:aareg/…/otplan/v1/saldoopplysninger that is nav:aareg/v1/arbeidsforhold/otp.
    if (uppercase) uppercase.params.lowercase = results.join(' ');

    for (const scope of results) {
      if (scope === '') continue;
      if (seen.has(scope)) {
        findings.push(finding('scope.duplicate', {scope}, path));
        continue;
      }
      seen.add(scope);
      corrected.push(scope);
      const dsop = findDsopScope(scope);
      const related = dsop ? undefined : findRelated(scope);
      if (dsop)
        findings.push(finding('scope.known', {scope, owner: dsop.owner, api: dsop.api, catalogue: 'dsop'}, path));
      else if (related) {
        findings.push(
          finding('scope.known', {scope, owner: related.owner, api: related.api, catalogue: 'related'}, path),
        );
      } else findings.push(finding('scope.unknown', {scope}, path));
      entries.push({raw, scope, ...(dsop ? {dsop} : {}), ...(related ? {related} : {})});
    }
  });

  const suggestion = corrected.join(' ');
  // Compared with the text as pasted: a tab or NBSP between two right scopes still needs the fix.
  if (suggestion !== input.trim() && suggestion !== '') {
    for (const f of findings) {
      if (f.severity !== 'info' && f.code !== 'scope.empty') f.params.suggestion = suggestion;
    }
    return {scopes: entries, suggestion, findings};
  }
  return {scopes: entries, findings};
}

/** Splits a space-separated scope claim into scopes (no checking). */
export function splitScopeClaim(value: string): string[] {
  return value.split(/\s+/).filter((s) => s !== '');
}
