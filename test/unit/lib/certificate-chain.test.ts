// Issue 19, "Certificates and keys": an issuer is known by its signature, not its name; the business certificate
// comes first; a CA's key is never offered as the client's; an RSA-PSS key and trailing DER bytes. (The key that
// signed must be x5c[0]'s: the signature step's sig.key-not-x5c, tested with analyseToken.) The carried CA certificates are checked against their own table here too.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import fc from 'fast-check';
import {createHash} from 'node:crypto';
import {exportJWK} from 'jose';
import {describe, expect, it} from 'vitest';
import {analyseCertificateInput, type CertificateToolResult} from '../../../src/lib/certificate-tool';
import {
  carriedCertificates,
  MAX_CHAIN,
  verifyCertificateChain,
  verifyX5c,
  type CarriedCertificate,
} from '../../../src/lib/certificate-chain';
import {CARRIED_CAS} from '../../../src/lib/carried-cas';
import {CARRIED_CA_CERTIFICATES} from '../../../src/lib/carried-ca-certificates';
import {CERTIFICATE_ISSUERS, sameName} from '../../../src/lib/certificate-issuers';
import {nameAttributes} from '../../../src/lib/certificates';
import {codes} from './fixtures';
import {
  BUYPASS_PROD_G2,
  BUYPASS_TEST4_CA1,
  BUYPASS_TEST_G2,
  DAY,
  makeCa,
  makeCert,
  NOW,
  rsaPssCertificate,
  SEID2_SUBJECT,
  testCarried,
} from './cert-fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 500);
/** Properties that make certificates (an RSA signature each) run fewer times. */
const CERT_RUNS = Math.max(20, Math.floor(RUNS / 10));

