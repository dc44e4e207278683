// Throwaway business certificates for the sample tests, made with the openssl command line in a temp folder.
// Nothing here is a real party's key: a fresh CA and key pair are made on every run and deleted afterwards.

import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export interface TestCertificate {
  /** PKCS#12 file with the private key, the business certificate and the CA (for Java and Python). */
  p12Path: string;
  p12Password: string;
  /** Private key, PKCS#8 PEM (for Node). */
  keyPath: string;
  /** Business certificate first, then the CA (for Node). */
  chainPath: string;
  orgnr: string;
}

/** A synthetic orgnr with a valid mod 11 check digit (brreg's own example: 12345678 → 5). */
export const TEST_ORGNR = '123456785';

function openssl(cwd: string, args: string[]): void {
  try {
    execFileSync('openssl', args, {cwd, stdio: ['ignore', 'pipe', 'pipe']});
  } catch (error) {
    const stderr = (error as {stderr?: Buffer}).stderr?.toString() ?? '';
    throw new Error(
      `openssl ${args[0] ?? ''} failed: ${stderr || String(error)}\n(is openssl installed? apt-get install -y openssl)`,
    );
  }
}

/**
 * Makes a CA whose name looks like the given issuer (e.g. Buypass's SEID 2 test CA) and a business
 * certificate under it with `organizationIdentifier=NTRNO-<orgnr>`, as a SEID 2 certificate has.
 */
export function makeTestCertificate(
  dir: string,
  name: string,
  issuerCommonName: string,
  orgnr = TEST_ORGNR,
): TestCertificate {
  const p = (file: string): string => path.join(dir, `${name}-${file}`);
  const password = randomBytes(9).toString('base64url');
  writeFileSync(
    p('ca.ext'),
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n',
  );
  writeFileSync(
    p('leaf.ext'),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nauthorityKeyIdentifier=keyid\n',
  );

  openssl(dir, ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', p('ca.key')]);
  openssl(dir, [
    'req',
    '-new',
    '-key',
    p('ca.key'),
    '-subj',
    `/C=NO/O=Testsertifikat for kodeeksempler/CN=${issuerCommonName}`,
    '-out',
    p('ca.csr'),
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    p('ca.csr'),
    '-signkey',
    p('ca.key'),
    '-days',
    '30',
    '-extfile',
    p('ca.ext'),
    '-set_serial',
    '1',
    '-out',
    p('ca.pem'),
  ]);

  openssl(dir, ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', p('key.pem')]);
  openssl(dir, [
    'req',
    '-new',
    '-key',
    p('key.pem'),
    '-subj',
    `/C=NO/O=TESTPENSJON AS/organizationIdentifier=NTRNO-${orgnr}/CN=TESTPENSJON AS TEST`,
    '-out',
    p('leaf.csr'),
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    p('leaf.csr'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-days',
    '7',
    '-extfile',
    p('leaf.ext'),
    '-set_serial',
    `0x${randomBytes(8).toString('hex')}`,
    '-out',
    p('cert.pem'),
  ]);

  openssl(dir, [
    'pkcs12',
    '-export',
    '-inkey',
    p('key.pem'),
    '-in',
    p('cert.pem'),
    '-certfile',
    p('ca.pem'),
    '-name',
    'virksomhetssertifikat',
    '-passout',
    `pass:${password}`,
    '-out',
    p('keystore.p12'),
  ]);
  writeFileSync(p('chain.pem'), readFileSync(p('cert.pem'), 'utf8') + readFileSync(p('ca.pem'), 'utf8'));

  return {p12Path: p('keystore.p12'), p12Password: password, keyPath: p('key.pem'), chainPath: p('chain.pem'), orgnr};
}
