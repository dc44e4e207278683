// The recogniser the error explainer calls on a pasted API response (not Maskinporten's): it finds the DSOP
// APIs' own error codes, whose table is api-error-table.ts. Skatteetaten answers with HTTP 4xx/5xx and a body
// `{"kode","melding","korrelasjonsid"}`; NAV's OTP API answers a failed GraphQL query with HTTP 200 and an
// `errors` list carrying `AA-xxx` codes.

import {finding, own, type Finding} from './findings';
import {isPlainObject} from './is-object';
import {parseJson} from './safe-parse';
import {API_ERRORS, API_NAMES, apiErrorAnchor, type ApiErrorEntry, type ApiId} from './api-error-table';

export * from './api-error-table';

const MAX_TEXT = 64 * 1024;
const MAX_FINDINGS = 20;
/**
 * A code stands on its own: not glued to letters, digits or a hyphenated run on either side, so `OTP-123` inside
 * a trace id (`4f1c-OTP-123-9a`) is not read as a code, while `"OTP-005"`, `kode=OTP-005,` and `(IM-004)` are.
 */
const ALONE_BEFORE = '(?<![A-Za-z0-9_-])';
const ALONE_AFTER = '(?![A-Za-z0-9_]|-[A-Za-z0-9])';
const SKE_CODE = new RegExp(`${ALONE_BEFORE}(IM|OTP|DAS)-(\\d{3})${ALONE_AFTER}`, 'g');
const NAV_CODE = new RegExp(`${ALONE_BEFORE}AA-(\\d{3})${ALONE_AFTER}`, 'g');
/** Maskinporten's codes as people write them (`MP-110`, `MP_110`, `MP 110`), under the same rule. */
export const MP_CODE = new RegExp(`${ALONE_BEFORE}MP[-_ ]?(\\d{3})${ALONE_AFTER}`, 'gi');

/** Keys whose value is an identifier of a call, not a message: its characters are never read as a code. */
const ID_VALUE =
  /(korrelasjonsid|correlation[-_]?id|x-correlation-id|trace[-_]?id|traceparent|x-request-id|request[-_]?id|span[-_]?id|x-b3-traceid)(["']?\s*(?:[:=]|>)\s*["']?)([^\s"',;}<]{1,200})/gi;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TRACEPARENT = /\b[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}\b/gi;

/**
 * The text with its identifiers (UUIDs, W3C trace parents, the values of korrelasjonsid, correlation-id, trace-id
 * and the like) blanked out, the same length, so nothing inside an id is read as an error code.
 */
export function maskIdentifiers(text: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return text
    .replace(ID_VALUE, (_m, key: string, sep: string, value: string) => `${key}${sep}${blank(value)}`)
    .replace(UUID, blank)
    .replace(TRACEPARENT, blank);
}

