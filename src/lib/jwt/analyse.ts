// The token inspector's whole analysis, in one pass, each step handing its result to the next:
// paste → decode → classify → verify the x5c chain → check the claims → verify the signature → findings.
// The component calls analyseToken once and only renders; the command line and the local Maskinporten call it
// too. jose and @peculiar/x509 are loaded with import() only when the input needs them (a key to check with, or
// a token with x5c), so the inspector stays light.

import {finding, type Finding, type Severity} from '../findings';
import {isActiveEnvironmentId, type ActiveEnvironmentId} from '../environments';
import type {CertificateDescription} from '../certificates';
import {hiddenCodePoints} from '../display';
import {own} from '../is-object';
import {orderFindings} from '../finding-order';
import {decodeToken, type DecodedToken} from './decode';
import {classifyToken} from './classify';
import {checkGrantClaims, checkGrantHeader} from './grant';
import {checkAccessToken} from './access-token';
import {readTimeValue} from './times';

export type TokenKind = 'grant' | 'access-token' | 'other-jwt' | 'jwe' | 'invalid';

export interface TokenTimes {
  iat?: number;
  exp?: number;
  nbf?: number;
}

/** The paste read and decoded once, and what kind of token it is. */
export interface ReadToken {
  readonly kind: TokenKind;
  readonly decoded: DecodedToken;
}

export interface CheckOptions {
  environment: ActiveEnvironmentId;
  /** Seconds since the epoch. */
  now: number;
  expectedScopes?: readonly string[];
  /** The client owner's orgnr, e.g. from the x5c certificate, to catch it in consumer_org. */
  clientOrgnr?: string;
}

export interface AnalyseOptions extends Omit<CheckOptions, 'clientOrgnr'> {
  /** A public key to verify with (JWK, JWKS, PEM, certificate); empty: the token's own x5c, if any. */
  keyText?: string;
}

/** What the signature step concluded: checked and valid or not, or not checked (no key, no x5c, unsigned). */
export type SignatureVerdict = 'valid' | 'invalid' | 'not-checked';

/** Why a signature was not checked, when it was not. */
export type NotCheckedReason = 'no-key' | 'key-problem' | 'unsigned' | 'malformed' | 'not-a-jws';

export interface InspectResult {
  kind: TokenKind;
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  times?: TokenTimes;
  /** The cleaned compact token (for the view's own use; a report never includes it). */
  token?: string;
  findings: Finding[];
}

export interface AnalysisResult extends InspectResult {
  environment: ActiveEnvironmentId;
  certificate?: CertificateDescription;
  signature: SignatureVerdict;
  /** What the signature was checked with: the pasted key, the token's own x5c, or nothing. */
  signatureKey: 'key' | 'x5c' | 'none';
  notChecked?: NotCheckedReason;
  /** De-duplicated, errors first, then warnings, then info; within a severity in the order raised. */
  findings: Finding[];
  counts: Record<Severity, number>;
}

/** Decodes the paste once and classifies it. */
export function readToken(text: string): ReadToken {
  const decoded = decodeToken(text);
  if (decoded.kind === 'jwe') return {kind: 'jwe', decoded};
  if (decoded.kind === 'invalid' || !decoded.header || !decoded.claims) return {kind: 'invalid', decoded};
  return {kind: classifyToken(decoded.claims), decoded};
}

/** Members whose own rules already name hidden characters (aud: not-exact; scope: the scope checker). */
const OWN_CHARACTER_RULES = new Set(['claims.aud', 'claims.scope', 'header.x5c']);

/** A string member of the header or the claims with invisible, control or direction characters in it. */
function hiddenCharacterFindings(location: 'header' | 'claims', values: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  for (const [name, value] of Object.entries(values)) {
    const path = `${location}.${name}`;
    if (typeof value !== 'string' || OWN_CHARACTER_RULES.has(path)) continue;
    const codePoints = hiddenCodePoints(value);
    if (codePoints.length > 0)
      out.push(finding('jwt.hidden-characters', {name: name.slice(0, 100), codePoints: codePoints.join(', ')}, path));
  }
  return out;
}

