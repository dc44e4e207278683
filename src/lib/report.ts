// A plain-text report of a token analysis for a support ticket: kind, environment, header and claims, and the
// findings with their codes and Maskinporten codes. It never holds the signature segment or the whole token,
// so it can be pasted into a ticket without handing over a usable grant.

import {FINDING_CATALOGUE} from './findings';
import {displayValue} from './display';
import type {AnalysisResult} from './jwt/analyse';

export type ReportLocale = 'nb' | 'en';

const LABELS = {
  nb: {
    title: 'Rapport fra token-inspektøren (signaturen og hele tokenet er ikke med)',
    kind: 'Type',
    environment: 'Miljø',
    signature: 'Signatur',
    header: 'Header',
    claims: 'Claims',
    certificate: 'Sertifikat i x5c',
    findings: 'Funn',
    none: 'ingen',
    kinds: {
      grant: 'grant (client assertion)',
      'access-token': 'access token fra Maskinporten',
      'other-jwt': 'annet JWT',
      jwe: 'kryptert token (JWE)',
      invalid: 'ikke et gyldig JWT',
    },
    environments: {prod: 'produksjon', test: 'test'},
    signatures: {valid: 'gyldig', invalid: 'ugyldig', 'not-checked': 'ikke kontrollert'},
  },
  en: {
    title: 'Token inspector report (the signature and the whole token are left out)',
    kind: 'Kind',
    environment: 'Environment',
    signature: 'Signature',
    header: 'Header',
    claims: 'Claims',
    certificate: 'Certificate in x5c',
    findings: 'Findings',
    none: 'none',
    kinds: {
      grant: 'grant (client assertion)',
      'access-token': 'access token from Maskinporten',
      'other-jwt': 'other JWT',
      jwe: 'encrypted token (JWE)',
      invalid: 'not a valid JWT',
    },
    environments: {prod: 'production', test: 'test'},
    signatures: {valid: 'valid', invalid: 'invalid', 'not-checked': 'not checked'},
  },
} as const;

/** Shown values are capped like in the view, and x5c entries cut to their start. */
const REPORT_DISPLAY = {maxDepth: 6, maxLength: 1000, maxEntries: 30} as const;

function lines(values: Record<string, unknown>): string[] {
  return Object.entries(values).map(([name, value]) => {
    const shown =
      name === 'x5c' && Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : v))
        : value;
    return `  ${name}: ${displayValue(shown, REPORT_DISPLAY).text.replace(/\n/g, '\n    ')}`;
  });
}

/** Removes every occurrence of the token's signature and of the whole token, whatever a value holds. */
function scrub(text: string, token: string | undefined): string {
  if (token === undefined) return text;
  const signature = token.slice(token.lastIndexOf('.') + 1);
  let out = text;
  for (const secret of [token, signature]) {
    if (secret.length >= 8) out = out.split(secret).join('[…]');
  }
  return out;
}

export function formatReport(result: AnalysisResult, locale: ReportLocale = 'nb'): string {
  const l = LABELS[locale === 'en' ? 'en' : 'nb'];
  const out: string[] = [
    l.title,
    `${l.kind}: ${l.kinds[result.kind]}`,
    `${l.environment}: ${l.environments[result.environment]}`,
    `${l.signature}: ${l.signatures[result.signature]}`,
  ];
  if (result.header) out.push('', `${l.header}:`, ...lines(result.header));
  if (result.claims) out.push('', `${l.claims}:`, ...lines(result.claims));
  if (result.certificate) {
    const c = result.certificate;
    out.push(
      '',
      `${l.certificate}:`,
      `  subject: ${c.subject}`,
      `  issuer: ${c.issuer}`,
      `  orgnr: ${c.orgnr ?? '–'}`,
      `  notBefore: ${c.notBefore}`,
      `  notAfter: ${c.notAfter}`,
    );
  }
  out.push('', `${l.findings}:`);
  if (result.findings.length === 0) out.push(`  ${l.none}`);
  for (const f of result.findings) {
    const mp = (FINDING_CATALOGUE[f.code] as {mpCode?: string}).mpCode;
    const params = Object.entries(f.params)
      .map(([k, v]) => `${k}=${displayValue(String(v), {maxLength: 200}).text}`)
      .join(', ');
    out.push(
      `  [${f.severity}] ${f.code}${mp ? ` (${mp})` : ''}${f.path ? ` @ ${f.path}` : ''}${params ? `: ${params}` : ''}`,
    );
  }
  return scrub(out.join('\n'), result.token);
}
