import {beforeAll, describe, expect, it} from 'vitest';
import {generateKeyPair} from 'jose';
import {analyseToken} from '../../../src/lib/jwt/analyse';

import {describeCertificate, CERTIFICATE_ISSUERS} from '../../../src/lib/certificates';
import {
  codes,
  exportJWK,
  exportSPKI,
  GRANT_CLAIMS_OK,
  makeCertificate,
  NOW,
  rsaKeys,
  sign,
  tok,
  type TestCertificate,
  verifySignature,
} from './fixtures';

const Y = 365 * 24 * 3600 * 1000;
const nowDate = new Date(NOW * 1000);

describe('verifySignature', () => {
  let keys: CryptoKeyPair;
  let other: CryptoKeyPair;
  let token: string;
  let cert: TestCertificate;
  let x5cToken: string;

  beforeAll(async () => {
    keys = await rsaKeys();
    other = await rsaKeys();
    token = await sign({alg: 'RS256', kid: 'k1'}, GRANT_CLAIMS_OK, keys.privateKey);
    cert = await makeCertificate(
      '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO',
      'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, C=NO',
      new Date(nowDate.getTime() - Y),
      new Date(nowDate.getTime() + Y),
    );
    x5cToken = await sign({alg: 'RS256', x5c: [cert.x5c]}, GRANT_CLAIMS_OK, cert.keys.privateKey);
  });

  it('sig.valid with a JWK, a JWKS, a PEM public key, a PEM certificate, a bare x5c entry and the token x5c', async () => {
    const jwk = {...(await exportJWK(keys.publicKey)), kid: 'k1'};
    expect((await verifySignature(token, JSON.stringify(jwk))).keySource).toBe('jwk');
    expect(codes((await verifySignature(token, JSON.stringify(jwk))).findings)).toEqual(['sig.valid']);
    expect(
      codes(
        (
          await verifySignature(
            token,
            JSON.stringify({keys: [{...(await exportJWK(other.publicKey)), kid: 'k0'}, jwk]}),
          )
        ).findings,
      ),
    ).toEqual(['sig.valid']);
    expect(codes((await verifySignature(token, await exportSPKI(keys.publicKey))).findings)).toEqual(['sig.valid']);
    expect(codes((await verifySignature(x5cToken, cert.pem)).findings)).toEqual(['sig.valid']);
    expect(codes((await verifySignature(x5cToken, cert.x5c)).findings)).toEqual(['sig.valid']);
    const own = await verifySignature(x5cToken);
    expect(own).toMatchObject({valid: true, keySource: 'x5c'});
  });

  it('sig.invalid: the wrong key; near miss: the right key', async () => {
    expect(codes((await verifySignature(token, await exportSPKI(other.publicKey))).findings)).toEqual(['sig.invalid']);
    const tampered = token.split('.');
    tampered[1] = Buffer.from(JSON.stringify({...GRANT_CLAIMS_OK, iss: 'evil'})).toString('base64url');
    expect(codes((await verifySignature(tampered.join('.'), await exportSPKI(keys.publicKey))).findings)).toEqual([
      'sig.invalid',
    ]);
  });

  it('sig.no-matching-key: a JWKS without the kid; near miss: with it', async () => {
    const otherJwk = {...(await exportJWK(other.publicKey)), kid: 'k0'};
    expect(codes((await verifySignature(token, JSON.stringify({keys: [otherJwk]}))).findings)).toEqual([
      'sig.no-matching-key',
    ]);
    expect(
      codes(
        (
          await verifySignature(
            token,
            JSON.stringify({keys: [otherJwk, {...(await exportJWK(keys.publicKey)), kid: 'k1'}]}),
          )
        ).findings,
      ),
    ).toEqual(['sig.valid']);
  });

  it('sig.key-invalid: garbage key text; sig.key-private: a private key is refused', async () => {
    expect(codes((await verifySignature(token, 'not a key')).findings)).toEqual(['sig.key-invalid']);
    expect(codes((await verifySignature(token, '{"kty":"RSA","n":"abc","e":"AQAB"}')).findings)).toEqual([
      'sig.key-invalid',
    ]);
    expect(codes((await verifySignature(token, JSON.stringify(await exportJWK(keys.privateKey)))).findings)).toEqual([
      'sig.key-private',
    ]);
    expect(
      codes((await verifySignature(token, '-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----')).findings),
    ).toEqual(['sig.key-private']);
  });

  it('sig.alg-mismatch: an EC key for an RS256 token, or HS256; near miss: RSA key', async () => {
    const ec = await generateKeyPair('ES256', {extractable: true});
    expect(codes((await verifySignature(token, JSON.stringify(await exportJWK(ec.publicKey)))).findings)).toEqual([
      'sig.alg-mismatch',
    ]);
    expect(codes((await verifySignature(token, await exportSPKI(ec.publicKey))).findings)).toEqual([
      'sig.alg-mismatch',
    ]);
    expect(codes((await verifySignature(tok({alg: 'HS256'}, GRANT_CLAIMS_OK), '{"kty":"oct"}')).findings)).toEqual([
      'sig.alg-mismatch',
    ]);
    expect(codes((await verifySignature(token, await exportSPKI(keys.publicKey))).findings)).not.toContain(
      'sig.alg-mismatch',
    );
  });

  it('sig.no-key without key text or x5c; jwt findings for bad tokens; alg none', async () => {
    expect(codes((await verifySignature(token)).findings)).toEqual(['sig.no-key']);
    expect(codes((await verifySignature(tok({alg: 'none'}, {}, ''), 'x')).findings)).toEqual(['jwt.alg-none']);
    // What is not a signed token never reaches the signature step: the pipeline says why, and asks for no key.
    for (const text of ['a.b', 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d', tok({alg: 'none'}, GRANT_CLAIMS_OK, '')]) {
      const r = await analyseToken(text, {environment: 'prod', now: NOW, keyText: ''});
      expect(r.signature, text).toBe('not-checked');
      expect(codes(r.findings), text).not.toContain('sig.no-key');
    }
    const unsigned = await analyseToken(tok({alg: 'none'}, GRANT_CLAIMS_OK, ''), {environment: 'prod', now: NOW});
    expect(unsigned.notChecked).toBe('unsigned');
    expect(codes(unsigned.findings)).toContain('jwt.alg-none');
  });
});

describe('describeCertificate', () => {
  const valid = (ms = Y) => [new Date(nowDate.getTime() - ms), new Date(nowDate.getTime() + ms)] as const;

  it('SEID 2: orgnr from organizationIdentifier NTRNO-…, Buypass test issuer', async () => {
    const c = await makeCertificate(
      '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO',
      // The CA's whole name: the CN alone would be a look-alike (cert.issuer-unknown).
      'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, 2.5.4.97=NTRNO-983163327, C=NO',
      ...valid(),
    );
    const r = describeCertificate(c.x5c, {environment: 'test', now: NOW});
    expect(r.certificate).toMatchObject({
      orgnr: '910753614',
      orgnrSource: 'organizationIdentifier',
      environment: 'test',
      issuerCommonName: 'Buypass Class 3 Test4 CA G2 ST Business',
      subjectCommonName: 'EKSEMPEL AS TEST',
    });
    // The name is Buypass's, but a name is not a fact: named, not verified (no signature checked here).
    expect(r.certificate?.namedIssuer?.seid).toBe(2);
    expect(r.certificate?.knownIssuer).toBeUndefined();
    expect(r.certificate?.issuerStatus).toBe('named');
    expect(codes(r.findings)).toEqual(['cert.orgnr', 'cert.issuer-unverified']);
  });

  it('SEID 1: orgnr from serialNumber, Commfides production issuer, PEM input', async () => {
    const c = await makeCertificate(
      '2.5.4.5=910753614, CN=EKSEMPEL AS, O=EKSEMPEL AS, C=NO',
      'C=NO, O=Commfides Norge AS - 988 312 495, OU=Commfides Trust Environment (c) 2011 Commfides Norge AS, CN=CPN Enterprise SHA256 CLASS 3',
      ...valid(),
    );
    const r = describeCertificate(c.pem, {environment: 'prod', now: NOW});
    expect(r.certificate).toMatchObject({orgnr: '910753614', orgnrSource: 'serialNumber', environment: 'prod'});
    expect(r.certificate?.knownIssuer).toBeUndefined();
    expect(codes(r.findings)).toEqual(['cert.orgnr', 'cert.issuer-unverified']);
  });

  it('cert.wrong-environment: a production certificate in test; near miss: in production', async () => {
    const c = await makeCertificate(
      '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS',
      'CN=Commfides Legal Person - G3, C=NO',
      ...valid(),
    );
    expect(codes(describeCertificate(c.x5c, {environment: 'test', now: NOW}).findings)).toContain(
      'cert.wrong-environment',
    );
    expect(codes(describeCertificate(c.x5c, {environment: 'prod', now: NOW}).findings)).not.toContain(
      'cert.wrong-environment',
    );
  });

  it('cert.expired and cert.not-yet-valid; near miss: inside the validity window', async () => {
    const c = await makeCertificate(
      '2.5.4.97=NTRNO-910753614, CN=X',
      'CN=Buypass Class 3 CA 3, C=NO',
      new Date((NOW - 1000) * 1000),
      new Date((NOW + 1000) * 1000),
    );
    expect(codes(describeCertificate(c.x5c, {now: NOW + 1001}).findings)).toContain('cert.expired');
    expect(codes(describeCertificate(c.x5c, {now: NOW - 1001}).findings)).toContain('cert.not-yet-valid');
    const ok = codes(describeCertificate(c.x5c, {now: NOW}).findings);
    expect(ok).not.toContain('cert.expired');
    expect(ok).not.toContain('cert.not-yet-valid');
  });

  it('cert.consumer-org-same; cert.orgnr.missing; cert.issuer-unknown; cert.invalid', async () => {
    const c = await makeCertificate('2.5.4.97=NTRNO-910753614, CN=X', 'CN=Buypass Class 3 CA 3, C=NO', ...valid());
    expect(codes(describeCertificate(c.x5c, {consumerOrg: '910753614'}).findings)).toContain('cert.consumer-org-same');
    expect(codes(describeCertificate(c.x5c, {consumerOrg: '991825827'}).findings)).not.toContain(
      'cert.consumer-org-same',
    );
    const noOrg = await makeCertificate('CN=Someone', 'CN=Some Other CA', ...valid());
    expect(codes(describeCertificate(noOrg.x5c).findings)).toEqual(['cert.orgnr.missing', 'cert.issuer-unknown']);
    expect(describeCertificate(noOrg.x5c).certificate?.environment).toBe('unknown');
    expect(codes(describeCertificate('MIIB').findings)).toEqual(['cert.invalid']);
    expect(codes(describeCertificate('').findings)).toEqual(['cert.invalid']);
  });

  it('every issuer row has a source and a checked date', () => {
    for (const i of CERTIFICATE_ISSUERS)
      expect(i).toMatchObject({source: expect.stringMatching(/^https:\/\//), checked: '2026-11-25'});
  });
});
