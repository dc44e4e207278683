// Renders any finding in the page's language from its catalogue row (src/lib/finding-catalogue.ts): the
// Norwegian text is the row's, the English one is in i18n/en/code.json under `finding.<code>.message` and
// `finding.<code>.explanation`. Params are filled in from the template only, so a value that itself holds
// `{word}` is shown as it is.
import {translate} from '@docusaurus/Translate';
import {findingRow, type Finding, type FindingCode, type FindingParams, type ParamKind} from '@site/src/lib/findings';

/** 'prod' and 'test' as words in the page's language. */
export function environmentName(id: string): string {
  switch (id) {
    case 'prod':
      return translate({id: 'tools.environment.prod', message: 'produksjon'});
    case 'test':
      return translate({id: 'tools.environment.test', message: 'test'});
    case 'unknown':
      return translate({id: 'tools.environment.unknown', message: 'ukjent miljø'});
    default:
      return id;
  }
}

/** The environment checker's field names as its form labels them. */
export function fieldName(field: string): string {
  switch (field) {
    case 'tokenEndpoint':
      return translate({id: 'tools.env.field.tokenEndpoint', message: 'Token-endepunkt'});
    case 'audience':
      return translate({id: 'tools.env.field.audience', message: 'Audience (aud)'});
    case 'issuer':
      return translate({id: 'tools.env.field.issuer', message: 'Issuer'});
    case 'jwksUrl':
      return translate({id: 'tools.env.field.jwksUrl', message: 'JWKS-URL'});
    case 'certificateKind':
      return translate({id: 'tools.env.field.certificateKind', message: 'Sertifikattype'});
    case 'apiBaseUrl':
      return translate({id: 'tools.env.field.apiBaseUrl', message: 'API-adresse'});
    default:
      return field;
  }
}

/** Params that hold an environment id in some findings (`expected`/`actual` hold a URL in others). */
const ENVIRONMENT_NAMED = new Set(['environment', 'apiEnvironment', 'certificateKind', 'expected', 'actual']);
const ENVIRONMENT_IDS = new Set(['prod', 'test', 'unknown']);

function readableParam(name: string, kind: ParamKind | undefined, value: string | number): string | number {
  if (kind === 'field' || (name === 'field' && typeof value === 'string')) return fieldName(String(value));
  if (
    typeof value === 'string' &&
    ENVIRONMENT_IDS.has(value) &&
    (kind === 'environment' || ENVIRONMENT_NAMED.has(name))
  )
    return environmentName(value);
  return value;
}

function readableParams(code: FindingCode, params: FindingParams): Record<string, string | number> {
  const spec = findingRow(code).params;
  const out: Record<string, string | number> = {};
  for (const [name, kind] of Object.entries(spec)) {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    // Only `optional` params can be absent (the type of `finding()` requires the others); show a dash.
    out[name] = value === undefined ? '–' : readableParam(name, kind, value);
  }
  return out;
}

/** The finding as a sentence in the page's language, with its params filled in. */
export function findingMessage(f: Pick<Finding, 'code' | 'params'>): string {
  const row = findingRow(f.code);
  return translate({id: `finding.${f.code}.message`, message: row.message}, readableParams(f.code, f.params));
}

/** What the finding means and how to fix it, without the values of one case. */
export function findingExplanation(code: FindingCode): string {
  return translate({id: `finding.${code}.explanation`, message: findingRow(code).explanation});
}
