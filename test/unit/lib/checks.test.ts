import {describe, expect, it} from 'vitest';
import {checkEnvironment, type EnvironmentValues} from '../../../src/lib/environment-check';
import {explainError, TOKEN_ERRORS} from '../../../src/lib/errors';
import {fromIso6523, normalizeOrgnr, orgnrCheckDigit, toIso6523, validateOrgnr} from '../../../src/lib/orgnr';
import {buildGrant} from '../../../src/lib/grant-builder';
import {inspectToken} from '../../../src/lib/jwt/analyse';
import {ENVIRONMENTS} from '../../../src/lib/environments';
import {codes, NOW} from './fixtures';

describe('checkEnvironment', () => {
  const cases: [string, 'prod' | 'test', EnvironmentValues, EnvironmentValues][] = [
    [
      'env.url.invalid',
      'prod',
      {tokenEndpoint: 'maskinporten token'},
      {tokenEndpoint: 'https://maskinporten.no/token'},
    ],
    [
      'env.scheme.http',
      'prod',
      {tokenEndpoint: 'http://maskinporten.no/token'},
      {tokenEndpoint: 'https://maskinporten.no/token'},
    ],
    [
      'env.host.retired',
      'test',
      {tokenEndpoint: 'https://ver2.maskinporten.no/token'},
      {tokenEndpoint: 'https://test.maskinporten.no/token'},
    ],
    [
      'env.host.wrong-environment',
      'prod',
      {audience: 'https://test.maskinporten.no/'},
      {audience: 'https://maskinporten.no/'},
    ],
    ['env.host.unknown', 'prod', {issuer: 'https://sky.maskinporten.no/'}, {issuer: 'https://maskinporten.no/'}],
    [
      'env.token-endpoint.path',
      'test',
      {tokenEndpoint: 'https://test.maskinporten.no/'},
      {tokenEndpoint: 'https://test.maskinporten.no/token'},
    ],
    ['env.aud.trailing-slash', 'prod', {audience: 'https://maskinporten.no'}, {audience: 'https://maskinporten.no/'}],
    [
      'env.aud.token-endpoint',
      'prod',
      {audience: 'https://maskinporten.no/token'},
      {audience: 'https://maskinporten.no/'},
    ],
    ['env.aud.path', 'prod', {issuer: 'https://maskinporten.no/jwk'}, {issuer: 'https://maskinporten.no/'}],
    ['env.jwks.path', 'prod', {jwksUrl: 'https://maskinporten.no/jwks'}, {jwksUrl: 'https://maskinporten.no/jwk'}],
    ['env.cert.wrong-environment', 'test', {certificateKind: 'prod'}, {certificateKind: 'test'}],
    [
      'env.api.wrong-environment',
      'prod',
      {apiBaseUrl: 'https://inntekt.api.skatteetaten-test.no/v1'},
      {apiBaseUrl: 'https://inntekt.api.skatteetaten.no/v1'},
    ],
    [
      'env.api.known',
      'test',
      {apiBaseUrl: 'https://arbeidsforhold-gw.ekstern.dev.nav.no/aareg/v1/arbeidsforhold/otp/graphql'},
      {apiBaseUrl: 'https://example.no/'},
    ],
    [
      'env.ok',
      'test',
      {tokenEndpoint: 'https://test.maskinporten.no/token'},
      {tokenEndpoint: 'https://maskinporten.no/token'},
    ],
  ];
  it.each(cases)('%s: raised by a minimal input, not by its near miss', (code, choice, raises, nearMiss) => {
    expect(codes(checkEnvironment(choice, raises).findings)).toContain(code);
    expect(codes(checkEnvironment(choice, nearMiss).findings)).not.toContain(code);
  });

  it('env.choice.invalid for anything but prod/test', () => {
    expect(codes(checkEnvironment('ver2' as 'prod', {}).findings)).toEqual(['env.choice.invalid']);
    expect(codes(checkEnvironment('prod', {}).findings)).toEqual(['env.ok']);
  });

  it('NAV dev host with production Maskinporten is a mismatch, and the reverse', () => {
    expect(
      codes(
        checkEnvironment('prod', {
          apiBaseUrl: 'https://arbeidsforhold-gw.ekstern.dev.nav.no/aareg/v1/arbeidsforhold/otp/graphql',
        }).findings,
      ),
    ).toContain('env.api.wrong-environment');
    expect(
      codes(
        checkEnvironment('test', {apiBaseUrl: 'https://arbeidsforhold-gw.nav.no/aareg/v1/arbeidsforhold/otp/graphql'})
          .findings,
      ),
    ).toContain('env.api.wrong-environment');
  });

  it('every active environment passes its own values', () => {
    for (const env of ENVIRONMENTS.filter((e) => e.status === 'active')) {
      const id = env.id as 'prod' | 'test';
      const r = checkEnvironment(id, {
        tokenEndpoint: env.tokenEndpoint ?? '',
        audience: env.issuer,
        issuer: env.issuer,
        jwksUrl: env.jwksUri ?? '',
        certificateKind: id,
      });
      expect(codes(r.findings)).toEqual(['env.ok']);
    }
  });
});

