// The environment checker's exact-value rule and whole-config paste, and the error explainer's message
// mismatch, unknown codes and OAuth errors without a code (issue 13, issue 11 items 1 and 16).
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {exactIssuerMatch, apiHostEnvironment} from '../../../src/lib/environments';
import {scanConfig, MAX_CONFIG_TEXT} from '../../../src/lib/config-scan';
import {checkConfig, checkEnvironment} from '../../../src/lib/environment-check';
import {explainError, errorSection, OAUTH_ERRORS, TOKEN_ERRORS} from '../../../src/lib/errors';
import {FINDING_CATALOGUE, type Finding} from '../../../src/lib/findings';

const RUNS = Number(process.env.FC_RUNS ?? 500);
const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);

describe('exactIssuerMatch', () => {
  it('finds nothing in the exact issuer, token endpoint and JWKS URL', () => {
    for (const url of ['https://maskinporten.no/', 'https://test.maskinporten.no/token', 'https://maskinporten.no/jwk'])
      expect(exactIssuerMatch(url).differences, url).toEqual([]);
  });

  it.each([
    ['HTTPS://maskinporten.no/', 'case'],
    ['https://Test.Maskinporten.no/', 'case'],
    ['https://maskinporten.no:443/', 'port'],
    [' https://maskinporten.no/', 'whitespace'],
    ['https://maskinporten.no/ ', 'whitespace'],
    ['https://maskin porten.no/', 'whitespace'],
    ['https://maskinporten.no/?a=b', 'query'],
    ['https://maskinporten.no/#x', 'fragment'],
    ['https://user@maskinporten.no/', 'userinfo'],
    ['https://maskinporten.no/./', 'dot-segments'],
    ['https://maskinporten.no/x/../token', 'dot-segments'],
    ['https://maskinporten.no/%74oken', 'percent-encoding'],
  ])('%j differs by %s', (url, difference) => {
    expect(exactIssuerMatch(url).differences).toContain(difference);
  });

  it('gives the path a lenient parser would see', () => {
    expect(exactIssuerMatch('https://maskinporten.no/%74oken').normalisedPath).toBe('/token');
    expect(exactIssuerMatch('https://maskinporten.no/x/../token').normalisedPath).toBe('/token');
    expect(exactIssuerMatch('https://maskinporten.no').normalisedPath).toBe('');
  });

  it('never throws, also on long input', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 300}), (s) => {
        const r = exactIssuerMatch(s);
        return Array.isArray(r.differences);
      }),
      {numRuns: RUNS},
    );
    const long = `https://maskinporten.no/${'./'.repeat(2000)}${'%2e'.repeat(300)}`;
    // Its speed on such input is a figure of `npm run bench`, not a timed assertion here.
    // Past 4 096 characters the text is not compared at all.
    expect(exactIssuerMatch(long).differences).toEqual([]);
  });
});

describe('apiHostEnvironment', () => {
  it('tells Skatteetaten and NAV test hosts from production hosts', () => {
    expect(apiHostEnvironment('inntektsmottakere.api.skatteetaten-test.no')).toBe('test');
    expect(apiHostEnvironment('arbeidsforhold-gw.ekstern.dev.nav.no')).toBe('test');
    expect(apiHostEnvironment('inntektsmottakere.api.skatteetaten.no')).toBe('prod');
    expect(apiHostEnvironment('arbeidsforhold-gw.nav.no')).toBe('prod');
    expect(apiHostEnvironment('example.no')).toBeUndefined();
  });
});

