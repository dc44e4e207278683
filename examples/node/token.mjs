// Henter et token fra Maskinporten med virksomhetssertifikat (x5c) eller en nøkkel registrert på klienten (kid).
// Node.js 20+, pakken jose.
//
//   npm install jose
//   CLIENT_ID=<klient-id> PRIVATE_KEY_PATH=nokkel.pem CERT_CHAIN_PATH=kjede.pem node token.mjs
//   CLIENT_ID=<klient-id> PRIVATE_KEY_PATH=privat.pem MASKINPORTEN_KID=<kid> node token.mjs
//
// Miljøvariabler:
//   CLIENT_ID                    klient-ID-en fra Samarbeidsportalen (påkrevd)
//   PRIVATE_KEY_PATH             privat nøkkel i PEM (påkrevd)
//   CERT_CHAIN_PATH              sertifikatkjeden i PEM, virksomhetssertifikatet først (påkrevd uten kid)
//   MASKINPORTEN_KID             kid-en til nøkkelen registrert på klienten: headeren får kid i stedet for x5c
//   MASKINPORTEN_ENV             test (standard) eller prod
//   SCOPE                        ett eller flere scope med mellomrom (standard skatteetaten:inntektsmottakere)
//   CONSUMER_ORG                 organisasjonsnummeret til kunden, bare når en leverandør henter token på vegne av den
//   MASKINPORTEN_TOKEN_ENDPOINT  overstyrer token-endepunktet
//   MASKINPORTEN_AUDIENCE        overstyrer aud (bare for testing; standard er miljøets utsteder)
import {readFileSync} from 'node:fs';
import {createPrivateKey, randomUUID} from 'node:crypto';
import {pathToFileURL} from 'node:url';
import {SignJWT} from 'jose';

export const ENVIRONMENTS = {
  test: {issuer: 'https://test.maskinporten.no/', tokenEndpoint: 'https://test.maskinporten.no/token'},
  prod: {issuer: 'https://maskinporten.no/', tokenEndpoint: 'https://maskinporten.no/token'},
};

/** x5c: hvert sertifikat i kjeden som base64 (DER), ikke base64url, i samme rekkefølge som i filen. */
export function certificateChainToX5c(pem) {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error('Fant ingen sertifikater (-----BEGIN CERTIFICATE-----) i kjeden.');
  return blocks.map((block) => block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''));
}

/**
 * Lager og signerer grantet (RS256). Med kid: en nøkkel registrert på klienten. Uten: virksomhetssertifikatet,
 * med hele kjeden i x5c. Grantet gjelder i 120 sekunder og kan brukes én gang.
 */
export async function createGrant({audience, clientId, scope, consumerOrg, privateKeyPem, certificateChainPem, kid}) {
  const now = Math.floor(Date.now() / 1000);
  const claims = {scope};
  if (consumerOrg) claims.consumer_org = consumerOrg;
  const header = kid ? {alg: 'RS256', kid} : {alg: 'RS256', x5c: certificateChainToX5c(certificateChainPem)};
  return new SignJWT(claims)
    .setProtectedHeader(header)
    .setAudience(audience)
    .setIssuer(clientId)
    .setIssuedAt(now)
    .setExpirationTime(now + 120)
    .setJti(randomUUID())
    .sign(createPrivateKey(privateKeyPem));
}

/** Sender grantet til token-endepunktet. Gir {ok, status, body}, der body er JSON-svaret (eller teksten). */
export async function requestToken(tokenEndpoint, grant) {
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: grant}),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return {ok: response.ok, status: response.status, body};
}

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Miljøvariabelen ${name} mangler.`);
  return value;
}

async function main() {
  const envName = process.env.MASKINPORTEN_ENV ?? 'test';
  const environment = ENVIRONMENTS[envName];
  if (!environment) throw new Error(`Ukjent MASKINPORTEN_ENV: ${envName}. Bruk test eller prod.`);
  const tokenEndpoint = process.env.MASKINPORTEN_TOKEN_ENDPOINT || environment.tokenEndpoint;

  const kid = process.env.MASKINPORTEN_KID || undefined;
  const grant = await createGrant({
    audience: process.env.MASKINPORTEN_AUDIENCE || environment.issuer,
    clientId: required('CLIENT_ID'),
    scope: process.env.SCOPE || 'skatteetaten:inntektsmottakere',
    consumerOrg: process.env.CONSUMER_ORG || undefined,
    privateKeyPem: readFileSync(required('PRIVATE_KEY_PATH'), 'utf8'),
    certificateChainPem: kid ? undefined : readFileSync(required('CERT_CHAIN_PATH'), 'utf8'),
    kid,
  });

  const {ok, status, body} = await requestToken(tokenEndpoint, grant);
  if (ok && typeof body === 'object') {
    console.log(`Token mottatt fra ${tokenEndpoint}`);
    console.log(`access_token: ${body.access_token}`);
    console.log(`token_type: ${body.token_type}`);
    console.log(`expires_in: ${body.expires_in}`);
    console.log(`scope: ${body.scope}`);
    return 0;
  }
  if (typeof body === 'object' && body !== null && 'error' in body) {
    console.error(`Maskinporten svarte med feil: ${body.error}: ${body.error_description ?? ''} (HTTP ${status})`);
  } else {
    console.error(`Maskinporten svarte med HTTP ${status}: ${typeof body === 'string' ? body : JSON.stringify(body)}`);
  }
  return 1;
}

// Kjør bare når filen startes direkte, ikke når en annen modul importerer createGrant.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