describe('explainError', () => {
  it('matches JSON with MP-110 on the code', () => {
    const r = explainError(
      '{"error":"invalid_grant","error_description":"Invalid assertion. Client authentication failed. Invalid JWT claim aud (MP-110)"}',
    );
    expect(r.parsed?.error).toBe('invalid_grant');
    expect(r.matches.map((m) => m.code)).toEqual(['error.mp-110']);
    expect(r.findings[0]?.params).toMatchObject({mpCode: 'MP-110', error: 'invalid_grant'});
  });

  it('every catalogue entry is found by its MP code and by its message', () => {
    for (const e of TOKEN_ERRORS) {
      expect(explainError(e.message).matches.map((m) => m.code)).toContain(e.code);
      for (const mp of e.mpCodes) expect(codes(explainError(`${mp}: ${e.message}`).findings)).toContain(e.code);
    }
  });

  it('MP-100 "Client not found" is told apart from the typo case', () => {
    expect(codes(explainError('MP-100 Client not found').findings)).toEqual(['error.mp-100-client-not-found']);
    expect(codes(explainError('MP-100').findings)).toEqual(['error.mp-100']);
  });

  it('MP-251 names consumer, supplier and scope', () => {
    const f = explainError(
      'Consumer 910753614 has not delegated access to the scope skatteetaten:inntekt to supplier 991825827 (MP-251)',
    ).findings[0];
    expect(f?.params).toMatchObject({consumer: '910753614', supplier: '991825827', scope: 'skatteetaten:inntekt'});
  });

  it.each([
    ['error.mp-011', 'MP-011'],
    ['error.mp-120', 'MP-120'],
    ['error.mp-121', 'MP-121'],
    ['error.mp-122', 'MP-122'],
    ['error.mp-123', 'MP-123'],
    ['error.mp-124', 'MP-124'],
    ['error.mp-130', 'MP-130'],
    ['error.mp-200', 'MP-200'],
    ['error.mp-201', 'MP-201'],
    ['error.mp-250', 'MP-250'],
    ['error.mp-251', 'MP-251'],
    ['error.mp-110', 'MP-110'],
  ])('%s: raised by "%s", not by a neighbouring code', (code, mp) => {
    expect(codes(explainError(`{"error":"invalid_grant","error_description":"(${mp})"}`).findings)).toEqual([code]);
    expect(codes(explainError('(MP-999)').findings)).not.toContain(code);
  });

  const cases: [string, string, string][] = [
    ['error.empty', '  ', 'MP-130'],
    ['error.json', '{"error": "invalid_grant", ', '{"error":"invalid_grant","error_description":"JWT is expired"}'],
    ['error.unknown', 'Something went wrong', 'Grant is used before'],
    ['error.mp-012', 'Grant is used before', 'JWT is expired'],
    [
      'error.consumer-org-combination',
      'The combination consumer_org in claim and delegation scope on client is invalid',
      'MP-200',
    ],
    ['error.issue-time-after-now', 'Issue time is after now', 'MP-200'],
    ['error.rar', 'MP-302', 'MP-200'],
  ];
  it.each(cases)('%s: raised by a minimal input, not by its near miss', (code, raises, nearMiss) => {
    expect(codes(explainError(raises).findings)).toContain(code);
    expect(codes(explainError(nearMiss).findings)).not.toContain(code);
  });
});