/** The call's correlation id and whose support asks for it: Skatteetaten's `korrelasjonsid`, NAV's `correlation-id`. */
function correlationIdIn(
  text: string,
  obj: Record<string, unknown> | undefined,
): {id: string; owner: 'Skatteetaten' | 'NAV'} | undefined {
  const fromBody = obj ? str(own(obj, 'korrelasjonsid'), 100) : undefined;
  if (fromBody !== undefined && fromBody.trim() !== '') return {id: fromBody.trim(), owner: 'Skatteetaten'};
  const m = /(korrelasjonsid|correlation-id)["']?\s*(?:[:=]|>)\s*["']?([A-Za-z0-9][A-Za-z0-9._:-]{3,99})/i.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  return {id: m[2], owner: m[1].toLowerCase() === 'korrelasjonsid' ? 'Skatteetaten' : 'NAV'};
}

function parseObject(text: string): Record<string, unknown> | undefined {
  const t = text.trim();
  if (!t.startsWith('{')) return undefined;
  const json = parseJson(t);
  return json.ok && isPlainObject(json.value) ? json.value : undefined;
}

function str(value: unknown, max = 300): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

/** An HTTP status written in the text (`HTTP/1.1 404`, `404 Not Found`, `"status": 404`). */
function statusIn(text: string, obj: Record<string, unknown> | undefined): number | undefined {
  const fromBody = obj ? own(obj, 'status') : undefined;
  if (typeof fromBody === 'number' && fromBody >= 100 && fromBody < 600) return fromBody;
  const m =
    text.match(/\bHTTP\/[\d.]+\s+([1-5]\d\d)\b/i) ??
    text.match(
      /\b([45]\d\d)\s+(?:Unauthorized|Forbidden|Not Found|Bad Request|Not Acceptable|Internal Server Error|Gone)\b/i,
    );
  return m?.[1] ? Number(m[1]) : undefined;
}

/**
 * Which Skatteetaten API answered, if the text says it: its host (`inntekt.api.skatteetaten-test.no`) or its
 * name (`Inntektsmottakere API`). Not a bare word: a scope such as `skatteetaten:inntekt` in a token error says
 * nothing about which API sent an IM- code.
 */
function apiNamedIn(lower: string): ApiId | undefined {
  const named =
    /\b(inntektsmottakere|inntekt|tjenestepensjonsavtale)(?:\.api\.skatteetaten(?:-test)?\.no\b|[ -]api\b)/.exec(
      lower,
    )?.[1];
  return named === 'inntektsmottakere' || named === 'inntekt' || named === 'tjenestepensjonsavtale' ? named : undefined;
}

function rowParams(entry: ApiErrorEntry) {
  return {
    api: API_NAMES[entry.api],
    code: entry.code,
    status: entry.httpStatus,
    meaningNb: entry.meaning.nb,
    meaningEn: entry.meaning.en,
    fixNb: entry.fix.nb,
    fixEn: entry.fix.en,
    anchor: apiErrorAnchor(entry),
  };
}

/**
 * Skatteetaten's rows for one code that the text leaves possible: IM- codes are used by both Inntekt and
 * Inntektsmottakere (IM-007 and IM-008 mean different things in each), so the API named in the text (a host, a
 * name) or the HTTP status narrows them; what is left may still be both.
 */
function skatteetatenRows(code: string, named: ApiId | undefined, status: number | undefined): ApiErrorEntry[] {
  let rows = API_ERRORS.filter((e) => e.code === code && e.api !== 'nav-otp');
  if (named && rows.some((e) => e.api === named)) rows = rows.filter((e) => e.api === named);
  if (status !== undefined && rows.some((e) => e.httpStatus === status))
    rows = rows.filter((e) => e.httpStatus === status);
  return rows;
}

type SkatteetatenExtra = {description?: string; correlationId?: string};

/**
 * One code's findings: from one API, what it means there. From either of two APIs (nothing in the text tells
 * which), that it can come from both, and what it means in each, one finding per meaning, never a guess.
 */
function skatteetatenFindings(code: string, rows: readonly ApiErrorEntry[], extra: SkatteetatenExtra): Finding[] {
  const apis = [...new Set(rows.map((e) => e.api))];
  const [only] = rows;
  if (apis.length === 1 && only) return [finding('api.skatteetaten.error', {...rowParams(only), ...extra})];
  const byMeaning = new Map<string, ApiErrorEntry[]>();
  for (const e of rows) {
    const key = `${e.httpStatus}|${e.meaning.nb}|${e.fix.nb}`;
    byMeaning.set(key, [...(byMeaning.get(key) ?? []), e]);
  }
  const out: Finding[] = [
    finding('api.skatteetaten.which-api', {code, apis: apis.map((api) => API_NAMES[api]).join(', ')}),
  ];
  for (const same of byMeaning.values()) {
    const [first] = same;
    if (!first) continue;
    const names = same.map((e) => API_NAMES[e.api]).join(' / ');
    out.push(finding('api.skatteetaten.error-in', {...rowParams(first), api: names, ...extra}));
  }
  return out;
}

/**
 * Recognises an error response from one of the DSOP APIs: Skatteetaten's `{"kode","melding","korrelasjonsid"}`
 * (or its codes in any text, e.g. XML) and NAV's GraphQL `errors` list with `AA-xxx` codes. Returns [] when the
 * text holds no API error code, so the caller can go on with Maskinporten's errors. Never throws.
 */
export function explainApiError(responseText: string): Finding[] {
  const raw = typeof responseText === 'string' ? responseText : '';
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  if (text.trim() === '') return [];
  const obj = parseObject(text);
  const lower = text.toLowerCase();
  const status = statusIn(text, obj);
  const named = apiNamedIn(lower);
  const correlation = correlationIdIn(text, obj);
  const codeText = maskIdentifiers(text);
  const findings: Finding[] = [];

  // Skatteetaten
  const melding = obj ? str(own(obj, 'melding')) : undefined;
  const skeCodes = new Set<string>();
  const kode = obj ? str(own(obj, 'kode'), 40) : undefined;
  if (kode !== undefined) skeCodes.add(kode.trim().toUpperCase());
  for (const m of codeText.matchAll(SKE_CODE)) {
    skeCodes.add(`${m[1] ?? ''}-${m[2] ?? ''}`);
    if (skeCodes.size >= MAX_FINDINGS) break;
  }
  const extra: SkatteetatenExtra = {
    ...(melding !== undefined ? {description: melding} : {}),
    ...(correlation?.owner === 'Skatteetaten' ? {correlationId: correlation.id} : {}),
  };
  for (const code of skeCodes) {
    const rows = skatteetatenRows(code, named, status);
    if (rows.length === 0) {
      if (/^(IM|OTP|DAS)-\d{3}$/.test(code) || kode !== undefined)
        findings.push(finding('api.skatteetaten.unknown-code', {code: code.slice(0, 40), ...extra}));
      continue;
    }
    findings.push(...skatteetatenFindings(code, rows, extra));
  }

  // NAV: the errors list, or AA codes anywhere in the text.
  const navCodes = new Map<string, string | undefined>();
  const errors = obj ? own(obj, 'errors') : undefined;
  if (Array.isArray(errors)) {
    for (const item of errors.slice(0, MAX_FINDINGS)) {
      if (!isPlainObject(item)) continue;
      const entry = item;
      const extensions = own(entry, 'extensions');
      const ext = isPlainObject(extensions) ? extensions : {};
      const classification = str(own(ext, 'classification'), 60) ?? str(own(entry, 'classification'), 60);
      const fields = [str(own(ext, 'code'), 40), str(own(entry, 'code'), 40), str(own(entry, 'message'))];
      for (const field of fields)
        for (const m of (field ?? '').matchAll(NAV_CODE)) navCodes.set(`AA-${m[1] ?? ''}`, classification);
    }
  }
  for (const m of codeText.matchAll(NAV_CODE)) {
    const code = `AA-${m[1] ?? ''}`;
    if (!navCodes.has(code)) navCodes.set(code, undefined);
    if (navCodes.size >= MAX_FINDINGS) break;
  }
  for (const [code, classification] of navCodes) {
    const row = API_ERRORS.find((e) => e.api === 'nav-otp' && e.code === code);
    const extra = classification !== undefined ? {classification} : {};
    if (row) findings.push(finding('api.nav.error', {...rowParams(row), ...extra}));
    else findings.push(finding('api.nav.unknown-code', {code, ...extra}));
  }
  const limited = findings.slice(0, MAX_FINDINGS * 2);
  // The id the API's support asks for, last, after what went wrong.
  if (correlation)
    limited.push(finding('api.correlation-id', {correlationId: correlation.id, owner: correlation.owner}));
  return limited;
}
