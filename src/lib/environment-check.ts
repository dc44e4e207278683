// The environment checker: does every value the integrator uses belong to the chosen environment?

import {finding, type Finding} from './findings';
import {
  analyseUrl,
  apiHostEnvironment,
  exactIssuerMatch,
  getEnvironment,
  isActiveEnvironmentId,
  type ActiveEnvironmentId,
  type EnvironmentId,
} from './environments';
import {DSOP_SCOPES} from './scope-catalogue';
import {MAX_CONFIG_TEXT, scanConfig, type ConfigValue} from './config-scan';

export interface EnvironmentValues {
  tokenEndpoint?: string;
  audience?: string;
  issuer?: string;
  jwksUrl?: string;
  certificateKind?: 'test' | 'prod' | '';
  apiBaseUrl?: string;
}

export interface EnvironmentCheckResult {
  findings: Finding[];
}

const MAX_VALUE = 2048;

/** Host-level checks shared by every Maskinporten URL; returns false when path checks make no sense. */
function checkHost(
  field: string,
  value: string,
  choice: ActiveEnvironmentId,
  out: Finding[],
  path: string = field,
): ReturnType<typeof analyseUrl> | undefined {
  const u = analyseUrl(value);
  if (!u.url || value.length > MAX_VALUE) {
    out.push(finding('env.url.invalid', {field, actual: value.slice(0, 200)}, path));
    return undefined;
  }
  if (u.scheme === 'http') out.push(finding('env.scheme.http', {field, actual: value}, path));
  if (!u.environment) {
    out.push(finding('env.host.unknown', {field, actual: value, host: u.host ?? ''}, path));
    return undefined;
  }
  if (u.environment.status === 'retired') {
    out.push(
      finding(
        'env.host.retired',
        {
          field,
          host: u.environment.host,
          retiredOn: u.environment.retiredOn ?? u.environment.removedFromDocsOn ?? '',
          expected: getEnvironment(choice).host,
        },
        path,
      ),
    );
    return undefined;
  }
  if (u.environment.id !== choice) {
    out.push(
      finding(
        'env.host.wrong-environment',
        {field, environment: choice, actual: value, host: u.environment.host, expected: getEnvironment(choice).host},
        path,
      ),
    );
  }
  return u;
}

function checkApi(value: string, choice: ActiveEnvironmentId, out: Finding[], path = 'apiBaseUrl'): void {
  const u = analyseUrl(value);
  if (!u.url || value.length > MAX_VALUE) {
    out.push(finding('env.url.invalid', {field: 'apiBaseUrl', actual: value.slice(0, 200)}, path));
    return;
  }
  if (u.scheme === 'http') out.push(finding('env.scheme.http', {field: 'apiBaseUrl', actual: value}, path));
  const host = u.host ?? '';
  const apiEnv = apiHostEnvironment(host);
  if (apiEnv !== undefined && apiEnv !== choice) {
    out.push(
      finding('env.api.wrong-environment', {environment: choice, apiEnvironment: apiEnv, actual: value, host}, path),
    );
  }
  const normalized = value.trim().replace(/\/+$/, '');
  for (const s of DSOP_SCOPES) {
    const which = normalized === s.testBaseUrl ? 'test' : normalized === s.prodBaseUrl ? 'prod' : undefined;
    if (which)
      out.push(finding('env.api.known', {api: s.api, owner: s.owner, scope: s.scope, apiEnvironment: which}, path));
  }
}

type MaskinportenField = 'tokenEndpoint' | 'audience' | 'issuer' | 'jwksUrl';

/**
 * One Maskinporten URL against the chosen environment: its host, then its exact form (env.not-exact: what a
 * URL parser would normalise away is still a different string to Maskinporten), then its path. `raw` is the
 * value as typed, surrounding whitespace included.
 */
function checkMaskinportenUrl(
  kind: MaskinportenField,
  field: string,
  raw: string,
  choice: ActiveEnvironmentId,
  out: Finding[],
  path: string,
): void {
  const value = raw.trim();
  const u = checkHost(field, value, choice, out, path);
  if (!u) return;
  const env = u.environment ?? getEnvironment(choice);
  const exact = exactIssuerMatch(raw);
  const urlPath = exact.normalisedPath ?? u.path ?? '';
  const expectedFor: Record<MaskinportenField, string> = {
    tokenEndpoint: env.tokenEndpoint ?? '',
    audience: env.issuer,
    issuer: env.issuer,
    jwksUrl: env.jwksUri ?? '',
  };
  const expected = expectedFor[kind];
  if (exact.differences.length > 0) {
    out.push(
      finding(
        'env.not-exact',
        {field, expected, actual: raw.slice(0, 200), differences: exact.differences.join(',')},
        path,
      ),
    );
  }
  if (kind === 'tokenEndpoint') {
    if (urlPath !== '/token') out.push(finding('env.token-endpoint.path', {expected, actual: value}, path));
  } else if (kind === 'jwksUrl') {
    if (urlPath !== '/jwk') out.push(finding('env.jwks.path', {expected, actual: value}, path));
  } else if (urlPath === '') out.push(finding('env.aud.trailing-slash', {field, expected, actual: value}, path));
  else if (urlPath === '/token' || urlPath === '/token/')
    out.push(finding('env.aud.token-endpoint', {field, expected, actual: value}, path));
  else if (urlPath !== '/') out.push(finding('env.aud.path', {field, expected, actual: value}, path));
}

