// The token inspector's whole analysis, in one pass:
// decode → classify → check claims → describe the x5c certificate → verify the signature → findings.
// The component calls analyseToken once and only renders. jose and @peculiar/x509 are loaded with import()
// only when the input needs them (a key to check with, or a token with x5c), so the inspector stays light.

import {FINDING_CATALOGUE, own, type Finding, type Severity} from '../findings';
import {isActiveEnvironmentId, type ActiveEnvironmentId} from '../environments';
import type {CertificateDescription} from '../certificates';
import {inspectToken, type TokenKind, type TokenTimes} from './index';

export interface AnalyseOptions {
  environment: ActiveEnvironmentId;
  /** Seconds since the epoch. */
  now: number;
  expectedScopes?: readonly string[];
  /** A public key to verify with (JWK, JWKS, PEM, certificate); empty: the token's own x5c, if any. */
  keyText?: string;
}

/** What the signature step concluded: checked and valid or not, or not checked (no key, no x5c). */
export type SignatureVerdict = 'valid' | 'invalid' | 'not-checked';

export interface AnalysisResult {
  kind: TokenKind;
  environment: ActiveEnvironmentId;
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  times?: TokenTimes;
  /** The cleaned compact token (for the view's own use; the report never includes it). */
  token?: string;
  certificate?: CertificateDescription;
  signature: SignatureVerdict;
  /** What the signature was checked with: the pasted key, the token's own x5c, or nothing. */
  signatureKey: 'key' | 'x5c' | 'none';
  /** De-duplicated, errors first, then warnings, then info; within a severity in the order raised. */
  findings: Finding[];
  counts: Record<Severity, number>;
}

const ORDER: Record<Severity, number> = {error: 0, warning: 1, info: 2};

function keyOf(f: Finding): string {
  return `${f.code}\u0000${f.path ?? ''}\u0000${JSON.stringify(f.params)}`;
}

/** One list: the same finding raised twice (same code, path and params) is kept once; errors first. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const f of findings) {
    const k = keyOf(f);
    if (seen.has(k)) continue;
    seen.add(k);
    // Severity always from the catalogue, so the order and the counts agree with the reference page.
    unique.push({...f, severity: FINDING_CATALOGUE[f.code].severity});
  }
  return unique
    .map((f, i) => ({f, i}))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({f}) => f);
}

function count(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = {error: 0, warning: 0, info: 0};
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Never throws: a failing step becomes a finding or is left out, never an exception in the view. */
export async function analyseToken(text: string, options: AnalyseOptions): Promise<AnalysisResult> {
  const environment: ActiveEnvironmentId = isActiveEnvironmentId(options?.environment) ? options.environment : 'prod';
  const now = typeof options?.now === 'number' ? options.now : Number.NaN;
  const keyText = typeof options?.keyText === 'string' ? options.keyText : '';
  const expectedScopes = Array.isArray(options?.expectedScopes)
    ? options.expectedScopes.filter((s): s is string => typeof s === 'string' && s !== '')
    : [];

  // Decode and classify once without the certificate's orgnr, to see whether there is an x5c to read.
  const first = inspectToken(text, {environment, now});
  const x5c = first.header ? own(first.header, 'x5c') : undefined;
  const leaf = Array.isArray(x5c) && typeof x5c[0] === 'string' ? x5c[0] : undefined;

  const findings: Finding[] = [];
  let certificate: CertificateDescription | undefined;
  if (leaf !== undefined && (first.kind === 'grant' || first.kind === 'access-token' || first.kind === 'other-jwt')) {
    try {
      const {describeCertificate} = await import('../certificates');
      // No consumerOrg here: consumer_org = certificate orgnr is raised by the grant check alone.
      const described = describeCertificate(leaf, {
        ...(environment === 'test' || environment === 'prod' ? {environment} : {}),
        now,
      });
      certificate = described.certificate;
      findings.push(...described.findings);
    } catch {
      // The certificate reader failed to load: the token is still analysed without it.
    }
  }

  const inspected =
    certificate?.orgnr !== undefined || expectedScopes.length > 0
      ? inspectToken(text, {
          environment,
          now,
          ...(expectedScopes.length > 0 ? {expectedScopes} : {}),
          ...(certificate?.orgnr !== undefined ? {clientOrgnr: certificate.orgnr} : {}),
        })
      : first;
  findings.unshift(...inspected.findings);

  let signature: SignatureVerdict = 'not-checked';
  let signatureKey: AnalysisResult['signatureKey'] = 'none';
  const verifiable = inspected.token !== undefined && inspected.kind !== 'jwe' && inspected.kind !== 'invalid';
  if (verifiable && (keyText.trim() !== '' || leaf !== undefined)) {
    try {
      signatureKey = keyText.trim() !== '' ? 'key' : 'x5c';
      const {verifySignature} = await import('./signature');
      const verified = await verifySignature(inspected.token ?? '', keyText);
      // Invalid only when a key was read and the signature did not verify; a key problem means not checked.
      signature = verified.valid
        ? 'valid'
        : verified.findings.some((f) => f.code === 'sig.invalid')
          ? 'invalid'
          : 'not-checked';
      // Decode findings (crit, base64) are already in the list; take the signature step's own verdict.
      findings.push(...verified.findings.filter((f) => f.code.startsWith('sig.') || f.code === 'jwt.crit-unsupported'));
    } catch {
      signature = 'not-checked';
    }
  } else if (verifiable) {
    findings.push({code: 'sig.no-key', severity: FINDING_CATALOGUE['sig.no-key'].severity, params: {}});
  }

  const ordered = orderFindings(findings);
  return {
    kind: inspected.kind,
    environment,
    ...(inspected.header ? {header: inspected.header} : {}),
    ...(inspected.claims ? {claims: inspected.claims} : {}),
    ...(inspected.times ? {times: inspected.times} : {}),
    ...(inspected.token !== undefined ? {token: inspected.token} : {}),
    ...(certificate ? {certificate} : {}),
    signature,
    signatureKey,
    findings: ordered,
    counts: count(ordered),
  };
}
