// Finds the Maskinporten, Skatteetaten, NAV, Altinn, scope, consumer_org and certificate values in a pasted
// configuration: `.env`, `application.properties`, `application.yml` (one or more profiles), `appsettings.json`,
// or plain lines. One pass over the lines, no backtracking regular expressions, never throws: what it does not
// understand it skips, and the http(s) addresses it does not know it counts.
//
// paste -> documents (`---`) -> lines -> (key path, value) -> properties escapes and `${VAR:default}` read ->
// URLs, scopes, organisation numbers, certificate hints -> classified values. The environment checker
// (environment-check.ts) turns these into findings. A private key anywhere stops the scan: nothing of it is kept.

import {analyseUrl, serviceDomain, type EnvironmentId} from './environments';
import {CERTIFICATE_ISSUERS} from './certificate-issuers';
import {containsPrivateJwk, isBase64PrivateKey, PRIVATE_JWK_MEMBERS} from './jwt/secrets';
import {parseJson} from './safe-parse';

/** What a value in the configuration is, as far as its key and its URL tell. */
export type ConfigValueKind =
  | 'tokenEndpoint'
  | 'audience'
  | 'issuer'
  | 'jwksUrl'
  | 'wellKnown'
  | 'apiBaseUrl'
  | 'altinn'
  | 'certificate'
  | 'scope'
  | 'consumerOrg';

export interface ConfigValue {
  /** 1-based line in the pasted text. */
  readonly line: number;
  /** The key as the configuration nests it (`maskinporten.token-endpoint`, `Maskinporten.Audience`); '' on a plain line. */
  readonly key: string;
  /** The value as read (a URL, a scope list, the certificate setting): quotes removed, escapes and placeholders read. */
  readonly value: string;
  readonly kind: ConfigValueKind;
  /**
   * The environment the value itself belongs to (a Maskinporten host's, including the retired ver1/ver2; an API's
   * or Altinn's host). Absent when the value does not tell: a scope, an organisation number, an address on a
   * host the checker does not know under a Maskinporten key.
   */
  readonly environment?: EnvironmentId;
  /** The placeholder whose default this is (`MASKINPORTEN_URL` in `${MASKINPORTEN_URL:https://…}`). */
  readonly placeholder?: string;
  /** The document (YAML `---`, properties `#---`) the line is in: an index into ConfigScan.documents. */
  readonly document: number;
}

export interface ConfigDocument {
  readonly firstLine: number;
  readonly lastLine: number;
  /** The Spring profile the document is for (`spring.config.activate.on-profile`, or the older `spring.profiles`). */
  readonly profile?: string;
}

/** An http(s) address on a host the checker does not know, under a key that does not say Maskinporten. */
export interface UnrecognisedUrl {
  readonly line: number;
  readonly host: string;
}

/** A placeholder without a default (`${MASKINPORTEN_TOKEN_ENDPOINT}`) where a checked value would be. */
export interface UnsetPlaceholder {
  readonly line: number;
  readonly name: string;
}

export interface ConfigScan {
  readonly values: readonly ConfigValue[];
  readonly documents: readonly ConfigDocument[];
  readonly unrecognised: readonly UnrecognisedUrl[];
  readonly unset: readonly UnsetPlaceholder[];
  /** Set when the text holds a private key: then nothing else is returned, not even the values before it. */
  readonly privateKey?: {readonly line: number; readonly kind: 'PEM' | 'JWK' | 'DER'};
  /** True when the text was longer than MAX_CONFIG_TEXT (only the start was read) or held more than MAX_VALUES. */
  readonly truncated: boolean;
}

export const MAX_CONFIG_TEXT = 256 * 1024;
export const MAX_VALUES = 500;
const MAX_LINE = 8192;
/** A properties value continued over more lines than this is read no further. */
const MAX_CONTINUATION = 50;

/** `export KEY=…`, `- key: …`, `"Key": …`, `key = …`, `key: …`. The key is a run of simple characters, so no backtracking. */
const KEY_VALUE =
  /^(?:export[ \t]+)?(-[ \t]+)?(?:"([^"]*)"|'([^']*)'|((?:[A-Za-z0-9_.$@[\]-]|\\.)+))[ \t]*([:=])([ \t]*)(.*)$/;