const b64 = (der: Uint8Array): string => Buffer.from(der).toString('base64');
const pemOf = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${b64(der)
    .match(/.{1,64}/g)
    ?.join('\n')}\n-----END CERTIFICATE-----\n`;

/** The tool as a reader meets it: the site's own carried CA certificates. */
const siteTool = (text: string, environment: 'test' | 'prod' = 'test'): Promise<CertificateToolResult> =>
  analyseCertificateInput({text}, {environment, now: NOW});

/** The tool with the tests' carried CA (a made-up CA named as Buypass's, whose key the tests hold). */
const testTool = async (text: string, environment: 'test' | 'prod' = 'test'): Promise<CertificateToolResult> =>
  analyseCertificateInput({text}, {environment, now: NOW, carried: await testCarried()});

describe('the carried CA certificates', () => {
  const certificates = carriedCertificates();

  it('each row matches its bytes: SHA-256 fingerprint, common name, validity; every row has a source', () => {
    expect(CARRIED_CAS.length).toBe(Object.keys(CARRIED_CA_CERTIFICATES).length);
    for (const {row, der} of certificates) {
      expect(createHash('sha256').update(der).digest('hex'), row.id).toBe(row.sha256);
      const cert = new x509.X509Certificate(der);
      expect(cert.subjectName.getField('CN')[0], row.id).toBe(row.commonName);
      expect(cert.notBefore.toISOString().slice(0, 10), row.id).toBe(row.notBefore);
      expect(cert.notAfter.toISOString().slice(0, 10), row.id).toBe(row.notAfter);
      expect(row.source, row.id).toMatch(
        /^https:\/\/github\.com\/digipost\/certificate-validator\/blob\/[0-9a-f]{40}\//,
      );
      expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Valid at the tests' clock: a carried CA that has run out verifies nothing worth saying.
      expect(cert.notAfter.getTime() / 1000, row.id).toBeGreaterThan(NOW);
    }
  });

  it('each issuing CA is signed by its carried root, and is the issuer table row of the same name', async () => {
    const issuing = certificates.filter((c) => c.row.role === 'issuing');
    expect(issuing.length).toBeGreaterThanOrEqual(8);
    for (const {row, der} of issuing) {
      const root = certificates.find(
        (c) =>
          c.row.role === 'root' &&
          c.row.ca === row.ca &&
          c.row.environment === row.environment &&
          sameName(
            nameAttributes(new x509.X509Certificate(c.der).subjectName),
            nameAttributes(new x509.X509Certificate(der).issuerName),
          ),
      );
      expect(root, row.id).toBeDefined();
      const chain = await verifyCertificateChain([der, (root as CarriedCertificate).der], {mode: 'pasted', now: NOW});
      expect(chain.issuerStatus, row.id).toBe('verified');
      expect(
        chain.links.every((l) => l.valid === true),
        row.id,
      ).toBe(true);
      // A CA certificate is never the business certificate.
      expect(chain.hasLeaf).toBe(false);
      expect(codes(chain.findings)).toContain('cert.ca-certificate');
      const table = CERTIFICATE_ISSUERS.find((i) => i.commonName === row.commonName);
      expect(table, row.id).toMatchObject({ca: row.ca, seid: row.seid, environment: row.environment});
      expect(sameName(table?.name ?? [], nameAttributes(new x509.X509Certificate(der).subjectName))).toBe(true);
    }
  });
});

describe('an issuer is not known from its name', () => {
  it('a self-made certificate copying the Buypass test CA name: signature checked with the real CA key, refused', async () => {
    const forged = await makeCert({issuer: BUYPASS_TEST_G2, signer: 'attacker'});
    const r = await siteTool(forged.pem);
    expect(r.certificate?.issuerStatus).toBe('signature-invalid');
    expect(r.certificate?.knownIssuer).toBeUndefined();
    const f = r.findings.find((x) => x.code === 'cert.issuer-signature-invalid');
    expect(f).toMatchObject({
      severity: 'error',
      params: {issuer: 'Buypass Class 3 Test4 CA G2 ST Business', position: '1'},
    });
    expect(codes(r.findings)).not.toContain('cert.issuer-verified');
    // The same with the production CA's name, and as a grant's x5c.
    const prod = await makeCert({issuer: BUYPASS_PROD_G2, signer: 'attacker'});
    expect(codes((await siteTool(prod.pem, 'prod')).findings)).toContain('cert.issuer-signature-invalid');
    const x5c = await verifyX5c([prod.x5c], {now: NOW});
    expect(x5c?.certificate?.knownIssuer).toBeUndefined();
    expect(codes(x5c?.findings ?? [])).toContain('cert.issuer-signature-invalid');
  });

  it('a forged chain: a copy of the CA (same name, attacker key) signs the leaf; the real CA key decides', async () => {
    const fakeCa = await makeCa(BUYPASS_TEST_G2, 'attacker');
    const leaf = await makeCert({signer: 'attacker'});
    const r = await siteTool(`${leaf.pem}${fakeCa.pem}`);
    // The link leaf → fake CA verifies, but the leaf is not signed by the real Buypass CA.
    expect(r.certificate?.issuerStatus).toBe('signature-invalid');
    expect(r.chain?.[0]).toMatchObject({checkedWith: 'carried', valid: false});
    expect(codes(r.findings)).toContain('cert.issuer-signature-invalid');
    expect(r.certificate?.knownIssuer).toBeUndefined();
  });

  it('near miss: signed by the key of a carried CA certificate, the issuer is verified, with its source', async () => {
    const r = await testTool((await makeCert()).pem);
    expect(r.certificate).toMatchObject({
      issuerStatus: 'verified',
      knownIssuer: {ca: 'Buypass', seid: 2, environment: 'test'},
      verifiedBy: {id: 'buypass-g2-st-business-test'},
    });
    expect(r.findings.find((f) => f.code === 'cert.issuer-verified')?.params).toMatchObject({
      anchor: 'Buypass Class 3 Test4 CA G2 ST Business',
    });
  });

  it('a CA the site does not carry: named, not verified (cert.issuer-unverified), never a fact', async () => {
    const r = await testTool((await makeCert({issuer: BUYPASS_TEST4_CA1})).pem);
    expect(r.certificate?.issuerStatus).toBe('named');
    expect(r.certificate?.namedIssuer?.ca).toBe('Buypass');
    expect(r.certificate?.knownIssuer).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'cert.issuer-unverified')).toMatchObject({
      severity: 'warning',
      params: {issuer: 'Buypass Class 3 Test4 CA 1'},
    });
  });

  it('the link that breaks is named: the leaf is not signed by the intermediate that has its issuer name', async () => {
    const intermediate = await makeCa('CN=Eksempel Mellom-CA, C=NO', 'root', 'root');
    const leaf = await makeCert({issuer: 'CN=Eksempel Mellom-CA, C=NO', signer: 'attacker'});
    const r = await testTool(`${leaf.pem}${intermediate.pem}`);
    expect(r.certificate?.issuerStatus).toBe('chain-broken');
    expect(r.findings.find((f) => f.code === 'cert.chain.signature-invalid')?.params).toEqual({
      position: '1',
      subject: 'EKSEMPEL AS TEST',
      issuer: 'Eksempel Mellom-CA',
    });
    expect(r.chain?.map((l) => [l.position, l.checkedWith, l.valid])).toEqual([
      ['1', 'next', false],
      ['2', 'self', true],
    ]);
    // Near miss: the intermediate's own key signed the leaf.
    const good = await makeCert({issuer: 'CN=Eksempel Mellom-CA, C=NO', signer: 'root'});
    const ok = await testTool(`${good.pem}${intermediate.pem}`);
    expect(codes(ok.findings)).not.toContain('cert.chain.signature-invalid');
    expect(ok.certificate?.issuerStatus).toBe('unknown');
  });

  it('property: a certificate not signed by the named carried CA is never verified, whatever its names', async () => {
    const carried = await testCarried();
    const carriedNames = [BUYPASS_TEST_G2, BUYPASS_PROD_G2];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...carriedNames),
        fc.constantFrom('attacker', 'leaf2', 'root') as fc.Arbitrary<'attacker' | 'leaf2' | 'root'>,
        fc.stringMatching(/^[A-Za-z0-9 ]{1,30}$/),
        fc.boolean(),
        async (issuer, signer, holder, withFakeCa) => {
          const leaf = await makeCert({issuer, signer, subject: `CN=${holder.trim() || 'X'}, C=NO`});
          const ders = withFakeCa ? [leaf.der, (await makeCa(issuer, signer)).der] : [leaf.der];
          const r = await verifyCertificateChain(ders, {mode: 'pasted', now: NOW, carried});
          expect(r.issuerStatus).not.toBe('verified');
          expect(r.certificate?.knownIssuer).toBeUndefined();
          expect(codes(r.findings)).toContain('cert.issuer-signature-invalid');
        },
      ),
      {numRuns: CERT_RUNS},
    );
  });
});

describe('the business certificate comes first', () => {
  it('a chain pasted CA first: the leaf is found, the order is named, x5c and the JWK are the leaf’s', async () => {
    const ca = await makeCa(BUYPASS_TEST_G2, 'ca');
    const leaf = await makeCert();
    const r = await testTool(`${ca.pem}${leaf.pem}`);
    expect(r.certificate?.subjectCommonName).toBe('EKSEMPEL AS TEST');
    expect(r.findings.find((f) => f.code === 'cert.chain.order')?.params).toEqual({order: '2, 1'});
    expect(r.outputs?.x5c).toEqual([b64(leaf.der), b64(ca.der)]);
    const leafJwk = await exportJWK(leaf.publicKey);
    expect(r.outputs?.jwk?.n).toBe(leafJwk.n);
    expect(r.outputs?.x5tS256).toBe(createHash('sha256').update(leaf.der).digest('base64url'));
    expect(r.plan?.expires).toBe(new Date((NOW + 365 * DAY) * 1000).toISOString().slice(0, 10));
    // Near miss: leaf first, no order finding.
    expect(codes((await testTool(`${leaf.pem}${ca.pem}`)).findings)).not.toContain('cert.chain.order');
  });

  it('a CA certificate alone is not a business certificate: no JWK, x5c or plan', async () => {
    const ca = await makeCa(BUYPASS_TEST_G2, 'ca');
    const r = await testTool(ca.pem);
    expect(r.kind).toBe('certificate');
    expect(r.certificate?.isCa).toBe(true);
    expect(r.findings.find((f) => f.code === 'cert.ca-certificate')?.severity).toBe('error');
    expect(r.outputs).toBeUndefined();
    expect(r.plan).toBeUndefined();
    // A real carried CA, pasted by mistake, as well.
    const real = carriedCertificates().find((c) => c.row.id === 'buypass-g2-st-business-prod') as CarriedCertificate;
    const site = await siteTool(pemOf(real.der), 'prod');
    expect(codes(site.findings)).toContain('cert.ca-certificate');
    expect(site.outputs).toBeUndefined();
  });

  it('a second certificate that did not issue the first is not the chain', async () => {
    const leaf = await makeCert();
    const stranger = await makeCert({subject: 'CN=ANNET AS, C=NO', holder: 'leaf2', serial: '0b'});
    const r = await testTool(`${leaf.pem}${stranger.pem}`);
    expect(r.findings.find((f) => f.code === 'cert.chain.not-in-chain')?.params).toEqual({
      position: '2',
      subject: 'ANNET AS',
    });
    expect(r.outputs?.x5c).toEqual([b64(leaf.der)]);
  });

  it('of a signing and an encryption certificate pasted together, the signing one is the leaf', async () => {
    const enc = await makeCert({keyUsage: x509.KeyUsageFlags.keyEncipherment, holder: 'leaf2', serial: '0c'});
    const sig = await makeCert({keyUsage: x509.KeyUsageFlags.digitalSignature});
    const r = await testTool(`${enc.pem}${sig.pem}`);
    expect(r.outputs?.x5c).toEqual([b64(sig.der)]);
    expect(codes(r.findings)).toContain('cert.chain.not-in-chain');
    expect(codes(r.findings)).not.toContain('cert.key-usage');
  });

  it('property: any order of leaf, intermediate and root gives the chain leaf first, and the leaf’s key', async () => {
    const root = await makeCa('CN=Eksempel Rot-CA, C=NO', 'root');
    const intermediate = await makeCa(BUYPASS_TEST_G2, 'ca', 'root', 'CN=Eksempel Rot-CA, C=NO');
    const leaf = await makeCert();
    const leafN = (await exportJWK(leaf.publicKey)).n;
    const certs = [leaf, intermediate, root];
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2], {minLength: 3, maxLength: 3}), async (order) => {
        const r = await testTool(order.map((i) => (certs[i] as (typeof certs)[number]).pem).join('\n'));
        expect(r.outputs?.x5c).toEqual([b64(leaf.der), b64(intermediate.der), b64(root.der)]);
        expect(r.outputs?.jwk?.n).toBe(leafN);
        expect(codes(r.findings).includes('cert.chain.order')).toBe(order.join() !== '0,1,2');
        expect(r.certificate?.issuerStatus).toBe('verified');
      }),
      {numRuns: 12},
    );
  });

  it('property: certificates that are all CAs never give a JWK, x5c or plan', async () => {
    const cas = [
      await makeCa(BUYPASS_TEST_G2, 'ca'),
      await makeCa('CN=Eksempel Rot-CA, C=NO', 'root'),
      await makeCa(BUYPASS_PROD_G2, 'attacker'),
    ];
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2], {minLength: 1}), async (picked) => {
        const r = await testTool(picked.map((i) => (cas[i] as (typeof cas)[number]).pem).join(''));
        expect(r.outputs).toBeUndefined();
        expect(r.plan).toBeUndefined();
        expect(codes(r.findings)).toContain('cert.ca-certificate');
      }),
      {numRuns: 15},
    );
  });

  it('x5c keeps the grant’s order: a CA first is an error (MP-124), an entry that did not issue the one before too', async () => {
    const carried = await testCarried();
    const ca = await makeCa(BUYPASS_TEST_G2, 'ca');
    const leaf = await makeCert();
    const wrong = await verifyX5c([ca.x5c, leaf.x5c], {now: NOW, carried});
    expect(wrong?.findings.find((f) => f.code === 'cert.x5c.order')).toMatchObject({
      severity: 'error',
      params: {position: 'x5c[1]'},
    });
    expect(wrong?.hasLeaf).toBe(false);
    const stranger = await makeCert({subject: 'CN=ANNET AS, C=NO', holder: 'leaf2'});
    const unrelated = await verifyX5c([leaf.x5c, stranger.x5c], {now: NOW, carried});
    expect(unrelated?.findings.find((f) => f.code === 'cert.x5c.link')?.params).toEqual({
      position: 'x5c[0]',
      subject: 'EKSEMPEL AS TEST',
      next: 'x5c[1]',
    });
    // Near miss: leaf, then its CA.
    const right = await verifyX5c([leaf.x5c, ca.x5c], {now: NOW, carried});
    expect(codes(right?.findings ?? []).filter((c) => c.startsWith('cert.x5c'))).toEqual([]);
    expect(right?.issuerStatus).toBe('verified');
    expect(await verifyX5c('MIIB', {now: NOW})).toBeUndefined();
    expect(codes((await verifyX5c(['@@@'], {now: NOW}))?.findings ?? [])).toEqual(['cert.invalid']);
  });
});

describe('a paste of many certificates', () => {
  it('property: at most MAX_CHAIN certificates are read, and cert.chain.too-long says so exactly when there were more', async () => {
    const pool = [
      await makeCert(),
      await makeCa(BUYPASS_TEST_G2, 'ca'),
      await makeCert({holder: 'leaf2', serial: '0d'}),
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({min: 1, max: 25}), async (count) => {
        const text = Array.from({length: count}, (_, i) => (pool[i % pool.length] as (typeof pool)[number]).pem).join(
          '',
        );
        const r = await testTool(text);
        const said = r.findings.find((f) => f.code === 'cert.chain.too-long');
        expect(said?.params).toEqual(count > MAX_CHAIN ? {count, max: MAX_CHAIN} : undefined);
        expect(r.chain?.length ?? 0).toBeLessThanOrEqual(MAX_CHAIN);
        expect(r.findings.filter((f) => f.code === 'cert.chain.not-in-chain').length).toBeLessThan(MAX_CHAIN);
      }),
      {numRuns: 25},
    );
    // A grant's x5c is held to the same limit.
    const leaf = pool[0] as (typeof pool)[number];
    const x5c = await verifyX5c(
      Array.from({length: 12}, () => leaf.x5c),
      {now: NOW, carried: await testCarried()},
    );
    expect(x5c?.findings.find((f) => f.code === 'cert.chain.too-long')?.params).toEqual({count: 12, max: MAX_CHAIN});
  });
});

describe('an RSA-PSS key, and bytes after the certificate', () => {
  const pss = rsaPssCertificate();

  it('cert.key-rsa-pss: an id-RSASSA-PSS key cannot make RS256 signatures; no JWK, and the finding says why', async () => {
    const r = await siteTool(pss.pem);
    expect(r.certificate?.key.algorithm).toBe('RSA-PSS');
    expect(r.findings.find((f) => f.code === 'cert.key-rsa-pss')?.severity).toBe('error');
    expect(r.outputs?.jwk).toBeUndefined();
    const key = await siteTool(pss.publicKeyPem);
    expect(codes(key.findings)).toEqual(['cert.key-rsa-pss']);
    expect(key.keys).toBeUndefined();
    // Near miss: an rsaEncryption key gives the JWK.
    expect((await testTool((await makeCert()).pem)).outputs?.jwk).toBeDefined();
  });

  it('property: whatever else is asked (environment, kid), an RSA-PSS certificate never gives a JWK', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('test', 'prod') as fc.Arbitrary<'test' | 'prod'>,
        fc.string(),
        async (environment, kid) => {
          const r = await analyseCertificateInput({text: pss.pem}, {environment, now: NOW, kid});
          expect(r.outputs?.jwk).toBeUndefined();
          expect(codes(r.findings)).toContain('cert.key-rsa-pss');
        },
      ),
      {numRuns: CERT_RUNS},
    );
  });

  it('property: bytes after a DER certificate never reach x5c or x5t#S256, and are said', async () => {
    const c = await makeCert();
    const x5t = createHash('sha256').update(c.der).digest('base64url');
    const carried = await testCarried();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({minLength: 1, maxLength: 64}), async (tail) => {
        const bytes = new Uint8Array([...c.der, ...tail]);
        const r = await analyseCertificateInput(
          {bytes, fileName: 'virksomhet.cer'},
          {environment: 'test', now: NOW, carried},
        );
        expect(r.outputs?.x5c).toEqual([c.x5c]);
        expect(r.outputs?.x5tS256).toBe(x5t);
        expect(r.findings.find((f) => f.code === 'cert.trailing-bytes')?.params).toEqual({
          count: tail.length,
          position: '1',
        });
      }),
      {numRuns: CERT_RUNS},
    );
    // Near miss: the certificate alone says nothing about trailing bytes.
    expect(codes((await testTool(c.pem)).findings)).not.toContain('cert.trailing-bytes');
  });
});

describe('the subject is not trusted either', () => {
  it('a leaf whose subject copies the carried CA name is still only a leaf, described as such', async () => {
    const r = await testTool(
      (
        await makeCert({
          subject: `${SEID2_SUBJECT.replace('EKSEMPEL AS TEST', 'Buypass Class 3 Test4 CA G2 ST Business')}`,
        })
      ).pem,
    );
    expect(r.certificate?.isCa).toBe(false);
    expect(r.certificate?.issuerStatus).toBe('verified');
  });
});
