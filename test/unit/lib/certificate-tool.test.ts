// The certificate tool: every finding it raises with a certificate made here, and a near miss for each; the
// outputs against jose; the renewal plan and its calendar file; and any bytes as a file never throw.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import fc from 'fast-check';
import {calculateJwkThumbprint, exportJWK, importX509} from 'jose';
import {describe, expect, it} from 'vitest';
import {
  analyseCertificateInput,
  derKind,
  MAX_INPUT_BYTES,
  MAX_JWKS_KEYS,
  type CertificateToolOptions,
  type CertificateToolResult,
} from '../../../src/lib/certificate-tool';
import {describeCertificate} from '../../../src/lib/certificates';
import {CERTIFICATE_ISSUERS, matchCertificateIssuer, sameName} from '../../../src/lib/certificate-issuers';
import {CERTIFICATE_FACTS} from '../../../src/lib/certificate-facts';
import {FINDING_CATALOGUE} from '../../../src/lib/findings';
import {rsaModulusBits} from '../../../src/lib/jwk';
import {KEY_LIFETIME_DAYS, planRenewal} from '../../../src/lib/renewal-plan';
import {buildCalendar, escapeText, foldLine} from '../../../src/lib/ics';
import {codes} from './fixtures';
import {
  BUYPASS_PROD_G2,
  BUYPASS_SEID1_PROD,
  BUYPASS_TEST_G2,
  csrAndPkcs7,
  DAY,
  keysFor,
  makeCa,
  makeCert,
  NOW,
  SEID1_SUBJECT,
  testCarried,
  type CertSpec,
} from './cert-fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 500);

/** The tool as the reader runs it, verifying up to the tests' carried CA (testCarried), not the site's. */
const analyse = async (
  input: Parameters<typeof analyseCertificateInput>[0],
  environment: 'test' | 'prod' = 'test',
  kid?: string,
  more: Partial<CertificateToolOptions> = {},
): Promise<CertificateToolResult> =>
  analyseCertificateInput(input, {
    environment,
    now: NOW,
    carried: await testCarried(),
    ...(kid !== undefined ? {kid} : {}),
    ...more,
  });

const codesOf = async (spec: CertSpec, environment: 'test' | 'prod' = 'test'): Promise<string[]> =>
  codes((await analyse({bytes: (await makeCert(spec)).der, fileName: 'virksomhet.cer'}, environment)).findings);

