// Finds the Maskinporten, Skatteetaten, NAV and certificate values in a pasted configuration: `.env`,
// `application.properties`, `application.yml`, `appsettings.json`, or plain lines. One pass over the lines, no
// backtracking regular expressions, never throws: what it does not understand it skips.
//
// paste -> lines -> (key path, value) -> URLs and certificate hints -> classified values. The environment
// checker (environment-check.ts) turns these into findings.

import {analyseUrl, apiHostEnvironment, type EnvironmentId} from './environments';
import {CERTIFICATE_ISSUERS} from './certificate-issuers';

/** What a value in the configuration is, as far as its key and its URL tell. */
export type ConfigValueKind = 'tokenEndpoint' | 'audience' | 'issuer' | 'jwksUrl' | 'apiBaseUrl' | 'certificate';

export interface ConfigValue {
  /** 1-based line in the pasted text. */
  readonly line: number;
  /** The key as the configuration nests it (`maskinporten.token-endpoint`, `Maskinporten.Audience`); '' on a plain line. */
  readonly key: string;
  /** The value as written (a URL, or the certificate setting), quotes removed, whitespace inside quotes kept. */
  readonly value: string;
  readonly kind: ConfigValueKind;
  /** The environment the value itself belongs to (a Maskinporten host's, including the retired ver1/ver2). */
  readonly environment: EnvironmentId;
}

export interface ConfigScan {
  readonly values: readonly ConfigValue[];
  /** True when the text was longer than MAX_CONFIG_TEXT (only the start was read) or held more than MAX_VALUES. */
  readonly truncated: boolean;
}

export const MAX_CONFIG_TEXT = 256 * 1024;
export const MAX_VALUES = 500;
const MAX_LINE = 8192;

/** `export KEY=…`, `- key: …`, `"Key": …`, `key = …`, `key: …`. The key is a run of simple characters, so no backtracking. */
const KEY_VALUE = /^(?:export[ \t]+)?(?:-[ \t]+)?(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_.$@[\]-]+))[ \t]*[:=][ \t]*(.*)$/;
const URL_IN_TEXT = /[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s"'<>,;`]+/g;
const STARTS_WITH_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;
const CERTIFICATE_KEY = /cert|sertifikat|keystore|key[-_.]?store|truststore|pkcs12|\bp12\b|pfx|jks|virksomhet/i;
const TEST_MARKER = /(^|[^a-z])(test\d*|tt02|ver[12]|staging|stage|dev)([^a-z]|$)/i;
const PROD_MARKER = /(^|[^a-z])(prod|produksjon|production)([^a-z]|$)/i;

interface Parent {
  readonly indent: number;
  readonly key: string;
}

/** Reads every line of a pasted configuration. Never throws. */
export function scanConfig(text: unknown): ConfigScan {
  const raw = typeof text === 'string' ? text : '';
  const truncated = raw.length > MAX_CONFIG_TEXT;
  const lines = (truncated ? raw.slice(0, MAX_CONFIG_TEXT) : raw).split(/\r?\n|\r/);
  const values: ConfigValue[] = [];
  const parents: Parent[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').slice(0, MAX_LINE);
    const trimmed = line.trim();
    if (trimmed === '' || /^(#|!|\/\/|;)/.test(trimmed) || /^[{}[\],]+$/.test(trimmed)) continue;
    const indent = line.length - line.trimStart().length;
    while (parents.length > 0 && (parents[parents.length - 1]?.indent ?? -1) >= indent) parents.pop();

    const pair = STARTS_WITH_SCHEME.test(trimmed.replace(/^-[ \t]+/, '')) ? null : KEY_VALUE.exec(trimmed);
    const ownKey = pair ? (pair[1] ?? pair[2] ?? pair[3] ?? '') : '';
    const rest = pair ? (pair[4] ?? '') : trimmed.replace(/^-[ \t]+/, '');
    const value = cleanValue(rest);
    if (pair && (value.text === '' || value.text === '{' || value.text === '[')) {
      parents.push({indent, key: ownKey});
      continue;
    }
    const key = [...parents.map((p) => p.key), ...(ownKey ? [ownKey] : [])].join('.');
    for (const found of classify(key, value)) {
      values.push({line: index + 1, key, ...found});
      if (values.length >= MAX_VALUES) return {values, truncated: true};
    }
  }
  return {values, truncated};
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
  return {text: text.replace(/,$/, '').trim(), quoted: false};
}

function classify(key: string, value: CleanValue): Omit<ConfigValue, 'line' | 'key'>[] {
  const urls = urlsIn(value);
  const out: Omit<ConfigValue, 'line' | 'key'>[] = [];
  for (const url of urls) {
    const parsed = analyseUrl(url.trim());
    if (parsed.environment) {
      out.push({value: url, kind: maskinportenKind(key, parsed.path ?? ''), environment: parsed.environment.id});
      continue;
    }
    const api = parsed.host ? apiHostEnvironment(parsed.host) : undefined;
    if (api) out.push({value: url, kind: 'apiBaseUrl', environment: api});
  }
  if (urls.length === 0 && value.text !== '') {
    const environment = certificateEnvironment(key, value.text);
    if (environment) out.push({value: value.text, kind: 'certificate', environment});
  }
  return out;
}

/** The URLs in a value: the whole quoted value when it is one URL (so its surrounding spaces count), else each URL. */
function urlsIn(value: CleanValue): string[] {
  const inner = value.text.trim();
  if (STARTS_WITH_SCHEME.test(inner) && !/\s/.test(inner)) return [value.quoted ? value.text : inner];
  return [...value.text.matchAll(URL_IN_TEXT)].map((m) => m[0]).slice(0, 20);
}

/** Which field a Maskinporten URL fills: the key says it when it can, else the path. */
function maskinportenKind(key: string, path: string): ConfigValueKind {
  const last = (key.split('.').pop() ?? key).toLowerCase();
  if (/jwk/.test(last)) return 'jwksUrl';
  if (/aud/.test(last)) return 'audience';
  if (/iss/.test(last)) return 'issuer';
  if (/token/.test(last)) return 'tokenEndpoint';
  const normalised = path.toLowerCase().replace(/\/+$/, '');
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
  const lower = value.toLowerCase();
  // Longest names first, so «… CA G2 ST Business» is not read as «… CA 3».
  const issuer = [...CERTIFICATE_ISSUERS]
    .sort((a, b) => b.commonName.length - a.commonName.length)
    .find((i) => lower.includes(i.commonName.toLowerCase()));
  if (issuer) return issuer.environment;
  if (!CERTIFICATE_KEY.test(key) && !CERTIFICATE_KEY.test(value)) return undefined;
  if (value.length > 512) return undefined;
  if (TEST_MARKER.test(value)) return 'test';
  if (PROD_MARKER.test(value)) return 'prod';
  return undefined;
}
