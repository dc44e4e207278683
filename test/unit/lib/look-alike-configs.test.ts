// Configurations that only look wrong (issue 19): the environment checker reads what the application would read,
// judges each profile on its own, counts what it does not know, and refuses a private key. Each class has an
// example, a near miss, and a property over the class.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {apiHostEnvironment, exactIssuerMatch, serviceDomain} from '../../../src/lib/environments';
import {resolvePlaceholders, scanConfig} from '../../../src/lib/config-scan';
import {checkConfig, checkEnvironment} from '../../../src/lib/environment-check';
import {findingRow, type Finding} from '../../../src/lib/findings';
import {inspectToken} from '../../../src/lib/jwt/analyse';
import {GRANT_CLAIMS_OK, GRANT_HEADER, NOW, tok} from './fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);
const problems = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity !== 'info');
const mp110 = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => findingRow(f.code).mpCode === 'MP-110');

/** A host written in any mix of upper and lower case. */
const anyCase = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), {minLength: text.length, maxLength: text.length})
    .map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));

describe('an upper-case host or :443 in a token endpoint or JWKS URL is the same address (RFC 3986 §6.2.3)', () => {
  it('example: no error, no MP-110, and the tool says it is the same address', () => {
    const findings = checkEnvironment('prod', {
      tokenEndpoint: 'HTTPS://Maskinporten.NO:443/token',
      jwksUrl: 'https://MASKINPORTEN.no/jwk',
    }).findings;
    expect(codes(findings)).toEqual(['env.url.same-address', 'env.url.same-address', 'env.ok']);
    expect(findings[0]?.params.differences).toBe('case,port');
    expect(mp110(findings)).toEqual([]);
  });

  it('near miss: the same spelling in aud is not the issuer string, so it stays MP-110', () => {
    const findings = checkEnvironment('prod', {audience: 'https://Maskinporten.no:443/'}).findings;
    expect(codes(findings)).toEqual(['env.not-exact']);
    expect(mp110(findings)).toHaveLength(1);
  });

  it('near miss: another port, a query or a space is another address: a warning, still never MP-110', () => {
    for (const tokenEndpoint of [
      'https://maskinporten.no:8443/token',
      'https://maskinporten.no/token?x=1',
      ' https://maskinporten.no/token',
      'https://maskinporten.no/%2Ftoken',
    ]) {
      const findings = checkEnvironment('prod', {tokenEndpoint}).findings;
      expect(codes(findings), tokenEndpoint).toContain('env.url.not-exact');
      expect(findings.find((f) => f.code === 'env.url.not-exact')?.severity).toBe('warning');
      expect(mp110(findings), tokenEndpoint).toEqual([]);
    }
  });

  it('a JWKS URL or token endpoint of the other environment is the wrong environment, not MP-110; aud is', () => {
    const endpoints = checkEnvironment('prod', {jwksUrl: 'https://test.maskinporten.no/jwk'}).findings;
    expect(codes(endpoints)).toEqual(['env.endpoint.wrong-environment']);
    expect(mp110(endpoints)).toEqual([]);
    const aud = checkEnvironment('prod', {audience: 'https://test.maskinporten.no/'}).findings;
    expect(codes(aud)).toEqual(['env.host.wrong-environment']);
    expect(mp110(aud)).toHaveLength(1);
  });

  it('property: any case of scheme and host, with or without :443, is the same address and no problem', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('test', 'prod'),
        fc.constantFrom('tokenEndpoint', 'jwksUrl'),
        anyCase('https'),
        fc.boolean(),
        fc.constantFrom('', ':443', ':'),
        (choice, field, scheme, _, port) => {
          const host = choice === 'prod' ? 'maskinporten.no' : 'test.maskinporten.no';
          return fc.assert(
            fc.property(anyCase(host), (h) => {
              const url = `${scheme}://${h}${port}/${field === 'jwksUrl' ? 'jwk' : 'token'}`;
              const findings = checkEnvironment(choice as 'test', {[field]: url}).findings;
              expect(problems(findings), url).toEqual([]);
              expect(mp110(findings)).toEqual([]);
              expect(exactIssuerMatch(url).sameAddress).toEqual(exactIssuerMatch(url).differences);
            }),
            {numRuns: 5},
          );
        },
      ),
      {numRuns: Math.ceil(RUNS / 5)},
    );
  });

  it('property: in aud the very same spellings are an error (MP-110) whenever they differ from the issuer', () => {
    fc.assert(
      fc.property(anyCase('maskinporten.no'), fc.constantFrom('', ':443'), (host, port) => {
        const url = `https://${host}${port}/`;
        const findings = checkEnvironment('prod', {audience: url}).findings;
        const exact = url === 'https://maskinporten.no/';
        expect(codes(findings)).toEqual(exact ? ['env.ok'] : ['env.not-exact']);
      }),
      {numRuns: RUNS},
    );
  });
});

