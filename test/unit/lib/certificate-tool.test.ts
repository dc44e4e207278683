// The certificate tool: every finding it raises with a certificate made here, and a near miss for each; the
// outputs against jose; the renewal plan and its calendar file; and any bytes as a file never throw.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import fc from 'fast-check';
import {calculateJwkThumbprint, exportJWK, importX509} from 'jose';
import {describe, expect, it} from 'vitest';
import {analyseCertificateInput, derKind, type CertificateToolResult} from '../../../src/lib/certificate-tool';
import {describeCertificate} from '../../../src/lib/certificates';
import {CERTIFICATE_ISSUERS, matchCertificateIssuer, sameName} from '../../../src/lib/certificate-issuers';
import {CERTIFICATE_FACTS} from '../../../src/lib/certificate-facts';
import {FINDING_CATALOGUE} from '../../../src/lib/findings';
import {rsaModulusBits} from '../../../src/lib/jwk';
import {planRenewal} from '../../../src/lib/renewal-plan';
import {buildCalendar, escapeText, foldLine} from '../../../src/lib/ics';
import {codes, NOW} from './fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 500);
const DAY = 24 * 3600;
const at = (seconds: number): Date => new Date(seconds * 1000);

const BUYPASS_TEST_G2 = 'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, 2.5.4.97=NTRNO-983163327, C=NO';
const BUYPASS_PROD_G2 = 'CN=Buypass Class 3 CA G2 ST Business, O=Buypass AS, 2.5.4.97=NTRNO-983163327, C=NO';
const SEID2_SUBJECT = '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO';
const SEID1_SUBJECT = '2.5.4.5=910753614, CN=EKSEMPEL AS, O=EKSEMPEL AS, C=NO';

type KeySpec = {kind: 'rsa'; bits: number} | {kind: 'ec'};

interface MadeCertificate {
  der: Uint8Array<ArrayBuffer>;
  pem: string;
  publicKey: CryptoKey;
}

const keyCache = new Map<string, CryptoKeyPair>();
async function keysFor(spec: KeySpec): Promise<CryptoKeyPair> {
  const id = spec.kind === 'rsa' ? `rsa${spec.bits}` : 'ec';
  const cached = keyCache.get(id);
  if (cached) return cached;
  const keys = (await crypto.subtle.generateKey(
    spec.kind === 'rsa'
      ? {
          name: 'RSASSA-PKCS1-v1_5',
          hash: 'SHA-256',
          publicExponent: new Uint8Array([1, 0, 1]),
          modulusLength: spec.bits,
        }
      : {name: 'ECDSA', namedCurve: 'P-256'},
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  keyCache.set(id, keys);
  return keys;
}

interface CertSpec {
  subject?: string;
  issuer?: string;
  notBefore?: number;
  notAfter?: number;
  key?: KeySpec;
  keyUsage?: x509.KeyUsageFlags;
  selfSigned?: boolean;
  /** Authority key identifier (hex) to put in the certificate. */
  aki?: string;
}

async function makeCert(spec: CertSpec = {}): Promise<MadeCertificate> {
  const keys = await keysFor(spec.key ?? {kind: 'rsa', bits: 2048});
  const ca = await keysFor({kind: 'rsa', bits: 2048});
  const subject = spec.subject ?? SEID2_SUBJECT;
  const extensions: x509.Extension[] = [];
  if (spec.keyUsage !== undefined) extensions.push(new x509.KeyUsagesExtension(spec.keyUsage, true));
  if (spec.aki !== undefined) extensions.push(new x509.AuthorityKeyIdentifierExtension(spec.aki));
  const signingAlgorithm = {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'};
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '0a',
    subject,
    issuer: spec.selfSigned ? subject : (spec.issuer ?? BUYPASS_TEST_G2),
    notBefore: at(spec.notBefore ?? NOW - 365 * DAY),
    notAfter: at(spec.notAfter ?? NOW + 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: spec.selfSigned && spec.key?.kind !== 'ec' ? keys.privateKey : ca.privateKey,
    signingAlgorithm,
    extensions,
  });
  return {der: new Uint8Array(cert.rawData), pem: cert.toString('pem'), publicKey: keys.publicKey};
}

const analyse = (
  input: Parameters<typeof analyseCertificateInput>[0],
  environment: 'test' | 'prod' = 'test',
  kid?: string,
): Promise<CertificateToolResult> =>
  analyseCertificateInput(input, {environment, now: NOW, ...(kid !== undefined ? {kid} : {})});

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
    expect(r.certificate?.knownIssuer).toMatchObject({ca: 'Buypass', seid: 2, environment: 'test'});
    expect(codes(r.findings)).toEqual(['cert.orgnr']);
  });

  it('SEID 1: orgnr from serialNumber, Buypass production issuer with its whole name', async () => {
    const c = await makeCert({subject: SEID1_SUBJECT, issuer: 'CN=Buypass Class 3 CA 3, O=Buypass AS-983163327, C=NO'});
    const r = await analyse({text: c.pem}, 'prod');
    expect(r.certificate).toMatchObject({orgnr: '910753614', orgnrSource: 'serialNumber', environment: 'prod'});
    expect(r.certificate?.knownIssuer).toMatchObject({seid: 1, environment: 'prod'});
    expect(codes(r.findings)).toEqual(['cert.orgnr']);
  });

  it('accepts the PEM forms verifySignature accepts: text around it, Bag Attributes, a chain (leaf first)', async () => {
    const leaf = await makeCert();
    const other = await makeCert({subject: 'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, C=NO'});
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
    // A self-signed certificate that names a known CA as subject and issuer is still self-signed.
    expect(await codesOf({selfSigned: true, subject: BUYPASS_TEST_G2})).toContain('cert.self-signed');
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
    expect(await codesOf({subject: 'CN=Someone, C=NO'})).toEqual(['cert.orgnr.missing']);
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

  it('cert.invalid for text that is no certificate; a public JWK is checked', async () => {
    expect(codes((await analyse({text: 'hei'})).findings)).toEqual(['cert.invalid']);
    expect(codes((await analyse({text: '{"kty":'})).findings)).toEqual(['cert.invalid']);
    expect((await analyse({text: '   '})).findings).toEqual([]);
    // An empty paste says nothing; a file of only blanks is an empty file.
    expect(codes((await analyse({bytes: Uint8Array.from([0x20, 0x0a]), fileName: 'a.pem'})).findings)).toEqual([
      'cert.invalid',
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
