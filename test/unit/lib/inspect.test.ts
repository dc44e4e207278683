import {describe, expect, it} from 'vitest';
import {inspectToken} from '../../../src/lib/jwt/analyse';
import {ACCESS_CLAIMS_OK, b64url, codes, GRANT_CLAIMS_OK, GRANT_HEADER, NOW, tok} from './fixtures';

const inspect = (text: string, env: 'prod' | 'test' = 'prod', extra: Record<string, unknown> = {}) =>
  inspectToken(text, {environment: env, now: NOW, ...extra});
const grantCodes = (
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  env: 'prod' | 'test' = 'prod',
  extra = {},
) => codes(inspect(tok(header, claims), env, extra).findings);
const without = (obj: Record<string, unknown>, key: string) => {
  const copy = {...obj};
  delete copy[key];
  return copy;
};

describe('token text', () => {
  const good = tok(GRANT_HEADER, GRANT_CLAIMS_OK);
  const cases: [string, string, string][] = [
    ['jwt.empty', '  \n ', good],
    ['jwt.too-large', 'a'.repeat(70_000), good],
    ['jwt.bearer-prefix', `Bearer ${good}`, good],
    ['jwt.quotes', `"${good}"`, good],
    ['jwt.token-response', JSON.stringify({access_token: good, token_type: 'Bearer', expires_in: 120}), good],
    ['jwt.whitespace', good.replace('.', '.\n'), good],
    ['jwt.malformed', 'abc.def', good],
    ['jwt.encrypted', 'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d', good],
    ['jwt.base64', `${b64url(GRANT_HEADER)}.abc+def.sig`, good],
    ['jwt.base64.decode', `${b64url(GRANT_HEADER)}.abcde.sig`, good],
    ['jwt.json', `${b64url(GRANT_HEADER)}.${b64url('{not json')}.sig`, good],
    ['jwt.not-object', `${b64url(GRANT_HEADER)}.${b64url('[1,2]')}.sig`, good],
    ['jwt.alg-none', tok({alg: 'none'}, GRANT_CLAIMS_OK, ''), good],
    ['jwt.signature-empty', tok(GRANT_HEADER, GRANT_CLAIMS_OK, ''), good],
    ['jwt.unknown-type', tok({alg: 'RS256'}, {sub: 'x', iss: 'https://example.com'}), good],
  ];
  it.each(cases)('%s: raised by a minimal input, not by its near miss', (code, raises, nearMiss) => {
    expect(codes(inspect(raises).findings)).toContain(code);
    expect(codes(inspect(nearMiss).findings)).not.toContain(code);
  });

  it('a clean grant has no errors or warnings and is classified as a grant', () => {
    const r = inspect(tok(GRANT_HEADER, GRANT_CLAIMS_OK));
    expect(r.kind).toBe('grant');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.times).toEqual({iat: NOW, exp: NOW + 120});
  });

  it('Bearer prefix and line breaks are stripped before decoding; the cleaned token is returned', () => {
    const good = tok(GRANT_HEADER, GRANT_CLAIMS_OK);
    const r = inspect(`Bearer ${good.slice(0, 10)}\n${good.slice(10)}`);
    expect(r.kind).toBe('grant');
    expect(r.token).toBe(good);
    expect(r.findings.find((f) => f.code === 'jwt.whitespace')?.params.lineBreaks).toBe(1);
  });

  it('JWE: only the header is shown', () => {
    const r = inspect('eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d');
    expect(r.kind).toBe('jwe');
    expect(r.header).toEqual({alg: 'RSA-OAEP', enc: 'A256GCM'});
    expect(r.claims).toBeUndefined();
  });

  it('a token too large to read is only too large when it has a token’s shape (three or five parts)', () => {
    const big = `${b64url(GRANT_HEADER)}.${b64url({...GRANT_CLAIMS_OK, big: 'x'.repeat(300_000)})}.c2ln`;
    expect(codes(inspect(big).findings)).toEqual(['jwt.too-large']);
    expect(codes(inspect(`${big}.a.b`).findings)).toEqual(['jwt.too-large']);
    expect(codes(inspect(`${big}.a`).findings)).toEqual(['jwt.too-large', 'jwt.malformed']);
    expect(inspect(`${big}.a`).findings[1]!.params).toEqual({parts: 4});
  });

  it('5 MB of garbage is rejected cheaply', () => {
    const t0 = performance.now();
    const r = inspect('x.'.repeat(2_500_000));
    expect(performance.now() - t0).toBeLessThan(500);
    expect(codes(r.findings)).toEqual(['jwt.too-large', 'jwt.malformed']);
  });
});

