// One real input per finding code: what a reader types, pastes or opens in one of the site's tools (or passes to
// the command line), that makes the tool say that code. The unit test runs each through the lib as the tool's
// component does (./run-lib.ts) and checks the code is among the findings; a later command line runs the same
// table. Keys, certificates and times are made when a case runs (./material.ts), from the unit tests' fixtures.
import 'reflect-metadata';
import {KeyUsageFlags} from '@peculiar/x509';
import type {FindingCode} from '../../src/lib/findings';
import {CARRIED_CA_CERTIFICATES} from '../../src/lib/carried-ca-certificates';
import {BUYPASS_TEST4_CA1, csrAndPkcs7, keysFor, rsaPssCertificate} from '../unit/lib/cert-fixtures';
import type {CertInput, ConfigInput, ExplainInput, FindingCase, GrantBuilderInput, TokenInput} from './case-input';
import {
  accessClaims,
  accessToken,
  b64url,
  caCertificate,
  certificate,
  CLIENT_ID,
  DAY,
  grantClaims,
  grantToken,
  ISSUER,
  KID,
  KID_HEADER,
  nowSeconds,
  ORGNR,
  ORGNR_BAD_CHECKSUM,
  otherKeys,
  pemOf,
  privateJwkText,
  privateKeyPem,
  publicJwk,
  publicJwkText,
  publicKeyPem,
  signed,
  signingKeys,
  tok,
  without,
} from './material';

type Awaitable<T> = Promise<T> | T;

const token = (code: FindingCode, input: () => Awaitable<TokenInput>): FindingCase => ({code, tool: 'token', input});
const scope = (code: FindingCode, text: string): FindingCase => ({code, tool: 'scope', input: () => ({text})});
const config = (code: FindingCode, input: ConfigInput): FindingCase => ({
  code,
  tool: 'config',
  input: () => input,
});
/** A configuration file for the test environment (or the one given). */
const configFile = (code: FindingCode, text: string, environment = 'test', name = 'application.properties') =>
  config(code, {environment, files: [{name, text}]});
const cert = (code: FindingCode, input: () => Awaitable<CertInput>): FindingCase => ({code, tool: 'cert', input});
const explain = (code: FindingCode, text: string): FindingCase => ({
  code,
  tool: 'explain',
  input: (): ExplainInput => ({text}),
});
const builder = (code: FindingCode, input: GrantBuilderInput): FindingCase => ({
  code,
  tool: 'grant-builder',
  input: () => input,
});

/** A grant for test, as pasted, with the claims changed (undefined: left out). */
const grant = (more: Record<string, unknown> = {}, header: Record<string, unknown> = KID_HEADER): string =>
  tok(header, Object.fromEntries(Object.entries(grantClaims('test', more)).filter(([, value]) => value !== undefined)));
const inTest = (text: string, more: Partial<TokenInput> = {}): TokenInput => ({
  token: text,
  environment: 'test',
  ...more,
});

/** A certificate as its .cer file (DER bytes). */
const cerFile = (der: Uint8Array, name = 'virksomhet.cer') => ({name, bytes: der});

/** A CA certificate the site carries (Buypass's SEID 2 test issuing CA, public), as its PEM. */
const carriedIssuingCaPem = (): string => pemOf(CARRIED_CA_CERTIFICATES['buypass-g2-st-business-test']);

/** The name of a CA the site neither carries nor knows. */
const EXAMPLE_CA = 'CN=Eksempel Issuing CA, O=Eksempel CA AS, C=NO';

let csrAndP7b: ReturnType<typeof csrAndPkcs7> | undefined;
/** A CSR and a .p7b bundle, made once with openssl (one RSA key generation). */
async function csrAndBundle(): Promise<ReturnType<typeof csrAndPkcs7>> {
  csrAndP7b ??= csrAndPkcs7((await certificate()).pem);
  return csrAndP7b;
}

