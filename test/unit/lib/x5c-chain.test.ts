// The token inspector's x5c, through analyseToken: the chain as Maskinporten reads it (x5c[0] first, each entry
// issued by the next) and the issuer verified by its signature up to a carried CA certificate. The site's carried
// certificates are swapped here for a made-up CA whose key the tests hold, so "verified" can be reached; the real
// carried certificates are checked in certificate-chain.test.ts.
import fc from 'fast-check';
import {describe, expect, it, vi} from 'vitest';
import {analyseToken} from '../../../src/lib/jwt/analyse';
import {codes, GRANT_CLAIMS_OK, sign} from './fixtures';
import {
  BUYPASS_PROD_G2,
  BUYPASS_TEST4_CA1,
  BUYPASS_TEST_G2,
  makeCa,
  makeCert,
  NOW,
  type MadeCertificate,
} from './cert-fixtures';

vi.mock('../../../src/lib/carried-ca-certificates', async () => {
  const {makeCa: ca, BUYPASS_TEST_G2: name} = await import('./cert-fixtures');
  const der = Buffer.from((await ca(name, 'ca')).der).toString('base64');
  const {CARRIED_CAS} = await import('../../../src/lib/carried-cas');
  // Every row's bytes are the test CA's: only the row named as the Buypass test CA can match a certificate.
  return {CARRIED_CA_CERTIFICATES: Object.fromEntries(CARRIED_CAS.map((row) => [row.id, der]))};
});

const claims = {...GRANT_CLAIMS_OK, aud: 'https://test.maskinporten.no/'};

/** A grant signed with the leaf's own key, carrying the certificates given as x5c. */
async function grant(signer: MadeCertificate, x5c: readonly MadeCertificate[]): Promise<string> {
  return sign({alg: 'RS256', x5c: x5c.map((c) => c.x5c)}, claims, signer.privateKey);
}

const analyse = (token: string, keyText?: string) =>
  analyseToken(token, {environment: 'test', now: NOW, ...(keyText !== undefined ? {keyText} : {})});

describe('analyseToken verifies the x5c chain', () => {
  it('a leaf signed by the carried CA: the issuer is a fact (knownIssuer), with the CA it verified up to', async () => {
    const leaf = await makeCert();
    const r = await analyse(await grant(leaf, [leaf]));
    expect(r.signature).toBe('valid');
    expect(r.certificate).toMatchObject({
      issuerStatus: 'verified',
      knownIssuer: {ca: 'Buypass', seid: 2, environment: 'test'},
      verifiedBy: {id: 'buypass-g2-st-business-test'},
    });
    expect(codes(r.findings)).toContain('cert.issuer-verified');
  });

  it('a certificate that only copies the CA name: valid signature, but an error, and no Buypass as a fact', async () => {
    const forged = await makeCert({signer: 'attacker'});
    const r = await analyse(await grant(forged, [forged]));
    // The grant is signed with x5c[0]'s key, so the signature verifies; the certificate itself is the problem.
    expect(r.signature).toBe('valid');
    expect(r.certificate?.knownIssuer).toBeUndefined();
    expect(r.certificate?.issuerStatus).toBe('signature-invalid');
    expect(r.findings.find((f) => f.code === 'cert.issuer-signature-invalid')).toMatchObject({
      severity: 'error',
      params: {issuer: 'Buypass Class 3 Test4 CA G2 ST Business', position: 'x5c[0]'},
    });
    expect(r.counts.error).toBeGreaterThan(0);
  });

  it('a CA the site does not carry: named, not verified', async () => {
    const leaf = await makeCert({issuer: BUYPASS_TEST4_CA1});
    const r = await analyse(await grant(leaf, [leaf]));
    expect(r.certificate?.issuerStatus).toBe('named');
    expect(r.certificate?.knownIssuer).toBeUndefined();
    expect(codes(r.findings)).toContain('cert.issuer-unverified');
  });

  it('x5c with the CA first is cert.x5c.order (and the signature fails with x5c[0], MP-124)', async () => {
    const leaf = await makeCert();
    const ca = await makeCa(BUYPASS_TEST_G2, 'ca');
    const r = await analyse(await grant(leaf, [ca, leaf]));
    expect(r.findings.find((f) => f.code === 'cert.x5c.order')?.params).toEqual({position: 'x5c[1]'});
    expect(codes(r.findings)).toContain('cert.ca-certificate');
    expect(r.signature).toBe('invalid');
    // Near miss: the leaf first, then its CA.
    const right = await analyse(await grant(leaf, [leaf, ca]));
    expect(codes(right.findings).filter((c) => c.startsWith('cert.x5c') || c === 'cert.ca-certificate')).toEqual([]);
    expect(right.certificate?.issuerStatus).toBe('verified');
  });

  it('an x5c entry that did not issue the one before is cert.x5c.link', async () => {
    const leaf = await makeCert();
    const stranger = await makeCert({subject: 'CN=ANNET AS, C=NO', holder: 'leaf2', issuer: BUYPASS_PROD_G2});
    const r = await analyse(await grant(leaf, [leaf, stranger]));
    expect(r.findings.find((f) => f.code === 'cert.x5c.link')).toMatchObject({
      severity: 'error',
      params: {position: 'x5c[0]', next: 'x5c[1]'},
    });
    expect(r.certificate?.issuerStatus).toBe('chain-broken');
    expect(r.certificate?.knownIssuer).toBeUndefined();
  });

  it('property: knownIssuer is set exactly when x5c[0] was signed by the carried CA and each next entry issued the one before', async () => {
    const pool = {
      leaf: await makeCert(),
      forged: await makeCert({signer: 'attacker', holder: 'leaf2', serial: '0b'}),
      ca: await makeCa(BUYPASS_TEST_G2, 'ca'),
      fakeCa: await makeCa(BUYPASS_TEST_G2, 'attacker'),
    };
    type Name = keyof typeof pool;
    const names = Object.keys(pool) as Name[];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...names), {minLength: 1, maxLength: 3}), async (entries) => {
        const first = pool[entries[0] as Name];
        const r = await analyse(
          await grant(
            first,
            entries.map((n) => pool[n]),
          ),
        );
        // Each next entry must be the CA that issued the one before: the real CA, after the leaf or after itself
        // (it is self-signed). The real CA alone is verified too: it is the carried certificate itself.
        const chainHolds = entries.slice(1).every((n, i) => n === 'ca' && ['leaf', 'ca'].includes(entries[i] as Name));
        const expected = ['leaf', 'ca'].includes(entries[0] as Name) && chainHolds;
        expect(r.certificate?.knownIssuer !== undefined, entries.join(',')).toBe(expected);
        expect(r.certificate?.issuerStatus === 'verified', entries.join(',')).toBe(expected);
      }),
      {numRuns: 40},
    );
  });
});