describe('checkEnvironment: exact values (env.not-exact)', () => {
  it.each([
    ['audience', 'https://Maskinporten.no/'],
    ['audience', 'https://maskinporten.no:443/'],
    ['audience', ' https://maskinporten.no/'],
    ['issuer', 'https://maskinporten.no/?x'],
    ['issuer', 'https://maskinporten.no/#top'],
    ['audience', 'https://me@maskinporten.no/'],
    ['audience', 'https://maskinporten.no/./'],
    ['issuer', 'HTTPS://MASKINPORTEN.NO/'],
  ] as const)('%s %j: env.not-exact (error, MP-110) naming the exact value', (field, value) => {
    const findings = checkEnvironment('prod', {[field]: value}).findings;
    const notExact = findings.find((f) => f.code === 'env.not-exact');
    expect(notExact?.severity).toBe('error');
    expect(FINDING_CATALOGUE['env.not-exact'].mpCode).toBe('MP-110');
    expect(notExact?.params.expected).toBe('https://maskinporten.no/');
    expect(codes(findings)).not.toContain('env.ok');
  });

  it('near miss: the exact values give no env.not-exact', () => {
    const findings = checkEnvironment('prod', {
      tokenEndpoint: 'https://maskinporten.no/token',
      audience: 'https://maskinporten.no/',
      issuer: 'https://maskinporten.no/',
      jwksUrl: 'https://maskinporten.no/jwk',
    }).findings;
    expect(codes(findings)).toEqual(['env.ok']);
  });

  it('a percent-encoded /token is the same address (RFC 3986 §6.2.2.2): said, not an error, and no path error', () => {
    expect(codes(checkEnvironment('prod', {tokenEndpoint: 'https://maskinporten.no/%74oken'}).findings)).toEqual([
      'env.url.same-address',
      'env.ok',
    ]);
  });

  it('a missing trailing slash stays its own warning (no source says it gives MP-110), not env.not-exact', () => {
    const findings = checkEnvironment('prod', {audience: 'https://maskinporten.no'}).findings;
    expect(codes(findings)).toEqual(['env.aud.trailing-slash']);
    expect(findings[0]?.severity).toBe('warning');
    expect(FINDING_CATALOGUE['env.aud.trailing-slash']).not.toHaveProperty('mpCode');
  });
});

const MIXED_ENV = [
  '# .env for the pension integration',
  'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token',
  'MASKINPORTEN_AUDIENCE=https://maskinporten.no/',
  'SKATTEETATEN_API=https://inntektsmottakere.api.skatteetaten-test.no/v1',
  'KEYSTORE_PATH=/secrets/virksomhetssertifikat-prod.p12',
].join('\n');

