// One table of cases for the command and the tools: each case is an input as a reader gives it to a tool (a pasted
// scope list, an error text, a configuration, a certificate file, a token and a key) and as a pipeline gives it
// to the command. cli-vs-tools.test.ts runs every case both ways and requires the same codes.
import {exportJWK, exportPKCS8, exportSPKI, generateKeyPair} from 'jose';
import {BUYPASS_PROD_G2, DAY, makeCert, NOW} from '../lib/cert-fixtures';
import {sign, tok} from '../lib/fixtures';

export {NOW};

export type Environment = 'test' | 'prod';

interface Base {
  readonly name: string;
  /** Codes that must be among the findings (so a case cannot pass by finding nothing both ways). */
  readonly expect: readonly string[];
  /** The input is a private key: the tool says so with a finding, the command refuses with exit 2. */
  readonly privateKey?: true;
}

export type ToolCase = Base &
  (
    | {readonly command: 'scope'; readonly text: string}
    | {readonly command: 'explain'; readonly text: string}
    | {readonly command: 'config'; readonly env: Environment; readonly fileName: string; readonly text: string}
    | {
        readonly command: 'cert';
        readonly env: Environment;
        readonly fileName: string;
        readonly bytes: () => Promise<Uint8Array>;
        readonly warnDays?: number;
        readonly errorDays?: number;
      }
    | {
        readonly command: 'token';
        readonly env: Environment;
        readonly token: () => Promise<string>;
        readonly key?: () => Promise<string>;
        readonly scopes?: string;
      }
  );

const TEST_AUD = 'https://test.maskinporten.no/';

let keys: Promise<{token: string; jwks: string; privatePem: string; privateJwk: string}> | undefined;
/** A grant signed with a fresh key, its public JWKS, and the private key in the forms people paste by mistake. */
function signed(): Promise<{token: string; jwks: string; privatePem: string; privateJwk: string}> {
  keys ??= (async () => {
    const pair = await generateKeyPair('RS256', {extractable: true});
    const token = await sign(
      {alg: 'RS256', kid: 'nokkel-1'},
      {
        aud: TEST_AUD,
        iss: 'min-klient',
        scope: 'nav:aareg/v1/arbeidsforhold/otp',
        iat: NOW - 10,
        exp: NOW + 100,
        jti: '0d4bc6c2-97a1-4d7e-9d5e-5b8b2f3b9a11',
      },
      pair.privateKey,
    );
    const jwk = {...(await exportJWK(pair.publicKey)), kid: 'nokkel-1', alg: 'RS256', use: 'sig'};
    return {
      token,
      jwks: JSON.stringify({keys: [jwk]}),
      privatePem: await exportPKCS8(pair.privateKey),
      privateJwk: JSON.stringify(await exportJWK(pair.privateKey)),
    };
  })();
  return keys;
}

const pem = async (spec: Parameters<typeof makeCert>[0]): Promise<Uint8Array> =>
  new TextEncoder().encode((await makeCert(spec)).pem);

