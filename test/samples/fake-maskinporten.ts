// A local stand-in for Maskinporten's token endpoint, for testing the code samples in examples/.
// It judges each posted grant with the project's own rules (src/lib) for one environment and answers the way
// Maskinporten does: a JWT access token on success, `{"error","error_description"}` with the MP message from
// TOKEN_ERRORS otherwise. It listens on 127.0.0.1 only, on a random port.

import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {randomUUID, X509Certificate} from 'node:crypto';
import {exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK} from 'jose';
import {inspectToken} from '../../src/lib/jwt/analyse';
import {verifySignature} from '../../src/lib/jwt/signature';
import {decodeToken} from '../../src/lib/jwt/decode';
import {ENVIRONMENTS, type ActiveEnvironmentId} from '../../src/lib/environments';
import {TOKEN_ERRORS, type TokenErrorEntry} from '../../src/lib/errors';
import {FINDING_CATALOGUE, type Finding, type FindingRow} from '../../src/lib/findings';
import {describeCertificate} from '../../src/lib/certificates';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface FakeMaskinportenOptions {
  environment: ActiveEnvironmentId;
  /** Access token lifetime in seconds (Maskinporten's default is 120). */
  tokenLifetime?: number;
  /** Seconds since the epoch; defaults to the real clock. */
  now?: () => number;
}

export interface ErrorBody {
  error: string;
  error_description: string;
}

export interface TokenBody {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export interface FakeMaskinporten {
  /** e.g. `http://127.0.0.1:43210/token` */
  tokenEndpoint: string;
  /** The environment's issuer, which is the `aud` a grant must carry. */
  issuer: string;
  /** Public key that verifies the access tokens this server signs. */
  publicJwk: JWK;
  /** Every request the server judged, newest last, for assertions. */
  requests: Array<{status: number; body: TokenBody | ErrorBody; findings: Finding[]}>;
  close(): Promise<void>;
}

const MAX_BODY = 256 * 1024;

/** The catalogue entry for an MP code, so every message comes from src/lib/errors.ts. */
function errorEntry(mpCode: string): TokenErrorEntry | undefined {
  return TOKEN_ERRORS.find((e) => e.mpCodes.includes(mpCode));
}

function toErrorBody(entry: TokenErrorEntry, mpCode?: string): ErrorBody {
  return {
    error: entry.group === 'invalid_request' ? 'invalid_request' : 'invalid_grant',
    error_description: mpCode ? `${entry.message} (${mpCode})` : entry.message,
  };
}

function catalogueError(code: TokenErrorEntry['code']): ErrorBody {
  const entry = TOKEN_ERRORS.find((e) => e.code === code);
  if (!entry) throw new Error(`No TOKEN_ERRORS entry ${code}`);
  return toErrorBody(entry, entry.mpCodes[0]);
}

function mpError(mpCode: string): ErrorBody {
  const entry = errorEntry(mpCode);
  if (!entry) throw new Error(`No TOKEN_ERRORS entry for ${mpCode}`);
  return toErrorBody(entry, mpCode);
}

/**
 * Maps the first error finding to Maskinporten's answer. Findings with an MP code give that code's real
 * message; an error Maskinporten documents no code for gets a message that says it is this server's own.
 */
export function errorForFindings(findings: readonly Finding[]): ErrorBody | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return undefined;
  for (const f of errors) {
    const definition: FindingRow = FINDING_CATALOGUE[f.code];
    if (definition.mpCode && errorEntry(definition.mpCode)) return mpError(definition.mpCode);
  }
  const first = errors[0];
  return {
    error: 'invalid_grant',
    error_description: `Invalid assertion. (fake-maskinporten: ${first?.code ?? 'error'})`,
  };
}