/** Checks each non-empty value against the chosen environment (`prod` or `test`). Never throws. */
export function checkEnvironment(choice: ActiveEnvironmentId, values: EnvironmentValues): EnvironmentCheckResult {
  const out: Finding[] = [];
  if (!isActiveEnvironmentId(choice))
    return {findings: [finding('env.choice.invalid', {actual: String(choice).slice(0, 50)})]};
  const v = (typeof values === 'object' && values !== null ? values : {}) as EnvironmentValues;
  const str = (x: unknown): string => (typeof x === 'string' ? x.trim() : '');

  const raw = (x: unknown): string => (typeof x === 'string' ? x : '');
  for (const field of ['tokenEndpoint', 'audience', 'issuer', 'jwksUrl'] as const) {
    if (str(v[field])) checkMaskinportenUrl(field, field, raw(v[field]), choice, out, field);
  }
  const cert = v.certificateKind;
  if ((cert === 'test' || cert === 'prod') && cert !== choice) {
    out.push(finding('env.cert.wrong-environment', {environment: choice, certificateKind: cert}, 'certificateKind'));
  }
  const api = str(v.apiBaseUrl);
  if (api) checkApi(api, choice, out);

  if (!out.some((f) => f.severity !== 'info')) out.push(finding('env.ok', {environment: choice}));
  return {findings: out};
}

export interface ConfigCheckResult {
  /** Every Maskinporten, API and certificate value found, in line order. */
  values: readonly ConfigValue[];
  findings: Finding[];
}

/** Test or production: the retired ver1 and ver2 were test environments. */
function side(environment: EnvironmentId): ActiveEnvironmentId {
  return environment === 'prod' ? 'prod' : 'test';
}

/**
 * A whole pasted configuration (`.env`, `application.properties`/`.yml`, `appsettings.json`, plain lines):
 * every value found is checked as its field would be, against the chosen environment, with `L<line>` as its
 * path; and when the values themselves belong to different environments, whatever was chosen, `env.mixed`
 * says which lines are test and which production. Never throws.
 */
export function checkConfig(choice: ActiveEnvironmentId, text: string): ConfigCheckResult {
  if (!isActiveEnvironmentId(choice))
    return {values: [], findings: [finding('env.choice.invalid', {actual: String(choice).slice(0, 50)})]};
  const scan = scanConfig(text);
  const out: Finding[] = [];
  if (scan.truncated) out.push(finding('env.config.too-large', {max: MAX_CONFIG_TEXT, values: scan.values.length}));
  if (scan.values.length === 0) {
    out.push(finding('env.config.nothing-found'));
    return {values: scan.values, findings: out};
  }
  const bySide: Record<ActiveEnvironmentId, ConfigValue[]> = {test: [], prod: []};
  for (const value of scan.values) {
    const path = `L${value.line}`;
    const field = value.key || value.kind;
    bySide[side(value.environment)].push(value);
    if (value.kind === 'apiBaseUrl') checkApi(value.value.trim(), choice, out, path);
    else if (value.kind === 'certificate') {
      if (side(value.environment) !== choice)
        out.push(
          finding('env.cert.wrong-environment', {environment: choice, certificateKind: side(value.environment)}, path),
        );
    } else checkMaskinportenUrl(value.kind, field, value.value, choice, out, path);
  }
  if (bySide.test.length > 0 && bySide.prod.length > 0) {
    const lines = (values: ConfigValue[]): string => [...new Set(values.map((v) => v.line))].join(', ');
    const keys = (values: ConfigValue[]): string => [...new Set(values.map((v) => v.key || v.value))].join(', ');
    out.unshift(
      finding('env.mixed', {
        environment: choice,
        testLines: lines(bySide.test),
        testKeys: keys(bySide.test).slice(0, 400),
        prodLines: lines(bySide.prod),
        prodKeys: keys(bySide.prod).slice(0, 400),
      }),
    );
  }
  if (!out.some((f) => f.severity !== 'info')) out.push(finding('env.ok', {environment: choice}));
  return {values: scan.values, findings: out};
}
