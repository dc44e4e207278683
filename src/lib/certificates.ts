// Business certificate (virksomhetssertifikat) reader: who it is for, which orgnr, which CA, test or
// production, the key, its usages, and whether it is valid at `now`. Heavy: pulls in @peculiar/x509 (and its
// reflect polyfill), so a component loads it with `await import(…)` only when a certificate is given.

import 'reflect-metadata';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectKeyIdentifierExtension,
  X509Certificate,
  type Name,
} from '@peculiar/x509';
import {finding, type Finding} from './findings';
import {validateOrgnr} from './orgnr';
import {
  guessIssuerEnvironment,
  matchCertificateIssuer,
  NAME_OIDS,
  ORGNR_OIDS,
  sameName,
  type CertificateIssuer,
  type NameAttribute,
} from './certificate-issuers';
import {base64ToBytes} from './base64';
import type {CarriedCa} from './carried-cas';

export {
  CERTIFICATE_ISSUERS,
  findCertificateIssuer,
  guessIssuerEnvironment,
  matchCertificateIssuer,
  ORGNR_OIDS,
} from './certificate-issuers';
export type {CertificateIssuer, NameAttribute} from './certificate-issuers';

export type KeyUsageName =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign'
  | 'encipherOnly'
  | 'decipherOnly';

const KEY_USAGE_FLAGS: readonly (readonly [KeyUsageName, KeyUsageFlags])[] = [
  ['digitalSignature', KeyUsageFlags.digitalSignature],
  ['nonRepudiation', KeyUsageFlags.nonRepudiation],
  ['keyEncipherment', KeyUsageFlags.keyEncipherment],
  ['dataEncipherment', KeyUsageFlags.dataEncipherment],
  ['keyAgreement', KeyUsageFlags.keyAgreement],
  ['keyCertSign', KeyUsageFlags.keyCertSign],
  ['cRLSign', KeyUsageFlags.cRLSign],
  ['encipherOnly', KeyUsageFlags.encipherOnly],
  ['decipherOnly', KeyUsageFlags.decipherOnly],
];

export interface CertificateKey {
  type: 'RSA' | 'EC' | 'other';
  /** RSA modulus length in bits. */
  size?: number;
  /** EC curve, e.g. `P-256`. */
  curve?: string;
  /** The WebCrypto or OID name of the key algorithm, for display. */
  algorithm: string;
}

export interface CertificateDescription {
  subject: string;
  subjectCommonName?: string;
  organization?: string;
  orgnr?: string;
  orgnrSource?: 'serialNumber' | 'organizationIdentifier';
  issuer: string;
  issuerCommonName?: string;
  /**
   * The table row for the issuing CA, only once the certificate's signature has been verified up to a CA
   * certificate the site carries (certificate-chain.ts). A name alone never sets it: see `namedIssuer`.
   */
  knownIssuer?: CertificateIssuer;
  /** The table row whose whole name the issuer field copies: what the certificate claims, not checked. */
  namedIssuer?: CertificateIssuer;
  /** How far the issuer is known; `verified` only after the signature check of certificate-chain.ts. */
  issuerStatus: IssuerStatus;
  /** The carried CA certificate the chain was verified up to, with its source (set with `verified`). */
  verifiedBy?: CarriedCa;
  /** From the name when not verified (an inference), from the carried CA when verified. */
  environment: 'test' | 'prod' | 'unknown';
  /** Issuer equals subject and the key identifiers agree: the certificate signed itself. */
  selfSigned: boolean;
  /** basicConstraints cA=true: a CA certificate, never a business certificate. */
  isCa: boolean;
  key: CertificateKey;
  /** From the key usage extension; absent when the certificate has none (then every usage is allowed). */
  keyUsage?: KeyUsageName[];
  /** Extended key usage OIDs, when the extension is there. */
  extendedKeyUsage?: string[];
  authorityKeyIdentifier?: string;
  subjectKeyIdentifier?: string;
  /** ISO 8601 timestamps. */
  notBefore: string;
  notAfter: string;
  /** Seconds since the epoch. */
  notBeforeSeconds: number;
  notAfterSeconds: number;
  /** Whole days from `now` to notAfter (negative when expired); only when `now` was given. */
  daysLeft?: number;
  serialNumber: string;
}