describe('grant rules', () => {
  const H = GRANT_HEADER;
  const C = GRANT_CLAIMS_OK;
  const cases: [
    string,
    [Record<string, unknown>, Record<string, unknown>],
    [Record<string, unknown>, Record<string, unknown>],
  ][] = [
    ['grant.alg.unsupported', [{...H, alg: 'HS256'}, C], [{...H, alg: 'RS512'}, C]],
    ['grant.key.missing', [{alg: 'RS256'}, C], [{alg: 'RS256', kid: 'my-key'}, C]],
    ['grant.x5c.not-array', [{alg: 'RS256', x5c: 'MIIB'}, C], [{alg: 'RS256', x5c: ['MIIB']}, C]],
    ['grant.aud.missing', [H, without(C, 'aud')], [H, C]],
    ['grant.aud.array', [H, {...C, aud: ['https://maskinporten.no/']}], [H, C]],
    ['grant.aud.wrong-environment', [H, {...C, aud: 'https://test.maskinporten.no/'}], [H, C]],
    ['grant.aud.token-endpoint', [H, {...C, aud: 'https://maskinporten.no/token'}], [H, C]],
    ['grant.aud.trailing-slash', [H, {...C, aud: 'https://maskinporten.no'}], [H, C]],
    ['grant.aud.retired-host', [H, {...C, aud: 'https://ver2.maskinporten.no/'}], [H, C]],
    ['grant.aud.http', [H, {...C, aud: 'http://maskinporten.no/'}], [H, C]],
    ['grant.aud.unknown', [H, {...C, aud: 'https://sky.maskinporten.no'}], [H, C]],
    ['grant.iss.missing', [H, without(C, 'iss')], [H, C]],
    ['grant.scope.missing', [H, without(C, 'scope')], [H, C]],
    ['grant.iat.missing', [H, without(C, 'iat')], [H, C]],
    ['grant.exp.missing', [H, without(C, 'exp')], [H, C]],
    ['grant.time.not-number', [H, {...C, iat: String(NOW)}], [H, C]],
    ['grant.time.milliseconds', [H, {...C, iat: NOW * 1000, exp: (NOW + 120) * 1000}], [H, C]],
    ['grant.lifetime.too-long', [H, {...C, exp: NOW + 121}], [H, {...C, exp: NOW + 120}]],
    ['grant.lifetime.negative', [H, {...C, exp: NOW}], [H, {...C, exp: NOW + 1}]],
    ['grant.iat.future', [H, {...C, iat: NOW + 11, exp: NOW + 100}], [H, {...C, iat: NOW + 10, exp: NOW + 100}]],
    ['grant.expired', [H, {...C, iat: NOW - 120, exp: NOW}], [H, {...C, iat: NOW - 119, exp: NOW + 1}]],
    ['grant.jti.missing', [H, without(C, 'jti')], [H, C]],
    ['grant.claim.unknown', [H, {...C, sub: 'x'}], [H, {...C, pid: '12345678901'}]],
    [
      'grant.resource.not-array',
      [H, {...C, scope: 'nav:aareg/v1/arbeidsforhold/otp', resource: 'https://x'}],
      [H, {...C, scope: 'nav:aareg/v1/arbeidsforhold/otp', resource: ['https://x']}],
    ],
    ['grant.resource.skatteetaten', [H, {...C, resource: ['https://x']}], [H, C]],
    [
      'grant.delegation.both',
      [H, {...C, consumer_org: '910753614', iss_onbehalfof: 'sub'}],
      [H, {...C, consumer_org: '910753614'}],
    ],
    ['grant.consumer-org.invalid', [H, {...C, consumer_org: '0192:910753614'}], [H, {...C, consumer_org: '910753614'}]],
    ['grant.consumer-org.checksum', [H, {...C, consumer_org: '910753615'}], [H, {...C, consumer_org: '910753614'}]],
  ];
  it.each(cases)('%s: raised by a minimal input, not by its near miss', (code, [h1, c1], [h2, c2]) => {
    expect(grantCodes(h1, c1)).toContain(code);
    expect(grantCodes(h2, c2)).not.toContain(code);
  });

  it('aud https://test.maskinporten.no/ checked for production: wrong environment with both values', () => {
    const r = inspect(tok(H, {...C, aud: 'https://test.maskinporten.no/'}), 'prod');
    const f = r.findings.find((x) => x.code === 'grant.aud.wrong-environment');
    expect(f).toMatchObject({
      severity: 'error',
      path: 'claims.aud',
      params: {expected: 'https://maskinporten.no/', actual: 'https://test.maskinporten.no/'},
    });
    expect(codes(inspect(tok(H, {...C, aud: 'https://test.maskinporten.no/'}), 'test').findings)).not.toContain(
      'grant.aud.wrong-environment',
    );
  });

  it('the scope in a grant is checked, with paths under claims.scope', () => {
    const r = inspect(tok(H, {...C, scope: 'Skatteetaten:inntekt'}));
    expect(r.findings.find((f) => f.code === 'scope.uppercase')?.path).toBe('claims.scope[0]');
  });

  it('cert.consumer-org-same: the client owner orgnr in consumer_org', () => {
    expect(grantCodes(H, {...C, consumer_org: '910753614'}, 'prod', {clientOrgnr: '910753614'})).toContain(
      'cert.consumer-org-same',
    );
    expect(grantCodes(H, {...C, consumer_org: '910753614'}, 'prod', {clientOrgnr: '991825827'})).not.toContain(
      'cert.consumer-org-same',
    );
  });

  it('classifies a grant by scope + iss without client_id when aud is elsewhere', () => {
    expect(inspect(tok(H, {...C, aud: 'https://example.com/'})).kind).toBe('grant');
  });
});

