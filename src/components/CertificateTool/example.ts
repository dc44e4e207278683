// The example certificate: made in the browser on click, signed by a throwaway key that is dropped at once.
// A SEID 2-shaped business certificate that runs out in 45 days, so the tool shows a warning and a renewal plan.
// Its issuer is a made-up CA, not Buypass's name: the tool checks an issuer by its signature, and a certificate
// that took a real CA's name would rightly be called a forgery. Loaded with import(): it pulls in @peculiar/x509.
import 'reflect-metadata';
import {BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509CertificateGenerator} from '@peculiar/x509';

const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const DAY = 24 * 3600 * 1000;

export async function makeExampleCertificate(now = Date.now()): Promise<string> {
  const keys = (await crypto.subtle.generateKey(RSA, false, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await X509CertificateGenerator.create({
    serialNumber: '2a',
    subject: '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO',
    issuer: 'CN=Eksempel Test-CA, O=Eksempel AS, C=NO',
    notBefore: new Date(now - 1050 * DAY),
    notAfter: new Date(now + 45 * DAY),
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    signingAlgorithm: RSA,
    extensions: [
      new BasicConstraintsExtension(false, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
    ],
  });
  return cert.toString('pem');
}
