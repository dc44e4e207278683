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
const SKE_CODE = /\b(IM|OTP|DAS)-(\d{3})\b/g;
const NAV_CODE = /\bAA-(\d{3})\b/g;

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

/** Which Skatteetaten API the text names, if any (a URL or the API's name). */
function apiNamedIn(lower: string): ApiId | undefined {
  if (lower.includes('inntektsmottakere')) return 'inntektsmottakere';
  if (lower.includes('tjenestepensjonsavtale')) return 'tjenestepensjonsavtale';
  if (/inntekt(?!s)/.test(lower)) return 'inntekt';
  return undefined;
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

/** Skatteetaten's candidates for one code: IM-007 and IM-008 mean different things in Inntekt and Inntektsmottakere. */
function skatteetatenRows(code: string, named: ApiId | undefined, status: number | undefined): ApiErrorEntry[] {
  let rows = API_ERRORS.filter((e) => e.code === code && e.api !== 'nav-otp');
  if (named && rows.some((e) => e.api === named)) rows = rows.filter((e) => e.api === named);
  if (status !== undefined && rows.some((e) => e.httpStatus === status))
    rows = rows.filter((e) => e.httpStatus === status);
  // IM-001…006 are the same in Inntekt and Inntektsmottakere; one row is enough when nothing tells them apart.
  const distinct = new Map<string, ApiErrorEntry>();
  for (const e of rows)
    distinct.set(`${e.httpStatus}|${e.meaning.nb}`, distinct.get(`${e.httpStatus}|${e.meaning.nb}`) ?? e);
  return [...distinct.values()];
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
  const findings: Finding[] = [];

  // Skatteetaten
  const correlationId = obj ? str(own(obj, 'korrelasjonsid'), 100) : undefined;
  const melding = obj ? str(own(obj, 'melding')) : undefined;
  const skeCodes = new Set<string>();
  const kode = obj ? str(own(obj, 'kode'), 40) : undefined;
  if (kode !== undefined) skeCodes.add(kode.trim().toUpperCase());
  for (const m of text.matchAll(SKE_CODE)) {
    skeCodes.add(`${m[1] ?? ''}-${m[2] ?? ''}`);
    if (skeCodes.size >= MAX_FINDINGS) break;
  }
  for (const code of skeCodes) {
    const rows = skatteetatenRows(code, named, status);
    const extra: {description?: string; correlationId?: string} = {
      ...(melding !== undefined ? {description: melding} : {}),
      ...(correlationId !== undefined ? {correlationId} : {}),
    };
    if (rows.length === 0) {
      if (/^(IM|OTP|DAS)-\d{3}$/.test(code) || kode !== undefined)
        findings.push(finding('api.skatteetaten.unknown-code', {code: code.slice(0, 40), ...extra}));
      continue;
    }
    for (const e of rows) findings.push(finding('api.skatteetaten.error', {...rowParams(e), ...extra}));
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
  for (const m of text.matchAll(NAV_CODE)) {
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
  return findings.slice(0, MAX_FINDINGS * 2);
}
