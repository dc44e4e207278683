// `maskinporten-sjekk serve`: the local Maskinporten from flags (one client) or a config file (several clients,
// scopes and delegations). Prints where it listens when it is ready and runs until the signal (or Ctrl+C).
// Bad flags or config: one line per problem on stderr and exit 2; a private key is refused and never printed.

import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {parse as parseYaml} from 'yaml';
import {parseJson} from '../../../../src/lib/safe-parse';
import {describeProblem, resolveServeConfig, validateServeConfig, type ConfigProblem, type ServeConfig} from './config';
import {startLocalMaskinporten, type LocalMaskinporten} from './server';

export {startLocalMaskinporten, ServeConfigError, type LocalMaskinporten, type StartOptions} from './server';
export {validateServeConfig, type ServeConfig} from './config';

export interface ServeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  lang: 'nb' | 'en';
  signal?: AbortSignal;
}

type Lang = ServeIo['lang'];

const TEXT = {
  usage: {
    nb: 'Bruk: maskinporten-sjekk serve --client <klient-id> --key <offentlig nøkkel eller sertifikat> --scope "<scopes>" [--org <orgnr>] [--env test|prod] [--port 8089] [--host 127.0.0.1]\n       maskinporten-sjekk serve --config <fil.json|fil.yml> [--env test|prod] [--port …] [--host …]',
    en: 'Usage: maskinporten-sjekk serve --client <client id> --key <public key or certificate> --scope "<scopes>" [--org <orgnr>] [--env test|prod] [--port 8089] [--host 127.0.0.1]\n       maskinporten-sjekk serve --config <file.json|file.yml> [--env test|prod] [--port …] [--host …]',
  },
  unknownOption: {nb: 'ukjent valg {0}', en: 'unknown option {0}'},
  missingValue: {nb: '{0} trenger en verdi', en: '{0} needs a value'},
  positional: {nb: 'serve tar ingen argumenter uten valg foran', en: 'serve takes no arguments without an option'},
  badFlags: {nb: 'valgene kunne ikke leses', en: 'the options could not be read'},
  env: {nb: '--env må være test eller prod', en: '--env must be test or prod'},
  port: {nb: '--port må være et heltall fra 0 til 65535', en: '--port must be a whole number from 0 to 65535'},
  configAndFlags: {
    nb: '--config kan ikke brukes sammen med --client, --key, --scope eller --org',
    en: '--config cannot be used together with --client, --key, --scope or --org',
  },
  need: {
    nb: 'oppgi --client, --key og --scope (eller --config)',
    en: 'give --client, --key and --scope (or --config)',
  },
  configUnreadable: {nb: 'kan ikke leses', en: 'cannot be read'},
  configSyntax: {nb: 'er ikke gyldig {0}', en: 'is not valid {0}'},
  listenFailed: {nb: 'kunne ikke lytte på {0}: {1}', en: 'could not listen on {0}: {1}'},
  ready: {nb: 'Lokal Maskinporten ({0}) er klar.', en: 'Local Maskinporten ({0}) is ready.'},
  issuer: {nb: '  utsteder (aud i grantet): {0}', en: '  issuer (aud in the grant): {0}'},
  tokenEndpoint: {nb: '  token-endepunkt:          {0}', en: '  token endpoint:            {0}'},
  jwks: {nb: '  JWKS:                     {0}', en: '  JWKS:                      {0}'},
  metadata: {nb: '  metadata:                 {0}', en: '  metadata:                  {0}'},
  client: {
    nb: '  klient {0} (org {1}): scopes {2}; kid {3}',
    en: '  client {0} (org {1}): scopes {2}; kid {3}',
  },
  stop: {nb: 'Stopp med Ctrl+C.', en: 'Stop with Ctrl+C.'},
  stopped: {nb: 'Lokal Maskinporten er stoppet.', en: 'Local Maskinporten has stopped.'},
} as const;

function t(key: keyof typeof TEXT, lang: Lang, ...values: string[]): string {
  return TEXT[key][lang].replace(/\{(\d)\}/g, (_m, i: string) => values[Number(i)] ?? '');
}

/** An option name as the user typed it, for an error line: only `-x`/`--name`, never a value. */
function optionName(message: string): string {
  const m = /'(--?[A-Za-z][\w-]{0,40})/.exec(message);
  return m?.[1] ?? '';
}

class Refusal extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

const OPTIONS = {
  env: {type: 'string'},
  port: {type: 'string'},
  host: {type: 'string'},
  client: {type: 'string'},
  key: {type: 'string', multiple: true},
  scope: {type: 'string'},
  org: {type: 'string'},
  config: {type: 'string'},
  'token-lifetime': {type: 'string'},
  lang: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} as const;

type Values = ReturnType<typeof parseArgs<{options: typeof OPTIONS; strict: true; allowPositionals: false}>>['values'];

function readFlags(args: string[], lang: Lang): Values {
  try {
    return parseArgs({args, options: OPTIONS, strict: true, allowPositionals: false}).values;
  } catch (e) {
    // parseArgs' messages repeat what was typed, which could be key material: say it in our own words.
    const code = (e as {code?: unknown}).code;
    const message = e instanceof Error ? e.message : '';
    const name = optionName(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name) throw new Refusal([t('unknownOption', lang, name)]);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) throw new Refusal([t('missingValue', lang, name)]);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new Refusal([t('positional', lang)]);
    if (e instanceof TypeError) throw new Refusal([t('badFlags', lang)]);
    throw e;
  }
}

function integer(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
}