/**
 * What is known of the issuer: `verified` (the signatures go up to a carried CA certificate), `named` (the name
 * is a known CA's, not checked), `unknown` (no known CA's name), `look-alike` (a known CA's CN with another
 * O/C), `self-signed`, `signature-invalid` (a carried CA has that name, but its key did not sign),
 * `chain-broken` (a link in the given chain does not verify).
 */
export type IssuerStatus =
  'verified' | 'named' | 'unknown' | 'look-alike' | 'self-signed' | 'signature-invalid' | 'chain-broken';

export interface DescribeCertificateOptions {
  /** The Maskinporten environment the certificate is used with. */
  environment?: 'test' | 'prod';
  /** Seconds since the epoch. */
  now?: number;
  /** consumer_org from the grant: must not be the certificate's own orgnr. */
  consumerOrg?: string;
  /**
   * Warn ahead of expiry (`cert.expires-soon`). The certificate tool asks for it; a grant check does not, as a
   * certificate that still has days left works. Days as `{warning, error}` (the command line's `--warn-days` and
   * `--error-days`) replace EXPIRY_THRESHOLDS.
   */
  expiresSoon?: boolean | {readonly warning: number; readonly error: number};
}

export interface DescribeCertificateResult {
  certificate?: CertificateDescription;
  /** The certificates given, DER, the described one first (the order of the input). */
  chain?: Der[];
  findings: Finding[];
}

/** DER bytes on a plain ArrayBuffer, as x509 and WebCrypto take them. */
export type Der = Uint8Array<ArrayBuffer>;

const MAX_CERT_TEXT = 256 * 1024;
const DAY = 24 * 3600;
/** `cert.expires-soon` thresholds in days: a warning under the first, an error under the second. */
export const EXPIRY_THRESHOLDS = {warning: 60, error: 14} as const;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
const PEM_PRIVATE = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function base64ToDer(b64: string): Der | undefined {
  if (b64 === '' || !BASE64.test(b64)) return undefined;
  return base64ToBytes(b64);
}

/**
 * The length of the DER element at the start of `bytes` (tag, length, content), or undefined when the header
 * does not parse or claims more bytes than there are.
 */
export function derElementLength(bytes: Uint8Array): number | undefined {
  if (bytes.length < 2) return undefined;
  const first = bytes[1] as number;
  let length: number;
  let header: number;
  if (first < 0x80) {
    length = first;
    header = 2;
  } else {
    const n = first & 0x7f;
    if (n === 0 || n > 4 || bytes.length < 2 + n) return undefined;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + (bytes[2 + i] as number);
    header = 2 + n;
  }
  const total = header + length;
  return total <= bytes.length ? total : undefined;
}

/**
 * A certificate's own bytes and the bytes after it. A DER file with something after the certificate (a second
 * copy, padding, a stray newline in a binary file) must not carry those bytes into x5c or the x5t#S256 hash.
 */
export function splitDer(bytes: Der): {der: Der; trailing: number} {
  const length = derElementLength(bytes);
  if (length === undefined || length === bytes.length) return {der: bytes, trailing: 0};
  return {der: bytes.slice(0, length), trailing: bytes.length - length};
}

/** The text holds a private key in PEM (PKCS#8, PKCS#1, EC, encrypted). */
export function hasPrivateKeyPem(text: string): boolean {
  return PEM_PRIVATE.test(text);
}

/**
 * The DER certificates in a text: every `BEGIN CERTIFICATE` block in order, ignoring text around them
 * ("Bag Attributes", `subject=` lines from `openssl pkcs12`); or, without PEM armour, one bare base64 DER
 * certificate (an `x5c` entry). Undefined when nothing decodes.
 */
export function certificatesFromText(text: string): Der[] | undefined {
  const t = text.trim();
  if (t.includes('-----BEGIN CERTIFICATE-----')) {
    const out: Der[] = [];
    for (const m of t.matchAll(PEM_CERTIFICATE)) {
      const der = base64ToDer((m[1] ?? '').replace(/\s+/g, ''));
      if (!der) return undefined;
      out.push(der);
    }
    return out.length > 0 ? out : undefined;
  }
  const der = base64ToDer(t.replace(/\s+/g, ''));
  return der ? [der] : undefined;
}