describe('scanConfig', () => {
  it('.env: every value with its line, key, kind and environment', () => {
    expect(scanConfig(MIXED_ENV).values.map((v) => [v.line, v.key, v.kind, v.environment])).toEqual([
      [2, 'MASKINPORTEN_TOKEN_ENDPOINT', 'tokenEndpoint', 'test'],
      [3, 'MASKINPORTEN_AUDIENCE', 'audience', 'prod'],
      [4, 'SKATTEETATEN_API', 'apiBaseUrl', 'test'],
      [5, 'KEYSTORE_PATH', 'certificate', 'prod'],
    ]);
  });

  it('application.yml: nested keys', () => {
    const yml = [
      'maskinporten:',
      '  token-endpoint: https://maskinporten.no/token',
      '  audience: "https://maskinporten.no/"',
      'nav:',
      '  aareg-url: https://arbeidsforhold-gw.nav.no/aareg/v1/arbeidsforhold/otp/graphql # prod',
    ].join('\n');
    expect(scanConfig(yml).values.map((v) => [v.line, v.key, v.kind, v.environment])).toEqual([
      [2, 'maskinporten.token-endpoint', 'tokenEndpoint', 'prod'],
      [3, 'maskinporten.audience', 'audience', 'prod'],
      [5, 'nav.aareg-url', 'apiBaseUrl', 'prod'],
    ]);
  });

  it('appsettings.json: nested keys, quotes kept with the whitespace inside them', () => {
    const json = [
      '{',
      '  "Maskinporten": {',
      '    "TokenEndpoint": "https://test.maskinporten.no/token",',
      '    "Audience": " https://test.maskinporten.no/",',
      '    "CertificateIssuer": "Buypass Class 3 Test4 CA G2 ST Business"',
      '  }',
      '}',
    ].join('\n');
    const values = scanConfig(json).values;
    expect(values.map((v) => [v.line, v.key, v.kind, v.environment])).toEqual([
      [3, 'Maskinporten.TokenEndpoint', 'tokenEndpoint', 'test'],
      [4, 'Maskinporten.Audience', 'audience', 'test'],
      [5, 'Maskinporten.CertificateIssuer', 'certificate', 'test'],
    ]);
    expect(values[1]?.value).toBe(' https://test.maskinporten.no/');
  });

  it('application.properties and plain lines', () => {
    const text = [
      'maskinporten.issuer = https://ver2.maskinporten.no/',
      'https://test.maskinporten.no/jwk',
      '- https://tjenestepensjonsavtale.api.skatteetaten.no/v1',
      'spring.datasource.url=jdbc:postgresql://db.example.no/pensjon',
    ].join('\n');
    expect(scanConfig(text).values.map((v) => [v.line, v.key, v.kind, v.environment])).toEqual([
      [1, 'maskinporten.issuer', 'issuer', 'ver2'],
      [2, '', 'jwksUrl', 'test'],
      [3, '', 'apiBaseUrl', 'prod'],
    ]);
  });

  it('a certificate setting without a test or production word is not guessed', () => {
    expect(scanConfig('KEYSTORE_PATH=/secrets/cert.p12').values).toEqual([]);
  });

  it('never throws, reports lines inside the text, and stops at the limits on long input', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 400}), (s) => {
        const lines = s.split(/\r?\n|\r/).length;
        return scanConfig(s).values.every((v) => v.line >= 1 && v.line <= lines);
      }),
      {numRuns: RUNS},
    );
    expect(scanConfig(42).values).toEqual([]);
    const line = 'MASKINPORTEN_AUDIENCE=https://maskinporten.no/\n';
    const long = `${'a'.repeat(100_000)}\n${'x='.repeat(50_000)}\n${line.repeat(2000)}`;
    // Its speed is a figure of `npm run bench` (checkConfig on 256 KB of long lines), not a timed assertion here.
    const result = scanConfig(long);
    expect(result.truncated).toBe(true);
    expect(scanConfig('x'.repeat(MAX_CONFIG_TEXT + 10)).truncated).toBe(true);
  });
});

