// Lager et nøkkelpar for en Maskinporten-klient (Node.js 20+, ingen pakker) og skriver ut den offentlige
// nøkkelen som JWK. Den private nøkkelen blir liggende i privat.pem og skal aldri sendes til noen.
//
//   node make-keypair.mjs [mappe]
import {createHash, generateKeyPairSync} from 'node:crypto';
import {writeFileSync} from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? '.';
const {privateKey, publicKey} = generateKeyPairSync('rsa', {modulusLength: 3072});
// mode 0o600: bare eieren kan lese den private nøkkelen.
writeFileSync(path.join(dir, 'privat.pem'), privateKey.export({type: 'pkcs8', format: 'pem'}), {mode: 0o600});

const {n, e} = publicKey.export({format: 'jwk'});
// kid = RFC 7638-tommelavtrykket: SHA-256 av {"e","kty","n"} i den rekkefølgen, som base64url.
const kid = createHash('sha256')
  .update(JSON.stringify({e, kty: 'RSA', n}))
  .digest('base64url');
const jwk = JSON.stringify({kty: 'RSA', e, n, kid, alg: 'RS256', use: 'sig'});
writeFileSync(path.join(dir, 'offentlig.jwk.json'), `${jwk}\n`);
console.log(jwk);
console.error(`kid: ${kid} – registrer offentlig.jwk.json på klienten; privat.pem beholder dere selv.`);