async function configFromFile(file: string, lang: Lang): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Refusal([`${file}: ${t('configUnreadable', lang)}`]);
  }
  if (/\.ya?ml$/i.test(file)) {
    try {
      return parseYaml(text, {maxAliasCount: 50, prettyErrors: false});
    } catch (e) {
      // The yaml package's errors say where (line and column), not the file's content.
      const where = /at line (\d+), column (\d+)/.exec(e instanceof Error ? e.message : '');
      throw new Refusal([`${file}${where ? `:${where[1]}:${where[2]}` : ''}: ${t('configSyntax', lang, 'YAML')}`]);
    }
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Refusal([`${file}: ${t('configSyntax', lang, 'JSON')}`]);
  return parsed.value;
}

function problemLines(problems: readonly ConfigProblem[], lang: Lang, prefix: string): string[] {
  return problems.map((p) => `${prefix}${describeProblem(p, lang)}`);
}

/** The flags for one client as the config file would say it, with the flag names in problems. */
const FLAG_PATHS: Array<[RegExp, string]> = [
  [/^clients\[0\]\.client_id/, '--client'],
  [/^clients\[0\]\.org/, '--org'],
  [/^clients\[0\]\.scopes(\[\d+\])?/, '--scope'],
  [/^clients\[0\]\.keys(\[\d+\])?(\.file)?/, '--key'],
  [/^clients\[0\]$/, '--client'],
  [/^environment/, '--env'],
  [/^port/, '--port'],
  [/^host/, '--host'],
  [/^token_lifetime/, '--token-lifetime'],
];

function flagPath(problem: ConfigProblem): ConfigProblem {
  for (const [re, flag] of FLAG_PATHS) if (re.test(problem.path)) return {...problem, path: flag};
  return problem;
}

async function buildConfig(
  values: Values,
  lang: Lang,
): Promise<{config: unknown; baseDir: string; fromFlags: boolean}> {
  const overrides: Record<string, unknown> = {};
  if (values.env !== undefined) {
    if (values.env !== 'test' && values.env !== 'prod') throw new Refusal([t('env', lang)]);
    overrides.environment = values.env;
  }
  const port = integer(values.port);
  if (port !== undefined) {
    if (!Number.isInteger(port) || port > 65535) throw new Refusal([t('port', lang)]);
    overrides.port = port;
  }
  if (values.host !== undefined) overrides.host = values.host;
  const lifetime = integer(values['token-lifetime']);
  if (lifetime !== undefined) overrides.token_lifetime = lifetime;

  const single =
    values.client !== undefined || values.key !== undefined || values.scope !== undefined || values.org !== undefined;
  if (values.config !== undefined) {
    if (single) throw new Refusal([t('configAndFlags', lang)]);
    const file = values.config;
    const parsed = await configFromFile(file, lang);
    const config =
      parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? {...parsed, ...overrides} : parsed;
    return {config, baseDir: path.dirname(path.resolve(file)), fromFlags: false};
  }
  if (values.client === undefined || values.key === undefined || values.scope === undefined)
    throw new Refusal([t('need', lang)]);
  const config = {
    ...overrides,
    clients: [
      {
        client_id: values.client,
        ...(values.org !== undefined ? {org: values.org} : {}),
        scopes: values.scope.trim().split(/\s+/).filter(Boolean),
        keys: values.key.map((file) => ({file})),
      },
    ],
  };
  return {config, baseDir: process.cwd(), fromFlags: true};
}

function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), {once: true});
      return;
    }
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs `serve` with its own arguments (after the word `serve`). Resolves with the exit code. */
export async function runServe(args: string[], io: ServeIo): Promise<number> {
  let lang: Lang = io.lang;
  let server: LocalMaskinporten;
  try {
    const values = readFlags(args, lang);
    if (values.lang === 'en' || values.lang === 'nb') lang = values.lang;
    if (values.help) {
      io.stdout(`${t('usage', lang)}\n`);
      return 0;
    }
    const {config, baseDir, fromFlags} = await buildConfig(values, lang);
    const prefix = fromFlags ? '' : `${values.config ?? ''}: `;
    const fix = (problems: readonly ConfigProblem[]): ConfigProblem[] =>
      fromFlags ? problems.map(flagPath) : [...problems];
    const checked = validateServeConfig(config);
    if (!checked.ok) throw new Refusal(problemLines(fix(checked.problems), lang, prefix));
    const resolved = await resolveServeConfig(checked.value as ServeConfig, {baseDir});
    if (!resolved.ok) throw new Refusal(problemLines(fix(resolved.problems), lang, prefix));
    try {
      server = await startLocalMaskinporten(resolved.value);
    } catch (e) {
      const reason = (e as {code?: unknown}).code;
      const where = `${resolved.value.host}:${resolved.value.port}`;
      throw new Refusal([t('listenFailed', lang, where, typeof reason === 'string' ? reason : 'error')]);
    }
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    io.stderr(`${e.lines.map((line) => `maskinporten-sjekk serve: ${line}`).join('\n')}\n`);
    return 2;
  }

  const lines = [
    t('ready', lang, server.config.environment),
    t('issuer', lang, server.issuer),
    t('tokenEndpoint', lang, server.tokenEndpoint),
    t('jwks', lang, server.jwksUri),
    t('metadata', lang, server.metadataUrl),
    ...[...server.config.clients.values()].map((c) =>
      t('client', lang, c.clientId, c.org, [...c.scopes].join(' '), c.keys.map((k) => k.kid).join(', ')),
    ),
    t('stop', lang),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  await waitForStop(io.signal);
  await server.close();
  io.stdout(`${t('stopped', lang)}\n`);
  return 0;
}