const TOKEN_CASES: readonly FindingCase[] = [
  // The pasted text
  // The site analyses only a field with something in it: here an empty JSON string, quotes and nothing inside.
  token('jwt.empty', () => inTest('""')),
  token('jwt.too-large', () => inTest(`${grantToken()}${'A'.repeat(64 * 1024)}`)),
  token('jwt.bearer-prefix', () => inTest(`Bearer ${accessToken()}`)),
  token('jwt.quotes', () => inTest(`"${grantToken()}"`)),
  token('jwt.token-response', () =>
    inTest(JSON.stringify({access_token: accessToken(), token_type: 'Bearer', expires_in: 119, scope: 'x:y'})),
  ),
  token('jwt.from-json-body', () =>
    inTest(
      JSON.stringify({grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: grantToken()}, null, 2),
    ),
  ),
  token('jwt.from-form-body', () =>
    inTest(`grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${grantToken()}`),
  ),
  token('jwt.from-curl', () =>
    inTest(
      `curl -X POST https://test.maskinporten.no/token -H 'Content-Type: application/x-www-form-urlencoded' --data-urlencode 'grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer' --data-urlencode 'assertion=${grantToken()}'`,
    ),
  ),
  token('jwt.several-tokens', () => inTest(`${grantToken()}\n\n${accessToken()}`)),
  token('jwt.whitespace', () => {
    const [h, p, s] = grantToken().split('.');
    return inTest(`${h}.${p}.\n${s}`);
  }),
  token('jwt.malformed', () => inTest(grantToken().split('.').slice(0, 2).join('.'))),
  token('jwt.encrypted', () =>
    inTest(
      `${b64url({alg: 'RSA-OAEP-256', enc: 'A256GCM'})}.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZ.48V1_ALb6US04U3b.5eym8.XFBoMY`,
    ),
  ),
  token('jwt.base64', () => {
    const [h, p] = grantToken().split('.');
    return inTest(`${h}.${p}.c2lnbmF0dXJl+/==`);
  }),
  token('jwt.base64.decode', () => {
    // The claims part one character too long for base64: a character added when copying.
    const [h, p = '', s] = grantToken().split('.');
    return inTest(`${h}.${p}${'A'.repeat((5 - (p.length % 4)) % 4)}.${s}`);
  }),
  token('jwt.json', () => inTest(`${b64url(KID_HEADER)}.${b64url('{"aud": "https://test.maskinporten.no/",')}.c2ln`)),
  token('jwt.not-object', () => inTest(`${b64url(KID_HEADER)}.${b64url('"skatteetaten:inntektsmottakere"')}.c2ln`)),
  token('jwt.alg-none', () => inTest(`${b64url({alg: 'none'})}.${b64url(grantClaims())}.`)),
  token('jwt.signature-empty', () => inTest(`${b64url(KID_HEADER)}.${b64url(grantClaims())}.`)),
  token('jwt.unknown-type', () =>
    inTest(tok(KID_HEADER, {iss: 'https://login.eksempel.no', sub: 'ola', aud: 'min-app', exp: nowSeconds() + 60})),
  ),
  token('jwt.private-key', async () => inTest(await privateKeyPem(signingKeys()))),
  token('jwt.crit-unsupported', () => inTest(grant({}, {...KID_HEADER, crit: ['exp']}))),
  token('jwt.duplicate-member', () => {
    const claims = JSON.stringify(grantClaims()).replace(/^\{/, '{"scope":"nav:aareg/v1/arbeidsforhold/otp",');
    return inTest(`${b64url(KID_HEADER)}.${b64url(claims)}.c2ln`);
  }),
  token('jwt.hidden-characters', () => inTest(grant({iss: `${CLIENT_ID}\u200b`}))),

  // The grant
  token('grant.alg.unsupported', () => inTest(grant({}, {alg: 'HS256', kid: KID}))),
  token('grant.key.missing', () => inTest(grant({}, {alg: 'RS256'}))),
  token('grant.x5c.not-array', async () => inTest(grant({}, {alg: 'RS256', x5c: (await certificate()).x5c}))),
  token('grant.aud.missing', () => inTest(grant({aud: undefined}))),
  token('grant.aud.array', () => inTest(grant({aud: [ISSUER.test]}))),
  token('grant.aud.wrong-environment', () => inTest(grant({aud: ISSUER.prod}))),
  token('grant.aud.token-endpoint', () => inTest(grant({aud: 'https://test.maskinporten.no/token'}))),
  token('grant.aud.trailing-slash', () => inTest(grant({aud: 'https://test.maskinporten.no'}))),
  token('grant.aud.retired-host', () => inTest(grant({aud: 'https://ver2.maskinporten.no/'}))),
  token('grant.aud.http', () => inTest(grant({aud: 'http://test.maskinporten.no/'}))),
  token('grant.aud.unknown', () => inTest(grant({aud: 'https://api.eksempel.no/'}))),
  token('grant.iss.missing', () => inTest(grant({iss: undefined}))),
  token('grant.scope.missing', () => inTest(grant({scope: undefined}))),
  token('grant.scope.not-string', () => inTest(grant({scope: ['skatteetaten:inntektsmottakere']}))),
  token('grant.iat.missing', () => inTest(grant({iat: undefined}))),
  token('grant.exp.missing', () => inTest(grant({exp: undefined}))),
  token('grant.time.not-number', () => inTest(grant({iat: new Date().toISOString()}))),
  token('grant.time.milliseconds', () => inTest(grant({iat: Date.now(), exp: Date.now() + 120_000}))),
  token('grant.lifetime.too-long', () => inTest(grant({exp: nowSeconds() + 3600}))),
  token('grant.lifetime.negative', () => inTest(grant({iat: nowSeconds() + 5, exp: nowSeconds() + 5}))),
  token('grant.iat.future', () => inTest(grant({iat: nowSeconds() + 600, exp: nowSeconds() + 700}))),
  token('grant.expired', () => inTest(grant({iat: nowSeconds() - 600, exp: nowSeconds() - 480}))),
  token('grant.jti.missing', () => inTest(grant({jti: undefined}))),
  token('grant.claim.unknown', () => inTest(grant({sub: CLIENT_ID}))),
  token('grant.claim.unknown-more', () =>
    inTest(grant(Object.fromEntries(Array.from({length: 25}, (_, i) => [`felt${i + 1}`, i])))),
  ),
  token('grant.resource.not-array', () =>
    inTest(grant({scope: 'nav:aareg/v1/arbeidsforhold/otp', resource: 'https://arbeidsforhold-gw.nav.no'})),
  ),
  token('grant.resource.skatteetaten', () =>
    inTest(grant({resource: ['https://inntektsmottakere.api.skatteetaten-test.no']})),
  ),
  token('grant.delegation.both', () => inTest(grant({consumer_org: ORGNR, iss_onbehalfof: 'pensjonskasse'}))),
  token('grant.consumer-org.invalid', () => inTest(grant({consumer_org: `0192:${ORGNR}`}))),
  token('grant.consumer-org.checksum', () => inTest(grant({consumer_org: ORGNR_BAD_CHECKSUM}))),
  token('grant.aud.not-exact', () => inTest(grant({aud: 'https://TEST.maskinporten.no/'}))),
  token('grant.header.remote-key', () =>
    inTest(grant({}, {...KID_HEADER, jku: 'https://pensjon.eksempel.no/.well-known/jwks.json'})),
  ),
  token('grant.consumer-org.not-string', () => inTest(grant({consumer_org: Number(ORGNR)}))),
  token('grant.time.microseconds', () => inTest(grant({iat: Date.now() * 1000, exp: (Date.now() + 120_000) * 1000}))),
  token('grant.time.out-of-range', () => inTest(grant({iat: -1}))),

  // The access token
  token('token.iss.wrong-environment', () => inTest(accessToken('prod'))),
  token('token.iss.unknown', () => inTest(accessToken('test', {iss: 'https://ver2.maskinporten.no/'}))),
  token('token.expired', () => inTest(accessToken('test', {iat: nowSeconds() - 300, exp: nowSeconds() - 180}))),
  token('token.scope.missing-expected', () =>
    inTest(accessToken(), {scope: 'skatteetaten:inntektsmottakere nav:aareg/v1/arbeidsforhold/otp'}),
  ),
  token('token.consumer.invalid', () => inTest(tok(KID_HEADER, without(accessClaims(), 'consumer')))),
  token('token.consumer.orgnr', () => inTest(accessToken())),
  token('token.delegated', () =>
    inTest(
      accessToken('test', {
        supplier: {authority: 'iso6523-actorid-upis', ID: '0192:991825827'},
        delegation_source: 'https://tt02.altinn.no',
      }),
    ),
  ),
  token('token.aud.restricted', () => inTest(accessToken('test', {aud: 'https://api.eksempel.no'}))),
  token('token.lifetime.long', () => inTest(accessToken('test', {iat: nowSeconds() - 20, exp: nowSeconds() + 3580}))),
  token('token.exp.missing', () => inTest(tok(KID_HEADER, without(accessClaims(), 'exp')))),
  token('token.time.not-number', () => inTest(accessToken('test', {exp: String(nowSeconds() + 100)}))),
  token('token.time.milliseconds', () => inTest(accessToken('test', {exp: (nowSeconds() + 100) * 1000}))),
  token('token.time.microseconds', () => inTest(accessToken('test', {exp: (nowSeconds() + 100) * 1_000_000}))),
  token('token.time.out-of-range', () => inTest(accessToken('test', {exp: 1e20}))),

  // The signature
  token('sig.valid', async () =>
    inTest(await signed(KID_HEADER, grantClaims(), signingKeys()), {key: await publicJwkText(signingKeys())}),
  ),
  token('sig.invalid', async () =>
    inTest(await signed(KID_HEADER, grantClaims(), signingKeys()), {key: await publicJwkText(otherKeys())}),
  ),
  token('sig.key-not-x5c', async () => {
    // Signed with another key than the one in the certificate it carries; that other key pasted.
    const leaf = await certificate();
    const text = await signed({alg: 'RS256', x5c: [leaf.x5c]}, grantClaims(), otherKeys());
    return inTest(text, {key: await publicJwkText(otherKeys())});
  }),
  token('sig.not-checked-malformed', () => {
    const [h, p] = grantToken().split('.');
    return inTest(`${h}.${p}.c2lnbmF0dXJl+/==`, {key: '{"kty":"RSA"}'});
  }),
  token('sig.no-matching-key', async () =>
    inTest(grantToken(), {key: JSON.stringify({keys: [{...(await publicJwk(signingKeys())), kid: 'forrige-nokkel'}]})}),
  ),
  token('sig.no-key', () => inTest(grantToken())),
  token('sig.key-invalid', () => inTest(grantToken(), {key: 'min offentlige nøkkel'})),
  token('sig.key-private', async () => inTest(grantToken(), {key: await privateJwkText(signingKeys())})),
  token('sig.alg-mismatch', async () =>
    inTest(grantToken(), {key: await publicJwkText(signingKeys(), {alg: 'RS512'})}),
  ),
  token('sig.key-too-small', async () =>
    inTest(grantToken(), {key: await publicJwkText(keysFor({kind: 'rsa', bits: 1024}, 'leaf'))}),
  ),

  // The grant's certificate (x5c), read by the token inspector
  token('cert.invalid', () => inTest(grant({}, {alg: 'RS256', x5c: ['MIIFfTCCA2WgAwIBAgIKFAKE']}))),
  token('cert.consumer-org-same', async () =>
    inTest(grant({consumer_org: ORGNR}, {alg: 'RS256', x5c: [(await certificate()).x5c]})),
  ),
  token('cert.x5c.order', async () => {
    const ca = await caCertificate(EXAMPLE_CA, 'ca');
    const leaf = await certificate({issuer: EXAMPLE_CA});
    return inTest(grant({}, {alg: 'RS256', x5c: [ca.x5c, leaf.x5c]}));
  }),
  token('cert.x5c.link', async () => {
    const leaf = await certificate({issuer: EXAMPLE_CA});
    const other = await caCertificate('CN=Annen CA, O=Annen CA AS, C=NO', 'leaf2');
    return inTest(grant({}, {alg: 'RS256', x5c: [leaf.x5c, other.x5c]}));
  }),
];

const SCOPE_CASES: readonly FindingCase[] = [
  // As for jwt.empty: the site checks only a field with something in it.
  scope('scope.empty', '""'),
  scope('scope.too-long', 'skatteetaten:inntektsmottakere '.repeat(300)),
  scope('scope.quotes', '"skatteetaten:inntektsmottakere"'),
  scope('scope.missing-prefix', 'inntektsmottakere'),
  scope('scope.empty-part', 'skatteetaten:'),
  scope('scope.invalid-char', 'skatteetaten:inntektsmottakere\u200b'),
  scope('scope.uppercase', 'Skatteetaten:inntektsmottakere'),
  scope('scope.separator', 'skatteetaten:inntektsmottakere, nav:aareg/v1/arbeidsforhold/otp'),
  scope('scope.concatenated', 'skatteetaten:inntektskatteetaten:inntektsmottakere'),
  scope('scope.duplicate', 'skatteetaten:inntektsmottakere skatteetaten:inntektsmottakere'),
  scope('scope.similar', 'skatteetaten:inntektsmotakere'),
  scope('scope.known', 'skatteetaten:inntektsmottakere'),
  scope('scope.unknown', 'eksempel:pensjon'),
  scope('scope.json-array', '["skatteetaten:inntektsmottakere", "nav:aareg/v1/arbeidsforhold/otp"]'),
  scope('scope.url-encoded', 'skatteetaten%3Ainntektsmottakere+nav%3Aaareg%2Fv1%2Farbeidsforhold%2Fotp'),
  scope('scope.compatibility-char', 'skatteetaten\uff1ainntektsmottakere'),
];

const CONFIG_CASES: readonly FindingCase[] = [
  // Only from the command line: the site's radio gives test or prod, `--env staging` is passed on as typed.
  configFile('env.choice.invalid', 'maskinporten.audience=https://test.maskinporten.no/', 'staging'),
  config('env.url.invalid', {environment: 'test', form: {tokenEndpoint: 'test.maskinporten.no/token'}}),
  configFile('env.scheme.http', 'maskinporten.token-endpoint=http://test.maskinporten.no/token'),
  configFile('env.host.retired', 'maskinporten.audience=https://ver2.maskinporten.no/'),
  configFile('env.host.wrong-environment', 'maskinporten.audience=https://maskinporten.no/'),
  configFile('env.endpoint.wrong-environment', 'maskinporten.token-endpoint=https://maskinporten.no/token'),
  configFile('env.host.unknown', 'maskinporten.audience=https://login.eksempel.no/'),
  configFile('env.token-endpoint.path', 'maskinporten.token-endpoint=https://test.maskinporten.no/oauth2/token'),
  configFile('env.aud.trailing-slash', 'maskinporten.audience=https://test.maskinporten.no'),
  configFile('env.aud.token-endpoint', 'maskinporten.audience=https://test.maskinporten.no/token'),
  configFile('env.aud.path', 'maskinporten.audience=https://test.maskinporten.no/api'),
  configFile('env.jwks.path', 'maskinporten.jwks-url=https://test.maskinporten.no/jwks'),
  configFile(
    'env.well-known.path',
    'MASKINPORTEN_WELL_KNOWN_URL=https://test.maskinporten.no/.well-known/openid-configuration',
    'test',
    '.env',
  ),
  configFile('env.cert.wrong-environment', 'maskinporten.keystore.path=/etc/secrets/virksomhet-prod.p12'),
  configFile(
    'env.api.wrong-environment',
    'skatteetaten.inntektsmottakere.url=https://inntektsmottakere.api.skatteetaten.no/v1',
  ),
  configFile(
    'env.api.known',
    'skatteetaten.inntektsmottakere.url=https://inntektsmottakere.api.skatteetaten-test.no/v1',
  ),
  configFile('env.altinn.wrong-environment', 'altinn.platform.url=https://platform.altinn.no/'),
  config('env.ok', {
    environment: 'test',
    form: {tokenEndpoint: 'https://test.maskinporten.no/token', audience: 'https://test.maskinporten.no/'},
  }),
  configFile('env.not-exact', 'maskinporten.audience=https://test.maskinporten.no:443/'),
  configFile('env.url.not-exact', 'maskinporten.token-endpoint=https://test.maskinporten.no/token?tenant=pensjon'),
  configFile('env.url.same-address', 'maskinporten.token-endpoint=https://TEST.maskinporten.no/token'),
  configFile(
    'env.mixed',
    [
      'maskinporten.audience=https://test.maskinporten.no/',
      'skatteetaten.inntektsmottakere.url=https://inntektsmottakere.api.skatteetaten.no/v1',
    ].join('\n'),
  ),
  configFile(
    'env.config.profile',
    [
      'maskinporten:',
      '  scope: skatteetaten:inntektsmottakere',
      '---',
      'spring.config.activate.on-profile: prod',
      'maskinporten:',
      '  audience: https://maskinporten.no/',
    ].join('\n'),
    'test',
    'application.yml',
  ),
  configFile(
    'env.config.profile-mixed',
    [
      '---',
      'spring.config.activate.on-profile: prod',
      'maskinporten:',
      '  audience: https://maskinporten.no/',
      '  token-endpoint: https://test.maskinporten.no/token',
    ].join('\n'),
    'test',
    'application.yml',
  ),
  configFile(
    'env.config.profiles-ok',
    [
      'spring.config.activate.on-profile: test',
      'maskinporten:',
      '  audience: https://test.maskinporten.no/',
      '---',
      'spring.config.activate.on-profile: prod',
      'maskinporten:',
      '  audience: https://maskinporten.no/',
    ].join('\n'),
    'test',
    'application.yml',
  ),
  configFile(
    'env.config.ok',
    [
      'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token',
      'MASKINPORTEN_AUDIENCE=https://test.maskinporten.no/',
      'MASKINPORTEN_SCOPES=skatteetaten:inntektsmottakere',
    ].join('\n'),
    'test',
    '.env',
  ),
  configFile(
    'env.config.unrecognised',
    [
      'maskinporten.audience=https://test.maskinporten.no/',
      'pensjon.database.url=https://db.pensjon.eksempel.no/',
    ].join('\n'),
  ),
  configFile('env.config.placeholder', 'maskinporten.audience=${MASKINPORTEN_AUDIENCE:https://test.maskinporten.no/}'),
  configFile('env.config.placeholder-unset', 'maskinporten.audience=${MASKINPORTEN_AUDIENCE}'),
  {
    code: 'env.config.private-key',
    tool: 'config',
    input: async () => ({
      environment: 'test',
      files: [
        {
          name: '.env',
          text: `MASKINPORTEN_AUDIENCE=https://test.maskinporten.no/\nMASKINPORTEN_KEY="${(await privateKeyPem(signingKeys())).replace(/\n/g, '\\n')}"`,
        },
      ],
    }),
  },
  configFile('env.config.nothing-found', 'server.port=8080\nlogging.level.root=INFO'),
  configFile(
    'env.config.too-large',
    `maskinporten.audience=https://test.maskinporten.no/\n${'# '.padEnd(100, '-')}\n`.repeat(2700),
  ),
];

const CERT_CASES: readonly FindingCase[] = [
  cert('cert.input.empty', () => ({environment: 'test', file: cerFile(new Uint8Array(0))})),
  // Pasted: a file this large the component refuses itself, with the same finding, before the lib reads it.
  cert('cert.input.too-large', () => ({environment: 'test', text: 'MIIF'.repeat(70_000)})),
  cert('cert.input.image', () => ({
    environment: 'test',
    file: cerFile(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'sertifikat.png',
    ),
  })),
  cert('cert.input.csr', async () => ({environment: 'test', text: (await csrAndBundle()).csrPem})),
  cert('cert.input.ssh-key', () => ({
    environment: 'test',
    text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl drift@pensjon',
  })),
  cert('cert.input.pkcs7', async () => ({
    environment: 'test',
    file: cerFile(new Uint8Array((await csrAndBundle()).p7bDer), 'kjede.p7b'),
  })),
  cert('cert.input.pem-truncated', async () => {
    const pem = (await certificate()).pem;
    return {environment: 'test', text: pem.slice(0, pem.indexOf('-----END'))};
  }),
  cert('cert.input.not-jwk', () => ({
    environment: 'test',
    text: JSON.stringify({access_token: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln', token_type: 'Bearer', expires_in: 119}),
  })),
  cert('cert.input.public-key', async () => ({environment: 'test', text: await publicKeyPem(signingKeys())})),
  cert('cert.input.unreadable', () => ({environment: 'test', text: 'Sertifikatet ligger i vedlegget!'})),
  cert('cert.expired', async () => ({
    environment: 'test',
    file: cerFile((await certificate({notBefore: nowSeconds() - 400 * DAY, notAfter: nowSeconds() - 10 * DAY})).der),
  })),
  cert('cert.not-yet-valid', async () => ({
    environment: 'test',
    file: cerFile((await certificate({notBefore: nowSeconds() + 10 * DAY, notAfter: nowSeconds() + 400 * DAY})).der),
  })),
  cert('cert.wrong-environment', async () => ({
    environment: 'prod',
    text: (await certificate({issuer: BUYPASS_TEST4_CA1})).pem,
  })),
  cert('cert.orgnr', async () => ({environment: 'test', text: (await certificate()).pem})),
  cert('cert.orgnr.missing', async () => ({
    environment: 'test',
    text: (await certificate({subject: 'CN=pensjon.eksempel.no, O=EKSEMPEL AS, C=NO'})).pem,
  })),
  cert('cert.orgnr.checksum', async () => ({
    environment: 'test',
    text: (
      await certificate({subject: `2.5.4.97=NTRNO-${ORGNR_BAD_CHECKSUM}, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO`})
    ).pem,
  })),
  cert('cert.issuer-unknown', async () => ({environment: 'test', text: (await certificate({issuer: EXAMPLE_CA})).pem})),
  // Buypass's own issuing CA certificate, which the site carries, verified up to Buypass's root that it carries.
  cert('cert.issuer-verified', () => ({environment: 'test', text: carriedIssuingCaPem()})),
  cert('cert.issuer-unverified', async () => ({
    environment: 'test',
    text: (await certificate({issuer: BUYPASS_TEST4_CA1})).pem,
  })),
  // Named as Buypass's SEID 2 test CA (which the site carries), signed by another key.
  cert('cert.issuer-signature-invalid', async () => ({environment: 'test', text: (await certificate()).pem})),
  cert('cert.chain.signature-invalid', async () => {
    // The issuer's name is right, its key is not the one that signed the business certificate.
    const leaf = await certificate({issuer: EXAMPLE_CA});
    const impostor = await caCertificate(EXAMPLE_CA, 'leaf2');
    return {environment: 'test', text: `${leaf.pem}\n${impostor.pem}`};
  }),
  cert('cert.chain.not-in-chain', async () => {
    const leaf = await certificate({issuer: EXAMPLE_CA});
    const other = await caCertificate('CN=Annen CA, O=Annen CA AS, C=NO', 'leaf2');
    return {environment: 'test', text: `${leaf.pem}\n${other.pem}`};
  }),
  cert('cert.chain.unreadable', async () => ({
    environment: 'test',
    text: `${(await certificate()).pem}\n-----BEGIN CERTIFICATE-----\nMIIFfTCCA2WgAwIBAgIK\n-----END CERTIFICATE-----\n`,
  })),
  cert('cert.chain.too-long', async () => ({environment: 'test', text: (await certificate()).pem.repeat(11)})),
  cert('cert.chain.order', async () => {
    const leaf = await certificate({issuer: EXAMPLE_CA});
    const ca = await caCertificate(EXAMPLE_CA, 'ca');
    return {environment: 'test', text: `${ca.pem}\n${leaf.pem}`};
  }),
  cert('cert.expires-soon', async () => ({
    environment: 'test',
    file: cerFile((await certificate({notAfter: nowSeconds() + 30 * DAY})).der),
  })),
  cert('cert.self-signed', async () => ({environment: 'test', text: (await certificate({selfSigned: true})).pem})),
  cert('cert.ca-certificate', async () => ({environment: 'test', text: (await caCertificate(EXAMPLE_CA, 'ca')).pem})),
  cert('cert.key-too-small', async () => ({
    environment: 'test',
    text: (await certificate({key: {kind: 'rsa', bits: 1024}})).pem,
  })),
  cert('cert.key-type', async () => ({environment: 'test', text: (await certificate({key: {kind: 'ec'}})).pem})),
  cert('cert.key-rsa-pss', () => ({environment: 'test', text: rsaPssCertificate().publicKeyPem})),
  cert('cert.trailing-bytes', async () => {
    const der = (await certificate()).der;
    const bytes = new Uint8Array(der.length + 2);
    bytes.set(der);
    bytes.set([0x0d, 0x0a], der.length);
    return {environment: 'test', file: cerFile(bytes)};
  }),
  cert('cert.key-usage', async () => ({
    environment: 'test',
    text: (await certificate({keyUsage: KeyUsageFlags.keyEncipherment})).pem,
  })),
  cert('cert.private-material', () => ({
    environment: 'test',
    file: {name: 'virksomhet.p12', bytes: new Uint8Array([0x30, 0x82, 0x0a, 0x1c, 0x02, 0x01, 0x03, 0x30])},
  })),
  cert('cert.jwk.use-enc', async () => ({
    environment: 'test',
    text: JSON.stringify({...(await publicJwk(signingKeys())), use: 'enc'}),
  })),
  cert('cert.jwk.alg', async () => ({
    environment: 'test',
    text: JSON.stringify({...(await publicJwk(signingKeys())), alg: 'RSA-OAEP-256'}),
  })),
  cert('cert.jwks.truncated', async () => {
    const jwk = await publicJwk(signingKeys());
    return {
      environment: 'test',
      text: JSON.stringify({keys: Array.from({length: 21}, (_, i) => ({...jwk, kid: `nokkel-${i + 1}`}))}),
    };
  }),
  cert('cert.kid.invalid', async () => ({
    environment: 'test',
    text: await publicJwkText(signingKeys()),
    kid: 'k'.repeat(201),
  })),
  cert('cert.kid.replaced', async () => ({
    environment: 'test',
    text: await publicJwkText(signingKeys(), {kid: 'pensjon-2025-12'}),
    kid: KID,
  })),
  cert('cert.kid.several-keys', async () => {
    const jwk = await publicJwk(signingKeys());
    const other = await publicJwk(otherKeys());
    return {environment: 'test', text: JSON.stringify({keys: [jwk, other]}), kid: KID};
  }),
];

const oauth = (error: string): string => JSON.stringify({error});
const described = (error: string, description: string): string =>
  JSON.stringify({error, error_description: description});

const EXPLAIN_CASES: readonly FindingCase[] = [
  // Only from the command line (an empty file or argument): the site explains only a field with something in it.
  explain('error.empty', ''),
  explain('error.json', '{"error":"invalid_grant","error_description":"Invalid assertion'),
  explain('error.unknown', 'Noe gikk galt. Prøv igjen senere.'),
  explain('error.mp-100', described('invalid_grant', 'Invalid assertion. Client authentication failed. (MP-100)')),
  explain('error.mp-100-client-not-found', described('invalid_client', 'Client not found (MP-100)')),
  explain(
    'error.mp-110',
    described('invalid_grant', 'Invalid assertion. Client authentication failed. Invalid JWT claim aud (MP-110)'),
  ),
  explain(
    'error.mp-120',
    described(
      'invalid_grant',
      'Invalid assertion. Client authentication failed. The JWT is signed with an invalid certificate. (MP-120)',
    ),
  ),
  explain(
    'error.mp-121',
    described('invalid_grant', 'Invalid assertion. Client authentication failed. Expired key (MP-121)'),
  ),
  explain('error.mp-011', described('invalid_request', 'Invalid assertion. Invalid parameter value (MP-011)')),
  explain(
    'error.consumer-org-combination',
    described('invalid_grant', 'The combination consumer_org in claim and delegation scope on client is invalid'),
  ),
  explain('error.mp-200', described('invalid_scope', 'Token request contains invalid scopes for client (MP-200)')),
  explain(
    'error.mp-201',
    described('invalid_scope', 'Token request contains scopes not allowed for maskinporten (MP-201)'),
  ),
  explain('error.mp-012', described('invalid_grant', 'Grant is used before (MP-012)')),
  explain('error.mp-130', described('invalid_grant', 'JWT is expired (MP-130)')),
  explain(
    'error.mp-122',
    described('invalid_grant', 'Invalid organization number for client. Does not match certificate orgno (MP-122)'),
  ),
  explain('error.mp-123', described('invalid_grant', 'Invalid JWT header x5c (MP-123)')),
  explain('error.mp-124', described('invalid_grant', 'Invalid JWT signature (MP-124)')),
  explain('error.rar', described('invalid_request', 'Invalid authorization_details (MP-301)')),
  explain('error.issue-time-after-now', described('invalid_grant', 'Issue time is after now')),
  explain(
    'error.mp-250',
    `Forbidden: Consumer ${ORGNR} has not been granted access to the scope skatteetaten:inntektsmottakere (MP-250)`,
  ),
  explain(
    'error.mp-251',
    `Forbidden: Consumer ${ORGNR} has not delegated access to the scope skatteetaten:inntektsmottakere to supplier 991825827 (MP-251)`,
  ),
  explain('error.message-mismatch', described('invalid_grant', 'Token has expired (MP-110)')),
  explain('error.message-unmatched', described('invalid_grant', 'Something is wrong with the request (MP-110)')),
  explain('error.mp-unknown', described('invalid_grant', 'MP-999')),
  explain('error.oauth.invalid-grant', oauth('invalid_grant')),
  explain('error.oauth.invalid-client', oauth('invalid_client')),
  explain('error.oauth.invalid-scope', oauth('invalid_scope')),
  explain('error.oauth.unauthorized-client', oauth('unauthorized_client')),
  explain('error.oauth.invalid-request', oauth('invalid_request')),
  explain('error.oauth.unsupported-grant-type', oauth('unsupported_grant_type')),

  // An API's own error
  explain(
    'api.skatteetaten.error',
    '{"kode":"OTP-005","melding":"Ikke autorisert","korrelasjonsid":"7f3c2a9e-1b4d-4c6e-9a8f-2d5e6b7c8a9f"}',
  ),
  explain('api.skatteetaten.which-api', '{"kode":"IM-005","melding":"Ikke autorisert"}'),
  explain('api.skatteetaten.error-in', '{"kode":"IM-005","melding":"Ikke autorisert"}'),
  explain('api.skatteetaten.unknown-code', '{"kode":"OTP-999","melding":"Ukjent feil"}'),
  explain(
    'api.nav.error',
    JSON.stringify({
      data: null,
      errors: [
        {message: 'AA-051: Ugyldig forespørsel', extensions: {code: 'AA-051', classification: 'ValidationError'}},
      ],
    }),
  ),
  explain('api.nav.unknown-code', JSON.stringify({data: null, errors: [{message: 'AA-999: Ukjent'}]})),
  explain(
    'api.correlation-id',
    '{"kode":"IM-004","melding":"Ikke autentisert","korrelasjonsid":"9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f"}',
  ),
];

const BUILDER_CASES: readonly FindingCase[] = [
  builder('builder.client-id.missing', {
    environment: 'test',
    clientId: '',
    scopes: 'skatteetaten:inntektsmottakere',
    keyKind: 'x5c',
  }),
  builder('builder.kid.missing', {
    environment: 'prod',
    clientId: CLIENT_ID,
    scopes: 'nav:aareg/v1/arbeidsforhold/otp',
    keyKind: 'kid',
    kid: '',
  }),
];

/** One case per finding code, in the catalogue's groups. */
export const FINDING_CASES: readonly FindingCase[] = [
  ...TOKEN_CASES,
  ...SCOPE_CASES,
  ...CONFIG_CASES,
  ...CERT_CASES,
  ...EXPLAIN_CASES,
  ...BUILDER_CASES,
];

/**
 * Codes that no input to any tool can give, with the reason. Empty: every code has a case above. (A code added
 * here needs a reason a reviewer can check in the lib; prefer finding the input.)
 */
export const UNREACHABLE_CODES: Readonly<Partial<Record<FindingCode, string>>> = {};
