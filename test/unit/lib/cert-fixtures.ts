// Certificates made here for the certificate tests: a made-up CA whose certificate is "carried" in the tests
// (so a chain can verify), business certificates under it or under an attacker's key, and files made with the
// openssl command line for what WebCrypto cannot make (an RSA-PSS key, a CSR, a PKCS#7 bundle). Nothing here is
// a real party's key: every key is made on the run and dropped.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {CarriedCertificate} from '../../../src/lib/certificate-chain';
import {CARRIED_CAS, type CarriedCaId} from '../../../src/lib/carried-cas';
import {NOW} from './fixtures';

export {NOW};
export const DAY = 24 * 3600;
export const at = (seconds: number): Date => new Date(seconds * 1000);

export const BUYPASS_TEST_G2 =
  'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, 2.5.4.97=NTRNO-983163327, C=NO';
export const BUYPASS_PROD_G2 = 'CN=Buypass Class 3 CA G2 ST Business, O=Buypass AS, 2.5.4.97=NTRNO-983163327, C=NO';
export const BUYPASS_SEID1_PROD = 'CN=Buypass Class 3 CA 3, O=Buypass AS-983163327, C=NO';
/** In the issuer table, but the site carries no certificate for it: always "named, not verified". */
export const BUYPASS_TEST4_CA1 = 'CN=Buypass Class 3 Test4 CA 1, O=Buypass, C=NO';
export const SEID2_SUBJECT = '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO';
export const SEID1_SUBJECT = '2.5.4.5=910753614, CN=EKSEMPEL AS, O=EKSEMPEL AS, C=NO';

export type KeySpec = {kind: 'rsa'; bits: number} | {kind: 'ec'};
/** Distinct key pairs by role: the test CA's, the business certificate's, an attacker's. */
export type KeySlot = 'ca' | 'leaf' | 'leaf2' | 'attacker' | 'root';

const RSA_SIGN = {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'};
const keyCache = new Map<string, Promise<CryptoKeyPair>>();

export function keysFor(spec: KeySpec = {kind: 'rsa', bits: 2048}, slot: KeySlot = 'leaf'): Promise<CryptoKeyPair> {
  const id = `${spec.kind === 'rsa' ? `rsa${spec.bits}` : 'ec'}#${slot}`;
  let keys = keyCache.get(id);
  if (!keys) {
    keys = crypto.subtle.generateKey(
      spec.kind === 'rsa'
        ? {...RSA_SIGN, publicExponent: new Uint8Array([1, 0, 1]), modulusLength: spec.bits}
        : {name: 'ECDSA', namedCurve: 'P-256'},
      true,
      ['sign', 'verify'],
    ) as Promise<CryptoKeyPair>;
    keyCache.set(id, keys);
  }
  return keys;
}

export interface MadeCertificate {
  der: Uint8Array<ArrayBuffer>;
  pem: string;
  /** base64 DER, as an x5c entry. */
  x5c: string;
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}

export interface CertSpec {
  subject?: string;
  issuer?: string;
  notBefore?: number;
  notAfter?: number;
  key?: KeySpec;
  /** Whose key pair the certificate holds. */
  holder?: KeySlot;
  /** Whose private key signs it (the test CA's unless said). */
  signer?: KeySlot;
  keyUsage?: x509.KeyUsageFlags;
  selfSigned?: boolean;
  /** basicConstraints cA=true. */
  ca?: boolean;
  /** Authority key identifier (hex) to put in the certificate. */
  aki?: string;
  serial?: string;
}

export async function makeCert(spec: CertSpec = {}): Promise<MadeCertificate> {
  const keys = await keysFor(spec.key ?? {kind: 'rsa', bits: 2048}, spec.holder ?? 'leaf');
  const signer = spec.selfSigned ? keys : await keysFor({kind: 'rsa', bits: 2048}, spec.signer ?? 'ca');
  const subject = spec.subject ?? SEID2_SUBJECT;
  const extensions: x509.Extension[] = [];
  if (spec.keyUsage !== undefined) extensions.push(new x509.KeyUsagesExtension(spec.keyUsage, true));
  if (spec.aki !== undefined) extensions.push(new x509.AuthorityKeyIdentifierExtension(spec.aki));
  if (spec.ca !== undefined) extensions.push(new x509.BasicConstraintsExtension(spec.ca, undefined, true));
  const ecSelf = spec.selfSigned && spec.key?.kind === 'ec';
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: spec.serial ?? '0a',
    subject,
    issuer: spec.selfSigned ? subject : (spec.issuer ?? BUYPASS_TEST_G2),
    notBefore: at(spec.notBefore ?? NOW - 365 * DAY),
    notAfter: at(spec.notAfter ?? NOW + 365 * DAY),
    publicKey: keys.publicKey,
    // An EC key cannot sign with RSASSA: an EC "self-signed" certificate is signed by the CA key instead.
    signingKey: ecSelf ? (await keysFor({kind: 'rsa', bits: 2048}, 'ca')).privateKey : signer.privateKey,
    signingAlgorithm: RSA_SIGN,
    extensions,
  });
  const der = new Uint8Array(cert.rawData);
  return {
    der,
    pem: cert.toString('pem'),
    x5c: Buffer.from(der).toString('base64'),
    publicKey: keys.publicKey,
    privateKey: keys.privateKey,
  };
}

