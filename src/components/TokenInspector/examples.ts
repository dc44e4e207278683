// Realistic samples for the token inspector, made in the browser at click time with a throwaway key, so the
// "valid" grant really is valid now. No real party's key or certificate is involved: the certificate is made here
// and names a made-up CA, not Buypass's (the inspector checks an issuer by its signature, and a certificate that
// copied a real CA's name would rightly be called unverified).
import 'reflect-metadata';
import {SignJWT, exportJWK, generateKeyPair} from 'jose';
import {X509CertificateGenerator} from '@peculiar/x509';

export type TokenExampleId = 'valid-grant' | 'wrong-audience' | 'delegated-token';

export interface TokenExample {
  readonly token: string;
  /** What goes in the key field: the public JWKS for the access token, empty when the grant's x5c is enough. */
  readonly key: string;
  readonly environment: 'test' | 'prod';
}

export const EXAMPLE_CLIENT_ID = '0f6c1b2e-3d4a-4b5c-9e8f-7a6b5c4d3e2f';
/** Organisation numbers from Digdir's own delegation example. */
export const EXAMPLE_CONSUMER_ORGNR = '910753614';
export const EXAMPLE_SUPPLIER_ORGNR = '991825827';

const RSA: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

/** A business certificate look-alike for the vendor (supplier), valid for a year, signed with its own key. */
async function exampleCertificate(): Promise<{x5c: string; privateKey: CryptoKey}> {
  const keys = await crypto.subtle.generateKey(RSA, true, ['sign', 'verify']);
  const now = Date.now();
  const cert = await X509CertificateGenerator.create({
    serialNumber: '0a1b2c3d4e5f',
    subject: `CN=LEVERANDOR EKSEMPEL AS TEST, O=LEVERANDOR EKSEMPEL AS, 2.5.4.97=NTRNO-${EXAMPLE_SUPPLIER_ORGNR}, C=NO`,
    issuer: 'CN=Eksempel Test-CA, O=Eksempel AS, C=NO',
    notBefore: new Date(now - 24 * 3600 * 1000),
    notAfter: new Date(now + 365 * 24 * 3600 * 1000),
    signingAlgorithm: RSA,
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
  });
  return {x5c: cert.toString('base64'), privateKey: keys.privateKey};
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

async function grant(aud: string): Promise<string> {
  const {x5c, privateKey} = await exampleCertificate();
  const iat = nowSeconds();
  return new SignJWT({scope: 'skatteetaten:inntektsmottakere', consumer_org: EXAMPLE_CONSUMER_ORGNR})
    .setProtectedHeader({alg: 'RS256', x5c: [x5c]})
    .setAudience(aud)
    .setIssuer(EXAMPLE_CLIENT_ID)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 120)
    .setJti(crypto.randomUUID())
    .sign(privateKey);
}

/** A delegated access token shaped like Digdir's example, signed with a throwaway key published as a JWKS. */
async function delegatedToken(): Promise<TokenExample> {
  const {privateKey, publicKey} = await generateKeyPair('RS256', {extractable: true});
  const kid = 'eksempel-nokkel-1';
  const jwk = {...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig'};
  const iat = nowSeconds();
  const token = await new SignJWT({
    client_amr: 'virksomhetssertifikat',
    token_type: 'Bearer',
    client_id: EXAMPLE_CLIENT_ID,
    aud: 'unspecified',
    scope: 'skatteetaten:inntektsmottakere',
    supplier: {authority: 'iso6523-actorid-upis', ID: `0192:${EXAMPLE_SUPPLIER_ORGNR}`},
    consumer: {authority: 'iso6523-actorid-upis', ID: `0192:${EXAMPLE_CONSUMER_ORGNR}`},
    delegation_source: 'https://tt02.altinn.no/',
  })
    .setProtectedHeader({alg: 'RS256', kid})
    .setIssuer('https://test.maskinporten.no/')
    .setIssuedAt(iat)
    .setExpirationTime(iat + 120)
    .setJti(crypto.randomUUID())
    .sign(privateKey);
  return {token, key: JSON.stringify({keys: [jwk]}, null, 2), environment: 'test'};
}

export async function makeTokenExample(id: TokenExampleId): Promise<TokenExample> {
  switch (id) {
    case 'valid-grant':
      return {token: await grant('https://test.maskinporten.no/'), key: '', environment: 'test'};
    case 'wrong-audience':
      // A test grant that still points at production: Maskinporten answers MP-110.
      return {token: await grant('https://maskinporten.no/'), key: '', environment: 'test'};
    default:
      return delegatedToken();
  }
}