export const TOOL_CASES: readonly ToolCase[] = [
  {
    name: 'scope: known DSOP scopes',
    command: 'scope',
    text: 'skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp',
    expect: ['scope.known'],
  },
  {name: 'scope: upper case is an error', command: 'scope', text: 'Skatteetaten:inntekt', expect: ['scope.uppercase']},
  {
    name: 'scope: comma separated',
    command: 'scope',
    text: 'skatteetaten:inntekt,nav:aareg/v1/arbeidsforhold/otp',
    expect: [],
  },
  {name: 'scope: invisible characters', command: 'scope', text: 'skatteetaten:inn\u200btekt', expect: []},
  {
    name: 'explain: MP-110 response',
    command: 'explain',
    text: '{"error":"invalid_grant","error_description":"Invalid assertion. Client authentication failed. (MP-110)"}',
    expect: [],
  },
  {name: 'explain: OAuth error without code', command: 'explain', text: '{"error":"invalid_scope"}', expect: []},
  {name: 'explain: unknown text', command: 'explain', text: 'noe helt annet', expect: ['error.unknown']},
  {
    name: 'config: test endpoint in a production .env',
    command: 'config',
    env: 'prod',
    fileName: 'prod.env',
    text: 'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token\nMASKINPORTEN_AUDIENCE=https://maskinporten.no/\nMASKINPORTEN_SCOPES=skatteetaten:inntekt\n',
    expect: ['env.mixed'],
  },
  {
    name: 'config: a correct test application.properties',
    command: 'config',
    env: 'test',
    fileName: 'application.properties',
    text: 'maskinporten.token-endpoint=https://test.maskinporten.no/token\nmaskinporten.audience=https://test.maskinporten.no/\n',
    expect: ['env.config.ok'],
  },
  {
    name: 'config: application.yml with two profiles',
    command: 'config',
    env: 'prod',
    fileName: 'application.yml',
    text: [
      'spring.config.activate.on-profile: test',
      'maskinporten:',
      '  token-endpoint: https://test.maskinporten.no/token',
      '---',
      'spring.config.activate.on-profile: prod',
      'maskinporten:',
      '  token-endpoint: https://maskinporten.no/token',
      '  audience: https://test.maskinporten.no/',
      '',
    ].join('\n'),
    expect: ['env.config.profile'],
  },
  {
    name: 'config: a private key in the configuration',
    command: 'config',
    env: 'prod',
    fileName: 'secrets.env',
    text: 'MASKINPORTEN_KEY="-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"\n',
    expect: ['env.config.private-key'],
    privateKey: true,
  },
  {
    name: 'cert: production certificate with 30 days left',
    command: 'cert',
    env: 'prod',
    fileName: 'virksomhet.pem',
    bytes: () => pem({issuer: BUYPASS_PROD_G2, notAfter: NOW + 30 * DAY, serial: '31'}),
    expect: ['cert.expires-soon'],
  },
  {
    name: 'cert: 5 days left is an error',
    command: 'cert',
    env: 'test',
    fileName: 'test.pem',
    bytes: () => pem({notAfter: NOW + 5 * DAY, serial: '32'}),
    expect: ['cert.expires-soon'],
  },
  {
    name: 'cert: 80 days left with --warn-days 90',
    command: 'cert',
    env: 'test',
    fileName: 'test.pem',
    bytes: () => pem({notAfter: NOW + 80 * DAY, serial: '33'}),
    warnDays: 90,
    expect: ['cert.expires-soon'],
  },
  {
    name: 'cert: a test certificate for production',
    command: 'cert',
    env: 'prod',
    fileName: 'test.cer',
    bytes: async () => (await makeCert({serial: '34'})).der,
    expect: ['cert.wrong-environment'],
  },
  {
    name: 'cert: binary junk',
    command: 'cert',
    env: 'test',
    fileName: 'junk.bin',
    bytes: async () => new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3, 255]),
    expect: [],
  },
  {
    name: 'cert: an image',
    command: 'cert',
    env: 'test',
    fileName: 'bilde.png',
    bytes: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]),
    expect: ['cert.input.image'],
  },
  {
    name: 'cert: a private key PEM',
    command: 'cert',
    env: 'test',
    fileName: 'nokkel.pem',
    bytes: async () => new TextEncoder().encode((await signed()).privatePem),
    expect: ['cert.private-material'],
    privateKey: true,
  },
  {
    name: 'token: a signed grant with its JWKS',
    command: 'token',
    env: 'test',
    token: async () => (await signed()).token,
    key: async () => (await signed()).jwks,
    expect: [],
  },
  {
    name: 'token: the same grant judged for production',
    command: 'token',
    env: 'prod',
    token: async () => (await signed()).token,
    expect: ['sig.no-key'],
  },
  {
    name: 'token: an access token missing an expected scope',
    command: 'token',
    env: 'prod',
    token: async () =>
      tok(
        {alg: 'RS256', kid: 'mp'},
        {
          iss: 'https://maskinporten.no/',
          client_amr: 'virksomhetssertifikat',
          token_type: 'Bearer',
          client_id: 'min-klient',
          scope: 'skatteetaten:inntekt',
          iat: NOW - 10,
          exp: NOW + 100,
          jti: 'abc',
          consumer: {authority: 'iso6523-actorid-upis', ID: '0192:910753614'},
        },
      ),
    scopes: 'skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp',
    expect: [],
  },
  {name: 'token: not a token', command: 'token', env: 'test', token: async () => 'dette er ikke et token', expect: []},
  {
    name: 'token: a 5 000-deep claim',
    command: 'token',
    env: 'test',
    token: async () =>
      `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(`{"aud":${'['.repeat(5000)}${']'.repeat(5000)}}`).toString('base64url')}.c2ln`,
    expect: [],
  },
  {
    name: 'token: a private JWK pasted as the token',
    command: 'token',
    env: 'test',
    token: async () => (await signed()).privateJwk,
    expect: ['jwt.private-key'],
    privateKey: true,
  },
  {
    name: 'token: a private key given as the key',
    command: 'token',
    env: 'test',
    token: async () => (await signed()).token,
    key: async () => (await signed()).privatePem,
    expect: ['sig.key-private'],
    privateKey: true,
  },
];

/** The private key of the signed cases, for asserting it is never printed. */
export async function privateKeyTexts(): Promise<string[]> {
  const {privatePem, privateJwk} = await signed();
  const body = privatePem.split('\n')[1] ?? '';
  const d = (JSON.parse(privateJwk) as {d: string}).d;
  return [body, d.slice(0, 40)];
}

export {exportSPKI};