/** The rules for the kind of token read: the grant's or the access token's, and hidden characters in either. */
export function checkToken(read: ReadToken, options: CheckOptions): Finding[] {
  const {header, claims} = read.decoded;
  if (!header || !claims || read.kind === 'jwe' || read.kind === 'invalid') return [];
  const environment: ActiveEnvironmentId = isActiveEnvironmentId(options.environment) ? options.environment : 'prod';
  const now = typeof options.now === 'number' ? options.now : Number.NaN;
  const out: Finding[] = [];
  if (read.kind === 'grant') {
    out.push(...checkGrantHeader(header));
    out.push(
      ...checkGrantClaims(claims, {
        environment,
        now,
        ...(typeof options.clientOrgnr === 'string' ? {clientOrgnr: options.clientOrgnr} : {}),
      }),
    );
  } else if (read.kind === 'access-token') {
    const expectedScopes = Array.isArray(options.expectedScopes) ? options.expectedScopes : [];
    out.push(...checkAccessToken(claims, {environment, now, ...(expectedScopes.length ? {expectedScopes} : {})}));
  } else {
    out.push(finding('jwt.unknown-type', {}));
  }
  out.push(...hiddenCharacterFindings('header', header), ...hiddenCharacterFindings('claims', claims));
  return out;
}

function readTimes(claims: Record<string, unknown>): TokenTimes {
  const times: TokenTimes = {};
  for (const name of ['iat', 'exp', 'nbf'] as const) {
    // Only plausible seconds: a time in ms or µs is a finding, not a countdown to the year 57 000.
    const time = readTimeValue(own(claims, name));
    if (time.kind === 'seconds') times[name] = time.seconds;
  }
  return times;
}

function resultBase(read: ReadToken): Omit<InspectResult, 'findings'> {
  const {token, header, claims} = read.decoded;
  return {
    kind: read.kind,
    ...(header ? {header} : {}),
    ...(claims ? {claims} : {}),
    ...(claims && read.kind !== 'jwe' && read.kind !== 'invalid' ? {times: readTimes(claims)} : {}),
    ...(token !== undefined ? {token} : {}),
  };
}

/**
 * What the inspector finds without a certificate or a key: read, decode, classify, check. For callers that do not
 * verify signatures (the benchmarks, some tests); analyseToken runs the same steps once each, not this.
 */
export function inspectToken(text: string, options: CheckOptions): InspectResult {
  const read = readToken(text);
  return {...resultBase(read), findings: [...read.decoded.findings, ...checkToken(read, options)]};
}

function count(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = {error: 0, warning: 0, info: 0};
  for (const f of findings) c[f.severity]++;
  return c;
}

/** The x5c leaf, when the token has a well-formed x5c array (a malformed one is the grant check's finding). */
function x5cLeaf(header: Record<string, unknown> | undefined): string | undefined {
  const x5c = header ? own(header, 'x5c') : undefined;
  return Array.isArray(x5c) && typeof x5c[0] === 'string' ? x5c[0] : undefined;
}

/** Whether a failed dynamic import (offline before the module was fetched) is what was caught. */
function isLoadFailure(e: unknown): boolean {
  return e instanceof Error && /fetch|import|chunk|module/i.test(`${e.name} ${e.message}`);
}

/**
 * The whole analysis. Never throws on input: every step's problem is a finding. It rejects only when a module it
 * needs could not be loaded (the page went offline before the first use), which the view says.
 */
