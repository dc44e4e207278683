// What the local Maskinporten answers when it says no: the HTTP status and `{"error","error_description"}`, with
// the MP code and Maskinporten's own message from src/lib/token-error-table.ts. Nothing here writes a message of
// Maskinporten's; the few answers Digdir documents no text for say that they are this server's own.

import {TOKEN_ERRORS, type ErrorGroup, type TokenErrorEntry} from '../../../../src/lib/errors';
import {FINDING_CATALOGUE, type Finding, type FindingCode, type FindingRow} from '../../../../src/lib/findings';

export interface ErrorBody {
  error: string;
  error_description: string;
}

export interface Answer {
  status: number;
  body: ErrorBody;
}

/**
 * Digdir lists the errors under four headings (Invalid grant, Invalid request, Bad request, Forbidden) and does
 * not document which OAuth `error` each MP code comes with (facts §5: UNVERIFIED). This server follows the
 * headings: 400 for the first three, 403 for Forbidden.
 */
const GROUP_ANSWERS: Record<ErrorGroup, {status: number; error: string}> = {
  invalid_grant: {status: 400, error: 'invalid_grant'},
  invalid_request: {status: 400, error: 'invalid_request'},
  bad_request: {status: 400, error: 'invalid_request'},
  forbidden: {status: 403, error: 'invalid_scope'},
};

/** Findings without an MP code of their own whose answer Digdir's page gives under another row. */
const FINDING_ANSWERS: Partial<Record<FindingCode, FindingCode>> = {
  'grant.iat.future': 'error.issue-time-after-now',
  'cert.consumer-org-same': 'error.consumer-org-combination',
};

/** The local server's own answers, for requests that carry no grant to judge (Maskinporten's text is unknown). */
export const LOCAL_ANSWERS = {
  'content-type': {
    status: 400,
    error: 'invalid_request',
    description: 'Content-Type must be application/x-www-form-urlencoded',
  },
  'grant-type': {
    status: 400,
    error: 'unsupported_grant_type',
    description: 'grant_type must be urn:ietf:params:oauth:grant-type:jwt-bearer',
  },
  'assertion-missing': {status: 400, error: 'invalid_request', description: 'Missing parameter: assertion'},
  'form-malformed': {status: 400, error: 'invalid_request', description: 'The request body is not a valid form'},
  'too-large': {status: 413, error: 'invalid_request', description: 'The request body is larger than 64 KB'},
  busy: {status: 503, error: 'temporarily_unavailable', description: 'Too many requests at once; try again'},
  'not-found': {status: 404, error: 'not_found', description: 'No such path on this server'},
  'method-not-allowed': {status: 405, error: 'invalid_request', description: 'Method not allowed on this path'},
  'server-error': {status: 500, error: 'server_error', description: 'The local Maskinporten failed on this request'},
} as const;

export type LocalAnswer = keyof typeof LOCAL_ANSWERS;

/** Marks a description as this server's, not Maskinporten's. */
const LOCAL_MARK = '[maskinporten-sjekk]';

export function localAnswer(kind: LocalAnswer): Answer {
  const a = LOCAL_ANSWERS[kind];
  return {status: a.status, body: {error: a.error, error_description: `${a.description} ${LOCAL_MARK}`}};
}

function entryAnswer(entry: TokenErrorEntry, mpCode: string | undefined, params: Record<string, string>): Answer {
  const {status, error} = GROUP_ANSWERS[entry.group];
  const filled =
    entry.template && Object.keys(params).length > 0
      ? entry.template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)
      : entry.message;
  return {status, body: {error, error_description: mpCode ? `${filled} (${mpCode})` : filled}};
}

/** Maskinporten's answer for an entry of TOKEN_ERRORS, by its finding code (`error.mp-110`, …). */
export function tokenErrorAnswer(code: FindingCode, params: Record<string, string> = {}): Answer {
  const entry = TOKEN_ERRORS.find((e) => e.code === code);
  if (!entry) throw new Error(`No TOKEN_ERRORS entry ${code}`);
  return entryAnswer(entry, entry.mpCodes[0], params);
}

/** Maskinporten's answer for an MP code: the first TOKEN_ERRORS row with it. */
export function mpAnswer(mpCode: string, params: Record<string, string> = {}): Answer {
  const entry = TOKEN_ERRORS.find((e) => e.mpCodes.includes(mpCode));
  if (!entry) throw new Error(`No TOKEN_ERRORS entry for ${mpCode}`);
  return entryAnswer(entry, mpCode, params);
}

/**
 * The answer for a grant the inspector's rules reject: the first error finding Maskinporten documents an answer
 * for (its MP code, or a row of the troubleshooting page). A rule Digdir documents no code or text for gets
 * `invalid_grant` with "Invalid assertion." and the finding code, marked as this server's.
 */
export function answerForFindings(findings: readonly Finding[]): Answer | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return undefined;
  for (const f of errors) {
    const row: FindingRow = FINDING_CATALOGUE[f.code];
    const mpCode = row.mpCode;
    if (mpCode && TOKEN_ERRORS.some((e) => e.mpCodes.includes(mpCode))) return mpAnswer(mpCode);
    const answerRow = FINDING_ANSWERS[f.code];
    if (answerRow) return tokenErrorAnswer(answerRow);
  }
  return undocumented(errors[0]?.code ?? 'jwt.malformed');
}

export function undocumented(code: FindingCode): Answer {
  return {status: 400, body: {error: 'invalid_grant', error_description: `Invalid assertion. ${LOCAL_MARK} ${code}`}};
}
