// The local Maskinporten: an HTTP server on loopback that speaks Maskinporten's token protocol for integration
// tests. POST /token judges the grant (judge.ts) and answers with an access token signed by this server's own
// key or with Maskinporten's error; GET /.well-known/oauth-authorization-server and GET /jwk let the API side of
// a test verify the tokens. It limits the body (64 KB), the work in flight and how long a request may take, and
// answers every malformed request instead of failing on it. It never makes a request of its own.

import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {randomUUID} from 'node:crypto';
import {calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK} from 'jose';
import {getEnvironment, GRANT_LIMITS} from '../../../../src/lib/environments';
import {ORGNR_AUTHORITY, toIso6523} from '../../../../src/lib/orgnr';
import {localAnswer, type Answer} from './answers';
import {JWT_BEARER, MAX_BODY_BYTES, parseTokenRequest} from './body';
import {
  resolveServeConfig,
  validateServeConfig,
  type ConfigProblem,
  type LocalConfig,
  type ServeConfig,
} from './config';
import {judgeGrant, UsedGrants, type Accepted} from './judge';

/** `delegation_source` in a delegated token: Altinn's test (TT02) or production (facts §3, §7). */
const DELEGATION_SOURCE = {test: 'https://tt02.altinn.no/', prod: 'https://www.altinn.no'} as const;

/** Grants judged at once; more wait in a queue of QUEUE_LIMIT, and beyond that the answer is 503. */
export const WORK_LIMIT = 16;
export const QUEUE_LIMIT = 1024;

export interface LocalMaskinporten {
  /** The issuer of the environment the server plays: the `aud` a grant must carry and the tokens' `iss`. */
  readonly issuer: string;
  /** e.g. `http://127.0.0.1:8089/token` */
  readonly tokenEndpoint: string;
  readonly jwksUri: string;
  readonly metadataUrl: string;
  /** The public key that verifies this server's access tokens (also at jwksUri). */
  readonly publicJwk: JWK;
  readonly config: LocalConfig;
  /** How many token requests were answered, for tests that check that a sample never called. */
  tokenRequests(): number;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Seconds since the epoch; the real clock when not given. */
  now?: () => number;
  /** Folder that `file` paths in the config are relative to (default: the working directory). */
  baseDir?: string;
}

/** A config that did not pass its checks; `problems` name each path. */
export class ServeConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`Invalid serve config: ${problems.map((p) => `${p.path} ${p.problem} ${p.expected ?? ''}`).join('; ')}`);
    this.name = 'ServeConfigError';
  }
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(text);
}

function sendAnswer(res: ServerResponse, answer: Answer, extra: Record<string, string> = {}): void {
  send(res, answer.status, answer.body, extra);
}

/** The body, up to MAX_BODY_BYTES; undefined when it is larger or the request broke off. */
function readBody(req: IncomingMessage): Promise<Buffer | 'too-large' | undefined> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Buffer | 'too-large' | undefined): void => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        finish('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish(Buffer.concat(chunks)));
    req.on('error', () => finish(undefined));
    req.on('close', () => finish(undefined));
  });
}

