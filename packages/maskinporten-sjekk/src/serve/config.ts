// The local Maskinporten's configuration: what a config file (JSON or YAML) or the flags for one client give,
// checked against schema/serve-config.schema.json and then for what a schema cannot say (a known orgnr check
// digit, unique client IDs and kids, readable public keys). Every problem names its path in the file.

import {readFile} from 'node:fs/promises';
import path from 'node:path';
import schema from '../../schema/serve-config.schema.json';
import {checkAgainstSchema, type SchemaProblem} from './schema-check';
import {readPublicKeys, type KeyReadProblem, type RegisteredKey} from './keys';
import {validateOrgnr} from '../../../../src/lib/orgnr';
import {ACCESS_TOKEN_LIMITS, type ActiveEnvironmentId} from '../../../../src/lib/environments';

export interface ServeKeyEntry {
  file?: string;
  jwk?: Record<string, unknown>;
  pem?: string;
  kid?: string;
  expires?: string;
}

export interface ServeClientConfig {
  client_id: string;
  org?: string;
  integration_type?: 'maskinporten' | 'idporten' | 'api_klient' | 'krr';
  scopes: string[];
  keys: ServeKeyEntry[];
}

/** The config file's shape (schema/serve-config.schema.json). */
export interface ServeConfig {
  environment?: ActiveEnvironmentId;
  host?: string;
  port?: number;
  token_lifetime?: number;
  clients: ServeClientConfig[];
  delegations?: Array<{consumer: string; supplier: string; scopes: string[]}>;
  scope_access?: Array<{scope: string; consumers: string[]}>;
}

export interface LocalClient {
  readonly clientId: string;
  readonly org: string;
  readonly integrationType: string;
  readonly scopes: ReadonlySet<string>;
  readonly keys: readonly RegisteredKey[];
}

/** The configuration the server runs with: checked, keys read, defaults filled in. */
export interface LocalConfig {
  readonly environment: ActiveEnvironmentId;
  readonly host: string;
  readonly port: number;
  readonly tokenLifetime: number;
  readonly clients: ReadonlyMap<string, LocalClient>;
  readonly delegations: ReadonlyArray<{consumer: string; supplier: string; scopes: ReadonlySet<string>}>;
  readonly scopeAccess: ReadonlyMap<string, ReadonlySet<string>>;
}

export const DEFAULTS = {environment: 'test', host: '127.0.0.1', port: 8089} as const;

export type ConfigProblemKind =
  | SchemaProblem['problem']
  | 'orgnr-checksum'
  | 'client-duplicate'
  | 'kid-duplicate'
  | 'org-missing'
  | 'delegation-self'
  | 'file-unreadable'
  | KeyReadProblem;

export interface ConfigProblem {
  readonly path: string;
  readonly problem: ConfigProblemKind;
  readonly expected?: string;
}

const TEXTS: Record<ConfigProblemKind, {nb: string; en: string}> = {
  type: {nb: 'må være av typen {expected}', en: 'must be of type {expected}'},
  enum: {nb: 'må være en av {expected}', en: 'must be one of {expected}'},
  required: {nb: 'mangler {expected}', en: 'is missing {expected}'},
  'unknown-property': {
    nb: 'er ikke en kjent innstilling (kjente: {expected})',
    en: 'is not a known setting (known: {expected})',
  },
  'min-items': {nb: 'må ha minst {expected} element', en: 'must have at least {expected} item(s)'},
  'min-length': {nb: 'må ha minst {expected} tegn', en: 'must have at least {expected} character(s)'},
  'max-length': {nb: 'kan ha høyst {expected} tegn', en: 'may have at most {expected} characters'},
  pattern: {nb: 'har feil form (mønster {expected})', en: 'has the wrong form (pattern {expected})'},
  minimum: {nb: 'må være minst {expected}', en: 'must be at least {expected}'},
  maximum: {nb: 'kan være høyst {expected}', en: 'may be at most {expected}'},
  'one-of': {nb: 'må ha nøyaktig én av {expected}', en: 'must have exactly one of {expected}'},
  date: {nb: 'må være en dato {expected}', en: 'must be a date {expected}'},
  'orgnr-checksum': {
    nb: 'er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke)',
    en: 'is not a valid organisation number (the check digit does not match)',
  },
  'client-duplicate': {nb: 'klient-ID-en {expected} står to ganger', en: 'client ID {expected} is given twice'},
  'kid-duplicate': {
    nb: 'kid-en {expected} er brukt av to nøkler (en kid må være unik)',
    en: 'kid {expected} is used by two keys (a kid must be unique)',
  },
  'org-missing': {
    nb: 'mangler org: oppgi organisasjonsnummeret (--org), eller et virksomhetssertifikat som nøkkel',
    en: 'is missing org: give the organisation number (--org), or a business certificate as key',
  },
  'delegation-self': {
    nb: 'consumer og supplier er samme organisasjon',
    en: 'consumer and supplier are the same organisation',
  },
  'file-unreadable': {nb: 'filen {expected} kan ikke leses', en: 'file {expected} cannot be read'},
  'private-key': {
    nb: 'er en privat nøkkel; gi bare den offentlige nøkkelen eller sertifikatet (innholdet er ikke lest videre)',
    en: 'is a private key; give only the public key or the certificate (its content was not read further)',
  },
  unreadable: {
    nb: 'er ikke en offentlig JWK, JWKS, PEM-nøkkel eller et sertifikat',
    en: 'is not a public JWK, JWKS, PEM key or certificate',
  },
  'not-rsa': {
    nb: 'er ikke en RSA-nøkkel (Maskinporten bruker RS256/RS384/RS512)',
    en: 'is not an RSA key (Maskinporten uses RS256/RS384/RS512)',
  },
  'too-large': {nb: 'er for stor til å være en nøkkel', en: 'is too large to be a key'},
};

