// The finding contract shared by every check in src/lib. Messages are not built here: the components
// translate `code` + `params` (nb and en) and link each code to its anchor on the troubleshooting page.

export type Severity = 'error' | 'warning' | 'info';

export interface FindingDefinition {
  readonly severity: Severity;
  /** Maskinporten's own error code that this finding predicts, when there is one. */
  readonly mpCode?: string;
}

/**
 * Every finding code with its severity. The UI checks against this record that each code has a
 * translation (`finding.<code>.message`) and a troubleshooting anchor.
 */
export const FINDING_CATALOGUE = {
  // Pasted token text
  'jwt.empty': {severity: 'error'},
  'jwt.too-large': {severity: 'error'},
  'jwt.bearer-prefix': {severity: 'info'},
  'jwt.quotes': {severity: 'info'},
  'jwt.token-response': {severity: 'info'},
  'jwt.whitespace': {severity: 'error', mpCode: 'MP-011'},
  'jwt.malformed': {severity: 'error', mpCode: 'MP-011'},
  'jwt.encrypted': {severity: 'warning'},
  'jwt.base64': {severity: 'error'},
  'jwt.json': {severity: 'error'},
  'jwt.not-object': {severity: 'error'},
  'jwt.alg-none': {severity: 'error'},
  'jwt.signature-empty': {severity: 'error'},
  'jwt.unknown-type': {severity: 'warning'},

  // Grant (client assertion)
  'grant.alg.unsupported': {severity: 'error'},
  'grant.key.missing': {severity: 'error'},
  'grant.x5c.not-array': {severity: 'error', mpCode: 'MP-123'},
  'grant.aud.missing': {severity: 'error', mpCode: 'MP-110'},
  'grant.aud.array': {severity: 'error', mpCode: 'MP-110'},
  'grant.aud.wrong-environment': {severity: 'error', mpCode: 'MP-110'},
  'grant.aud.token-endpoint': {severity: 'error', mpCode: 'MP-110'},
  'grant.aud.trailing-slash': {severity: 'warning', mpCode: 'MP-110'},
  'grant.aud.retired-host': {severity: 'error', mpCode: 'MP-110'},
  'grant.aud.http': {severity: 'error', mpCode: 'MP-110'},
  'grant.aud.unknown': {severity: 'error', mpCode: 'MP-110'},
  'grant.iss.missing': {severity: 'error', mpCode: 'MP-100'},
  'grant.scope.missing': {severity: 'error'},
  'grant.iat.missing': {severity: 'error'},
  'grant.exp.missing': {severity: 'error'},
  'grant.time.not-number': {severity: 'error'},
  'grant.time.milliseconds': {severity: 'error'},
  'grant.lifetime.too-long': {severity: 'error'},
  'grant.lifetime.negative': {severity: 'error'},
  'grant.iat.future': {severity: 'error'},
  'grant.expired': {severity: 'error', mpCode: 'MP-130'},
  'grant.jti.missing': {severity: 'warning', mpCode: 'MP-012'},
  'grant.claim.unknown': {severity: 'error'},
  'grant.resource.not-array': {severity: 'error'},
  'grant.resource.skatteetaten': {severity: 'warning'},
  'grant.delegation.both': {severity: 'error'},
  'grant.consumer-org.invalid': {severity: 'error'},
  'grant.consumer-org.checksum': {severity: 'warning'},

  // Maskinporten access token
  'token.iss.wrong-environment': {severity: 'error'},
  'token.iss.unknown': {severity: 'error'},
  'token.expired': {severity: 'error'},
  'token.scope.missing-expected': {severity: 'error'},
  'token.consumer.invalid': {severity: 'error'},
  'token.consumer.orgnr': {severity: 'info'},
  'token.delegated': {severity: 'info'},
  'token.aud.restricted': {severity: 'warning'},
  'token.lifetime.long': {severity: 'info'},

  // Scopes
  'scope.empty': {severity: 'error'},
  'scope.too-long': {severity: 'error'},
  'scope.quotes': {severity: 'warning'},
  'scope.missing-prefix': {severity: 'error'},
  'scope.empty-part': {severity: 'error'},
  'scope.invalid-char': {severity: 'error'},
  'scope.uppercase': {severity: 'warning'},
  'scope.separator': {severity: 'error'},
  'scope.concatenated': {severity: 'error'},
  'scope.duplicate': {severity: 'warning'},
  'scope.similar': {severity: 'warning'},
  'scope.known': {severity: 'info'},
  'scope.unknown': {severity: 'info'},

  // Environment checker
  'env.choice.invalid': {severity: 'error'},
  'env.url.invalid': {severity: 'error'},
  'env.scheme.http': {severity: 'error'},
  'env.host.retired': {severity: 'error'},
  'env.host.wrong-environment': {severity: 'error', mpCode: 'MP-110'},
  'env.host.unknown': {severity: 'warning'},
  'env.token-endpoint.path': {severity: 'error'},
  'env.aud.trailing-slash': {severity: 'warning', mpCode: 'MP-110'},
  'env.aud.token-endpoint': {severity: 'error', mpCode: 'MP-110'},
  'env.aud.path': {severity: 'error', mpCode: 'MP-110'},
  'env.jwks.path': {severity: 'error'},
  'env.cert.wrong-environment': {severity: 'error', mpCode: 'MP-120'},
  'env.api.wrong-environment': {severity: 'error'},
  'env.api.known': {severity: 'info'},
  'env.ok': {severity: 'info'},

  // Signature
  'sig.valid': {severity: 'info'},
  'sig.invalid': {severity: 'error', mpCode: 'MP-124'},
  'sig.no-matching-key': {severity: 'error'},
  'sig.no-key': {severity: 'info'},
  'sig.key-invalid': {severity: 'error'},
  'sig.key-private': {severity: 'error'},
  'sig.alg-mismatch': {severity: 'error'},

  // Certificate
  'cert.invalid': {severity: 'error'},
  'cert.expired': {severity: 'error', mpCode: 'MP-124'},
  'cert.not-yet-valid': {severity: 'error', mpCode: 'MP-124'},
  'cert.wrong-environment': {severity: 'error', mpCode: 'MP-120'},
  'cert.issuer-unknown': {severity: 'warning'},
  'cert.orgnr': {severity: 'info'},
  'cert.orgnr.missing': {severity: 'warning'},
  'cert.consumer-org-same': {severity: 'error'},
  // Certificate tool (issue 12): warning under 60 days, raised to error under 14 by the check itself
  'cert.expires-soon': {severity: 'warning'},
  'cert.self-signed': {severity: 'warning'},
  'cert.key-too-small': {severity: 'error'},
  'cert.key-type': {severity: 'error'},
  'cert.key-usage': {severity: 'warning'},
  'cert.private-material': {severity: 'error'},

  // Grant builder
  'builder.client-id.missing': {severity: 'error'},
  'builder.kid.missing': {severity: 'error'},

  // Error explainer (one per TOKEN_ERRORS entry, plus the fallbacks)
  'error.empty': {severity: 'error'},
  'error.json': {severity: 'warning'},
  'error.unknown': {severity: 'info'},
  'error.mp-100': {severity: 'error', mpCode: 'MP-100'},
  'error.mp-100-client-not-found': {severity: 'error', mpCode: 'MP-100'},
  'error.mp-110': {severity: 'error', mpCode: 'MP-110'},
  'error.mp-120': {severity: 'error', mpCode: 'MP-120'},
  'error.mp-121': {severity: 'error', mpCode: 'MP-121'},
  'error.mp-011': {severity: 'error', mpCode: 'MP-011'},
  'error.consumer-org-combination': {severity: 'error'},
  'error.mp-200': {severity: 'error', mpCode: 'MP-200'},
  'error.mp-201': {severity: 'error', mpCode: 'MP-201'},
  'error.mp-012': {severity: 'error', mpCode: 'MP-012'},
  'error.mp-130': {severity: 'error', mpCode: 'MP-130'},
  'error.mp-122': {severity: 'error', mpCode: 'MP-122'},
  'error.mp-123': {severity: 'error', mpCode: 'MP-123'},
  'error.mp-124': {severity: 'error', mpCode: 'MP-124'},
  'error.rar': {severity: 'error'},
  'error.issue-time-after-now': {severity: 'error'},
  'error.mp-250': {severity: 'error', mpCode: 'MP-250'},
  'error.mp-251': {severity: 'error', mpCode: 'MP-251'},
} as const satisfies Record<string, FindingDefinition>;

export type FindingCode = keyof typeof FINDING_CATALOGUE;

/** Every finding code, in catalogue order. */
export const FINDING_CODES: readonly FindingCode[] = Object.freeze(Object.keys(FINDING_CATALOGUE) as FindingCode[]);

export type FindingParams = Record<string, string | number>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Where the problem is, e.g. `header.alg`, `claims.aud`, `scopes[1]`. */
  path?: string;
  params: FindingParams;
}

/** Builds a finding with the catalogue's severity, so a code never changes severity between checks. */
export function finding(code: FindingCode, params: FindingParams = {}, path?: string): Finding {
  const f: Finding = {code, severity: FINDING_CATALOGUE[code].severity, params};
  if (path !== undefined) f.path = path;
  return f;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** A short, printable rendering of any value for use in finding params (never throws). */
export function showValue(value: unknown, max = 200): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) s = String(value);
  else if (value === undefined) s = 'undefined';
  else {
    try {
      s = JSON.stringify(value) ?? String(typeof value);
    } catch {
      s = Array.isArray(value) ? '[…]' : '{…}';
    }
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** Own property lookup, so pasted JSON with keys like `toString` or `__proto__` cannot confuse a check. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function hasOwn(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