// x509's Name.toJSON uses these short names for the OIDs it knows; every other attribute comes as its OID.
const SHORT_NAMES: Record<string, string> = {
  CN: NAME_OIDS.commonName,
  L: '2.5.4.7',
  ST: '2.5.4.8',
  O: NAME_OIDS.organization,
  OU: NAME_OIDS.organizationalUnit,
  C: NAME_OIDS.country,
  DC: '0.9.2342.19200300.100.1.25',
  E: '1.2.840.113549.1.9.1',
  G: '2.5.4.42',
  I: '2.5.4.43',
  SN: '2.5.4.4',
  T: '2.5.4.12',
};

/** A name's attributes as (OID, value) pairs, in the certificate's order. */
export function nameAttributes(name: Name): NameAttribute[] {
  const out: NameAttribute[] = [];
  for (const rdn of name.toJSON()) {
    for (const [type, values] of Object.entries(rdn)) {
      const oid = SHORT_NAMES[type] ?? type;
      for (const value of values) out.push([oid, String(value)]);
    }
  }
  return out;
}

const firstValue = (name: readonly NameAttribute[], oid: string): string | undefined =>
  name.find(([o]) => o === oid)?.[1];

function describeKey(cert: X509Certificate): CertificateKey {
  const alg = cert.publicKey.algorithm as Algorithm & {modulusLength?: unknown; namedCurve?: unknown};
  const name = typeof alg.name === 'string' ? alg.name : 'unknown';
  if (/^(RSASSA-PKCS1-v1_5|RSA-PSS|RSA-OAEP)$/.test(name)) {
    return {type: 'RSA', algorithm: name, ...(typeof alg.modulusLength === 'number' ? {size: alg.modulusLength} : {})};
  }
  if (/^(ECDSA|ECDH)$/.test(name)) {
    return {type: 'EC', algorithm: name, ...(typeof alg.namedCurve === 'string' ? {curve: alg.namedCurve} : {})};
  }
  return {type: 'other', algorithm: name};
}

function extension<T>(cert: X509Certificate, type: abstract new (...args: never[]) => T): T | undefined {
  for (const e of cert.extensions) if (e instanceof type) return e as T;
  return undefined;
}

function read(der: Der, now: number | undefined): CertificateDescription {
  const cert = new X509Certificate(der);
  const subjectName = nameAttributes(cert.subjectName);
  const issuerName = nameAttributes(cert.issuerName);
  const serialField = firstValue(subjectName, ORGNR_OIDS.serialNumber);
  const orgIdField = firstValue(subjectName, ORGNR_OIDS.organizationIdentifier);
  let orgnr: string | undefined;
  let orgnrSource: CertificateDescription['orgnrSource'];
  const ntr = orgIdField?.match(/^NTRNO-(\d{9})$/);
  if (ntr?.[1]) {
    orgnr = ntr[1];
    orgnrSource = 'organizationIdentifier';
  } else if (serialField && /^\d{9}$/.test(serialField)) {
    orgnr = serialField;
    orgnrSource = 'serialNumber';
  }
  const aki = extension(cert, AuthorityKeyIdentifierExtension)?.keyId?.toLowerCase();
  const ski = extension(cert, SubjectKeyIdentifierExtension)?.keyId?.toLowerCase();
  const ku = extension(cert, KeyUsagesExtension);
  const eku = extension(cert, ExtendedKeyUsageExtension);
  const selfSigned = sameName(subjectName, issuerName) && (aki === undefined || ski === undefined || aki === ski);
  const isCa = extension(cert, BasicConstraintsExtension)?.ca === true;
  const match = matchCertificateIssuer(issuerName, aki);
  const namedIssuer = match.kind === 'known' ? match.issuer : undefined;
  const issuerStatus: IssuerStatus = selfSigned
    ? 'self-signed'
    : match.kind === 'known'
      ? 'named'
      : match.kind === 'copied-name'
        ? 'look-alike'
        : 'unknown';
  const issuerCommonName = firstValue(issuerName, NAME_OIDS.commonName);
  const subjectCommonName = firstValue(subjectName, NAME_OIDS.commonName);
  const organization = firstValue(subjectName, NAME_OIDS.organization);
  const environment =
    namedIssuer?.environment ?? (issuerCommonName ? guessIssuerEnvironment(issuerCommonName) : undefined) ?? 'unknown';
  const notAfterSeconds = Math.floor(cert.notAfter.getTime() / 1000);
  return {
    subject: cert.subject,
    ...(subjectCommonName !== undefined ? {subjectCommonName} : {}),
    ...(organization !== undefined ? {organization} : {}),
    ...(orgnr !== undefined ? {orgnr} : {}),
    ...(orgnrSource !== undefined ? {orgnrSource} : {}),
    issuer: cert.issuer,
    ...(issuerCommonName !== undefined ? {issuerCommonName} : {}),
    ...(namedIssuer ? {namedIssuer} : {}),
    issuerStatus,
    environment,
    selfSigned,
    isCa,
    key: describeKey(cert),
    ...(ku ? {keyUsage: KEY_USAGE_FLAGS.filter(([, flag]) => (ku.usages & flag) !== 0).map(([n]) => n)} : {}),
    ...(eku ? {extendedKeyUsage: eku.usages.map((u) => String(u))} : {}),
    ...(aki !== undefined ? {authorityKeyIdentifier: aki} : {}),
    ...(ski !== undefined ? {subjectKeyIdentifier: ski} : {}),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    notBeforeSeconds: Math.floor(cert.notBefore.getTime() / 1000),
    notAfterSeconds,
    ...(now !== undefined ? {daysLeft: Math.floor((notAfterSeconds - now) / DAY)} : {}),
    serialNumber: cert.serialNumber,
  };
}