/** One line per problem: `clients[0].org: er ikke et gyldig organisasjonsnummer …`. */
export function describeProblem(problem: ConfigProblem, lang: 'nb' | 'en'): string {
  const text = TEXTS[problem.problem][lang].replace('{expected}', problem.expected ?? '');
  return `${problem.path}: ${text}`;
}

export type Checked<T> = {ok: true; value: T} | {ok: false; problems: ConfigProblem[]};

/** Checks a parsed config file (or the flags' equivalent). Never throws on the value. */
export function validateServeConfig(value: unknown): Checked<ServeConfig> {
  const problems: ConfigProblem[] = checkAgainstSchema(value, schema);
  if (problems.length > 0) return {ok: false, problems};
  const config = value as ServeConfig;
  const seen = new Set<string>();
  config.clients.forEach((client, i) => {
    if (seen.has(client.client_id))
      problems.push({path: `clients[${i}].client_id`, problem: 'client-duplicate', expected: client.client_id});
    seen.add(client.client_id);
    if (client.org !== undefined && !validateOrgnr(client.org).valid)
      problems.push({path: `clients[${i}].org`, problem: 'orgnr-checksum'});
  });
  (config.delegations ?? []).forEach((d, i) => {
    for (const member of ['consumer', 'supplier'] as const) {
      if (!validateOrgnr(d[member]).valid)
        problems.push({path: `delegations[${i}].${member}`, problem: 'orgnr-checksum'});
    }
    if (d.consumer === d.supplier) problems.push({path: `delegations[${i}]`, problem: 'delegation-self'});
  });
  return problems.length > 0 ? {ok: false, problems} : {ok: true, value: config};
}

export interface ResolveOptions {
  /** Where `file` paths are relative to (the config file's folder, or the working directory for flags). */
  baseDir: string;
  readFile?: (file: string) => Promise<Buffer>;
}

/** Reads every key and fills in the defaults: the config the server runs with. */
export async function resolveServeConfig(config: ServeConfig, options: ResolveOptions): Promise<Checked<LocalConfig>> {
  const read = options.readFile ?? ((file: string): Promise<Buffer> => readFile(file));
  const problems: ConfigProblem[] = [];
  const clients = new Map<string, LocalClient>();
  const kids = new Map<string, string>();
  for (const [i, client] of config.clients.entries()) {
    const keys: RegisteredKey[] = [];
    for (const [j, entry] of client.keys.entries()) {
      const at = `clients[${i}].keys[${j}]`;
      let source: string | Buffer | Record<string, unknown>;
      if (entry.file !== undefined) {
        try {
          source = await read(path.resolve(options.baseDir, entry.file));
        } catch {
          problems.push({path: `${at}.file`, problem: 'file-unreadable', expected: entry.file});
          continue;
        }
      } else {
        source = entry.jwk ?? entry.pem ?? '';
      }
      const result = await readPublicKeys(source, entry.kid);
      if (!result.ok) {
        problems.push({path: at, problem: result.problem});
        continue;
      }
      const expires = entry.expires !== undefined ? Date.parse(`${entry.expires}T23:59:59Z`) / 1000 : undefined;
      for (const key of result.keys) {
        const owner = kids.get(key.kid);
        if (owner !== undefined) problems.push({path: at, problem: 'kid-duplicate', expected: key.kid});
        kids.set(key.kid, client.client_id);
        keys.push(expires !== undefined ? {...key, expires} : key);
      }
    }
    const org = client.org ?? keys.find((k) => k.certificate?.orgnr !== undefined)?.certificate?.orgnr;
    if (org === undefined) {
      problems.push({path: `clients[${i}]`, problem: 'org-missing'});
      continue;
    }
    clients.set(client.client_id, {
      clientId: client.client_id,
      org,
      integrationType: client.integration_type ?? 'maskinporten',
      scopes: new Set(client.scopes),
      keys,
    });
  }
  if (problems.length > 0) return {ok: false, problems};
  return {
    ok: true,
    value: {
      environment: config.environment ?? DEFAULTS.environment,
      host: config.host ?? DEFAULTS.host,
      port: config.port ?? DEFAULTS.port,
      tokenLifetime: config.token_lifetime ?? ACCESS_TOKEN_LIMITS.defaultLifetimeSeconds,
      clients,
      delegations: (config.delegations ?? []).map((d) => ({...d, scopes: new Set(d.scopes)})),
      scopeAccess: new Map((config.scope_access ?? []).map((a) => [a.scope, new Set(a.consumers)])),
    },
  };
}