describe('checkConfig', () => {
  it('env.mixed: which lines are test and which production, whatever the radio says', () => {
    for (const choice of ['test', 'prod'] as const) {
      const result = checkConfig(choice, MIXED_ENV);
      const mixed = result.findings.find((f) => f.code === 'env.mixed');
      expect(mixed?.severity).toBe('error');
      expect(mixed?.params).toEqual(
        expect.objectContaining({
          testLines: '2, 4',
          testKeys: 'MASKINPORTEN_TOKEN_ENDPOINT, SKATTEETATEN_API',
          prodLines: '3, 5',
          prodKeys: 'MASKINPORTEN_AUDIENCE, KEYSTORE_PATH',
        }),
      );
    }
  });

  it('each value is also checked against the chosen environment, with its line as path', () => {
    const findings = checkConfig('test', MIXED_ENV).findings;
    expect(findings).toContainEqual(expect.objectContaining({code: 'env.host.wrong-environment', path: 'L3'}));
    expect(findings).toContainEqual(expect.objectContaining({code: 'env.cert.wrong-environment', path: 'L5'}));
  });

  it('near miss: a configuration all in test is not mixed, and is fine for test', () => {
    const allTest = MIXED_ENV.replace('https://maskinporten.no/', 'https://test.maskinporten.no/').replace(
      '-prod.p12',
      '-test.p12',
    );
    expect(codes(checkConfig('test', allTest).findings)).toEqual(['env.api.known', 'env.config.ok']);
    expect(codes(checkConfig('prod', allTest).findings)).not.toContain('env.mixed');
  });

  it('env.not-exact on a pasted value, with its line', () => {
    const findings = checkConfig('prod', 'AUD=" https://maskinporten.no/"').findings;
    expect(findings).toContainEqual(expect.objectContaining({code: 'env.not-exact', path: 'L1'}));
    expect(codes(checkConfig('prod', 'AUD="https://maskinporten.no/"').findings)).not.toContain('env.not-exact');
  });

  it('env.config.nothing-found when nothing is recognised; not when one value is', () => {
    expect(codes(checkConfig('prod', 'LOG_LEVEL=debug\nPORT=8080').findings)).toEqual(['env.config.nothing-found']);
    expect(codes(checkConfig('prod', 'LOG_LEVEL=debug\nX=https://maskinporten.no/').findings)).not.toContain(
      'env.config.nothing-found',
    );
  });

  it('env.config.too-large past the limit; not below it', () => {
    const value = 'A=https://maskinporten.no/\n';
    expect(codes(checkConfig('prod', `${value}${'#'.repeat(MAX_CONFIG_TEXT)}`).findings)).toContain(
      'env.config.too-large',
    );
    expect(codes(checkConfig('prod', value).findings)).not.toContain('env.config.too-large');
  });

  it('never throws on any text, and every finding is in the catalogue with its severity', () => {
    const pieces = fc.constantFrom(
      'A=',
      'https://maskinporten.no/',
      'https://test.maskinporten.no/token',
      'HTTPS://Maskinporten.no:443/./?x#y',
      'https://inntekt.api.skatteetaten-test.no/v1',
      'cert=buypass-test.p12',
      '"K": "',
      '\n',
      '  ',
      ':',
      '#',
      '{',
    );
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 40}), fc.constantFrom('test', 'prod'), (parts, choice) => {
        const result = checkConfig(choice as 'test', parts.join(''));
        return result.findings.every(
          (f) => FINDING_CATALOGUE[f.code as keyof typeof FINDING_CATALOGUE]?.severity === f.severity,
        );
      }),
      {numRuns: RUNS},
    );
  });
});