const URL_IN_TEXT = /[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s"'<>,;`]+/g;
const STARTS_WITH_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;
const CERTIFICATE_KEY = /cert|sertifikat|keystore|key[-_.]?store|truststore|pkcs12|\bp12\b|pfx|jks|virksomhet/i;
const TEST_MARKER = /(^|[^a-z])(test\d*|tt02|ver[12]|staging|stage|dev)([^a-z]|$)/i;
const PROD_MARKER = /(^|[^a-z])(prod|produksjon|production)([^a-z]|$)/i;
/** `scope`, `Scopes`, `MASKINPORTEN_SCOPES`, `maskinporten.scope`, `maskinportenScopes`. */
const SCOPE_KEY = /(^|[^A-Za-z])(scopes?|Scopes?|SCOPES?)$|[a-z0-9]Scopes?$/;
/** `consumer_org`, `consumerOrg`, `MASKINPORTEN_CONSUMER_ORG`, `consumer-org`. */
const CONSUMER_ORG_KEY = /consumer[-_.]?org$/i;
/** NAIS's `MASKINPORTEN_WELL_KNOWN_URL` and the like: the metadata document's address, not an audience. */
const WELL_KNOWN_KEY = /well[-_.]?known|metadata|discovery/i;
const PROFILE_KEY = /^spring\.(config\.activate\.on-profile|profiles)$/i;
/** Keys whose unset placeholder is worth naming: a value the checker would have read. */
const RELEVANT_KEY =
  /maskinporten|scope|consumer|aud|issuer|jwk|token|well[-_.]?known|cert|keystore|skatteetaten|nav|altinn/i;
const PEM_PRIVATE = /-----\s*begin[a-z0-9 ]*private key\s*-----/i;
/** A password or a secret: never read as a certificate setting, so its value is not shown or copied. */
const SECRET_KEY = /pass|secret|hemmelig|pwd|(^|[^a-z])pin([^a-z]|$)|credential|api[-_.]?key/i;

/** Test or production, as a profile's name or a certificate file's name says it. */
export function environmentWord(text: string): 'test' | 'prod' | undefined {
  if (TEST_MARKER.test(text)) return 'test';
  if (PROD_MARKER.test(text)) return 'prod';
  return undefined;
}

interface Parent {
  readonly indent: number;
  readonly key: string;
}

interface Pair {
  readonly key: string;
  readonly rest: string;
}

/**
 * A line's key and value, or null for a line that is one value. A YAML list item (`- skatteetaten:inntekt`) is a
 * value unless its colon is followed by a space (`- key: value`) or it uses `=` (`- KEY=value`, docker compose).
 */
function splitPair(trimmed: string): Pair | null {
  const item = trimmed.replace(/^-[ \t]+/, '');
  if (STARTS_WITH_SCHEME.test(item)) return null;
  const m = KEY_VALUE.exec(trimmed);
  if (!m) return null;
  const [, dash, doubleQuoted, singleQuoted, bare, separator, space = '', rest = ''] = m;
  if (dash !== undefined && separator === ':' && space === '' && rest !== '') return null;
  const key = doubleQuoted ?? singleQuoted ?? unescapeProperties(bare ?? '');
  return {key, rest};
}

/**
 * Java properties escapes (`https\://…`, `\=`, `\\`, `\uXXXX`). Only these: a Windows path in a `.env`
 * (`C:\certs\test.p12`) keeps its backslashes.
 */
function unescapeProperties(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(u[0-9a-fA-F]{4}|[:=#! \\])/g, (_, escaped: string) =>
    escaped.length === 5 ? String.fromCharCode(parseInt(escaped.slice(1), 16)) : escaped,
  );
}

/** True when the line ends in an odd number of backslashes: a properties value that goes on on the next line. */
function continues(text: string): boolean {
  let n = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i -= 1) n += 1;
  return n % 2 === 1;
}

interface Resolved {
  readonly text: string;
  /** The placeholder whose default was read. */
  readonly placeholder?: string;
  /** Placeholders without a default: the value is set somewhere else and cannot be checked here. */
  readonly unset: readonly string[];
}

/**
 * Spring's `${VAR:default}` (and a shell's `${VAR:-default}`) as their default, nested ones too; `${VAR}` without
 * a default is left out and named. Linear: one pass, depth counted, not matched by a regular expression.
 */
export function resolvePlaceholders(text: string, depth = 0): Resolved {
  if (!text.includes('${') || depth > 5) return {text, unset: []};
  let out = '';
  let placeholder: string | undefined;
  const unset: string[] = [];
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${', i);
    if (start < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, start);
    let level = 0;
    let end = -1;
    for (let j = start; j < text.length; j += 1) {
      if (text[j] === '$' && text[j + 1] === '{') {
        level += 1;
        j += 1;
      } else if (text[j] === '}') {
        level -= 1;
        if (level === 0) {
          end = j;
          break;
        }
      }
    }
    if (end < 0) {
      out += text.slice(start);
      break;
    }
    const inner = text.slice(start + 2, end);
    const colon = inner.indexOf(':');
    const name = (colon < 0 ? inner : inner.slice(0, colon)).trim();
    if (colon < 0) unset.push(name);
    else {
      const fallback = inner.slice(colon + 1);
      const shell = fallback.startsWith('-') ? fallback.slice(1) : fallback;
      const nested = resolvePlaceholders(shell, depth + 1);
      out += nested.text;
      placeholder ??= nested.placeholder ?? name;
      unset.push(...nested.unset);
    }
    i = end + 1;
  }
  return {text: out, ...(placeholder !== undefined ? {placeholder} : {}), unset};
}

interface CleanValue {
  /** The value without quotes, trailing comma or trailing comment. */
  readonly text: string;
  /** True when the value was in quotes: then whitespace inside them is part of it. */
  readonly quoted: boolean;
}

function cleanValue(rest: string): CleanValue {
  let text = rest.trim();
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, 1);
    if (end > 0) return {text: text.slice(1, end), quoted: true};
    text = text.slice(1);
  }
  // A comment after an unquoted value starts with whitespace (`#` inside a URL is its fragment).
  const comment = text.search(/[ \t]#/);
  if (comment >= 0) text = text.slice(0, comment);
  return {text: unescapeProperties(text.replace(/,$/, '').trim()), quoted: false};
}