export async function analyseToken(text: string, options: AnalyseOptions): Promise<AnalysisResult> {
  const environment: ActiveEnvironmentId = isActiveEnvironmentId(options?.environment) ? options.environment : 'prod';
  const now = typeof options?.now === 'number' ? options.now : Number.NaN;
  const keyText = typeof options?.keyText === 'string' ? options.keyText : '';
  const expectedScopes = Array.isArray(options?.expectedScopes)
    ? options.expectedScopes.filter((s): s is string => typeof s === 'string' && s !== '')
    : [];

  const read = readToken(text);
  const {decoded} = read;
  const findings: Finding[] = [...decoded.findings];
  const leaf = x5cLeaf(decoded.header);
  const readable = read.kind === 'grant' || read.kind === 'access-token' || read.kind === 'other-jwt';

  let certificate: CertificateDescription | undefined;
  const certificateFindings: Finding[] = [];
  if (leaf !== undefined && readable) {
    const {verifyX5c} = await import('../certificate-chain');
    // The chain as Maskinporten reads it: x5c[0] described, each entry issued by the next, and the issuer
    // verified up to a carried CA certificate (or said to be only named). consumer_org = the certificate's orgnr
    // is raised by the grant check, which gets the orgnr below.
    const verified = await verifyX5c(own(decoded.header ?? {}, 'x5c'), {
      ...(environment === 'test' || environment === 'prod' ? {environment} : {}),
      now,
      expiresSoon: true,
    });
    certificate = verified?.certificate;
    certificateFindings.push(...(verified?.findings ?? []));
  }

  findings.push(
    ...checkToken(read, {
      environment,
      now,
      ...(expectedScopes.length > 0 ? {expectedScopes} : {}),
      ...(certificate?.orgnr !== undefined ? {clientOrgnr: certificate.orgnr} : {}),
    }),
    ...certificateFindings,
  );

  let signature: SignatureVerdict = 'not-checked';
  let signatureKey: AnalysisResult['signatureKey'] = 'none';
  let notChecked: NotCheckedReason | undefined;
  const alg = decoded.header ? own(decoded.header, 'alg') : undefined;
  const crit = decoded.findings.some((f) => f.code === 'jwt.crit-unsupported');
  if (decoded.kind !== 'jws' || decoded.token === undefined || !decoded.header) {
    notChecked = decoded.malformed && decoded.kind !== 'jwe' ? 'malformed' : 'not-a-jws';
    if (notChecked === 'malformed' && decoded.token !== undefined) findings.push(finding('sig.not-checked-malformed'));
  } else if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    // Unsigned: there is no signature to check and no key to ask for (jwt.alg-none says it).
    notChecked = 'unsigned';
  } else if (decoded.malformed) {
    notChecked = 'malformed';
    findings.push(finding('sig.not-checked-malformed'));
  } else if (crit) {
    // jose would refuse the unknown crit member as an "invalid JWS"; jwt.crit-unsupported gives the real reason.
    notChecked = 'key-problem';
  } else if (keyText.trim() === '' && leaf === undefined) {
    notChecked = 'no-key';
    findings.push(finding('sig.no-key', {}));
  } else {
    try {
      const {verifySignature} = await import('./signature');
      const verified = await verifySignature({token: decoded.token, header: decoded.header}, keyText);
      signatureKey = verified.keySource === 'x5c' || keyText.trim() === '' ? 'x5c' : 'key';
      // Invalid only when a key was read and the signature did not verify; a key problem means not checked.
      signature = verified.valid
        ? 'valid'
        : verified.findings.some((f) => f.code === 'sig.invalid' || f.code === 'sig.key-not-x5c')
          ? 'invalid'
          : 'not-checked';
      if (signature === 'not-checked') notChecked = 'key-problem';
      findings.push(...verified.findings);
    } catch (e) {
      if (!isLoadFailure(e)) throw e;
      signature = 'not-checked';
      notChecked = 'key-problem';
    }
  }

  const ordered = orderFindings(findings);
  return {
    ...resultBase(read),
    environment,
    ...(certificate ? {certificate} : {}),
    signature,
    signatureKey,
    ...(notChecked ? {notChecked} : {}),
    findings: ordered,
    counts: count(ordered),
  };
}