describe('access token rules', () => {
  const A = ACCESS_CLAIMS_OK;
  const H = {alg: 'RS256', kid: 'mp-key'};
  const acc = (claims: Record<string, unknown>, env: 'prod' | 'test' = 'prod', extra = {}) =>
    codes(inspect(tok(H, claims), env, extra).findings);

  it('a clean token is an access token with only info findings', () => {
    const r = inspect(tok(H, A));
    expect(r.kind).toBe('access-token');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.findings.find((f) => f.code === 'token.consumer.orgnr')?.params.orgnr).toBe('910753614');
  });

  const cases: [string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>?][] = [
    ['token.iss.wrong-environment', {...A, iss: 'https://test.maskinporten.no/'}, A],
    ['token.iss.unknown', {...A, iss: 'https://ver2.maskinporten.no/'}, A],
    ['token.expired', {...A, exp: NOW}, {...A, exp: NOW + 1}],
    ['token.scope.missing-expected', A, A, {expectedScopes: ['skatteetaten:inntektsmottakere']}],
    ['token.consumer.invalid', {...A, consumer: {authority: 'iso6523-actorid-upis', ID: '910753614'}}, A],
    ['token.consumer.orgnr', A, {...A, consumer: 'x'}],
    [
      'token.delegated',
      {
        ...A,
        supplier: {authority: 'iso6523-actorid-upis', ID: '0192:991825827'},
        delegation_source: 'https://www.altinn.no',
      },
      A,
    ],
    ['token.aud.restricted', {...A, aud: 'https://api.example.no'}, A],
    ['token.lifetime.long', {...A, iat: NOW - 10, exp: NOW + 3600}, {...A, iat: NOW - 10, exp: NOW + 589}],
  ];
  it.each(cases)('%s: raised by a minimal input, not by its near miss', (code, raises, nearMiss, extra = {}) => {
    expect(acc(raises, 'prod', extra)).toContain(code);
    const nearExtra = code === 'token.scope.missing-expected' ? {expectedScopes: ['skatteetaten:inntekt']} : {};
    expect(acc(nearMiss, 'prod', nearExtra)).not.toContain(code);
  });

  it('token.delegated names consumer, supplier and delegation source', () => {
    const r = inspect(
      tok(H, {
        ...A,
        supplier: {authority: 'iso6523-actorid-upis', ID: '0192:991825827'},
        delegation_source: 'https://www.altinn.no',
      }),
    );
    expect(r.findings.find((f) => f.code === 'token.delegated')?.params).toEqual({
      consumer: '910753614',
      supplier: '991825827',
      delegationSource: 'https://www.altinn.no',
    });
  });

  it('an iss that is not Maskinporten but has client_id and consumer is still an access token', () => {
    const r = inspect(tok(H, {...A, iss: 'https://example.com/'}));
    expect(r.kind).toBe('access-token');
    expect(codes(r.findings)).toContain('token.iss.unknown');
  });
});
