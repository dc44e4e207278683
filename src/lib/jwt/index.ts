// The token inspector: paste → decode → classify → check → findings. Synchronous and light: no jose,
// no x509. Signature checks live in ./signature (async, jose), certificates in ../certificates.

import {finding, own, type Finding} from '../findings';
import {isActiveEnvironmentId, type ActiveEnvironmentId} from '../environments';
import {decodeToken} from './decode';
import {classifyToken} from './classify';
import {checkGrantClaims, checkGrantHeader, MS_THRESHOLD} from './grant';
import {checkAccessToken} from './access-token';

export type TokenKind = 'grant' | 'access-token' | 'other-jwt' | 'jwe' | 'invalid';

export interface InspectOptions {
  environment: ActiveEnvironmentId;
  /** Seconds since the epoch. */
  now: number;
  expectedScopes?: readonly string[];
  /** The client owner's orgnr, e.g. from describeCertificate, to catch it in consumer_org. */
  clientOrgnr?: string;
}

export interface TokenTimes {
  iat?: number;
  exp?: number;
  nbf?: number;
}

export interface InspectResult {
  kind: TokenKind;
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  times?: TokenTimes;
  /** The cleaned compact token. */
  token?: string;
  findings: Finding[];
}

function readTimes(claims: Record<string, unknown>): TokenTimes {
  const times: TokenTimes = {};
  for (const k of ['iat', 'exp', 'nbf'] as const) {
    const v = own(claims, k);
    // Only plausible seconds: a time in ms or µs is a finding, not a countdown to the year 57 000.
    if (typeof v === 'number' && Number.isFinite(v) && v <= MS_THRESHOLD) times[k] = v;
  }
  return times;
}

export function inspectToken(text: string, options: InspectOptions): InspectResult {
  const environment: ActiveEnvironmentId = isActiveEnvironmentId(options?.environment) ? options.environment : 'prod';
  const now = typeof options?.now === 'number' ? options.now : Number.NaN;
  const decoded = decodeToken(text);
  const findings = [...decoded.findings];
  const base = {
    ...(decoded.token !== undefined ? {token: decoded.token} : {}),
    ...(decoded.header ? {header: decoded.header} : {}),
    ...(decoded.claims ? {claims: decoded.claims} : {}),
  };
  if (decoded.kind === 'jwe') return {kind: 'jwe', ...base, findings};
  if (decoded.kind === 'invalid' || !decoded.header || !decoded.claims) return {kind: 'invalid', ...base, findings};

  const {header, claims} = decoded;
  const kind = classifyToken(claims);
  if (kind === 'grant') {
    findings.push(...checkGrantHeader(header));
    findings.push(
      ...checkGrantClaims(claims, {
        environment,
        now,
        ...(typeof options?.clientOrgnr === 'string' ? {clientOrgnr: options.clientOrgnr} : {}),
      }),
    );
  } else if (kind === 'access-token') {
    findings.push(
      ...checkAccessToken(claims, {
        environment,
        now,
        ...(Array.isArray(options?.expectedScopes) ? {expectedScopes: options.expectedScopes} : {}),
      }),
    );
  } else {
    findings.push(finding('jwt.unknown-type', {}));
  }
  return {kind, ...base, times: readTimes(claims), findings};
}

export {decodeToken, base64UrlDecode, MAX_TOKEN_LENGTH} from './decode';
export {classifyToken} from './classify';
export {checkGrantClaims, checkGrantHeader} from './grant';
export {checkAccessToken, LONG_LIFETIME_SECONDS} from './access-token';
export {GRANT_CLAIMS, ACCESS_TOKEN_CLAIMS, GRANT_BODY_CLAIM_NAMES} from './claims';
