// The example certificate: made in the browser on click, signed by a throwaway key that is dropped at once.
// It looks like a Buypass SEID 2 test certificate that runs out in 45 days, so the tool shows a warning and a
// renewal plan. Loaded with import(): it pulls in @peculiar/x509.
import 'reflect-metadata';
import {KeyUsageFlags, KeyUsagesExtension, X509CertificateGenerator} from '@peculiar/x509';

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
    issuer: 'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, 2.5.4.97=NTRNO-983163327, C=NO',
    notBefore: new Date(now - 1050 * DAY),
    notAfter: new Date(now + 45 * DAY),
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    signingAlgorithm: RSA,
    extensions: [new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true)],
  });
  return cert.toString('pem');
}