/** The line of the first private key in the text (PEM, a JWK with a private member, bare base64 DER), if any. */
function findPrivateKey(lines: readonly string[], whole: string): ConfigScan['privateKey'] {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (PEM_PRIVATE.test(line)) return {line: i + 1, kind: 'PEM'};
    // A JWK on one line, as JSON or as an escaped JSON string (`"{\"kty\":\"RSA\",\"d\":…}"`).
    if (/kty/.test(line) && privateMemberIn(line.replace(/\\"/g, '"'))) return {line: i + 1, kind: 'JWK'};
    for (const m of line.matchAll(/[A-Za-z0-9+/=]{100,}/g))
      if (isBase64PrivateKey(m[0])) return {line: i + 1, kind: 'DER'};
  }
  // appsettings.json and the like: a JWK object over several lines.
  const trimmed = whole.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const json = parseJson(trimmed);
    if (json.ok && containsPrivateJwk(json.value)) return {line: firstLineOf(lines, /"kty"/), kind: 'JWK'};
  }
  return undefined;
}

/** `"d": "…"` (or another private JWK member) in a line of JSON. */
function privateMemberIn(line: string): boolean {
  return PRIVATE_JWK_MEMBERS.some((m) => new RegExp(`"${m}"\\s*:\\s*"`).test(line));
}

function firstLineOf(lines: readonly string[], pattern: RegExp): number {
  const index = lines.findIndex((l) => pattern.test(l));
  return index < 0 ? 1 : index + 1;
}

/** A YAML, JSON or properties JWK: a key `kty` and a private member (`d`, `p`, …) under the same parent. */
function isPrivateJwkMembers(names: ReadonlySet<string>): boolean {
  return names.has('kty') && PRIVATE_JWK_MEMBERS.some((m) => names.has(m));
}

/** Reads every line of a pasted configuration. Never throws. */
export function scanConfig(text: unknown): ConfigScan {
  const raw = typeof text === 'string' ? text : '';
  const truncatedText = raw.length > MAX_CONFIG_TEXT;
  const read = truncatedText ? raw.slice(0, MAX_CONFIG_TEXT) : raw;
  const lines = read.split(/\r?\n|\r/).map((l) => l.slice(0, MAX_LINE));
  const privateKey = findPrivateKey(lines, read);
  const refused = (line: number, kind: 'PEM' | 'JWK' | 'DER'): ConfigScan => ({
    values: [],
    documents: [],
    unrecognised: [],
    unset: [],
    privateKey: {line, kind},
    truncated: truncatedText,
  });
  if (privateKey) return refused(privateKey.line, privateKey.kind);

  const values: ConfigValue[] = [];
  const unrecognised: UnrecognisedUrl[] = [];
  const unset: UnsetPlaceholder[] = [];
  const documents: {firstLine: number; lastLine: number; profile?: string}[] = [{firstLine: 1, lastLine: 1}];
  const children = new Map<string, Set<string>>();
  let parents: Parent[] = [];
  let truncated = truncatedText;

  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    let line = lines[index] ?? '';
    const trimmedLine = line.trim();
    const current = documents[documents.length - 1] as {firstLine: number; lastLine: number; profile?: string};
    // A new document: YAML's `---` (maybe with a comment or tag after it), Spring properties' `#---` or `!---`.
    if (/^---(\s|$)/.test(trimmedLine) || trimmedLine === '#---' || trimmedLine === '!---') {
      if (lineNumber > current.firstLine) documents.push({firstLine: lineNumber + 1, lastLine: lineNumber + 1});
      else current.firstLine = lineNumber + 1;
      parents = [];
      continue;
    }
    current.lastLine = lineNumber;
    if (trimmedLine === '' || /^(#|!|\/\/|;)/.test(trimmedLine) || /^[{}[\],]+$/.test(trimmedLine)) continue;
    // A properties value continued with a trailing backslash on an indented next line: read that line into it. (A
    // `.env` path that ends in a backslash, followed by the next setting, is not continued.)
    for (let more = 0; continues(line) && more < MAX_CONTINUATION && /^[ \t]/.test(lines[index + 1] ?? ''); more += 1) {
      index += 1;
      line = `${line.slice(0, -1)}${(lines[index] ?? '').trimStart()}`;
    }
    const trimmed = line.trim();
    const indent = line.length - line.trimStart().length;
    while (parents.length > 0 && (parents[parents.length - 1]?.indent ?? -1) >= indent) parents.pop();

    const pair = splitPair(trimmed);
    const ownKey = pair?.key ?? '';
    const rest = pair ? pair.rest : trimmed.replace(/^-[ \t]+/, '');
    const value = cleanValue(rest);
    if (pair) {
      // Siblings by the full key path, so `jwk.kty=RSA` and `jwk.d=…` on their own lines are one JWK too.
      const full = [...parents.map((p) => p.key), ownKey].join('.');
      const dot = full.lastIndexOf('.');
      const parentKey = full.slice(0, Math.max(dot, 0));
      const siblings = children.get(parentKey) ?? new Set<string>();
      siblings.add(full.slice(dot + 1));
      children.set(parentKey, siblings);
      if (isPrivateJwkMembers(siblings)) return refused(lineNumber, 'JWK');
    }
    if (pair && (value.text === '' || value.text === '{' || value.text === '[')) {
      parents.push({indent, key: ownKey});
      continue;
    }
    const key = [...parents.map((p) => p.key), ...(ownKey ? [ownKey] : [])].join('.');
    if (PROFILE_KEY.test(key)) {
      current.profile = value.text.slice(0, 80);
      continue;
    }
    const resolved = resolvePlaceholders(value.text);
    if (RELEVANT_KEY.test(key) || resolved.unset.some((name) => RELEVANT_KEY.test(name)))
      for (const name of resolved.unset.slice(0, 5)) unset.push({line: lineNumber, name: name.slice(0, 100)});
    const found = classify(key, {text: resolved.text, quoted: value.quoted}, unrecognised, lineNumber);
    for (const f of found) {
      values.push({
        line: lineNumber,
        key,
        ...f,
        ...(resolved.placeholder !== undefined ? {placeholder: resolved.placeholder.slice(0, 100)} : {}),
        document: documents.length - 1,
      });
      if (values.length >= MAX_VALUES) {
        truncated = true;
        break;
      }
    }
    if (truncated && values.length >= MAX_VALUES) break;
  }
  return {values, documents, unrecognised: unrecognised.slice(0, MAX_VALUES), unset: unset.slice(0, 50), truncated};
}

type Classified = Omit<ConfigValue, 'line' | 'key' | 'document' | 'placeholder'>;

function classify(key: string, value: CleanValue, unrecognised: UnrecognisedUrl[], line: number): Classified[] {
  const last = (key.split('.').pop() ?? key).trim();
  if (SCOPE_KEY.test(last) && !STARTS_WITH_SCHEME.test(value.text.trim())) return scopeValues(value.text);
  if (CONSUMER_ORG_KEY.test(last) && value.text.trim() !== '')
    return [{value: value.text.trim().slice(0, 200), kind: 'consumerOrg'}];
  const urls = urlsIn(value);
  const out: Classified[] = [];
  for (const url of urls) {
    const parsed = analyseUrl(url.trim());
    if (parsed.environment) {
      out.push({value: url, kind: maskinportenKind(key, parsed.path ?? ''), environment: parsed.environment.id});
      continue;
    }
    const service = parsed.host ? serviceDomain(parsed.host) : undefined;
    if (service?.environment && service.role === 'api')
      out.push({value: url, kind: 'apiBaseUrl', environment: service.environment});
    else if (service?.environment && service.role === 'altinn')
      out.push({value: url, kind: 'altinn', environment: service.environment});
    else if (parsed.host !== undefined && /maskinporten/i.test(key) && fieldOfKey(key) && !parsed.isMaskinportenHost)
      // A Maskinporten setting on a host that is not Maskinporten's: checked as its field, so the host is named.
      out.push({value: url, kind: fieldOfKey(key) ?? 'audience'});
    else if (parsed.host !== undefined && (parsed.scheme === 'https' || parsed.scheme === 'http'))
      unrecognised.push({line, host: parsed.host.slice(0, 100)});
  }
  if (urls.length === 0 && value.text !== '') {
    const environment = certificateEnvironment(key, value.text);
    if (environment) out.push({value: value.text, kind: 'certificate', environment});
  }
  return out;
}

/** A scope setting: a JSON array on one line is one scope per element (how a config holds a list), else the text as the grant would get it. */
function scopeValues(text: string): Classified[] {
  const t = text.trim();
  if (t === '') return [];
  if (t.startsWith('[') && t.endsWith(']')) {
    const json = parseJson(t);
    if (json.ok && Array.isArray(json.value) && json.value.every((x) => typeof x === 'string'))
      return (json.value as string[]).slice(0, 20).map((scope) => ({value: scope.slice(0, 2000), kind: 'scope'}));
  }
  return [{value: t.slice(0, 2000), kind: 'scope'}];
}

/** The URLs in a value: the whole quoted value when it is one URL (so its surrounding spaces count), else each URL. */
function urlsIn(value: CleanValue): string[] {
  const inner = value.text.trim();
  if (STARTS_WITH_SCHEME.test(inner) && !/\s/.test(inner)) return [value.quoted ? value.text : inner];
  return [...value.text.matchAll(URL_IN_TEXT)].map((m) => m[0]).slice(0, 20);
}

/** The Maskinporten field a key names by its last part, if it names one. */
function fieldOfKey(key: string): ConfigValueKind | undefined {
  const last = (key.split('.').pop() ?? key).toLowerCase();
  if (WELL_KNOWN_KEY.test(last)) return 'wellKnown';
  if (/jwk/.test(last)) return 'jwksUrl';
  if (/aud/.test(last)) return 'audience';
  if (/iss/.test(last)) return 'issuer';
  if (/token/.test(last)) return 'tokenEndpoint';
  return undefined;
}

/** Which field a Maskinporten URL fills: the key says it when it can, else the path. */
function maskinportenKind(key: string, path: string): ConfigValueKind {
  const normalised = path.toLowerCase().replace(/\/+$/, '');
  if (normalised.startsWith('/.well-known/')) return 'wellKnown';
  const byKey = fieldOfKey(key);
  if (byKey) return byKey;
  if (normalised === '/token') return 'tokenEndpoint';
  if (normalised === '/jwk') return 'jwksUrl';
  return 'audience';
}

/**
 * A certificate setting's environment: a CA from the issuer table by its name; else, for a key about
 * certificates or keystores, a test or production word in the value (`virksomhet-test.p12`, `buypass-prod`).
 * Undefined when nothing says.
 */
function certificateEnvironment(key: string, value: string): EnvironmentId | undefined {
  if (SECRET_KEY.test(key)) return undefined;
  const lower = value.toLowerCase();
  // Longest names first, so «… CA G2 ST Business» is not read as «… CA 3».
  const issuer = [...CERTIFICATE_ISSUERS]
    .sort((a, b) => b.commonName.length - a.commonName.length)
    .find((i) => lower.includes(i.commonName.toLowerCase()));
  if (issuer) return issuer.environment;
  if (!CERTIFICATE_KEY.test(key) && !CERTIFICATE_KEY.test(value)) return undefined;
  if (value.length > 512) return undefined;
  return environmentWord(value);
}
