// The environment checker: does every value the integrator uses belong to the chosen environment? The form's
// fields (checkEnvironment) and a whole pasted configuration (checkConfig) go through the same checks per value;
// scopes and consumer_org in a configuration get the very findings the token inspector gives for them, from the
// same rules (scopes.ts, grant-claims.ts).

import {finding, type Finding} from './findings';
import {
  analyseUrl,
  apiHostEnvironment,
  exactIssuerMatch,
  getEnvironment,
  isActiveEnvironmentId,
  serviceDomain,
  type ActiveEnvironmentId,
  type EnvironmentId,
} from './environments';
import {DSOP_SCOPES} from './scope-catalogue';
import {checkScopes} from './scopes';
import {consumerOrgFindings} from './grant-claims';
import {environmentWord, MAX_CONFIG_TEXT, scanConfig, type ConfigScan, type ConfigValue} from './config-scan';

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

/** The Maskinporten fields: each is a form field id (and a kind of config value). */
type MaskinportenField = 'tokenEndpoint' | 'audience' | 'issuer' | 'jwksUrl' | 'wellKnown';

/**
 * `aud` (and the issuer, which clients send as `aud`) is compared by Maskinporten as a string: a wrong one is
 * MP-110. The token endpoint, the JWKS URL and the metadata URL are addresses an HTTP client calls: a wrong one
 * is the wrong environment, or the same address written differently, never MP-110.
 */
function isAudienceField(field: MaskinportenField): boolean {
  return field === 'audience' || field === 'issuer';
}