/**
 * The findings about the issuer, from `issuerStatus`. Only `named` and `unknown` can come from the name alone;
 * certificate-chain.ts sets the others after checking signatures, and calls this again.
 */
export function issuerFindings(d: CertificateDescription): Finding[] {
  const issuer = (d.issuerCommonName ?? d.issuer).slice(0, 300);
  switch (d.issuerStatus) {
    case 'self-signed':
      return [finding('cert.self-signed', {subject: d.subject.slice(0, 300)}, 'issuer')];
    case 'verified':
      return [
        finding(
          'cert.issuer-verified',
          {issuer, anchor: d.verifiedBy?.commonName ?? issuer, source: d.verifiedBy?.source ?? ''},
          'issuer',
        ),
      ];
    case 'named':
      return [finding('cert.issuer-unverified', {issuer}, 'issuer')];
    case 'signature-invalid':
    case 'chain-broken':
      // The chain step raises its own finding, naming the link that breaks.
      return [];
    default:
      return [
        finding(
          'cert.issuer-unknown',
          {
            issuer: d.issuer.slice(0, 300),
            environment: d.environment,
            reason: d.issuerStatus === 'look-alike' ? 'copied-name' : 'not-in-table',
          },
          'issuer',
        ),
      ];
  }
}

/** Every finding about one described certificate (its issuer from `issuerStatus`). */
export function certificateFindings(
  d: CertificateDescription,
  options: DescribeCertificateOptions,
  now: number | undefined,
): Finding[] {
  const findings: Finding[] = [];
  if (d.isCa) findings.push(finding('cert.ca-certificate', {subject: d.subject.slice(0, 300)}, 'extensions'));
  if (d.orgnr !== undefined) {
    const valid = validateOrgnr(d.orgnr).valid;
    findings.push(
      valid
        ? finding('cert.orgnr', {orgnr: d.orgnr, source: d.orgnrSource ?? '', checksum: 'valid'}, 'subject')
        : finding('cert.orgnr.checksum', {orgnr: d.orgnr, source: d.orgnrSource ?? ''}, 'subject'),
    );
  } else if (!d.isCa) {
    findings.push(finding('cert.orgnr.missing', {subject: d.subject.slice(0, 300)}, 'subject'));
  }
  findings.push(...issuerFindings(d));
  if (now !== undefined) {
    if (now > d.notAfterSeconds) findings.push(finding('cert.expired', {notAfter: d.notAfter}, 'notAfter'));
    else if (options.expiresSoon && d.daysLeft !== undefined) {
      const days = typeof options.expiresSoon === 'object' ? options.expiresSoon : EXPIRY_THRESHOLDS;
      const f = finding('cert.expires-soon', {days: d.daysLeft, notAfter: d.notAfter}, 'notAfter');
      // One code, two severities: the catalogue's warning, raised to an error in the last two weeks.
      if (d.daysLeft < days.error) findings.push({...f, severity: 'error'});
      else if (d.daysLeft < days.warning) findings.push(f);
    }
    if (now < d.notBeforeSeconds) findings.push(finding('cert.not-yet-valid', {notBefore: d.notBefore}, 'notBefore'));
  }
  if (d.key.type === 'RSA' && d.key.algorithm === 'RSA-PSS') {
    findings.push(finding('cert.key-rsa-pss', {}, 'publicKey'));
  } else if (d.key.type !== 'RSA') {
    findings.push(finding('cert.key-type', {keyType: d.key.type, algorithm: d.key.algorithm}, 'publicKey'));
  } else if (d.key.size !== undefined && d.key.size < 2048) {
    findings.push(finding('cert.key-too-small', {bits: d.key.size, min: 2048}, 'publicKey'));
  }
  if (d.keyUsage !== undefined && !d.keyUsage.includes('digitalSignature')) {
    findings.push(finding('cert.key-usage', {keyUsage: d.keyUsage.join(', ') || '–'}, 'extensions.keyUsage'));
  }
  if (options.environment !== undefined && d.environment !== 'unknown' && d.environment !== options.environment) {
    findings.push(
      finding(
        'cert.wrong-environment',
        {expected: options.environment, actual: d.environment, issuer: d.issuerCommonName ?? ''},
        'issuer',
      ),
    );
  }
  if (options.consumerOrg !== undefined && d.orgnr !== undefined && options.consumerOrg.trim() === d.orgnr) {
    findings.push(finding('cert.consumer-org-same', {orgnr: d.orgnr}, 'claims.consumer_org'));
  }
  return findings;
}

