// @vitest-environment node
// The local Maskinporten answers each grant Maskinporten rejects with the MP code and message Digdir's
// troubleshooting page gives (src/lib/token-error-table.ts): one grant per code the server can give, and a
// grant that breaks no rule gets a token signed by the server's key (verified with its /jwk, as an API would).

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createLocalJWKSet, jwtVerify} from 'jose';
import {TOKEN_ERRORS} from '../../../src/lib/errors';
import {inspectToken} from '../../../src/lib/jwt/analyse';
import {startLocalMaskinporten, type LocalMaskinporten} from '../../../packages/maskinporten-sjekk/src/serve/command';
import type {ServeConfig} from '../../../packages/maskinporten-sjekk/src/serve/config';
import type {TestCertificate} from '../../samples/test-certificates';
import {
  certKey,
  CLIENT_ID,
  CUSTOMER,
  makeKey,
  ORG,
  postGrant,
  SCOPE,
  signGrant,
  testCertificates,
  TEST_ISSUER,
  x5cOf,
  type TestKey,
} from './helpers';

const NAV_SCOPE = 'nav:aareg/v1/arbeidsforhold/otp';
const CLOSED_SCOPE = 'skatteetaten:tjenestepensjonsavtale';
const IDPORTEN_CLIENT = 'idporten-klient';

let dir: string;
let certs: {test: TestCertificate; prod: TestCertificate; otherOrg: TestCertificate};
let key: TestKey;
let oldKey: TestKey;
let stranger: TestKey;
let server: LocalMaskinporten;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mp-serve-'));
  certs = testCertificates(dir);
  key = makeKey('pensjon-2026');
  oldKey = makeKey('pensjon-2025');
  stranger = makeKey('not-registered');
  const config: ServeConfig = {
    environment: 'test',
    port: 0,
    clients: [
      {
        client_id: CLIENT_ID,
        org: ORG,
        scopes: [SCOPE, NAV_SCOPE, CLOSED_SCOPE],
        keys: [{jwk: key.publicJwk}, {jwk: oldKey.publicJwk, expires: '2025-12-01'}, {file: certs.test.chainPath}],
      },
      {
        client_id: IDPORTEN_CLIENT,
        org: ORG,
        integration_type: 'idporten',
        scopes: [SCOPE],
        keys: [{pem: stranger.publicPem}],
      },
    ],
    delegations: [{consumer: CUSTOMER, supplier: ORG, scopes: [NAV_SCOPE]}],
    scope_access: [{scope: CLOSED_SCOPE, consumers: ['974760673']}],
  };
  server = await startLocalMaskinporten(config, {baseDir: dir});
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, {recursive: true, force: true});
});

const kid = (): Record<string, unknown> => ({kid: key.publicJwk.kid});

interface Case {
  /** The TOKEN_ERRORS entry (finding code) the answer must come from. */
  code: string;
  mpCode?: string;
  what: string;
  grant: () => Promise<string>;
  /** The message with its values, for the entries whose message names them. */
  description?: string;
}