function pemFromX5c(entry: string): string {
  const lines = entry.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * The chain in x5c must hold together: each certificate issued and signed by the next. (Maskinporten also
 * checks the chain against the CAs it trusts; this server trusts whatever CA the test made.)
 */
function checkChain(x5c: readonly string[]): {ok: true} | {ok: false; mpCode: string} {
  let certs: X509Certificate[];
  try {
    certs = x5c.map((entry) => new X509Certificate(pemFromX5c(entry)));
  } catch {
    return {ok: false, mpCode: 'MP-123'};
  }
  const leaf = certs[0];
  if (!leaf) return {ok: false, mpCode: 'MP-123'};
  for (let i = 0; i + 1 < certs.length; i++) {
    const cert = certs[i];
    const issuer = certs[i + 1];
    if (!cert || !issuer || !cert.checkIssued(issuer) || !cert.verify(issuer.publicKey))
      return {ok: false, mpCode: 'MP-120'};
  }
  return {ok: true};
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store'});
  res.end(JSON.stringify(body));
}

export async function startFakeMaskinporten(options: FakeMaskinportenOptions): Promise<FakeMaskinporten> {
  const environment = ENVIRONMENTS.find((e) => e.id === options.environment);
  if (!environment) throw new Error(`Unknown environment ${options.environment}`);
  const issuer = environment.issuer;
  const lifetime = options.tokenLifetime ?? 120;
  const clock = options.now ?? ((): number => Math.floor(Date.now() / 1000));
  const {privateKey, publicKey} = await generateKeyPair('RS256', {extractable: true});
  const kid = randomUUID();
  const publicJwk = {...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig'};
  const usedJti = new Set<string>();
  const requests: FakeMaskinporten['requests'] = [];

  async function judge(
    form: URLSearchParams,
  ): Promise<{status: number; body: TokenBody | ErrorBody; findings: Finding[]}> {
    const grantType = form.get('grant_type');
    if (grantType !== JWT_BEARER) {
      return {
        status: 400,
        body: {
          error: 'unsupported_grant_type',
          error_description: `grant_type must be ${JWT_BEARER} (fake-maskinporten)`,
        },
        findings: [],
      };
    }
    const assertion = form.get('assertion');
    if (!assertion) {
      return {
        status: 400,
        body: {error: 'invalid_request', error_description: 'Missing assertion (fake-maskinporten)'},
        findings: [],
      };
    }
    const now = clock();
    const inspected = inspectToken(assertion, {environment: options.environment, now});
    const {findings} = inspected;
    if (inspected.kind !== 'grant' || !inspected.header || !inspected.claims) {
      return {status: 400, body: errorForFindings(findings) ?? mpError('MP-011'), findings};
    }
    const ruleError = errorForFindings(findings);
    if (ruleError) return {status: 400, body: ruleError, findings};

    const x5c = inspected.header.x5c;
    if (!Array.isArray(x5c) || x5c.length === 0 || !x5c.every((c): c is string => typeof c === 'string')) {
      // This server knows no pre-registered keys (kid): only business certificates.
      return {status: 400, body: mpError('MP-123'), findings};
    }
    const chain = checkChain(x5c);
    if (!chain.ok) return {status: 400, body: mpError(chain.mpCode), findings};
    const claims = inspected.claims;
    const consumerOrg = typeof claims.consumer_org === 'string' ? claims.consumer_org : undefined;
    const described = describeCertificate(x5c[0] as string, {
      environment: options.environment,
      now,
      ...(consumerOrg !== undefined ? {consumerOrg} : {}),
    });
    if (described.findings.some((f) => f.code === 'cert.consumer-org-same')) {
      return {status: 400, body: catalogueError('error.consumer-org-combination'), findings: described.findings};
    }
    const certError = errorForFindings(described.findings);
    const certOrgnr = described.certificate?.orgnr;
    if (certError || !certOrgnr)
      return {status: 400, body: certError ?? mpError('MP-120'), findings: described.findings};
    // With no key given, verifySignature uses the grant's own x5c[0], as Maskinporten does.
    const decoded = decodeToken(assertion);
    const signature = await verifySignature({token: decoded.token ?? assertion, header: decoded.header ?? {}});
    if (!signature.valid) {
      return {
        status: 400,
        body: errorForFindings(signature.findings) ?? mpError('MP-124'),
        findings: [...findings, ...signature.findings],
      };
    }

    const jti = typeof claims.jti === 'string' ? claims.jti : undefined;
    if (jti !== undefined) {
      if (usedJti.has(jti)) return {status: 400, body: mpError('MP-012'), findings};
      usedJti.add(jti);
    }

    const scope = String(claims.scope);
    const party = (orgnr: string): {authority: string; ID: string} => ({
      authority: 'iso6523-actorid-upis',
      ID: `0192:${orgnr}`,
    });
    const tokenClaims: Record<string, unknown> = {
      client_amr: 'virksomhetssertifikat',
      token_type: 'Bearer',
      client_id: String(claims.iss),
      aud: 'unspecified',
      scope,
      consumer: party(consumerOrg ?? certOrgnr),
      ...(consumerOrg ? {supplier: party(certOrgnr), delegation_source: 'https://tt02.altinn.no/'} : {}),
    };
    const accessToken = await new SignJWT(tokenClaims)
      .setProtectedHeader({alg: 'RS256', kid})
      .setIssuer(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + lifetime)
      .setJti(randomUUID())
      .sign(privateKey as CryptoKey);
    return {
      status: 200,
      body: {access_token: accessToken, token_type: 'Bearer', expires_in: lifetime, scope},
      findings,
    };
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/token') return send(res, 404, {error: 'not_found'});
    if (req.method !== 'POST') return send(res, 405, {error: 'invalid_request', error_description: 'Use POST'});
    const type = req.headers['content-type'] ?? '';
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return send(res, 400, {
        error: 'invalid_request',
        error_description: 'Content-Type must be application/x-www-form-urlencoded (fake-maskinporten)',
      });
    }
    readBody(req)
      .then((text) => judge(new URLSearchParams(text)))
      .then((result) => {
        requests.push(result);
        send(res, result.status, result.body);
      })
      .catch((error: unknown) => send(res, 500, {error: 'server_error', error_description: String(error)}));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  return {
    tokenEndpoint: `http://127.0.0.1:${port}/token`,
    issuer,
    publicJwk,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