/** The certificate's SubjectPublicKeyInfo (DER), or undefined when it does not parse. */
export function publicKeyDer(der: Der): Der | undefined {
  try {
    return new Uint8Array(new X509Certificate(der).publicKey.rawData);
  } catch {
    return undefined;
  }
}

/**
 * Describes DER certificates, the first being the one described (the leaf). Bytes after a certificate are cut
 * off and said (`cert.trailing-bytes`). Never throws.
 */
export function describeCertificateChain(
  given: readonly Der[],
  options: DescribeCertificateOptions = {},
): DescribeCertificateResult {
  if (given.length === 0) return {findings: [finding('cert.invalid', {reason: 'parse'})]};
  const trimmed = given.map((der) => splitDer(der));
  const chain = trimmed.map((t) => t.der);
  const leaf = chain[0] as Der;
  const now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : undefined;
  let description: CertificateDescription;
  try {
    description = read(leaf, now);
  } catch {
    return {findings: [finding('cert.invalid', {reason: 'parse'})]};
  }
  const trailing = trimmed.flatMap((t, i) =>
    t.trailing > 0 ? [finding('cert.trailing-bytes', {count: t.trailing, position: i + 1})] : [],
  );
  return {certificate: description, chain, findings: [...certificateFindings(description, options, now), ...trailing]};
}

/**
 * Describes a certificate given as an `x5c` entry (base64 DER) or as PEM, with or without text around it
 * ("Bag Attributes"), or a PEM chain (the first certificate is the leaf). A private key in the text is
 * refused (`cert.private-material`), certificate or not. Never throws.
 */
export function describeCertificate(
  x5cEntry: string,
  options: DescribeCertificateOptions = {},
): DescribeCertificateResult {
  const text = typeof x5cEntry === 'string' ? x5cEntry : '';
  if (text.length > MAX_CERT_TEXT) return {findings: [finding('cert.invalid', {reason: 'too-large'})]};
  if (hasPrivateKeyPem(text)) return {findings: [finding('cert.private-material', {kind: 'pem-private-key'})]};
  const chain = certificatesFromText(text);
  if (!chain) return {findings: [finding('cert.invalid', {reason: 'parse'})]};
  return describeCertificateChain(chain, options);
}