describe('explainError: message mismatch, unknown codes, OAuth errors without a code', () => {
  it("error.message-mismatch: 'Token has expired' with MP-110 names MP-121 and MP-130", () => {
    const result = explainError('{"error":"invalid_grant","error_description":"Token has expired (MP-110)"}');
    const mismatch = result.findings.find((f) => f.code === 'error.message-mismatch');
    expect(mismatch?.params).toEqual(expect.objectContaining({mpCode: 'MP-110', codes: 'MP-121, MP-130'}));
    // the code is still explained
    expect(codes(result.findings)).toContain('error.mp-110');
  });

  it("error.message-mismatch names the code whose message it is: MP-130 with 'Expired key' fits MP-121", () => {
    const mismatch = explainError('MP-130 Invalid assertion. Client authentication failed. Expired key').findings.find(
      (f) => f.code === 'error.message-mismatch',
    );
    expect(mismatch?.params.codes).toBe('MP-121');
  });

  it("error.message-unmatched: a message that is none of Maskinporten's, with a known code", () => {
    const result = explainError('{"error":"invalid_grant","error_description":"The moon is made of cheese (MP-110)"}');
    const unmatched = result.findings.find((f) => f.code === 'error.message-unmatched');
    expect(unmatched?.params).toEqual(expect.objectContaining({mpCode: 'MP-110'}));
    expect(codes(result.findings)).not.toContain('error.message-mismatch');
    expect(codes(explainError('MP-130: JWT is expired').findings)).not.toContain('error.message-unmatched');
  });

  it('near miss: the known message with its own code, or a code alone, is no mismatch', () => {
    for (const text of [
      '{"error":"invalid_grant","error_description":"Invalid assertion. Client authentication failed. Invalid JWT claim aud (MP-110)"}',
      '{"error":"invalid_grant","error_description":"MP-110"}',
      'MP-130: JWT is expired',
      'MP-100 Client not found',
    ])
      expect(codes(explainError(text).findings), text).not.toContain('error.message-mismatch');
  });

  it('error.mp-unknown keeps the unknown code; a known code does not raise it', () => {
    const result = explainError('{"error":"invalid_grant","error_description":"Something (MP-999)"}');
    expect(result.findings).toContainEqual(
      expect.objectContaining({code: 'error.mp-unknown', params: {mpCode: 'MP-999'}}),
    );
    expect(codes(explainError('MP-200').findings)).not.toContain('error.mp-unknown');
  });

  it.each([
    ['error.oauth.invalid-grant', 'invalid_grant'],
    ['error.oauth.invalid-client', 'invalid_client'],
    ['error.oauth.invalid-scope', 'invalid_scope'],
    ['error.oauth.unauthorized-client', 'unauthorized_client'],
    ['error.oauth.invalid-request', 'invalid_request'],
    ['error.oauth.unsupported-grant-type', 'unsupported_grant_type'],
  ])('%s for a bare %s; not for a look-alike word', (code, error) => {
    expect(codes(explainError(JSON.stringify({error: `x${error}`})).findings)).not.toContain(code);
    const result = explainError(JSON.stringify({error}));
    expect(codes(result.findings)).toEqual([code]);
    expect(result.oauth?.error).toBe(error);
    expect(result.oauth?.likely.map((e) => e.code)).toEqual(OAUTH_ERRORS.find((e) => e.code === code)?.likely);
    // also in plain text
    expect(codes(explainError(`HTTP 400 ${error}`).findings)).toContain(code);
  });

  it('near miss: an OAuth error that comes with an MP code or a known message is explained by that instead', () => {
    expect(codes(explainError('{"error":"invalid_grant","error_description":"(MP-130)"}').findings)).toEqual([
      'error.mp-130',
    ]);
    expect(
      codes(
        explainError('{"error":"invalid_scope","error_description":"Token request contains invalid scopes for client"}')
          .findings,
      ),
    ).toEqual(['error.mp-200']);
  });

  it('invalid_grant and invalid_client list their most likely causes in order, each a known entry with a section', () => {
    const grant = explainError('invalid_grant').oauth?.likely ?? [];
    expect(grant[0]?.code).toBe('error.mp-110');
    expect(grant.length).toBeGreaterThan(5);
    const client = explainError('{"error":"invalid_client"}').oauth?.likely ?? [];
    expect(client[0]?.code).toBe('error.mp-100-client-not-found');
    for (const entry of OAUTH_ERRORS.flatMap((e) => e.likely))
      expect(TOKEN_ERRORS.some((t) => t.code === entry)).toBe(true);
    expect(errorSection('error.mp-100-client-not-found')).toBe('mp-100');
    expect(errorSection('error.mp-110')).toBe('mp-110');
    expect(errorSection('error.consumer-org-combination')).toBe('consumer-org-combination');
  });

  it('the MP-251 text keeps its orgnrs; 64 KB of repeated "consumer <orgnr>" is read', () => {
    const result = explainError(
      'Consumer 910753614 has not delegated access to the scope skatteetaten:inntektsmottakere to supplier 991825827 (MP-251)',
    );
    expect(result.findings[0]?.params).toEqual(expect.objectContaining({consumer: '910753614', supplier: '991825827'}));
    const hostile = `MP-251 has not delegated access to the scope x ${'consumer 123456789 '.repeat(3500)}`.slice(
      0,
      64 * 1024,
    );
    // Its speed is a figure of `npm run bench` (explainError 64 KB MP-251 text), not a timed assertion here.
    expect(explainError(hostile).findings.map((f) => f.code)).toContain('error.mp-251');
  });

  it('never throws on any text', () => {
    const pieces = fc.constantFrom(
      'MP-110',
      'MP-999',
      'MP-251',
      'consumer 123456789 ',
      'supplier 987654321',
      'Token has expired',
      'invalid_grant',
      '{"error":"',
      '"}',
      'expired',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 60}), (parts) => {
        const result = explainError(parts.join(''));
        return result.findings.length > 0;
      }),
      {numRuns: RUNS},
    );
  });
});
