// Norwegian organisation numbers (Enhetsregisteret): 9 digits, mod 11 check digit, and the ISO 6523
// "0192:<orgnr>" form that Maskinporten puts in `consumer` and `supplier`.
// Sources: https://www.brreg.no/english/coordination/number.html and https://snl.no/organisasjonsnummer

export const ORGNR_WEIGHTS: readonly number[] = [3, 2, 7, 6, 5, 4, 3, 2];

/** ICD 0192 is Norway's Enhetsregisteret in ISO 6523; the authority Maskinporten names is below. */
export const ORGNR_ICD = '0192';
export const ORGNR_AUTHORITY = 'iso6523-actorid-upis';

/** The check digit for the first 8 digits, or undefined when none exists (remainder 1) or input is bad. */
export function orgnrCheckDigit(first8: string): number | undefined {
  if (!/^\d{8}$/.test(first8)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (ORGNR_WEIGHTS[i] ?? 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return undefined;
  return 11 - remainder;
}

export type OrgnrProblem = 'format' | 'checksum';

export interface OrgnrResult {
  readonly valid: boolean;
  /** The 9 digits when the text has that shape (even if the check digit is wrong). */
  readonly orgnr?: string;
  readonly problem?: OrgnrProblem;
}

/** Validates plain 9 digits (spaces allowed, as printed: "974 760 673"). */
export function validateOrgnr(text: string): OrgnrResult {
  if (typeof text !== 'string' || text.length > 64) return {valid: false, problem: 'format'};
  const digits = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d{9}$/.test(digits)) return {valid: false, problem: 'format'};
  const check = orgnrCheckDigit(digits.slice(0, 8));
  if (check === undefined || check !== Number(digits[8])) return {valid: false, orgnr: digits, problem: 'checksum'};
  return {valid: true, orgnr: digits};
}

/** `0192:<orgnr>` for a 9-digit organisation number. */
export function toIso6523(orgnr: string): string {
  return `${ORGNR_ICD}:${orgnr}`;
}

/**
 * The orgnr inside an ISO 6523 id such as `0192:910753614`. Maskinporten's ID can have 2–4
 * colon-separated elements; the orgnr is the second. Undefined for another ICD or a bad shape.
 */
export function fromIso6523(id: string): string | undefined {
  if (typeof id !== 'string' || id.length > 128) return undefined;
  const parts = id.split(':');
  if (parts.length < 2 || parts.length > 4 || parts[0] !== ORGNR_ICD) return undefined;
  const orgnr = parts[1] ?? '';
  return /^\d{9}$/.test(orgnr) ? orgnr : undefined;
}

/** Accepts `974760673`, `974 760 673` or `0192:974760673` and returns the 9 digits, if any. */
export function normalizeOrgnr(text: string): string | undefined {
  if (typeof text !== 'string' || text.length > 128) return undefined;
  const t = text.trim();
  const iso = fromIso6523(t);
  if (iso !== undefined) return iso;
  const digits = t.replace(/[\s\u00a0]/g, '');
  return /^\d{9}$/.test(digits) ? digits : undefined;
}
