// Business certificate (virksomhetssertifikat) reader: who it is for, which orgnr, which CA, test or
// production, and whether it is valid at `now`. Heavy: pulls in @peculiar/x509 (and its reflect polyfill).

import 'reflect-metadata';
import {X509Certificate} from '@peculiar/x509';
import {finding, type Finding} from './findings';
import {validateOrgnr} from './orgnr';
import {findCertificateIssuer, guessIssuerEnvironment, ORGNR_OIDS, type CertificateIssuer} from './certificate-issuers';

export {CERTIFICATE_ISSUERS, findCertificateIssuer, guessIssuerEnvironment, ORGNR_OIDS} from './certificate-issuers';
export type {CertificateIssuer} from './certificate-issuers';

export interface CertificateDescription {
  subject: string;
  subjectCommonName?: string;
  organization?: string;
  orgnr?: string;
  orgnrSource?: 'serialNumber' | 'organizationIdentifier';
  issuer: string;
  issuerCommonName?: string;
  /** The table row for the issuing CA, when it is a known one. */
  knownIssuer?: CertificateIssuer;
  environment: 'test' | 'prod' | 'unknown';
  /** ISO 8601 timestamps. */
  notBefore: string;
  notAfter: string;
  /** Seconds since the epoch. */
  notBeforeSeconds: number;
  notAfterSeconds: number;
  serialNumber: string;
}

export interface DescribeCertificateOptions {
  /** The Maskinporten environment the certificate is used with. */
  environment?: 'test' | 'prod';
  /** Seconds since the epoch. */
  now?: number;
  /** consumer_org from the grant: must not be the certificate's own orgnr. */
  consumerOrg?: string;
}

export interface DescribeCertificateResult {
  certificate?: CertificateDescription;
  findings: Finding[];
}

const MAX_CERT_TEXT = 64 * 1024;

function firstField(name: {getField(id: string): string[]}, id: string): string | undefined {
  try {
    return name.getField(id)[0];
  } catch {
    return undefined;
  }
}

/** Accepts an x5c entry (base64 DER) or a PEM certificate. */
function parse(text: string): X509Certificate | undefined {
  const t = text.trim();
  const der = t.includes('-----BEGIN')
    ? t.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '')
    : t.replace(/\s+/g, '');
  if (der === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(der)) return undefined;
  try {
    const binary = atob(der);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new X509Certificate(bytes);
  } catch {
    return undefined;
  }
}

/** Describes one `x5c` entry (base64 DER) or PEM certificate. Never throws. */
export function describeCertificate(
  x5cEntry: string,
  options: DescribeCertificateOptions = {},
): DescribeCertificateResult {
  const text = typeof x5cEntry === 'string' ? x5cEntry : '';
  if (text.length > MAX_CERT_TEXT) return {findings: [finding('cert.invalid', {reason: 'too-large'})]};
  const cert = parse(text);
  if (!cert) return {findings: [finding('cert.invalid', {reason: 'parse'})]};

  const findings: Finding[] = [];
  let description: CertificateDescription;
  try {
    const subjectName = cert.subjectName;
    const issuerName = cert.issuerName;
    const serialField = firstField(subjectName, ORGNR_OIDS.serialNumber);
    const orgIdField = firstField(subjectName, ORGNR_OIDS.organizationIdentifier);
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
    const issuerCommonName = firstField(issuerName, '2.5.4.3');
    const subjectCommonName = firstField(subjectName, '2.5.4.3');
    const organization = firstField(subjectName, '2.5.4.10');
    const knownIssuer = issuerCommonName ? findCertificateIssuer(issuerCommonName) : undefined;
    const environment = (issuerCommonName ? guessIssuerEnvironment(issuerCommonName) : undefined) ?? 'unknown';
    description = {
      subject: cert.subject,
      ...(subjectCommonName !== undefined ? {subjectCommonName} : {}),
      ...(organization !== undefined ? {organization} : {}),
      ...(orgnr !== undefined ? {orgnr} : {}),
      ...(orgnrSource !== undefined ? {orgnrSource} : {}),
      issuer: cert.issuer,
      ...(issuerCommonName !== undefined ? {issuerCommonName} : {}),
      ...(knownIssuer ? {knownIssuer} : {}),
      environment,
      notBefore: cert.notBefore.toISOString(),
      notAfter: cert.notAfter.toISOString(),
      notBeforeSeconds: Math.floor(cert.notBefore.getTime() / 1000),
      notAfterSeconds: Math.floor(cert.notAfter.getTime() / 1000),
      serialNumber: cert.serialNumber,
    };
  } catch {
    return {findings: [finding('cert.invalid', {reason: 'parse'})]};
  }

  if (description.orgnr !== undefined) {
    const valid = validateOrgnr(description.orgnr).valid;
    findings.push(
      finding(
        'cert.orgnr',
        {orgnr: description.orgnr, source: description.orgnrSource ?? '', checksum: valid ? 'valid' : 'invalid'},
        'subject',
      ),
    );
  } else {
    findings.push(finding('cert.orgnr.missing', {subject: description.subject.slice(0, 300)}, 'subject'));
  }
  if (!description.knownIssuer) {
    findings.push(
      finding(
        'cert.issuer.unknown',
        {issuer: description.issuer.slice(0, 300), environment: description.environment},
        'issuer',
      ),
    );
  }
  const now = options.now;
  if (typeof now === 'number' && Number.isFinite(now)) {
    if (now > description.notAfterSeconds)
      findings.push(finding('cert.expired', {notAfter: description.notAfter}, 'notAfter'));
    if (now < description.notBeforeSeconds)
      findings.push(finding('cert.not-yet-valid', {notBefore: description.notBefore}, 'notBefore'));
  }
  if (
    options.environment !== undefined &&
    description.environment !== 'unknown' &&
    description.environment !== options.environment
  ) {
    findings.push(
      finding(
        'cert.wrong-environment',
        {expected: options.environment, actual: description.environment, issuer: description.issuerCommonName ?? ''},
        'issuer',
      ),
    );
  }
  if (
    options.consumerOrg !== undefined &&
    description.orgnr !== undefined &&
    options.consumerOrg.trim() === description.orgnr
  ) {
    findings.push(finding('cert.consumer-org-same', {orgnr: description.orgnr}, 'claims.consumer_org'));
  }
  return {certificate: description, findings};
}