/** A counting gate: at most `limit` tasks run, `queue` wait, the rest are turned away. */
class WorkGate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(
    private readonly limit: number,
    private readonly queue: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T | 'busy'> {
    if (this.active >= this.limit) {
      if (this.waiting.length >= this.queue) return 'busy';
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

function party(orgnr: string): {authority: string; ID: string} {
  return {authority: ORGNR_AUTHORITY, ID: toIso6523(orgnr)};
}

/** Starts the local Maskinporten with a config file's content (validated here) and resolves when it listens. */
export async function startLocalMaskinporten(
  config: ServeConfig | LocalConfig,
  options: StartOptions = {},
): Promise<LocalMaskinporten> {
  let local: LocalConfig;
  if ('clients' in config && config.clients instanceof Map) {
    local = config as LocalConfig;
  } else {
    const checked = validateServeConfig(config);
    if (!checked.ok) throw new ServeConfigError(checked.problems);
    const resolved = await resolveServeConfig(checked.value, {baseDir: options.baseDir ?? process.cwd()});
    if (!resolved.ok) throw new ServeConfigError(resolved.problems);
    local = resolved.value;
  }
  const environment = getEnvironment(local.environment);
  const issuer = environment.issuer;
  const clock = options.now ?? ((): number => Math.floor(Date.now() / 1000));
  const {privateKey, publicKey} = await generateKeyPair('RS256', {extractable: true});
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported);
  const publicJwk: JWK = {...exported, kid, alg: 'RS256', use: 'sig'};
  const used = new UsedGrants();
  const gate = new WorkGate(WORK_LIMIT, QUEUE_LIMIT);
  let tokenRequests = 0;
  let base = '';

  async function accessToken(accepted: Accepted, now: number): Promise<string> {
    const claims: Record<string, unknown> = {
      client_amr: accepted.clientAmr,
      token_type: 'Bearer',
      client_id: accepted.client.clientId,
      aud: accepted.resource ?? 'unspecified',
      scope: accepted.scope,
      consumer: party(accepted.consumer),
      ...(accepted.supplier !== undefined
        ? {supplier: party(accepted.supplier), delegation_source: DELEGATION_SOURCE[local.environment]}
        : {}),
    };
    return new SignJWT(claims)
      .setProtectedHeader({alg: 'RS256', kid})
      .setIssuer(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + local.tokenLifetime)
      .setJti(randomUUID())
      .sign(privateKey as CryptoKey);
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (body === undefined) return; // the client went away
    tokenRequests++;
    if (body === 'too-large') {
      sendAnswer(res, localAnswer('too-large'), {Connection: 'close'});
      return;
    }
    const request = parseTokenRequest(req.headers['content-type'], body);
    if (!request.ok) return sendAnswer(res, localAnswer(request.answer));
    const outcome = await gate.run(async () => {
      const now = clock();
      const verdict = await judgeGrant(request.assertion, local, used, now);
      if (!verdict.ok) return verdict.answer;
      return {
        access_token: await accessToken(verdict.accepted, now),
        token_type: 'Bearer',
        expires_in: local.tokenLifetime,
        scope: verdict.accepted.scope,
      };
    });
    if (outcome === 'busy') return sendAnswer(res, localAnswer('busy'), {'Retry-After': '1'});
    if ('status' in outcome) return sendAnswer(res, outcome);
    send(res, 200, outcome);
  }

  function metadata(): Record<string, unknown> {
    return {
      issuer,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/jwk`,
      grant_types_supported: [JWT_BEARER],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: [...GRANT_LIMITS.allowedAlgs],
    };
  }

  const routes: Record<
    string,
    {method: 'GET' | 'POST'; handle: (req: IncomingMessage, res: ServerResponse) => unknown}
  > = {
    '/token': {method: 'POST', handle: token},
    '/.well-known/oauth-authorization-server': {method: 'GET', handle: (_q, res) => send(res, 200, metadata())},
    '/jwk': {method: 'GET', handle: (_q, res) => send(res, 200, {keys: [publicJwk]})},
  };

  const server = createServer({maxHeaderSize: 16 * 1024}, (req, res) => {
    const url = req.url ?? '';
    const pathname = url.split('?')[0] ?? '';
    const route = Object.prototype.hasOwnProperty.call(routes, pathname) ? routes[pathname] : undefined;
    if (!route) {
      req.resume();
      return sendAnswer(res, localAnswer('not-found'));
    }
    const method = req.method === 'HEAD' && route.method === 'GET' ? 'GET' : req.method;
    if (method !== route.method) {
      req.resume();
      return sendAnswer(res, localAnswer('method-not-allowed'), {Allow: route.method});
    }
    Promise.resolve(route.handle(req, res)).catch(() => sendAnswer(res, localAnswer('server-error')));
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 2_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(local.port, local.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  base = `http://${host}:${address.port}`;
  return {
    issuer,
    tokenEndpoint: `${base}/token`,
    jwksUri: `${base}/jwk`,
    metadataUrl: `${base}/.well-known/oauth-authorization-server`,
    publicJwk,
    config: local,
    tokenRequests: () => tokenRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