describe('certificate tool: the description', () => {
  it('SEID 2 from a .cer (DER): holder, orgnr, Buypass test issuer, RSA 2048, days left', async () => {
    const c = await makeCert({keyUsage: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation});
    const r = await analyse({bytes: c.der, fileName: 'virksomhet.cer'});
    expect(r.kind).toBe('certificate');
    expect(r.certificate).toMatchObject({
      subjectCommonName: 'EKSEMPEL AS TEST',
      orgnr: '910753614',
      orgnrSource: 'organizationIdentifier',
      environment: 'test',
      key: {type: 'RSA', size: 2048},
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      daysLeft: 365,
      selfSigned: false,
    });
    // Verified up to the (test) carried CA: only then is the issuer a fact, with where the CA came from.
    expect(r.certificate?.issuerStatus).toBe('verified');
    expect(r.certificate?.knownIssuer).toMatchObject({ca: 'Buypass', seid: 2, environment: 'test'});
    expect(r.certificate?.verifiedBy?.source).toMatch(/^https:\/\//);
    expect(codes(r.findings)).toEqual(['cert.orgnr', 'cert.issuer-verified']);
  });

  it('SEID 1: orgnr from serialNumber, Buypass production issuer with its whole name', async () => {
    const c = await makeCert({subject: SEID1_SUBJECT, issuer: BUYPASS_SEID1_PROD});
    const r = await analyse({text: c.pem}, 'prod');
    expect(r.certificate).toMatchObject({orgnr: '910753614', orgnrSource: 'serialNumber', environment: 'prod'});
    expect(r.certificate?.knownIssuer).toMatchObject({seid: 1, environment: 'prod'});
    expect(codes(r.findings)).toEqual(['cert.orgnr', 'cert.issuer-verified']);
  });

  it('accepts the PEM forms verifySignature accepts: text around it, Bag Attributes, a chain (leaf first)', async () => {
    const leaf = await makeCert();
    const other = await makeCa(BUYPASS_TEST_G2, 'ca');
    const bag = `Bag Attributes\n    localKeyID: 01 00 00 00\n    friendlyName: virksomhetssertifikat\nsubject=/C=NO/CN=EKSEMPEL AS TEST\nissuer=/C=NO/CN=Buypass\n${leaf.pem}\n${other.pem}\n`;
    for (const text of [`Her er sertifikatet:\n${leaf.pem}\nHilsen IT`, bag, `${leaf.pem}\n${other.pem}`]) {
      const r = describeCertificate(text, {now: NOW});
      expect(r.certificate?.subjectCommonName, text.slice(0, 20)).toBe('EKSEMPEL AS TEST');
    }
    const chain = await analyse({text: bag});
    expect(chain.outputs?.x5c).toEqual([
      Buffer.from(leaf.der).toString('base64'),
      Buffer.from(other.der).toString('base64'),
    ]);
    // The leaf's own PEM, alone.
    expect(chain.outputs?.leafPem.match(/BEGIN CERTIFICATE/g)).toHaveLength(1);
    expect(chain.outputs?.leafPem.replace(/\s+/g, '')).toBe(leaf.pem.replace(/\s+/g, ''));
    // Near miss: armour with garbage inside is not a certificate.
    expect(codes(describeCertificate('-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----').findings)).toEqual([
      'cert.invalid',
    ]);
    expect(
      codes((await analyse({text: '-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----'})).findings),
    ).toEqual(['cert.chain.unreadable']);
  });
});

describe('certificate tool: one raise and one near miss per finding', () => {
  it('cert.expires-soon: a warning under 60 days, an error under 14; near miss: 61 days', async () => {
    const warn = await analyse({bytes: (await makeCert({notAfter: NOW + 59 * DAY + 60})).der});
    expect(warn.findings.find((f) => f.code === 'cert.expires-soon')).toMatchObject({
      severity: 'warning',
      params: {days: 59},
    });
    const err = await analyse({bytes: (await makeCert({notAfter: NOW + 13 * DAY + 60})).der});
    expect(err.findings.find((f) => f.code === 'cert.expires-soon')).toMatchObject({
      severity: 'error',
      params: {days: 13},
    });
    expect(await codesOf({notAfter: NOW + 61 * DAY})).not.toContain('cert.expires-soon');
    // A grant check does not ask for it: a certificate with days left works.
    const soon = await makeCert({notAfter: NOW + 5 * DAY});
    expect(codes(describeCertificate(soon.pem, {now: NOW}).findings)).not.toContain('cert.expires-soon');
  });

  it('cert.expired and cert.not-yet-valid; near miss: inside the window', async () => {
    expect(await codesOf({notBefore: NOW - 400 * DAY, notAfter: NOW - DAY})).toContain('cert.expired');
    expect(await codesOf({notBefore: NOW + DAY, notAfter: NOW + 400 * DAY})).toContain('cert.not-yet-valid');
    const ok = await codesOf({});
    expect(ok).not.toContain('cert.expired');
    expect(ok).not.toContain('cert.not-yet-valid');
  });

  it('cert.key-too-small: RSA 1024; near miss: RSA 2048', async () => {
    const small = await analyse({bytes: (await makeCert({key: {kind: 'rsa', bits: 1024}})).der});
    expect(small.findings.find((f) => f.code === 'cert.key-too-small')?.params).toEqual({bits: 1024, min: 2048});
    expect(await codesOf({key: {kind: 'rsa', bits: 2048}})).not.toContain('cert.key-too-small');
  });

  it('cert.key-type: an EC key cannot sign RS256; no JWK is offered; near miss: RSA', async () => {
    const ec = await analyse({bytes: (await makeCert({key: {kind: 'ec'}})).der});
    expect(codes(ec.findings)).toContain('cert.key-type');
    expect(ec.certificate?.key).toMatchObject({type: 'EC', curve: 'P-256'});
    expect(ec.outputs?.jwk).toBeUndefined();
    expect(ec.outputs?.x5c).toHaveLength(1);
    expect(await codesOf({})).not.toContain('cert.key-type');
  });

  it('cert.wrong-environment: a production certificate in test; near miss: in production', async () => {
    expect(await codesOf({issuer: BUYPASS_PROD_G2}, 'test')).toContain('cert.wrong-environment');
    expect(await codesOf({issuer: BUYPASS_PROD_G2}, 'prod')).not.toContain('cert.wrong-environment');
  });

  it('cert.self-signed: issuer is the subject; near miss: the same subject under a CA', async () => {
    const self = await codesOf({selfSigned: true});
    expect(self).toContain('cert.self-signed');
    expect(self).not.toContain('cert.issuer-unknown');
    expect(await codesOf({})).not.toContain('cert.self-signed');
    // A self-signed certificate that takes a carried CA's name as subject and issuer is not that CA: its
    // signature is checked with the carried CA's key, and fails.
    expect(await codesOf({selfSigned: true, subject: BUYPASS_TEST_G2})).toContain('cert.issuer-signature-invalid');
  });

  it('cert.issuer-unknown: a CA that only copies a known CN; near miss: the whole name', async () => {
    const copied = await analyse({
      bytes: (await makeCert({issuer: 'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Fake CA AS, C=NO'})).der,
    });
    expect(copied.findings.find((f) => f.code === 'cert.issuer-unknown')?.params).toMatchObject({
      reason: 'copied-name',
    });
    expect(copied.certificate?.knownIssuer).toBeUndefined();
    const other = await analyse({bytes: (await makeCert({issuer: 'CN=Some Other CA, C=NO'})).der});
    expect(other.findings.find((f) => f.code === 'cert.issuer-unknown')?.params).toMatchObject({
      reason: 'not-in-table',
    });
    // The same attributes in another RDN order, and the value's case, are the same name.
    expect(
      await codesOf({
        issuer: 'C=NO, 2.5.4.97=NTRNO-983163327, O=BUYPASS AS, CN=Buypass Class 3 Test4 CA G2 ST Business',
      }),
    ).not.toContain('cert.issuer-unknown');
  });

  it('issuer match: where the table knows the CA key identifier, the authority key identifier must match', () => {
    const row = CERTIFICATE_ISSUERS.find((i) => i.commonName === 'Buypass Class 3 CA 3');
    if (!row) throw new Error('no issuer row');
    const table = [{...row, keyIdentifier: 'aabbcc'}];
    expect(matchCertificateIssuer(row.name, 'AABBCC', table).kind).toBe('known');
    expect(matchCertificateIssuer(row.name, 'ddeeff', table)).toMatchObject({
      kind: 'copied-name',
      reason: 'key-identifier',
    });
    expect(matchCertificateIssuer(row.name, undefined, table)).toMatchObject({
      kind: 'copied-name',
      reason: 'key-identifier',
    });
    // Without a key identifier in the row, the whole name decides; a CN that no row has is unknown.
    expect(matchCertificateIssuer(row.name, 'ddeeff').kind).toBe('known');
    expect(matchCertificateIssuer([['2.5.4.3', 'Buypass Class 3 CA 3']])).toMatchObject({
      kind: 'copied-name',
      reason: 'name',
    });
    expect(matchCertificateIssuer([['2.5.4.3', 'Nobody CA']]).kind).toBe('unknown');
    expect(sameName(row.name, [...row.name].reverse())).toBe(true);
  });

  it('cert.key-usage: keyEncipherment only; near miss: digitalSignature, and no extension at all', async () => {
    const enc = await analyse({bytes: (await makeCert({keyUsage: x509.KeyUsageFlags.keyEncipherment})).der});
    expect(enc.findings.find((f) => f.code === 'cert.key-usage')?.params).toEqual({keyUsage: 'keyEncipherment'});
    expect(await codesOf({keyUsage: x509.KeyUsageFlags.digitalSignature})).not.toContain('cert.key-usage');
    expect(await codesOf({})).not.toContain('cert.key-usage');
  });

  it('cert.orgnr (info) with a valid check digit; near miss: cert.orgnr.missing without one', async () => {
    const r = await analyse({bytes: (await makeCert()).der});
    expect(r.findings.find((f) => f.code === 'cert.orgnr')).toMatchObject({
      severity: 'info',
      params: {orgnr: '910753614', checksum: 'valid'},
    });
    expect(await codesOf({subject: 'CN=Someone, C=NO'})).toEqual(['cert.orgnr.missing', 'cert.issuer-verified']);
  });

  it('cert.private-material: .p12 and .pfx files, PKCS#12 bytes, PEM and DER private keys, private JWKs', async () => {
    const keys = await keysFor({kind: 'rsa', bits: 2048});
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
    const pkcs8Pem = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(pkcs8).toString('base64')}\n-----END PRIVATE KEY-----`;
    const privateJwk = await crypto.subtle.exportKey('jwk', keys.privateKey);
    // The start of a real PKCS#12 file: SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data …
    const p12 = Uint8Array.from([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03, 0x30, 0x82, 0x09, 0xc6, 0x06, 0x09]);
    const cases: Parameters<typeof analyseCertificateInput>[0][] = [
      {bytes: (await makeCert()).der, fileName: 'virksomhet.p12'},
      {bytes: Uint8Array.from([1, 2, 3]), fileName: 'Virksomhet.PFX'},
      {bytes: p12, fileName: 'virksomhet.cer'},
      {bytes: pkcs8, fileName: 'nokkel.der'},
      {text: pkcs8Pem},
      {text: `${(await makeCert()).pem}\n${pkcs8Pem}`},
      {text: Buffer.from(p12).toString('base64')},
      {text: JSON.stringify(privateJwk)},
      {text: JSON.stringify({keys: [privateJwk]})},
    ];
    for (const input of cases) {
      const r = await analyse(input);
      expect(codes(r.findings), JSON.stringify(input.fileName ?? input.text?.slice(0, 30))).toEqual([
        'cert.private-material',
      ]);
      expect(r.outputs).toBeUndefined();
    }
    expect(derKind(p12)).toBe('pkcs12');
    // Near miss: the certificate itself, as a .cer and as PEM.
    expect(await codesOf({})).not.toContain('cert.private-material');
    expect(codes((await analyse({text: (await makeCert()).pem})).findings)).not.toContain('cert.private-material');
  });

  it('cert.input.unreadable for text that is no certificate; a public JWK is checked', async () => {
    expect(codes((await analyse({text: 'hei'})).findings)).toEqual(['cert.input.unreadable']);
    expect(codes((await analyse({text: '{"kty":'})).findings)).toEqual(['cert.input.unreadable']);
    expect((await analyse({text: '   '})).findings).toEqual([]);
    // An empty paste says nothing; a file of only blanks is an empty file.
    expect(codes((await analyse({bytes: Uint8Array.from([0x20, 0x0a]), fileName: 'a.pem'})).findings)).toEqual([
      'cert.input.empty',
    ]);
    const c = await makeCert();
    const jwk = await crypto.subtle.exportKey('jwk', c.publicKey);
    const r = await analyse({text: JSON.stringify({keys: [jwk]})});
    expect(r.kind).toBe('jwk');
    expect(r.findings).toEqual([]);
    expect(r.keys?.[0]?.jwk).toMatchObject({kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RS256', use: 'sig'});
    const ec = await crypto.subtle.exportKey('jwk', (await keysFor({kind: 'ec'})).publicKey);
    expect(codes((await analyse({text: JSON.stringify(ec)})).findings)).toEqual(['cert.key-type']);
    const small = await crypto.subtle.exportKey('jwk', (await keysFor({kind: 'rsa', bits: 1024})).publicKey);
    expect(codes((await analyse({text: JSON.stringify(small)})).findings)).toEqual(['cert.key-too-small']);
    expect(rsaModulusBits(jwk.n ?? '')).toBe(2048);
  });
});

describe('certificate tool: outputs', () => {
  it('the JWK equals jose exportJWK + calculateJwkThumbprint; kid is the thumbprint unless one is typed', async () => {
    const c = await makeCert();
    const r = await analyse({bytes: c.der});
    const joseKey = await exportJWK(await importX509(c.pem, 'RS256', {extractable: true}));
    const thumbprint = await calculateJwkThumbprint(joseKey, 'sha256');
    expect(r.outputs?.jwk).toEqual({kty: 'RSA', n: joseKey.n, e: joseKey.e, alg: 'RS256', use: 'sig', kid: thumbprint});
    expect(r.outputs?.thumbprint).toBe(thumbprint);
    const typed = await analyse({bytes: c.der}, 'test', '  min-nokkel-2026 ');
    expect(typed.outputs?.jwk?.kid).toBe('min-nokkel-2026');
    expect(typed.outputs?.thumbprint).toBe(thumbprint);
  });

  it('x5t#S256 is the base64url SHA-256 of the DER; x5c is standard base64', async () => {
    const c = await makeCert();
    const r = await analyse({text: c.pem});
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', c.der)).toString('base64url');
    expect(r.outputs?.x5tS256).toBe(digest);
    expect(r.outputs?.x5c).toEqual([Buffer.from(c.der).toString('base64')]);
  });

  it('the renewal plan: order 60 days before, register 30, switch 14, remove the day after expiry', async () => {
    const r = await analyse({bytes: (await makeCert({notAfter: Date.UTC(2026, 5, 30, 12) / 1000})).der});
    expect(r.plan).toEqual({
      expires: '2026-06-30',
      steps: [
        {id: 'order', date: '2026-05-01', overdue: false},
        {id: 'register-new', date: '2026-05-31', overdue: false},
        {id: 'switch', date: '2026-06-16', overdue: false},
        {id: 'remove-old', date: '2026-07-01', overdue: false},
      ],
    });
    const late = planRenewal(NOW + 20 * DAY, NOW);
    expect(late?.steps.map((s) => s.overdue)).toEqual([true, true, false, false]);
    expect(planRenewal(Number.NaN, NOW)).toBeUndefined();
  });

  it('the .ics: one all-day event per step with the plan dates, CRLF, escaped text, folded lines', () => {
    const ics = buildCalendar(
      [
        {uid: 'order-1@x', date: '2026-05-01', summary: 'Bestill nytt sertifikat; EKSEMPEL, AS', description: 'a\nb'},
        {uid: 'remove@x', date: '2026-07-01', summary: 'Fjern gammel nøkkel'},
        {uid: 'bad@x', date: 'not a date', summary: 'never'},
      ],
      NOW,
      'Sertifikat',
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260501\r\nDTEND;VALUE=DATE:20260502\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260701\r\nDTEND;VALUE=DATE:20260702\r\n');
    expect(ics).toContain('SUMMARY:Bestill nytt sertifikat\\; EKSEMPEL\\, AS');
    expect(ics).toContain('DESCRIPTION:a\\nb');
    expect(ics).toContain('DTSTAMP:20251125T000000Z');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).not.toContain('never');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(escapeText('a\\b')).toBe('a\\\\b');
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it('every certificate fact has a source and a checked date; the inference says so', () => {
    for (const f of CERTIFICATE_FACTS) {
      expect(f.source).toMatch(/^https:\/\/\S+$/);
      expect(f.checked).toBe('2026-11-25');
      expect(f.text.nb.length).toBeGreaterThan(10);
      expect(f.text.en.length).toBeGreaterThan(10);
    }
    expect(CERTIFICATE_FACTS.find((f) => f.id === 'two-keys')).toMatchObject({status: 'inference'});
    expect(CERTIFICATE_FACTS.find((f) => f.id === 'signing-certificate-test')?.text.nb).toContain('signering');
  });
});

describe('certificate tool: properties', () => {
  const wellFormed = (r: CertificateToolResult): boolean =>
    r.findings.every(
      (f) =>
        Object.prototype.hasOwnProperty.call(FINDING_CATALOGUE, f.code) &&
        (f.severity === FINDING_CATALOGUE[f.code].severity || f.code === 'cert.expires-soon') &&
        Object.values(f.params).every((v) => typeof v === 'string' || typeof v === 'number'),
    );

  it('any byte string dropped as a file gives findings, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({maxLength: 2048}),
        fc.constantFrom('virksomhet.cer', 'a.crt', 'a.der', 'a.pem', 'a.p12', undefined),
        async (bytes, fileName) => {
          const r = await analyseCertificateInput(
            {bytes, ...(fileName !== undefined ? {fileName} : {})},
            {environment: 'prod', now: NOW},
          );
          expect(wellFormed(r)).toBe(true);
          expect(r.findings.length).toBeGreaterThan(0);
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('a real certificate with bytes flipped or cut never throws', async () => {
    const c = await makeCert();
    await fc.assert(
      fc.asyncProperty(fc.nat(c.der.length - 1), fc.nat(255), fc.nat(c.der.length), async (i, b, cut) => {
        const bytes = c.der.slice(0, Math.max(cut, 1));
        if (i < bytes.length) bytes[i] = b;
        const r = await analyseCertificateInput({bytes}, {environment: 'test', now: NOW});
        expect(wellFormed(r)).toBe(true);
        expect(r.findings.length).toBeGreaterThan(0);
      }),
      {numRuns: Math.max(50, Math.floor(RUNS / 5))},
    );
  });

  it('any pasted text never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.base64String(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          const r = await analyseCertificateInput({text}, {environment: 'test', now: NOW});
          expect(wellFormed(r)).toBe(true);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('certificate tool: why a file could not be read', () => {
  it('names each case: empty, image, CSR, SSH key, PKCS#7, missing END line, JSON that is no JWK, too large', async () => {
    const c = await makeCert();
    const {csrPem, csrDer, p7bPem, p7bDer} = csrAndPkcs7(c.pem);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const cases: [Parameters<typeof analyseCertificateInput>[0], string][] = [
      [{bytes: new Uint8Array(0), fileName: 'virksomhet.cer'}, 'cert.input.empty'],
      [{bytes: png, fileName: 'sertifikat.png'}, 'cert.input.image'],
      [{bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), fileName: 'bilde.cer'}, 'cert.input.image'],
      [{bytes: new TextEncoder().encode('%PDF-1.7\n%âãÏÓ'), fileName: 'sertifikat.pdf'}, 'cert.input.image'],
      [{text: csrPem}, 'cert.input.csr'],
      [{bytes: new Uint8Array(csrDer), fileName: 'foresporsel.der'}, 'cert.input.csr'],
      [{text: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ola@laptop'}, 'cert.input.ssh-key'],
      [{text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG ola@laptop'}, 'cert.input.ssh-key'],
      [{text: p7bPem}, 'cert.input.pkcs7'],
      [{bytes: new Uint8Array(p7bDer), fileName: 'kjede.p7b'}, 'cert.input.pkcs7'],
      [{text: c.pem.split('-----END')[0] ?? ''}, 'cert.input.pem-truncated'],
      [{text: '{"access_token":"eyJ…","token_type":"Bearer"}'}, 'cert.input.not-jwk'],
      [{text: '{"keys":[]}'}, 'cert.input.not-jwk'],
      [{text: 'A'.repeat(5 * 1024 * 1024)}, 'cert.input.too-large'],
      [{bytes: new Uint8Array(MAX_INPUT_BYTES + 1), fileName: 'stor.cer'}, 'cert.input.too-large'],
    ];
    for (const [input, code] of cases) {
      const r = await analyse(input);
      expect(codes(r.findings), `${input.fileName ?? input.text?.slice(0, 30)}`).toEqual([code]);
      expect(r.outputs).toBeUndefined();
    }
    const big = await analyse({text: 'A'.repeat(5 * 1024 * 1024)});
    expect(big.findings[0]?.params).toEqual({size: 5 * 1024 * 1024, max: MAX_INPUT_BYTES});
    // Near miss: the same certificate whole, in each of its forms, is read.
    for (const input of [{text: c.pem}, {bytes: c.der}, {text: c.x5c}]) {
      expect((await analyse(input)).outputs?.x5c, JSON.stringify(input).slice(0, 30)).toEqual([c.x5c]);
    }
  });

  it('a PEM public key (SPKI or PKCS#1) gives the JWK, and says it is a key, not a certificate', async () => {
    const keys = await keysFor();
    const spki = Buffer.from(await crypto.subtle.exportKey('spki', keys.publicKey));
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const spkiPem = `-----BEGIN PUBLIC KEY-----\n${spki.toString('base64')}\n-----END PUBLIC KEY-----`;
    const r = await analyse({text: spkiPem});
    expect(r.kind).toBe('jwk');
    expect(codes(r.findings)).toEqual(['cert.input.public-key']);
    expect(r.keys?.[0]?.jwk).toMatchObject({n: jwk.n, e: jwk.e, use: 'sig', alg: 'RS256'});
    // PKCS#1 is the BIT STRING inside the SPKI (after the 24-byte header of a 2048-bit key).
    const pkcs1 = spki.subarray(24);
    const pkcs1Pem = `-----BEGIN RSA PUBLIC KEY-----\n${pkcs1.toString('base64')}\n-----END RSA PUBLIC KEY-----`;
    expect((await analyse({text: pkcs1Pem})).keys?.[0]?.jwk.n).toBe(jwk.n);
  });

  it('property: a known non-certificate form with any content after its header is named, never "unreadable"', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          ['-----BEGIN CERTIFICATE REQUEST-----\n', '\n-----END CERTIFICATE REQUEST-----', 'cert.input.csr'],
          ['-----BEGIN PKCS7-----\n', '\n-----END PKCS7-----', 'cert.input.pkcs7'],
          ['ssh-rsa AAAA', ' ola@host', 'cert.input.ssh-key'],
          ['-----BEGIN CERTIFICATE-----\n', '', 'cert.input.pem-truncated'],
        ),
        fc.base64String({maxLength: 400}),
        async ([head, tail, code], body) => {
          const r = await analyse({text: `${head}${body}${tail}`});
          expect(codes(r.findings)).toEqual([code]);
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('property: JSON objects without kty or keys are named "not a JWK"; files starting like an image are images', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc
            .string({maxLength: 8})
            .filter((k) => !['kty', 'keys', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'].includes(k)),
          fc.jsonValue({maxDepth: 1}),
        ),
        fc.constantFrom(
          [0x89, 0x50, 0x4e, 0x47],
          [0xff, 0xd8, 0xff],
          [0x47, 0x49, 0x46, 0x38],
          [0x25, 0x50, 0x44, 0x46],
        ),
        fc.uint8Array({maxLength: 200}),
        async (object, magic, rest) => {
          expect(codes((await analyse({text: JSON.stringify(object)})).findings)).toEqual(['cert.input.not-jwk']);
          const file = await analyse({bytes: Uint8Array.from([...magic, ...rest]), fileName: 'x.cer'});
          expect(codes(file.findings)).toEqual(['cert.input.image']);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('certificate tool: nothing is changed silently', () => {
  const rsaJwk = async (): Promise<JsonWebKey> => crypto.subtle.exportKey('jwk', (await keysFor()).publicKey);

  it('an enc JWK is not relabelled sig; an alg that is not RS* is not replaced; near miss: use sig, alg RS512', async () => {
    const {n, e} = await rsaJwk();
    const enc = await analyse({text: JSON.stringify({kty: 'RSA', n, e, use: 'enc'})});
    expect(codes(enc.findings)).toEqual(['cert.jwk.use-enc']);
    expect(enc.keys).toEqual([]);
    const oaep = await analyse({text: JSON.stringify({kty: 'RSA', n, e, alg: 'RSA-OAEP-256'})});
    expect(oaep.findings.find((f) => f.code === 'cert.jwk.alg')?.params).toEqual({alg: 'RSA-OAEP-256'});
    const rs512 = await analyse({text: JSON.stringify({kty: 'RSA', n, e, use: 'sig', alg: 'RS512'})});
    expect(rs512.findings).toEqual([]);
    expect(rs512.keys?.[0]?.jwk).toMatchObject({use: 'sig', alg: 'RS512'});
  });

  it('a JWKS over the limit says it was cut', async () => {
    const jwk = await rsaJwk();
    const r = await analyse({
      text: JSON.stringify({keys: Array.from({length: 25}, (_, i) => ({...jwk, kid: `k${i}`}))}),
    });
    expect(r.findings.find((f) => f.code === 'cert.jwks.truncated')?.params).toEqual({count: 25, max: MAX_JWKS_KEYS});
    expect(r.keys).toHaveLength(MAX_JWKS_KEYS);
    const exact = await analyse({text: JSON.stringify({keys: [jwk]})});
    expect(codes(exact.findings)).not.toContain('cert.jwks.truncated');
  });

  it('a typed kid that replaces the JWK’s own says so; one that cannot be used says so; several keys keep theirs', async () => {
    const jwk = {...(await rsaJwk()), kid: 'gammel-kid'};
    const replaced = await analyse({text: JSON.stringify(jwk)}, 'test', 'ny-kid');
    expect(replaced.keys?.[0]?.jwk.kid).toBe('ny-kid');
    expect(replaced.findings.find((f) => f.code === 'cert.kid.replaced')?.params).toEqual({
      kid: 'ny-kid',
      previous: 'gammel-kid',
    });
    const same = await analyse({text: JSON.stringify(jwk)}, 'test', 'gammel-kid');
    expect(same.findings).toEqual([]);
    const invalid = await analyse({bytes: (await makeCert()).der}, 'test', 'x'.repeat(201));
    expect(codes(invalid.findings)).toContain('cert.kid.invalid');
    expect(invalid.outputs?.jwk?.kid).toBe(invalid.outputs?.thumbprint);
    const several = await analyse({text: JSON.stringify({keys: [jwk, {...jwk, kid: 'annen'}]})}, 'test', 'ny-kid');
    expect(several.findings.find((f) => f.code === 'cert.kid.several-keys')?.params).toEqual({count: 2});
    expect(several.keys?.map((k) => k.jwk.kid)).toEqual(['gammel-kid', 'annen']);
  });

  it('property: a JWK with any use other than sig never comes out as a sig key', async () => {
    const {n, e} = await rsaJwk();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.integer(), fc.boolean()).filter((u) => u !== 'sig'),
        async (use) => {
          const r = await analyse({text: JSON.stringify({kty: 'RSA', n, e, use})});
          expect(r.keys ?? []).toEqual([]);
          expect(codes(r.findings)).toEqual(['cert.jwk.use-enc']);
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('property: a typed kid is used as typed, or a finding says why not', async () => {
    const jwk = {...(await rsaJwk()), kid: 'egen'};
    await fc.assert(
      fc.asyncProperty(fc.string({maxLength: 260}), async (kid) => {
        const r = await analyse({text: JSON.stringify(jwk)}, 'test', kid);
        const out = r.keys?.[0]?.jwk.kid;
        const said = codes(r.findings);
        if (kid.trim() === '') expect(out).toBe('egen');
        else if (said.includes('cert.kid.invalid')) expect(out).toBe('egen');
        else {
          expect(out).toBe(kid.trim());
          expect(said.includes('cert.kid.replaced')).toBe(kid.trim() !== 'egen');
        }
      }),
      {numRuns: RUNS},
    );
  });

  it('property: a JWKS of any length reads at most the limit, and says so exactly when it cut', async () => {
    const jwk = await rsaJwk();
    await fc.assert(
      fc.asyncProperty(fc.integer({min: 1, max: 40}), async (count) => {
        const r = await analyse({text: JSON.stringify({keys: Array.from({length: count}, () => jwk)})});
        expect(r.keys).toHaveLength(Math.min(count, MAX_JWKS_KEYS));
        expect(codes(r.findings).includes('cert.jwks.truncated')).toBe(count > MAX_JWKS_KEYS);
      }),
      {numRuns: 40},
    );
  });
});

describe('certificate tool: the organisation number', () => {
  it('cert.orgnr.checksum: a wrong mod 11 check digit is said to be invalid; near miss: the right digit', async () => {
    const bad = await analyse({bytes: (await makeCert({subject: '2.5.4.97=NTRNO-910753615, CN=FEIL AS, C=NO'})).der});
    expect(bad.findings.find((f) => f.code === 'cert.orgnr.checksum')).toMatchObject({
      severity: 'warning',
      params: {orgnr: '910753615'},
    });
    expect(codes(bad.findings)).not.toContain('cert.orgnr');
    expect(await codesOf({})).not.toContain('cert.orgnr.checksum');
  });

  it('property: for any 8 digits, only the mod 11 check digit gives cert.orgnr; every other digit the checksum warning', async () => {
    const weights = [3, 2, 7, 6, 5, 4, 3, 2];
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9]{8}$/), fc.nat(9), async (first8, last) => {
        const sum = [...first8].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
        const rest = sum % 11;
        const check = rest === 0 ? 0 : 11 - rest;
        const orgnr = `${first8}${last}`;
        const r = describeCertificate((await makeCert({subject: `2.5.4.97=NTRNO-${orgnr}, CN=X, C=NO`})).x5c, {
          now: NOW,
        });
        const valid = check < 10 && check === last;
        expect(codes(r.findings).includes('cert.orgnr')).toBe(valid);
        expect(codes(r.findings).includes('cert.orgnr.checksum')).toBe(!valid);
      }),
      {numRuns: Math.max(30, Math.floor(RUNS / 10))},
    );
  });
});

describe('certificate tool: the renewal plan knows a registered key lives at most a year (MP-121)', () => {
  it('a three-year certificate: the key is registered again before each year is out', async () => {
    const r = await analyse({bytes: (await makeCert({notBefore: NOW, notAfter: NOW + 3 * 365 * DAY})).der});
    const renewals = r.plan?.steps.filter((s) => s.id === 'renew-key') ?? [];
    expect(renewals.map((s) => [s.date, s.keyExpires])).toEqual([
      ['2026-11-11', '2026-11-25'],
      ['2027-10-28', '2027-11-11'],
      // Registered again 14 days early each time, the key runs out before the switch (2028-11-09) once more.
      ['2028-10-13', '2028-10-27'],
    ]);
    // The steps are in date order, the key steps among the certificate steps.
    const dates = r.plan?.steps.map((s) => s.date) ?? [];
    expect([...dates].sort()).toEqual(dates);
    // A key registered ten months ago: the first renewal is soon.
    const older = await analyse({bytes: (await makeCert({notAfter: NOW + 400 * DAY})).der}, 'test', undefined, {
      keyRegistered: NOW - 300 * DAY,
    });
    expect(older.plan?.steps.find((s) => s.id === 'renew-key')).toMatchObject({
      date: '2026-01-15',
      keyExpires: '2026-01-29',
      overdue: false,
    });
    // Near miss: a certificate with less than a year left needs no re-registration.
    const short = await analyse({bytes: (await makeCert({notAfter: NOW + 200 * DAY})).der});
    expect(short.plan?.steps.some((s) => s.id === 'renew-key')).toBe(false);
  });

  it('property: between now and the switch to the next certificate, the registered key is never older than a year', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 6 * 365}),
        fc.integer({min: 0, max: 3 * 365}),
        (daysLeft, registeredDaysAgo) => {
          const plan = planRenewal(NOW + daysLeft * DAY, NOW, {keyRegistered: NOW - registeredDaysAgo * DAY});
          const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 1000 / DAY;
          const switchDay = day(plan?.steps.find((s) => s.id === 'switch')?.date ?? '');
          const today = NOW / DAY;
          let registered = today - registeredDaysAgo;
          for (const s of plan?.steps.filter((x) => x.id === 'renew-key') ?? []) {
            // Each re-registration is due before the key runs out (or at once, when it already has).
            expect(day(s.date)).toBeLessThanOrEqual(registered + KEY_LIFETIME_DAYS);
            expect(s.overdue).toBe(day(s.date) < Math.floor(today));
            registered = Math.max(day(s.date), today);
          }
          if (switchDay > today) expect(switchDay - registered).toBeLessThanOrEqual(KEY_LIFETIME_DAYS);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('certificate tool: any file or text', () => {
  it('property: arbitrary bytes, DER-shaped junk and text give findings, never an exception', async () => {
    const derLike = fc
      .tuple(fc.constantFrom([0x30, 0x82], [0x30, 0x81], [0x30, 0x80], [0x04, 0x82]), fc.uint8Array({maxLength: 600}))
      .map(([head, rest]) => Uint8Array.from([...head, rest.length >> 8, rest.length & 0xff, ...rest]));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({maxLength: 2000}).map((bytes) => ({bytes, fileName: 'x.cer'})),
          derLike.map((bytes) => ({bytes, fileName: 'x.der'})),
          fc.string({maxLength: 2000}).map((text) => ({text})),
          derLike.map((bytes) => ({
            text: `-----BEGIN CERTIFICATE-----\n${Buffer.from(bytes).toString('base64')}\n-----END CERTIFICATE-----`,
          })),
        ),
        async (input) => {
          const result = await analyse(input);
          // An empty field is no input yet; anything else is answered with at least one finding.
          if ('text' in input && input.text.trim() === '') return;
          expect(result.findings.length).toBeGreaterThan(0);
        },
      ),
      {numRuns: Math.max(100, Math.floor(RUNS / 2))},
    );
  });
});
