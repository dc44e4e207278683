// Names the tools, the report and the command line show for ids in src/lib: environments, form fields,
// severities, counts and token kinds. Apart from the finding texts, so a tool can name a field or an environment
// without loading the catalogue. English in i18n/en/code.json under the same ids.
import type {TextLookup} from './i18n';
import type {Severity} from './finding-types';

/** 'prod', 'test' and 'unknown' as words. */
export function environmentName(id: string, texts: TextLookup): string {
  switch (id) {
    case 'prod':
      return texts.text('tools.environment.prod', 'produksjon');
    case 'test':
      return texts.text('tools.environment.test', 'test');
    case 'unknown':
      return texts.text('tools.environment.unknown', 'ukjent miljø');
    default:
      return id;
  }
}

/** The two sides of a scope's colon, `prefix:subscope`, as words. */
export function scopePartName(part: string, texts: TextLookup): string {
  switch (part) {
    case 'prefix':
      return texts.text('tools.scope.part.prefix', 'prefiks');
    case 'subscope':
      return texts.text('tools.scope.part.subscope', 'underscope');
    default:
      return part;
  }
}

/** The environment checker's field ids as its form labels them. */
export function fieldName(field: string, texts: TextLookup): string {
  switch (field) {
    case 'tokenEndpoint':
      return texts.text('tools.env.field.tokenEndpoint', 'Token-endepunkt');
    case 'audience':
      return texts.text('tools.env.field.audience', 'Audience (aud)');
    case 'issuer':
      return texts.text('tools.env.field.issuer', 'Utsteder (issuer)');
    case 'jwksUrl':
      return texts.text('tools.env.field.jwksUrl', 'JWKS-URL');
    case 'wellKnown':
      return texts.text('tools.env.field.wellKnown', 'Metadata-URL (well-known)');
    case 'certificateKind':
      return texts.text('tools.env.field.certificateKind', 'Sertifikattype');
    case 'apiBaseUrl':
      return texts.text('tools.env.field.apiBaseUrl', 'API-adresse');
    default:
      return field;
  }
}

export function severityLabel(severity: Severity, texts: TextLookup): string {
  switch (severity) {
    case 'error':
      return texts.text('tools.severity.error', 'Feil');
    case 'warning':
      return texts.text('tools.severity.warning', 'Advarsel');
    default:
      return texts.text('tools.severity.info', 'Info');
  }
}

/** "1 advarsel" or "3 advarsler": bokmål and English both have one form for 1 and one for the rest. */
export function countText(severity: Severity, n: number, texts: TextLookup): string {
  if (n === 1) {
    if (severity === 'error') return texts.text('tools.findings.count.error.one', '1 feil');
    if (severity === 'warning') return texts.text('tools.findings.count.warning.one', '1 advarsel');
    return texts.text('tools.findings.count.info.one', '1 info');
  }
  if (severity === 'error') return texts.text('tools.findings.count.error.other', '{count} feil', {count: n});
  if (severity === 'warning') return texts.text('tools.findings.count.warning.other', '{count} advarsler', {count: n});
  return texts.text('tools.findings.count.info.other', '{count} info', {count: n});
}

export type TokenKindName = 'grant' | 'access-token' | 'other-jwt' | 'jwe' | 'invalid';

/** What kind of token the inspector found, as a phrase. */
export function tokenKindLabel(kind: TokenKindName, texts: TextLookup): string {
  switch (kind) {
    case 'grant':
      return texts.text('tools.token.kind.grant', 'Grant (client assertion) som dere sender til Maskinporten');
    case 'access-token':
      return texts.text('tools.token.kind.accessToken', 'Access token fra Maskinporten');
    case 'other-jwt':
      return texts.text('tools.token.kind.other', 'Et JWT, men verken grant eller access token fra Maskinporten');
    case 'jwe':
      return texts.text('tools.token.kind.jwe', 'Kryptert token (JWE)');
    default:
      return texts.text('tools.token.kind.invalid', 'Ikke et gyldig JWT');
  }
}