/** Host-level checks shared by every Maskinporten URL; undefined when path checks make no sense. */
function checkHost(
  field: MaskinportenField,
  value: string,
  choice: ActiveEnvironmentId,
  out: Finding[],
  path: string,
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
    const params = {
      field,
      environment: choice,
      actual: value,
      host: u.environment.host,
      expected: getEnvironment(choice).host,
    };
    out.push(
      isAudienceField(field)
        ? finding('env.host.wrong-environment', params, path)
        : finding('env.endpoint.wrong-environment', params, path),
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

/** An Altinn address (a delegation source, an Altinn API): TT02 goes with Maskinporten's test, altinn.no with production. */
function checkAltinn(value: string, choice: ActiveEnvironmentId, out: Finding[], path: string): void {
  const u = analyseUrl(value.trim());
  const altinn = u.host ? serviceDomain(u.host) : undefined;
  if (altinn?.environment !== undefined && altinn.environment !== choice)
    out.push(
      finding(
        'env.altinn.wrong-environment',
        {host: u.host ?? '', altinnEnvironment: altinn.environment, environment: choice, actual: value.trim()},
        path,
      ),
    );
}

/**
 * One Maskinporten URL against the chosen environment: its host, then its exact form, then its path. `raw` is
 * the value as typed, surrounding whitespace included. For `aud` every difference from the exact issuer is an
 * error (env.not-exact, MP-110); for an address an HTTP client calls, what RFC 3986 §6.2 makes the same address
 * (an upper-case host, `:443`) is said and no more (env.url.same-address), anything else is a warning.
 */
function checkMaskinportenUrl(
  field: MaskinportenField,
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
    wellKnown: env.wellKnown,
  };
  const expected = expectedFor[field];
  const actual = raw.slice(0, 200);
  if (isAudienceField(field)) {
    if (exact.differences.length > 0)
      out.push(finding('env.not-exact', {field, expected, actual, differences: exact.differences.join(',')}, path));
  } else {
    const different = exact.differences.filter((d) => !exact.sameAddress.includes(d));
    if (different.length > 0)
      out.push(finding('env.url.not-exact', {field, expected, actual, differences: different.join(',')}, path));
    else if (exact.sameAddress.length > 0)
      out.push(
        finding('env.url.same-address', {field, expected, actual, differences: exact.sameAddress.join(',')}, path),
      );
  }
  switch (field) {
    case 'tokenEndpoint':
      if (urlPath !== '/token') out.push(finding('env.token-endpoint.path', {expected, actual: value}, path));
      return;
    case 'jwksUrl':
      if (urlPath !== '/jwk') out.push(finding('env.jwks.path', {expected, actual: value}, path));
      return;
    case 'wellKnown':
      if (urlPath !== '/.well-known/oauth-authorization-server')
        out.push(finding('env.well-known.path', {expected, actual: value}, path));
      return;
    default:
      if (urlPath === '') out.push(finding('env.aud.trailing-slash', {field, expected, actual: value}, path));
      else if (urlPath === '/token' || urlPath === '/token/')
        out.push(finding('env.aud.token-endpoint', {field, expected, actual: value}, path));
      else if (urlPath !== '/') out.push(finding('env.aud.path', {field, expected, actual: value}, path));
  }
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
    if (str(v[field])) checkMaskinportenUrl(field, raw(v[field]), choice, out, field);
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
  /** Every value found, in line order (none when the text holds a private key). */
  values: readonly ConfigValue[];
  findings: Finding[];
}

/** Test or production: the retired ver1 and ver2 were test environments. */
function side(environment: EnvironmentId): ActiveEnvironmentId {
  return environment === 'prod' ? 'prod' : 'test';
}

/** A finding of a rule written for a grant or the scope field, placed at the config line instead. */
function atLine(f: Finding, path: string): Finding {
  return {...f, path};
}

/** One value of a configuration, checked as its field would be, against `judge`. */
function checkValue(value: ConfigValue, judge: ActiveEnvironmentId, out: Finding[]): void {
  const path = `L${value.line}`;
  switch (value.kind) {
    case 'apiBaseUrl':
      checkApi(value.value.trim(), judge, out, path);
      return;
    case 'altinn':
      checkAltinn(value.value, judge, out, path);
      return;
    case 'certificate':
      if (value.environment !== undefined && side(value.environment) !== judge)
        out.push(
          finding('env.cert.wrong-environment', {environment: judge, certificateKind: side(value.environment)}, path),
        );
      return;
    case 'scope':
      // The token inspector's rule for a grant's `scope`, as it is: same codes, same severities, same fixes.
      for (const f of checkScopes(value.value).findings) out.push(atLine(f, path));
      return;
    case 'consumerOrg':
      for (const f of consumerOrgFindings(value.value)) out.push(atLine(f, path));
      return;
    default:
      checkMaskinportenUrl(value.kind, value.value, judge, out, path);
  }
}

interface Group {
  /** The profile's name; undefined for the documents without one, judged together against the chosen environment. */
  readonly profile?: string;
  readonly lines: string;
  readonly values: readonly ConfigValue[];
}

/** The documents with a Spring profile each on its own; the rest (a plain file, shared defaults) as one. */
function groups(scan: ConfigScan): Group[] {
  const shared: ConfigValue[] = [];
  const byProfile: Group[] = [];
  scan.documents.forEach((doc, index) => {
    const values = scan.values.filter((v) => v.document === index);
    if (doc.profile === undefined || doc.profile === '') shared.push(...values);
    else byProfile.push({profile: doc.profile, lines: `${doc.firstLine}–${doc.lastLine}`, values});
  });
  return [{lines: '', values: shared}, ...byProfile];
}

/** The environment a profile is for: its name's word (test, prod), else its values' one side, else the choice. */
function profileEnvironment(group: Group, choice: ActiveEnvironmentId): ActiveEnvironmentId {
  const named = group.profile !== undefined ? environmentWord(group.profile) : undefined;
  if (named) return named;
  const sides = new Set(group.values.flatMap((v) => (v.environment !== undefined ? [side(v.environment)] : [])));
  const [only] = [...sides];
  return sides.size === 1 && only !== undefined ? only : choice;
}

function mixedFinding(group: Group, judge: ActiveEnvironmentId): Finding | undefined {
  const test = group.values.filter((v) => v.environment !== undefined && side(v.environment) === 'test');
  const prod = group.values.filter((v) => v.environment === 'prod');
  if (test.length === 0 || prod.length === 0) return undefined;
  const lines = (values: ConfigValue[]): string => [...new Set(values.map((v) => v.line))].join(', ');
  const keys = (values: ConfigValue[]): string =>
    [...new Set(values.map((v) => v.key || v.value))].join(', ').slice(0, 400);
  const params = {testLines: lines(test), testKeys: keys(test), prodLines: lines(prod), prodKeys: keys(prod)};
  return group.profile === undefined
    ? finding('env.mixed', {environment: judge, ...params})
    : finding('env.config.profile-mixed', {profile: group.profile, ...params});
}

/**
 * A whole pasted configuration (`.env`, `application.properties`/`.yml`, `appsettings.json`, plain lines):
 * every value found is checked as its field would be, with `L<line>` as its path. A Spring profile (a YAML
 * document after `---` with `spring.config.activate.on-profile`) is judged against its own environment; the rest
 * against the chosen one. When the values of one profile (or of the rest) belong to different environments,
 * whatever was chosen, `env.mixed` says which lines are test and which production. A private key anywhere: that
 * one finding and nothing else. Never throws.
 */
export function checkConfig(choice: ActiveEnvironmentId, text: string): ConfigCheckResult {
  if (!isActiveEnvironmentId(choice))
    return {values: [], findings: [finding('env.choice.invalid', {actual: String(choice).slice(0, 50)})]};
  const scan = scanConfig(text);
  if (scan.privateKey)
    return {
      values: [],
      findings: [finding('env.config.private-key', {line: scan.privateKey.line, kind: scan.privateKey.kind})],
    };
  const out: Finding[] = [];
  if (scan.truncated) out.push(finding('env.config.too-large', {max: MAX_CONFIG_TEXT, values: scan.values.length}));
  const notChecked = (): void => {
    for (const u of scan.unset) out.push(finding('env.config.placeholder-unset', {name: u.name}, `L${u.line}`));
    const hosts = [...new Set(scan.unrecognised.map((u) => u.host))];
    if (scan.unrecognised.length > 0)
      out.push(
        finding('env.config.unrecognised', {count: scan.unrecognised.length, hosts: hosts.join(', ').slice(0, 400)}),
      );
  };
  if (scan.values.length === 0) {
    out.push(finding('env.config.nothing-found'));
    notChecked();
    return {values: scan.values, findings: out};
  }
  const all = groups(scan);
  const profiles = all.filter((g) => g.profile !== undefined && g.values.length > 0);
  for (const group of all) {
    if (group.values.length === 0) continue;
    const judge = group.profile === undefined ? choice : profileEnvironment(group, choice);
    if (group.profile !== undefined)
      out.push(finding('env.config.profile', {profile: group.profile, lines: group.lines, environment: judge}));
    const mixed = mixedFinding(group, judge);
    if (mixed) out.push(mixed);
    for (const value of group.values) {
      if (value.placeholder !== undefined)
        out.push(finding('env.config.placeholder', {name: value.placeholder, value: value.value}, `L${value.line}`));
      checkValue(value, judge, out);
    }
  }
  notChecked();
  if (!out.some((f) => f.severity !== 'info'))
    out.push(profiles.length > 0 ? finding('env.config.profiles-ok') : finding('env.config.ok', {environment: choice}));
  return {values: scan.values, findings: out};
}
