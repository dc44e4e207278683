// Maskinporten environments: the one table every page and tool reads hosts from.
// Side-effect free, so a page can import it without pulling in jose or @peculiar/x509.

import {decodeUriComponent, parseUrl} from './safe-parse';

export type EnvironmentId = 'prod' | 'test' | 'ver2' | 'ver1';
export type ActiveEnvironmentId = 'prod' | 'test';

export interface Environment {
  readonly id: EnvironmentId;
  readonly label: {readonly nb: string; readonly en: string};
  readonly host: string;
  /** `iss` in the access token and the required `aud` in the grant; always with the trailing slash. */
  readonly issuer: string;
  readonly tokenEndpoint?: string;
  readonly jwksUri?: string;
  /** RFC 8414 metadata document. */
  readonly wellKnown: string;
  readonly status: 'active' | 'retired';
  /** Date the environment was switched off (ISO date), when a source gives one. */
  readonly retiredOn?: string;
  /** Date the environment was removed from Digdir's documentation (ISO date). */
  readonly removedFromDocsOn?: string;
  /** Which values are inferred rather than stated by the source. */
  readonly note?: string;
  readonly source: string;
  readonly checked: string;
}

const WELLKNOWN_DOC = 'https://docs.digdir.no/docs/Maskinporten/maskinporten_func_wellknown';

export const ENVIRONMENTS: readonly Environment[] = [
  {
    id: 'prod',
    label: {nb: 'Produksjon', en: 'Production'},
    host: 'maskinporten.no',
    issuer: 'https://maskinporten.no/',
    tokenEndpoint: 'https://maskinporten.no/token',
    jwksUri: 'https://maskinporten.no/jwk',
    wellKnown: 'https://maskinporten.no/.well-known/oauth-authorization-server',
    status: 'active',
    note: 'Token endpoint and JWKS URL follow the pattern of the captured TEST metadata.',
    source: WELLKNOWN_DOC,
    checked: '2026-11-25',
  },
  {
    id: 'test',
    label: {nb: 'Test', en: 'Test'},
    host: 'test.maskinporten.no',
    issuer: 'https://test.maskinporten.no/',
    tokenEndpoint: 'https://test.maskinporten.no/token',
    jwksUri: 'https://test.maskinporten.no/jwk',
    wellKnown: 'https://test.maskinporten.no/.well-known/oauth-authorization-server',
    status: 'active',
    source: WELLKNOWN_DOC,
    checked: '2026-11-25',
  },
  {
    id: 'ver2',
    label: {nb: 'VER2 (faset ut)', en: 'VER2 (retired)'},
    host: 'ver2.maskinporten.no',
    issuer: 'https://ver2.maskinporten.no/',
    tokenEndpoint: 'https://ver2.maskinporten.no/token',
    wellKnown: 'https://ver2.maskinporten.no/.well-known/oauth-authorization-server',
    status: 'retired',
    retiredOn: '2024-06-10',
    removedFromDocsOn: '2024-03-07',
    note: 'Token endpoint inferred from the TEST pattern.',
    source: WELLKNOWN_DOC,
    checked: '2026-11-25',
  },
  {
    id: 'ver1',
    label: {nb: 'VER1 (faset ut)', en: 'VER1 (retired)'},
    host: 'ver1.maskinporten.no',
    issuer: 'https://ver1.maskinporten.no/',
    wellKnown: 'https://ver1.maskinporten.no/.well-known/oauth-authorization-server',
    status: 'retired',
    removedFromDocsOn: '2022-12-08',
    note: 'Issuer inferred from the well-known URL; the shutdown date is not documented.',
    source: WELLKNOWN_DOC,
    checked: '2026-11-25',
  },
];

/** Token lifetime and clock rules from Digdir's grant documentation. */
export const GRANT_LIMITS = {
  maxLifetimeSeconds: 120,
  clockSkewSeconds: 10,
  allowedAlgs: ['RS256', 'RS384', 'RS512'] as readonly string[],
  source: 'https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_jwtgrant',
  checked: '2026-11-25',
} as const;

export const ACCESS_TOKEN_LIMITS = {
  /** Default `access_token_lifetime` for a client. */
  defaultLifetimeSeconds: 120,
  source: 'https://docs.digdir.no/docs/idporten/oidc/oidc_func_clientreg',
  checked: '2026-11-25',
} as const;

export function getEnvironment(id: EnvironmentId): Environment {
  // The table holds every id, so the fallback is never taken; it keeps the return type honest.
  return ENVIRONMENTS.find((e) => e.id === id) ?? (ENVIRONMENTS[0] as Environment);
}

export function isActiveEnvironmentId(value: unknown): value is ActiveEnvironmentId {
  return value === 'prod' || value === 'test';
}

export interface MaskinportenUrl {
  /** The URL as parsed; absent when the text is not a URL. */
  readonly url?: URL;
  readonly scheme?: string;
  readonly host?: string;
  /** Path without query; '' when the URL has no path at all (`https://maskinporten.no`). */
  readonly path?: string;
  /** The environment whose host this is, if any. */
  readonly environment?: Environment;
  /** True for any *.maskinporten.no host, including Skyporten. */
  readonly isMaskinportenHost: boolean;
}