const CASES: Case[] = [
  {
    code: 'error.mp-011',
    mpCode: 'MP-011',
    what: 'a grant broken by a line break',
    grant: async () => (await signGrant(key.privateKey, {header: kid()})).replace('.', '.\n'),
  },
  {
    code: 'error.mp-100',
    mpCode: 'MP-100',
    what: 'no iss in the grant',
    grant: () => signGrant(key.privateKey, {header: kid(), omit: ['iss']}),
  },
  {
    code: 'error.mp-100-client-not-found',
    mpCode: 'MP-100',
    what: 'an iss that is no client here',
    grant: () => signGrant(key.privateKey, {header: kid(), claims: {iss: 'ukjent-klient'}}),
  },
  {
    code: 'error.mp-110',
    mpCode: 'MP-110',
    what: "production's issuer as aud in test",
    grant: () => signGrant(key.privateKey, {header: kid(), claims: {aud: 'https://maskinporten.no/'}}),
  },
  {
    code: 'error.mp-120',
    mpCode: 'MP-120',
    what: 'a production certificate in test',
    grant: () => signGrant(certKey(certs.prod), {header: {x5c: x5cOf(certs.prod)}}),
  },
  {
    code: 'error.mp-121',
    mpCode: 'MP-121',
    what: 'a key whose registration expired',
    grant: () => signGrant(oldKey.privateKey, {header: {kid: oldKey.publicJwk.kid}}),
  },
  {
    code: 'error.mp-122',
    mpCode: 'MP-122',
    what: "a certificate for another organisation than the client's",
    grant: () => signGrant(certKey(certs.otherOrg), {header: {x5c: x5cOf(certs.otherOrg)}}),
  },
  {
    code: 'error.mp-123',
    mpCode: 'MP-123',
    what: 'x5c as a string',
    grant: () => signGrant(certKey(certs.test), {header: {x5c: x5cOf(certs.test)[0]}}),
  },
  {
    code: 'error.mp-124',
    mpCode: 'MP-124',
    what: 'a kid-grant signed by another key than the registered one',
    grant: () => signGrant(stranger.privateKey, {header: kid()}),
  },
  {
    code: 'error.mp-130',
    mpCode: 'MP-130',
    what: 'a grant past its exp',
    grant: () => signGrant(key.privateKey, {header: kid(), now: Math.floor(Date.now() / 1000) - 300}),
  },
  {
    code: 'error.issue-time-after-now',
    what: 'iat a minute ahead',
    grant: () => signGrant(key.privateKey, {header: kid(), now: Math.floor(Date.now() / 1000) + 60}),
  },
  {
    code: 'error.mp-200',
    mpCode: 'MP-200',
    what: 'a scope not registered on the client',
    grant: () => signGrant(key.privateKey, {header: kid(), claims: {scope: 'skatteetaten:inntekt'}}),
  },
  {
    code: 'error.mp-201',
    mpCode: 'MP-201',
    what: 'a client of another integration type',
    grant: () => signGrant(stranger.privateKey, {header: {kid: 'not-registered'}, claims: {iss: IDPORTEN_CLIENT}}),
  },
  {
    code: 'error.consumer-org-combination',
    what: "consumer_org = the client owner's own orgnr",
    grant: () => signGrant(key.privateKey, {header: kid(), claims: {scope: NAV_SCOPE, consumer_org: ORG}}),
  },
  {
    code: 'error.mp-250',
    mpCode: 'MP-250',
    what: 'a scope the API owner has not granted the organisation',
    grant: () => signGrant(key.privateKey, {header: kid(), claims: {scope: CLOSED_SCOPE}}),
    description: `Consumer has not been granted access to the scope ${CLOSED_SCOPE}`,
  },
  {
    code: 'error.mp-251',
    mpCode: 'MP-251',
    what: 'consumer_org without a delegation for that scope',
    grant: () => signGrant(key.privateKey, {header: kid(), claims: {consumer_org: CUSTOMER}}),
    description: `Consumer ${CUSTOMER} has not delegated access to the scope ${SCOPE} to supplier ${ORG}`,
  },
];

/** Codes the server cannot give: RAR (authorization_details) is not part of the grant this server reads. */
const NOT_GIVEN = new Set(['error.rar']);

describe('a grant per MP code gets that code back', () => {
  it('covers every TOKEN_ERRORS entry but RAR', () => {
    // MP-012 has its own tests below (it needs a grant used twice).
    expect(new Set([...CASES.map((c) => c.code), 'error.mp-012'])).toEqual(
      new Set(TOKEN_ERRORS.map((e) => e.code as string).filter((c) => !NOT_GIVEN.has(c))),
    );
  });

  for (const c of CASES) {
    it(`${c.mpCode ?? c.code}: ${c.what}`, async () => {
      const entry = TOKEN_ERRORS.find((e) => e.code === c.code);
      expect(entry, c.code).toBeDefined();
      const {status, body} = await postGrant(server.tokenEndpoint, await c.grant());
      const message = c.description ?? entry?.message;
      expect(body.error_description).toBe(c.mpCode ? `${message} (${c.mpCode})` : message);
      expect(status).toBe(entry?.group === 'forbidden' ? 403 : 400);
      expect(body.error).toBe(
        entry?.group === 'forbidden'
          ? 'invalid_scope'
          : entry?.group === 'invalid_request'
            ? 'invalid_request'
            : 'invalid_grant',
      );
      expect(Object.keys(body).sort()).toEqual(['error', 'error_description']);
    });
  }

  it('MP-012: the same grant twice', async () => {
    const grant = await signGrant(key.privateKey, {header: kid()});
    expect((await postGrant(server.tokenEndpoint, grant)).status).toBe(200);
    const again = await postGrant(server.tokenEndpoint, grant);
    expect(again).toEqual({
      status: 400,
      body: {error: 'invalid_grant', error_description: 'Grant is used before (MP-012)'},
    });
  });

  it('MP-012: a new grant with a jti used before', async () => {
    const jti = 'samme-jti';
    expect(
      (await postGrant(server.tokenEndpoint, await signGrant(key.privateKey, {header: kid(), claims: {jti}}))).status,
    ).toBe(200);
    const second = await postGrant(
      server.tokenEndpoint,
      await signGrant(key.privateKey, {header: kid(), claims: {jti}}),
    );
    expect(second.body.error_description).toBe('Grant is used before (MP-012)');
  });

  it('a rule Digdir gives no code for is invalid_grant, marked as this server’s, with the finding code', async () => {
    const {status, body} = await postGrant(
      server.tokenEndpoint,
      await signGrant(key.privateKey, {header: kid(), claims: {exp: Math.floor(Date.now() / 1000) + 600}}),
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid assertion. [maskinporten-sjekk] grant.lifetime.too-long',
    });
  });
});