/** A CA certificate: `name`, holding `holder`'s key, signed by `signer` (itself when it is a root). */
export function makeCa(
  name: string,
  holder: KeySlot,
  signer: KeySlot = holder,
  issuer = name,
): Promise<MadeCertificate> {
  return makeCert({
    subject: name,
    issuer,
    holder,
    signer,
    ca: true,
    keyUsage: x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
    notBefore: NOW - 3000 * DAY,
    notAfter: NOW + 3000 * DAY,
    serial: '01',
  });
}

/** A carried-CA row for a test certificate: the real row's facts, the test certificate's bytes. */
function carriedRow(id: CarriedCaId, der: Uint8Array<ArrayBuffer>): CarriedCertificate {
  const row = CARRIED_CAS.find((r) => r.id === id);
  if (!row) throw new Error(`no carried row ${id}`);
  return {row, der};
}

let carried: Promise<CarriedCertificate[]> | undefined;

/**
 * The tests' "carried" CAs: certificates named as Buypass's SEID 2 test and production CAs, holding the test CA
 * key that signs every certificate makeCert makes (unless another signer is given).
 */
export function testCarried(): Promise<CarriedCertificate[]> {
  carried ??= (async () => [
    carriedRow('buypass-g2-st-business-test', (await makeCa(BUYPASS_TEST_G2, 'ca')).der),
    carriedRow('buypass-g2-st-business-prod', (await makeCa(BUYPASS_PROD_G2, 'ca')).der),
    carriedRow('buypass-class3-ca3-prod', (await makeCa(BUYPASS_SEID1_PROD, 'ca')).der),
  ])();
  return carried;
}

/** Runs openssl in a temporary folder and returns the named output files; the folder (and any key) is deleted. */
export function openssl(steps: readonly (readonly string[])[], outputs: readonly string[]): Record<string, Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cert-test-'));
  try {
    for (const args of steps) execFileSync('openssl', [...args], {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']});
    return Object.fromEntries(outputs.map((name) => [name, readFileSync(path.join(dir, name))]));
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** A certificate whose key is RSA-PSS only (id-RSASSA-PSS in its SubjectPublicKeyInfo), PEM. */
export function rsaPssCertificate(): {pem: string; publicKeyPem: string} {
  const out = openssl(
    [
      ['genpkey', '-algorithm', 'RSA-PSS', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'k.pem'],
      [
        'req',
        '-new',
        '-x509',
        '-key',
        'k.pem',
        '-out',
        'c.pem',
        '-days',
        '400',
        '-subj',
        '/C=NO/CN=PSS AS',
        '-addext',
        'basicConstraints=critical,CA:FALSE',
      ],
      ['pkey', '-in', 'k.pem', '-pubout', '-out', 'pub.pem'],
    ],
    ['c.pem', 'pub.pem'],
  );
  return {pem: String(out['c.pem']), publicKeyPem: String(out['pub.pem'])};
}

/** A CSR and a PKCS#7 bundle (PEM and DER) with a certificate in it. */
export function csrAndPkcs7(certificatePem: string): {csrPem: string; csrDer: Buffer; p7bPem: string; p7bDer: Buffer} {
  const dir = mkdtempSync(path.join(tmpdir(), 'cert-test-'));
  try {
    writeFileSync(path.join(dir, 'cert.pem'), certificatePem);
    const run = (args: string[]) => execFileSync('openssl', args, {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']});
    run([
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'k.pem',
      '-subj',
      '/C=NO/CN=EKSEMPEL AS',
      '-out',
      'csr.pem',
    ]);
    run(['req', '-in', 'csr.pem', '-outform', 'DER', '-out', 'csr.der']);
    run(['crl2pkcs7', '-nocrl', '-certfile', 'cert.pem', '-out', 'c.p7b']);
    run(['crl2pkcs7', '-nocrl', '-certfile', 'cert.pem', '-outform', 'DER', '-out', 'c.p7b.der']);
    const read = (f: string) => readFileSync(path.join(dir, f));
    return {
      csrPem: String(read('csr.pem')),
      csrDer: read('csr.der'),
      p7bPem: String(read('c.p7b')),
      p7bDer: read('c.p7b.der'),
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