const SPRING_TWO_PROFILES = [
  'spring:',
  '  application:',
  '    name: pensjon-ajourhold',
  'maskinporten:',
  '  scope: skatteetaten:inntektsmottakere',
  '---',
  'spring:',
  '  config:',
  '    activate:',
  '      on-profile: test',
  'maskinporten:',
  '  token-endpoint: ${MASKINPORTEN_TOKEN_ENDPOINT:https://test.maskinporten.no/token}',
  '  audience: https://test.maskinporten.no/',
  'skatteetaten:',
  '  url: https://inntektsmottakere.api.skatteetaten-test.no/v1',
  '---',
  'spring:',
  '  config:',
  '    activate:',
  '      on-profile: prod',
  'maskinporten:',
  '  token-endpoint: ${MASKINPORTEN_TOKEN_ENDPOINT:https://maskinporten.no/token}',
  '  audience: https://maskinporten.no/',
  'skatteetaten:',
  '  url: https://inntektsmottakere.api.skatteetaten.no/v1',
].join('\n');

describe('Spring placeholders ${VAR:default} are read as their default', () => {
  it('example: the defaults are the values checked, and the tool says so', () => {
    const scan = scanConfig(SPRING_TWO_PROFILES);
    const endpoints = scan.values.filter((v) => v.kind === 'tokenEndpoint');
    expect(endpoints.map((v) => [v.line, v.value, v.placeholder])).toEqual([
      [12, 'https://test.maskinporten.no/token', 'MASKINPORTEN_TOKEN_ENDPOINT'],
      [22, 'https://maskinporten.no/token', 'MASKINPORTEN_TOKEN_ENDPOINT'],
    ]);
    const findings = checkConfig('test', SPRING_TWO_PROFILES).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'env.config.placeholder',
        path: 'L12',
        params: expect.objectContaining({name: 'MASKINPORTEN_TOKEN_ENDPOINT'}),
      }),
    );
    expect(codes(findings)).not.toContain('env.token-endpoint.path');
  });

  it('nested and shell forms; a placeholder without a default is named, not checked', () => {
    expect(resolvePlaceholders('${A:${B:https://maskinporten.no/}}')).toEqual({
      text: 'https://maskinporten.no/',
      placeholder: 'B',
      unset: [],
    });
    expect(resolvePlaceholders('${BASE:-https://maskinporten.no}/token').text).toBe('https://maskinporten.no/token');
    const findings = checkConfig('prod', 'maskinporten.audience=${MASKINPORTEN_AUDIENCE}').findings;
    expect(codes(findings)).toEqual(['env.config.nothing-found', 'env.config.placeholder-unset']);
    // Near miss: a placeholder for something the checker does not read is not worth a word.
    expect(codes(checkConfig('prod', 'db.password=${DB_PASSWORD}').findings)).toEqual(['env.config.nothing-found']);
  });

  it('property: for any variable name and known address, the default is the value, with nothing of the syntax left', () => {
    const url = fc.constantFrom(
      'https://maskinporten.no/token',
      'https://test.maskinporten.no/',
      'https://inntekt.api.skatteetaten-test.no/v1',
      'https://tt02.altinn.no/',
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,20}$/), url, fc.boolean(), (name, address, shell) => {
        const text = `maskinporten.token-endpoint=\${${name}:${shell ? '-' : ''}${address}}`;
        const [value] = scanConfig(text).values;
        expect(value?.value).toBe(address);
        expect(value?.placeholder).toBe(name);
      }),
      {numRuns: RUNS},
    );
  });
});

