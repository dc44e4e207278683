// The environment checker: does every value the integrator uses belong to the chosen environment?

import {finding, type Finding} from './findings';
import {
  analyseUrl,
  ENVIRONMENTS,
  getEnvironment,
  isActiveEnvironmentId,
  type ActiveEnvironmentId,
} from './environments';
import {DSOP_SCOPES} from './scopes';

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

type UrlField = 'tokenEndpoint' | 'audience' | 'issuer' | 'jwksUrl';

const MAX_VALUE = 2048;

/** Host-level checks shared by every Maskinporten URL; returns false when path checks make no sense. */
function checkHost(
  field: UrlField,
  value: string,
  choice: ActiveEnvironmentId,
  out: Finding[],
): ReturnType<typeof analyseUrl> | undefined {
  const u = analyseUrl(value);
  if (!u.url || value.length > MAX_VALUE) {
    out.push(finding('env.url.invalid', {field, actual: value.slice(0, 200)}, field));
    return undefined;
  }
  if (u.scheme === 'http') out.push(finding('env.scheme.http', {field, actual: value}, field));
  if (!u.environment) {
    out.push(finding('env.host.unknown', {field, actual: value, host: u.host ?? ''}, field));
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
        field,
      ),
    );
    return undefined;
  }
  if (u.environment.id !== choice) {
    out.push(
      finding(
        'env.host.wrong-environment',
        {field, environment: choice, actual: value, host: u.environment.host, expected: getEnvironment(choice).host},
        field,
      ),
    );
  }
  return u;
}

function checkApi(value: string, choice: ActiveEnvironmentId, out: Finding[]): void {
  const u = analyseUrl(value);
  if (!u.url || value.length > MAX_VALUE) {
    out.push(finding('env.url.invalid', {field: 'apiBaseUrl', actual: value.slice(0, 200)}, 'apiBaseUrl'));
    return;
  }
  if (u.scheme === 'http') out.push(finding('env.scheme.http', {field: 'apiBaseUrl', actual: value}, 'apiBaseUrl'));
  const host = u.host ?? '';
  // Skatteetaten test hosts end in -test.no; NAV test hosts are under dev.nav.no.
  const isTest = host.endsWith('-test.no') || host === 'dev.nav.no' || host.endsWith('.dev.nav.no');
  const isProd = !isTest && (host.endsWith('.skatteetaten.no') || host === 'nav.no' || host.endsWith('.nav.no'));
  const apiEnv = isTest ? 'test' : isProd ? 'prod' : undefined;
  if (apiEnv !== undefined && apiEnv !== choice) {
    out.push(
      finding(
        'env.api.wrong-environment',
        {environment: choice, apiEnvironment: apiEnv, actual: value, host},
        'apiBaseUrl',
      ),
    );
  }
  const normalized = value.trim().replace(/\/+$/, '');
  for (const s of DSOP_SCOPES) {
    const which = normalized === s.testBaseUrl ? 'test' : normalized === s.prodBaseUrl ? 'prod' : undefined;
    if (which)
      out.push(
        finding('env.api.known', {api: s.api, owner: s.owner, scope: s.scope, apiEnvironment: which}, 'apiBaseUrl'),
      );
  }
}

/** Checks each non-empty value against the chosen environment (`prod` or `test`). Never throws. */
export function checkEnvironment(choice: ActiveEnvironmentId, values: EnvironmentValues): EnvironmentCheckResult {
  const out: Finding[] = [];
  if (!isActiveEnvironmentId(choice))
    return {findings: [finding('env.choice.invalid', {actual: String(choice).slice(0, 50)})]};
  const env = getEnvironment(choice);
  const v = (typeof values === 'object' && values !== null ? values : {}) as EnvironmentValues;
  const str = (x: unknown): string => (typeof x === 'string' ? x.trim() : '');

  const tokenEndpoint = str(v.tokenEndpoint);
  if (tokenEndpoint) {
    const u = checkHost('tokenEndpoint', tokenEndpoint, choice, out);
    if (u && u.path !== '/token') {
      out.push(
        finding(
          'env.token-endpoint.path',
          {expected: u.environment?.tokenEndpoint ?? env.tokenEndpoint ?? '', actual: tokenEndpoint},
          'tokenEndpoint',
        ),
      );
    }
  }
  for (const field of ['audience', 'issuer'] as const) {
    const value = str(v[field]);
    if (!value) continue;
    const u = checkHost(field, value, choice, out);
    if (!u) continue;
    const expected = u.environment?.issuer ?? env.issuer;
    if (u.path === '') out.push(finding('env.aud.trailing-slash', {field, expected, actual: value}, field));
    else if (u.path === '/token' || u.path === '/token/')
      out.push(finding('env.aud.token-endpoint', {field, expected, actual: value}, field));
    else if (u.path !== '/') out.push(finding('env.aud.path', {field, expected, actual: value}, field));
  }
  const jwksUrl = str(v.jwksUrl);
  if (jwksUrl) {
    const u = checkHost('jwksUrl', jwksUrl, choice, out);
    if (u && u.path !== '/jwk')
      out.push(
        finding('env.jwks.path', {expected: u.environment?.jwksUri ?? env.jwksUri ?? '', actual: jwksUrl}, 'jwksUrl'),
      );
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

/** Every Maskinporten host the checker knows (for the UI's hints). */
export const KNOWN_HOSTS: readonly string[] = ENVIRONMENTS.map((e) => e.host);