/** Parses a URL and says which Maskinporten environment its host belongs to. Never throws. */
export function analyseUrl(text: string): MaskinportenUrl {
  if (text.length > 4096) return {isMaskinportenHost: false};
  const url = parseUrl(text.trim());
  if (!url) return {isMaskinportenHost: false};
  const host = url.hostname.toLowerCase();
  // WHATWG URL always reports '/' for http(s) URLs without a path, so look at the raw text.
  const afterHost = text.trim().replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/, '');
  const rawPath = afterHost.replace(/[?#].*$/, '');
  const path = rawPath === '' ? '' : url.pathname;
  const environment = ENVIRONMENTS.find((e) => e.host === host);
  const result: MaskinportenUrl = {
    url,
    scheme: url.protocol.replace(/:$/, ''),
    host,
    path,
    isMaskinportenHost: host === 'maskinporten.no' || host.endsWith('.maskinporten.no'),
    ...(environment ? {environment} : {}),
  };
  return result;
}

/** The environment whose issuer is exactly this string, or undefined. */
export function environmentByIssuer(issuer: string): Environment | undefined {
  return ENVIRONMENTS.find((e) => e.issuer === issuer);
}

/** Ways a URL can differ from the exact value Maskinporten compares against, while still normalising to it. */
export type UrlInexactness =
  'whitespace' | 'case' | 'port' | 'userinfo' | 'query' | 'fragment' | 'dot-segments' | 'percent-encoding';

export interface UrlExactness {
  /** The kinds of difference found in the raw text, in a fixed order; empty when the text is written exactly. */
  readonly differences: readonly UrlInexactness[];
  /**
   * The differences that leave the address the same for every HTTP client (RFC 3986 §6.2.2, §6.2.3): upper-case
   * scheme or host, the scheme's default port (or an empty one), percent-encoded unreserved characters, dot
   * segments. What matters for an address (a token endpoint, a JWKS URL), not for `aud`, which is compared as a
   * string.
   */
  readonly sameAddress: readonly UrlInexactness[];
  /**
   * The path after percent-decoding and resolving dot segments ('' when the URL has no path): what the
   * value would mean to a lenient parser. Undefined when the text is not a URL.
   */
  readonly normalisedPath?: string;
}

const INEXACTNESS_ORDER: readonly UrlInexactness[] = [
  'whitespace',
  'case',
  'port',
  'userinfo',
  'query',
  'fragment',
  'dot-segments',
  'percent-encoding',
];

/**
 * How the raw text of a Maskinporten URL (a token endpoint, an audience, an issuer) differs from the exact
 * form. Maskinporten compares `aud` with its issuer as a string (DD-live maskinporten_protocol_token: "must be
 * set equal to the issuer identifier"), so `HTTPS://Maskinporten.no:443/./` is not `https://maskinporten.no/`
 * even though a URL parser normalises one to the other. Shared by the environment checker and the grant's
 * `aud` check. Never throws; linear in the text.
 */
export function exactIssuerMatch(text: string): UrlExactness {
  if (typeof text !== 'string' || text.length > 4096) return {differences: [], sameAddress: []};
  const found = new Set<UrlInexactness>();
  const trimmed = text.trim();
  if (trimmed !== text || /\s/.test(trimmed)) found.add('whitespace');
  const compact = trimmed.replace(/\s+/g, '');
  const authorityMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/s.exec(compact);
  if (!authorityMatch) return {differences: [...found], sameAddress: []};
  const [, scheme = '', authority = '', rawPath = '', query, fragment] = authorityMatch;
  const at = authority.lastIndexOf('@');
  if (at >= 0) found.add('userinfo');
  const hostPort = authority.slice(at + 1);
  const colon = hostPort.lastIndexOf(':');
  const hasPort = colon >= 0 && !hostPort.endsWith(']');
  const host = hasPort ? hostPort.slice(0, colon) : hostPort;
  const port = hasPort ? hostPort.slice(colon + 1) : undefined;
  if (hasPort) found.add('port');
  if (scheme !== scheme.toLowerCase() || host !== host.toLowerCase()) found.add('case');
  if (query !== undefined) found.add('query');
  if (fragment !== undefined) found.add('fragment');
  if (/%/.test(rawPath) || /%/.test(host)) found.add('percent-encoding');
  const decoded = safeDecode(rawPath);
  if (/(^|\/)\.\.?(\/|$)/.test(decoded)) found.add('dot-segments');
  let normalisedPath = '';
  if (decoded !== '') {
    normalisedPath =
      parseUrl(decoded.startsWith('/') ? decoded : `/${decoded}`, 'https://x.invalid')?.pathname ?? decoded;
  }
  const differences = INEXACTNESS_ORDER.filter((d) => found.has(d));
  const sameAddress = differences.filter((d) => {
    switch (d) {
      case 'case':
      case 'dot-segments':
        return true;
      case 'port':
        return port === '' || port === DEFAULT_PORTS[scheme.toLowerCase()];
      case 'percent-encoding':
        return onlyUnreservedEscapes(rawPath) && onlyUnreservedEscapes(host);
      default:
        return false;
    }
  });
  return {differences, sameAddress, normalisedPath};
}

/** RFC 3986 §6.2.3: a port equal to the scheme's default is the same address as none. */
const DEFAULT_PORTS: Readonly<Record<string, string>> = {https: '443', http: '80'};

/** RFC 3986 §6.2.2.2: every `%XX` stands for an unreserved character, so decoding it changes nothing. */
function onlyUnreservedEscapes(text: string): boolean {
  for (const m of text.matchAll(/%(..)?/g)) {
    const hex = m[1] ?? '';
    if (!/^[0-9a-fA-F]{2}$/.test(hex) || !/[A-Za-z0-9\-._~]/.test(String.fromCharCode(parseInt(hex, 16)))) return false;
  }
  return true;
}

function safeDecode(text: string): string {
  return decodeUriComponent(text) ?? text;
}

/** Who runs an address the checker knows outside Maskinporten. */
export type ServiceOwner = 'Skatteetaten' | 'NAV' | 'Altinn';

export interface ServiceDomain {
  /** The host itself and, unless `exact`, every host under it (`skatteetaten-test.no` covers `inntekt.api.…`). */
  readonly domain: string;
  readonly exact?: true;
  readonly owner: ServiceOwner;
  /**
   * `api`: the DSOP APIs' hosts, where the token is sent. `altinn`: Altinn, where delegations are checked
   * (Maskinporten's test environment is wired to Altinn TT02). `web`: a web site for people, no API and no
   * environment (a support page in a config says nothing about where the tokens go).
   */
  readonly role: 'api' | 'altinn' | 'web';
  /** Absent for `web`. */
  readonly environment?: ActiveEnvironmentId;
  readonly source: string;
  readonly checked: string;
}

const SKE_URLS = 'https://skatteetaten.github.io/api-dokumentasjon/om/url';
const NAV_OTP = 'https://navikt.github.io/aareg/tjenester/integrasjon/otp-api/';
const TOKEN_DOC = 'https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_token';

/**
 * The hosts of Skatteetaten, NAV and Altinn that tell an environment (facts: maskinporten.md §3 delegation_source,
 * §4 API base URLs). The most specific row wins: `dev.nav.no` before `nav.no`, `tt02.altinn.no` before
 * `altinn.no`. Only Skatteetaten's own test domain is Skatteetaten test; another `*-test.no` is nobody's.
 */
export const SERVICE_DOMAINS: readonly ServiceDomain[] = [
  {
    domain: 'skatteetaten-test.no',
    owner: 'Skatteetaten',
    role: 'api',
    environment: 'test',
    source: SKE_URLS,
    checked: '2026-11-25',
  },
  {
    domain: 'skatteetaten.no',
    owner: 'Skatteetaten',
    role: 'api',
    environment: 'prod',
    source: SKE_URLS,
    checked: '2026-11-25',
  },
  {
    domain: 'skatteetaten.no',
    exact: true,
    owner: 'Skatteetaten',
    role: 'web',
    source: 'https://www.skatteetaten.no/',
    checked: '2026-11-25',
  },
  {
    domain: 'www.skatteetaten.no',
    owner: 'Skatteetaten',
    role: 'web',
    source: 'https://www.skatteetaten.no/',
    checked: '2026-11-25',
  },
  {domain: 'dev.nav.no', owner: 'NAV', role: 'api', environment: 'test', source: NAV_OTP, checked: '2026-11-25'},
  {domain: 'nav.no', owner: 'NAV', role: 'api', environment: 'prod', source: NAV_OTP, checked: '2026-11-25'},
  {domain: 'nav.no', exact: true, owner: 'NAV', role: 'web', source: 'https://www.nav.no/', checked: '2026-11-25'},
  {domain: 'www.nav.no', owner: 'NAV', role: 'web', source: 'https://www.nav.no/', checked: '2026-11-25'},
  {
    domain: 'tt02.altinn.no',
    owner: 'Altinn',
    role: 'altinn',
    environment: 'test',
    source: TOKEN_DOC,
    checked: '2026-11-25',
  },
  {domain: 'altinn.no', owner: 'Altinn', role: 'altinn', environment: 'prod', source: TOKEN_DOC, checked: '2026-11-25'},
];

/** The row of SERVICE_DOMAINS a host belongs to (the most specific), or undefined for any other host. */
export function serviceDomain(host: string): ServiceDomain | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  let best: ServiceDomain | undefined;
  for (const row of SERVICE_DOMAINS) {
    const matches = row.exact ? h === row.domain : h === row.domain || h.endsWith(`.${row.domain}`);
    const specific = (r: ServiceDomain): number => r.domain.length + (r.exact ? 1 : 0);
    if (matches && (best === undefined || specific(row) > specific(best))) best = row;
  }
  return best;
}

/** Which environment an API host of Skatteetaten or NAV belongs to; undefined for their web sites and any other host. */
export function apiHostEnvironment(host: string): ActiveEnvironmentId | undefined {
  const row = serviceDomain(host);
  return row?.role === 'api' ? row.environment : undefined;
}