describe('orgnr', () => {
  it('mod 11 with weights 3,2,7,6,5,4,3,2 (Brønnøysund example 12345678 → 5)', () => {
    expect(orgnrCheckDigit('12345678')).toBe(5);
    expect(validateOrgnr('123456785')).toEqual({valid: true, orgnr: '123456785'});
    expect(validateOrgnr('123456784')).toMatchObject({valid: false, problem: 'checksum'});
    expect(validateOrgnr('12345678')).toMatchObject({valid: false, problem: 'format'});
    expect(validateOrgnr('910 753 614').valid).toBe(true);
  });
  it('remainder 1 has no check digit', () => {
    // 6 × weight 2 = 12, and 12 % 11 = 1: check digit would be 10, so no valid number exists.
    expect(orgnrCheckDigit('00000006')).toBeUndefined();
    expect(orgnrCheckDigit('00000000')).toBe(0);
  });
  it('0192 forms', () => {
    expect(toIso6523('910753614')).toBe('0192:910753614');
    expect(fromIso6523('0192:910753614')).toBe('910753614');
    expect(fromIso6523('0088:910753614')).toBeUndefined();
    expect(normalizeOrgnr(' 0192:910753614 ')).toBe('910753614');
    expect(normalizeOrgnr('910 753 614')).toBe('910753614');
  });
});

describe('buildGrant', () => {
  const base = {
    environment: 'test' as const,
    clientId: 'my_client',
    scopes: ['skatteetaten:inntekt'],
    keyKind: 'x5c' as const,
    now: NOW,
    jti: 'abc',
  };

  it('builds a header with an x5c placeholder, the claims and a curl to the token endpoint', () => {
    const g = buildGrant(base);
    expect(g.header).toEqual({alg: 'RS256', x5c: expect.any(Array)});
    expect(g.claims).toEqual({
      aud: 'https://test.maskinporten.no/',
      iss: 'my_client',
      scope: 'skatteetaten:inntekt',
      iat: NOW,
      exp: NOW + 120,
      jti: 'abc',
    });
    expect(g.curl).toContain("'https://test.maskinporten.no/token'");
    expect(g.curl).toContain('grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(g.curl).toContain('assertion=$GRANT');
    expect(g.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('the built claims pass the grant checks', () => {
    const g = buildGrant({...base, environment: 'prod', consumerOrg: '910753614'});
    const t = `${Buffer.from(JSON.stringify(g.header)).toString('base64url')}.${Buffer.from(JSON.stringify(g.claims)).toString('base64url')}.c2ln`;
    expect(inspectToken(t, {environment: 'prod', now: NOW}).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('builder.client-id.missing and builder.kid.missing', () => {
    expect(codes(buildGrant({...base, clientId: ' '}).findings)).toContain('builder.client-id.missing');
    expect(codes(buildGrant({...base, keyKind: 'kid'}).findings)).toContain('builder.kid.missing');
    expect(codes(buildGrant({...base, keyKind: 'kid', kid: 'k1'}).findings)).not.toContain('builder.kid.missing');
    expect(buildGrant({...base, keyKind: 'kid', kid: 'k1'}).header).toEqual({alg: 'RS256', kid: 'k1'});
  });

  it('checks scopes and consumer_org', () => {
    expect(codes(buildGrant({...base, scopes: 'Skatteetaten:inntekt'}).findings)).toContain('scope.uppercase');
    expect(codes(buildGrant({...base, consumerOrg: '91075361'}).findings)).toContain('grant.consumer-org.invalid');
  });
});