describe('a grant that breaks no rule', () => {
  async function verified(token: string): Promise<Record<string, unknown>> {
    const jwks = (await (await fetch(server.jwksUri)).json()) as {keys: []};
    const {payload, protectedHeader} = await jwtVerify(token, createLocalJWKSet(jwks), {issuer: TEST_ISSUER});
    expect(protectedHeader.alg).toBe('RS256');
    expect(protectedHeader.kid).toBe(server.publicJwk.kid);
    return payload as Record<string, unknown>;
  }

  it('with kid: a token with the claims Maskinporten sets, client_amr private_key_jwt', async () => {
    const before = Math.floor(Date.now() / 1000);
    const {status, body} = await postGrant(server.tokenEndpoint, await signGrant(key.privateKey, {header: kid()}));
    expect(status).toBe(200);
    expect(body).toMatchObject({token_type: 'Bearer', expires_in: 120, scope: SCOPE});
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type']);
    const claims = await verified(body.access_token as string);
    expect(claims).toMatchObject({
      iss: TEST_ISSUER,
      client_amr: 'private_key_jwt',
      token_type: 'Bearer',
      scope: SCOPE,
      client_id: CLIENT_ID,
      aud: 'unspecified',
      consumer: {authority: 'iso6523-actorid-upis', ID: `0192:${ORG}`},
    });
    expect(claims.supplier).toBeUndefined();
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect((claims.exp as number) - (claims.iat as number)).toBe(120);
    expect(typeof claims.jti).toBe('string');
    // The inspector accepts what the server hands out.
    const inspected = inspectToken(body.access_token as string, {
      environment: 'test',
      now: Math.floor(Date.now() / 1000),
    });
    expect(inspected.kind).toBe('access-token');
    expect(inspected.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('with x5c: client_amr virksomhetssertifikat', async () => {
    const {status, body} = await postGrant(
      server.tokenEndpoint,
      await signGrant(certKey(certs.test), {header: {x5c: x5cOf(certs.test)}}),
    );
    expect(status, JSON.stringify(body)).toBe(200);
    expect(await verified(body.access_token as string)).toMatchObject({client_amr: 'virksomhetssertifikat'});
  });

  it('with the certificate’s key by kid (its RFC 7638 thumbprint)', async () => {
    const registered = server.config.clients.get(CLIENT_ID)?.keys.find((k) => k.certificate);
    expect(registered?.certificate?.orgnr).toBe(ORG);
    const {status} = await postGrant(
      server.tokenEndpoint,
      await signGrant(certKey(certs.test), {header: {kid: registered?.kid}}),
    );
    expect(status).toBe(200);
  });

  it('with consumer_org and a delegation: consumer is the customer, supplier the client owner', async () => {
    const {status, body} = await postGrant(
      server.tokenEndpoint,
      await signGrant(key.privateKey, {header: kid(), claims: {scope: NAV_SCOPE, consumer_org: CUSTOMER}}),
    );
    expect(status).toBe(200);
    expect(await verified(body.access_token as string)).toMatchObject({
      consumer: {authority: 'iso6523-actorid-upis', ID: `0192:${CUSTOMER}`},
      supplier: {authority: 'iso6523-actorid-upis', ID: `0192:${ORG}`},
      delegation_source: 'https://tt02.altinn.no/',
    });
  });

  it('the metadata document names the issuer, this token endpoint and this JWKS', async () => {
    const response = await fetch(server.metadataUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      issuer: TEST_ISSUER,
      token_endpoint: server.tokenEndpoint,
      jwks_uri: server.jwksUri,
      grant_types_supported: ['urn:ietf:params:oauth:grant-type:jwt-bearer'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS256', 'RS384', 'RS512'],
    });
  });

  it('/jwk holds only the public key', async () => {
    const jwks = (await (await fetch(server.jwksUri)).json()) as {keys: Array<Record<string, unknown>>};
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('requests that are no token request', () => {
  it('an unknown path is 404 JSON, a wrong method 405 with Allow', async () => {
    const missing = await fetch(server.tokenEndpoint.replace('/token', '/nope'));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as {error: string}).error).toBe('not_found');
    const wrong = await fetch(server.tokenEndpoint);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(((await wrong.json()) as {error: string}).error).toBe('invalid_request');
  });

  it('a wrong grant_type is unsupported_grant_type; JSON instead of a form is invalid_request', async () => {
    const form = await fetch(server.tokenEndpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: 'grant_type=client_credentials&assertion=x',
    });
    expect(form.status).toBe(400);
    expect(((await form.json()) as {error: string}).error).toBe('unsupported_grant_type');
    const json = await fetch(server.tokenEndpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: '{"grant_type": ',
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as {error: string}).error).toBe('invalid_request');
  });

  it('a body over 64 KB is 413', async () => {
    const response = await fetch(server.tokenEndpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: `grant_type=x&assertion=${'a'.repeat(70 * 1024)}`,
    });
    expect(response.status).toBe(413);
  });

  it('listens on 127.0.0.1 by default', () => {
    expect(new URL(server.tokenEndpoint).hostname).toBe('127.0.0.1');
  });
});