describe("NAIS's MASKINPORTEN_WELL_KNOWN_URL is the metadata URL, not an audience", () => {
  const NAIS = [
    'MASKINPORTEN_CLIENT_ID=2f0f5c5e-0000-4000-8000-000000000000',
    'MASKINPORTEN_WELL_KNOWN_URL=https://test.maskinporten.no/.well-known/oauth-authorization-server',
    'MASKINPORTEN_ISSUER=https://test.maskinporten.no/',
    'MASKINPORTEN_JWKS_URI=https://test.maskinporten.no/jwk',
    'MASKINPORTEN_SCOPES=skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp',
  ].join('\n');

  it('example: a NAIS .env is fine for test', () => {
    expect(scanConfig(NAIS).values.map((v) => v.kind)).toEqual(['wellKnown', 'issuer', 'jwksUrl', 'scope']);
    expect(problems(checkConfig('test', NAIS).findings)).toEqual([]);
  });

  it("near miss: an openid-configuration path is not Maskinporten's documented metadata; prod metadata in test is the wrong environment", () => {
    const openid = checkConfig(
      'test',
      'MASKINPORTEN_WELL_KNOWN_URL=https://test.maskinporten.no/.well-known/openid-configuration',
    );
    expect(codes(problems(openid.findings))).toEqual(['env.well-known.path']);
    const prod = checkConfig(
      'test',
      'MASKINPORTEN_WELL_KNOWN_URL=https://maskinporten.no/.well-known/oauth-authorization-server',
    );
    expect(codes(problems(prod.findings))).toEqual(['env.endpoint.wrong-environment']);
    expect(mp110(prod.findings)).toEqual([]);
  });

  it('property: any key holding a .well-known address is the metadata URL, never an audience finding', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,30}$/),
        fc.constantFrom('test', 'prod'),
        (key, choice) => {
          const host = choice === 'prod' ? 'maskinporten.no' : 'test.maskinporten.no';
          const text = `${key}=https://${host}/.well-known/oauth-authorization-server`;
          const result = checkConfig(choice as 'test', text);
          expect(result.values.map((v) => v.kind)).toEqual(['wellKnown']);
          expect(codes(result.findings).filter((c) => c.startsWith('env.aud.'))).toEqual([]);
          expect(problems(result.findings)).toEqual([]);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe("only Skatteetaten's own test hosts are Skatteetaten test; www.nav.no is a web page; TT02 is test", () => {
  it('examples', () => {
    expect(apiHostEnvironment('inntekt.api.skatteetaten-test.no')).toBe('test');
    expect(apiHostEnvironment('api.kunde-test.no')).toBeUndefined();
    expect(apiHostEnvironment('www.nav.no')).toBeUndefined();
    expect(apiHostEnvironment('nav.no')).toBeUndefined();
    expect(apiHostEnvironment('arbeidsforhold-gw.nav.no')).toBe('prod');
    expect(serviceDomain('tt02.altinn.no')?.environment).toBe('test');
    expect(serviceDomain('platform.tt02.altinn.no')?.environment).toBe('test');
    expect(serviceDomain('www.altinn.no')?.environment).toBe('prod');
  });

  it('a config with a web page and another -test.no host: counted, not judged', () => {
    const text = [
      'MASKINPORTEN_TOKEN_ENDPOINT=https://maskinporten.no/token',
      'SUPPORT_URL=https://www.nav.no/samarbeidspartner/brukerstotte-aa-registeret',
      'INTERNAL_API=https://fagsystem.pensjon-test.no/api',
    ].join('\n');
    const result = checkConfig('prod', text);
    expect(result.values.map((v) => v.kind)).toEqual(['tokenEndpoint']);
    expect(codes(result.findings)).toEqual(['env.config.unrecognised', 'env.config.ok']);
    expect(result.findings[0]?.params).toEqual({count: 2, hosts: 'www.nav.no, fagsystem.pensjon-test.no'});
  });

  it('an Altinn TT02 address is test: wrong in production, right in test', () => {
    const text = 'DELEGATION_SOURCE=https://tt02.altinn.no/';
    expect(codes(problems(checkConfig('prod', text).findings))).toEqual(['env.altinn.wrong-environment']);
    expect(codes(checkConfig('test', text).findings)).toEqual(['env.config.ok']);
    const mixed = checkConfig('test', `${text}\nMASKINPORTEN_AUDIENCE=https://maskinporten.no/`).findings;
    expect(codes(mixed)).toContain('env.mixed');
  });

  it('property: a host that ends in -test.no is Skatteetaten test only under skatteetaten-test.no', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]$/),
        fc.stringMatching(/^[a-z]{1,12}$/),
        (label, owner) => {
          const foreign = `${label}.${owner}-test.no`;
          const own = `${label}.api.skatteetaten-test.no`;
          expect(apiHostEnvironment(own)).toBe('test');
          expect(apiHostEnvironment(foreign)).toBe(owner === 'skatteetaten' ? 'test' : undefined);
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('property: any page on www.nav.no is counted as not recognised; any address on TT02 is Altinn test', () => {
    const path = fc.stringMatching(/^(\/[a-z0-9-]{1,10}){0,4}$/);
    fc.assert(
      fc.property(path, fc.stringMatching(/^([a-z][a-z0-9]{0,8}\.)?$/), (p, sub) => {
        const nav = checkConfig('prod', `LINK=https://www.nav.no${p}`);
        expect(nav.values).toEqual([]);
        expect(codes(nav.findings)).toEqual(['env.config.nothing-found', 'env.config.unrecognised']);
        const tt02 = scanConfig(`X=https://${sub}tt02.altinn.no${p}`).values;
        expect(tt02.map((v) => [v.kind, v.environment])).toEqual([['altinn', 'test']]);
      }),
      {numRuns: RUNS},
    );
  });
});

describe('unknown hosts are counted: "all recognised values are production; 2 values not recognised"', () => {
  it('property: n unknown http(s) addresses among production values are counted, and the rest is judged', () => {
    const known = fc.constantFrom(
      'MASKINPORTEN_TOKEN_ENDPOINT=https://maskinporten.no/token',
      'MASKINPORTEN_AUDIENCE=https://maskinporten.no/',
      'API=https://inntekt.api.skatteetaten.no/v1',
    );
    const unknown = fc.stringMatching(/^[a-z]{2,10}\.(example|intern)\.no$/).map((h) => `OTHER=https://${h}/x`);
    fc.assert(
      fc.property(
        fc.array(known, {minLength: 1, maxLength: 5}),
        fc.array(unknown, {maxLength: 5}),
        fc.nat(),
        (k, u, seed) => {
          const lines = [...k, ...u].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7));
          const findings = checkConfig('prod', lines.join('\n')).findings;
          expect(codes(problems(findings))).toEqual([]);
          expect(codes(findings)).toContain('env.config.ok');
          const counted = findings.find((f) => f.code === 'env.config.unrecognised');
          if (u.length === 0) expect(counted).toBeUndefined();
          else expect(counted?.params.count).toBe(u.length);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('multi-profile YAML is judged per profile', () => {
  it('example: a test and a prod profile in one application.yml are fine, whichever environment is chosen', () => {
    for (const choice of ['test', 'prod'] as const) {
      const findings = checkConfig(choice, SPRING_TWO_PROFILES).findings;
      expect(codes(problems(findings)), choice).toEqual([]);
      expect(
        findings.filter((f) => f.code === 'env.config.profile').map((f) => [f.params.profile, f.params.environment]),
      ).toEqual([
        ['test', 'test'],
        ['prod', 'prod'],
      ]);
      expect(codes(findings)).toContain('env.config.profiles-ok');
    }
  });

  it('near miss: a production value inside the test profile is mixed, in that profile only', () => {
    const broken = SPRING_TWO_PROFILES.replace(
      '  audience: https://test.maskinporten.no/',
      '  audience: https://maskinporten.no/',
    );
    const findings = checkConfig('test', broken).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'env.config.profile-mixed',
        params: expect.objectContaining({profile: 'test', prodLines: '13'}),
      }),
    );
    expect(findings).toContainEqual(expect.objectContaining({code: 'env.host.wrong-environment', path: 'L13'}));
    expect(findings.filter((f) => f.code === 'env.config.profile-mixed')).toHaveLength(1);
  });

  it('near miss: without profiles, `---` documents are one configuration and a mix is a mix', () => {
    const text = 'a: https://test.maskinporten.no/token\n---\nb: https://maskinporten.no/\n';
    expect(codes(checkConfig('test', text).findings)).toContain('env.mixed');
  });

  it('property: profiles named for their environment with values of that environment never mix or conflict', () => {
    const profile = fc.constantFrom(
      ['test', 'test'],
      ['dev', 'test'],
      ['tt02', 'test'],
      ['prod', 'prod'],
      ['production', 'prod'],
    );
    fc.assert(
      fc.property(
        fc.array(profile, {minLength: 1, maxLength: 4}),
        fc.constantFrom('test', 'prod'),
        (profiles, choice) => {
          const text = profiles
            .map(([name, env]) => {
              const host = env === 'prod' ? 'maskinporten.no' : 'test.maskinporten.no';
              const api = env === 'prod' ? 'skatteetaten.no' : 'skatteetaten-test.no';
              return [
                `spring.config.activate.on-profile=${name}`,
                `maskinporten.token-endpoint=https\\://${host}/token`,
                `skatteetaten.url=https://inntekt.api.${api}/v1`,
              ].join('\n');
            })
            .join('\n#---\n');
          const findings = checkConfig(choice as 'test', text).findings;
          expect(codes(problems(findings))).toEqual([]);
          expect(findings.filter((f) => f.code === 'env.config.profile')).toHaveLength(profiles.length);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('.properties escapes are read', () => {
  it('example', () => {
    const [value] = scanConfig('maskinporten.token-endpoint=https\\://test.maskinporten.no/token').values;
    expect(value).toMatchObject({
      value: 'https://test.maskinporten.no/token',
      kind: 'tokenEndpoint',
      environment: 'test',
    });
  });

  it('a continued line is one value; a .env path that ends in a backslash does not swallow the next line', () => {
    const continued = 'maskinporten.audience=https\\://maskinporten.no\\\n    /\n';
    expect(scanConfig(continued).values.map((v) => v.value)).toEqual(['https://maskinporten.no/']);
    const windows = 'CERT_DIR=C:\\certs\\\nMASKINPORTEN_AUDIENCE=https://maskinporten.no/';
    expect(scanConfig(windows).values.map((v) => v.line)).toEqual([2]);
  });

  it('property: any known address with its : and = escaped reads as the address', () => {
    const url = fc.constantFrom(
      'https://maskinporten.no/token',
      'https://test.maskinporten.no/jwk',
      'https://tjenestepensjonsavtale.api.skatteetaten-test.no/v1?a=b',
    );
    fc.assert(
      fc.property(url, fc.constantFrom('=', ':', ' = ', ' : '), (address, separator) => {
        const escaped = address.replace(/[:=]/g, (c) => `\\${c}`);
        const [value] = scanConfig(`some.key${separator}${escaped}`).values;
        expect(value?.value).toBe(address);
      }),
      {numRuns: RUNS},
    );
  });
});

const PRIVATE_D = 'Xn4s0pP3cr3tD_' + 'q'.repeat(60);
const PRIVATE_JWK = {kty: 'RSA', kid: 'k1', n: 'sXch', e: 'AQAB', d: PRIVATE_D, p: 'p1', q: 'q1'};

describe('a private JWK in a config is refused as the other tools refuse it', () => {
  const forms: Record<string, string> = {
    'NAIS .env': `MASKINPORTEN_CLIENT_ID=abc\nMASKINPORTEN_CLIENT_JWK='${JSON.stringify(PRIVATE_JWK)}'`,
    'appsettings.json': JSON.stringify(
      {Maskinporten: {Authority: 'https://test.maskinporten.no/', Jwk: PRIVATE_JWK}},
      null,
      2,
    ),
    'escaped JSON string': `{"Jwk": ${JSON.stringify(JSON.stringify(PRIVATE_JWK))}}`,
    'YAML block': `maskinporten:\n  jwk:\n    kty: RSA\n    n: sXch\n    e: AQAB\n    d: ${PRIVATE_D}\n`,
    properties: `maskinporten.jwk.kty=RSA\nmaskinporten.jwk.d=${PRIVATE_D}`,
    PEM: `key: |\n  -----BEGIN PRIVATE KEY-----\n  MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n  -----END PRIVATE KEY-----`,
  };

  it.each(Object.entries(forms))('%s: one finding, nothing read or shown', (_name, text) => {
    const result = checkConfig('test', text);
    expect(result.values).toEqual([]);
    expect(codes(result.findings)).toEqual(['env.config.private-key']);
    expect(JSON.stringify(result)).not.toContain(PRIVATE_D);
  });

  it('near miss: a public JWK and an x5c certificate are not private keys', () => {
    const pub = `MASKINPORTEN_PUBLIC_JWK='${JSON.stringify({kty: 'RSA', kid: 'k1', n: 'sXch', e: 'AQAB'})}'\nA=https://test.maskinporten.no/`;
    expect(codes(checkConfig('test', pub).findings)).toEqual(['env.config.ok']);
  });

  it('property: a private JWK anywhere among ordinary lines, in any form, is refused and never echoed', () => {
    const ordinary = fc.constantFrom(
      'MASKINPORTEN_AUDIENCE=https://test.maskinporten.no/',
      'scope: skatteetaten:inntekt',
      'LOG_LEVEL=debug',
      '# comment',
      '',
    );
    fc.assert(
      fc.property(
        fc.array(ordinary, {maxLength: 8}),
        fc.nat(),
        fc.constantFrom(...Object.values(forms)),
        (lines, at, secret) => {
          const all: string[] = [...lines];
          all.splice(at % (lines.length + 1), 0, secret);
          const result = checkConfig('test', all.join('\n'));
          expect(codes(result.findings)).toEqual(['env.config.private-key']);
          expect(JSON.stringify(result)).not.toContain(PRIVATE_D);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('scopes and consumer_org in a config get the findings the inspector gives for them (issue 20)', () => {
  /** The inspector's findings on a grant with this claim, at that claim, without their paths. */
  const inspectorSays = (claim: 'scope' | 'consumer_org', value: string): unknown[] =>
    inspectToken(tok(GRANT_HEADER, {...GRANT_CLAIMS_OK, [claim]: value}), {environment: 'prod', now: NOW})
      .findings.filter((f) => f.path?.startsWith(`claims.${claim}`))
      .map((f) => [f.code, f.severity, f.params]);
  const configSays = (text: string): unknown[] =>
    checkConfig('prod', text)
      .findings.filter((f) => f.path === 'L1')
      .map((f) => [f.code, f.severity, f.params]);

  it('examples: an upper-case scope, a comma-separated list, 0192: in consumer_org', () => {
    const upper = configSays('MASKINPORTEN_SCOPES=Skatteetaten:inntekt');
    expect(upper).toContainEqual([
      'scope.uppercase',
      'error',
      expect.objectContaining({lowercase: 'skatteetaten:inntekt'}),
    ]);
    expect(upper).toEqual(inspectorSays('scope', 'Skatteetaten:inntekt'));
    const comma = 'skatteetaten:inntekt,skatteetaten:inntektsmottakere';
    expect(configSays(`scope: ${comma}`).map((f) => (f as unknown[])[0])).toContain('scope.separator');
    expect(configSays(`scope: ${comma}`)).toEqual(inspectorSays('scope', comma));
    expect(configSays('consumer_org: "0192:910753614"')).toEqual([
      ['grant.consumer-org.invalid', 'error', {actual: '0192:910753614', suggestion: '910753614'}],
    ]);
    expect(configSays('consumer_org: "0192:910753614"')).toEqual(inspectorSays('consumer_org', '0192:910753614'));
  });

  it('a YAML list and a JSON array of scopes are one scope per item, as the application holds them', () => {
    const yaml = 'maskinporten:\n  scopes:\n    - skatteetaten:inntekt\n    - Nav:aareg/v1/arbeidsforhold/otp\n';
    expect(scanConfig(yaml).values.map((v) => [v.line, v.kind, v.value])).toEqual([
      [3, 'scope', 'skatteetaten:inntekt'],
      [4, 'scope', 'Nav:aareg/v1/arbeidsforhold/otp'],
    ]);
    expect(codes(problems(checkConfig('test', yaml).findings))).toEqual(['scope.uppercase']);
    const json =
      '{\n  "Maskinporten": {\n    "Scopes": ["skatteetaten:inntekt", "skatteetaten:inntektsmottakere"]\n  }\n}';
    expect(codes(checkConfig('test', json).findings)).toEqual(['scope.known', 'scope.known', 'env.config.ok']);
  });

  it('property: for any scope text and any consumer_org, the config checker says what the inspector says', () => {
    const piece = fc.constantFrom(
      'skatteetaten:inntekt',
      'Skatteetaten:inntekt',
      'nav:aareg/v1/arbeidsforhold/otp',
      'NAV:aareg/v1/arbeidsforhold/otplan/v1/saldoopplysninger',
      'skatteetaten:inntektsmotakere',
      'inntektsmottakere',
      'skatteetaten:inntektskatteetaten:inntektsmottakere',
    );
    const separator = fc.constantFrom(' ', ',', ', ', ';', ' og ', '/', '  ');
    const scopeText = fc
      .array(fc.tuple(piece, separator), {minLength: 1, maxLength: 4})
      .map((parts) => parts.map(([p, s], i) => (i === parts.length - 1 ? p : `${p}${s}`)).join(''));
    const org = fc.constantFrom('0192:910753614', '910753614', '910 753 614', '910753615', 'abc', '0192:91075361');
    fc.assert(
      fc.property(
        scopeText,
        org,
        fc.constantFrom('MASKINPORTEN_SCOPES=', 'scope: ', 'maskinporten.scopes='),
        (s, o, key) => {
          expect(configSays(`${key}${s}`)).toEqual(inspectorSays('scope', s));
          expect(configSays(`MASKINPORTEN_CONSUMER_ORG=${o}`)).toEqual(inspectorSays('consumer_org', o));
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('a password or secret is never read as a certificate setting', () => {
  it('example and near miss: the keystore path is read, its password is not, even with a test or prod word', () => {
    const text = [
      'KEYSTORE_PATH=/run/secrets/virksomhetssertifikat-prod.p12',
      'KEYSTORE_PASSWORD=hemmelig-prod-2026',
      'maskinporten.keystore.pass=test1234',
      'CERT_SECRET=buypass-test',
    ].join('\n');
    expect(scanConfig(text).values.map((v) => [v.line, v.value])).toEqual([
      [1, '/run/secrets/virksomhetssertifikat-prod.p12'],
    ]);
  });

  it('property: whatever a password key holds, it is in no value and no finding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('KEYSTORE_PASSWORD', 'keystore.password', 'CERT_PASS', 'sertifikat.passord', 'P12_SECRET'),
        fc.stringMatching(/^[A-Za-z0-9!-]{6,20}$/).map((s) => `${s}-prod`),
        (key, secret) => {
          const result = checkConfig('test', `${key}=${secret}\nKEYSTORE=virksomhet-test.p12`);
          expect(JSON.stringify(result)).not.toContain(secret);
        },
      ),
      {numRuns: RUNS},
    );
  });
});
