// Issuing CAs of Norwegian business certificates, test vs production. Side-effect free table;
// the parser that uses it (certificates.ts) pulls in @peculiar/x509.

export interface CertificateIssuer {
  readonly ca: 'Buypass' | 'Commfides';
  readonly seid: 1 | 2;
  readonly environment: 'test' | 'prod';
  /** The issuing CA's common name. */
  readonly commonName: string;
  readonly source: string;
  readonly checked: string;
}

const SOURCE = 'https://github.com/magnuswatn/sertifikatsok/blob/main/api/sertifikatsok/constants.py';
const C = '2026-11-25';

const row = (
  ca: CertificateIssuer['ca'],
  seid: 1 | 2,
  environment: 'test' | 'prod',
  commonName: string,
): CertificateIssuer => ({
  ca,
  seid,
  environment,
  commonName,
  source: SOURCE,
  checked: C,
});

export const CERTIFICATE_ISSUERS: readonly CertificateIssuer[] = [
  row('Buypass', 1, 'test', 'Buypass Class 3 Test4 CA 3'),
  row('Buypass', 1, 'test', 'Buypass Class 3 Test4 CA 1'),
  row('Buypass', 1, 'prod', 'Buypass Class 3 CA 3'),
  row('Buypass', 1, 'prod', 'Buypass Class 3 CA 1'),
  row('Buypass', 2, 'test', 'Buypass Class 3 Test4 CA G2 ST Business'),
  row('Buypass', 2, 'test', 'Buypass Class 3 Test4 CA G2 HT Business'),
  row('Buypass', 2, 'prod', 'Buypass Class 3 CA G2 ST Business'),
  row('Buypass', 2, 'prod', 'Buypass Class 3 CA G2 HT Business'),
  row('Commfides', 1, 'test', 'Commfides CPN Enterprise-Norwegian SHA256 CA - TEST'),
  row('Commfides', 1, 'test', 'Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2'),
  row('Commfides', 1, 'prod', 'CPN Enterprise SHA256 CLASS 3'),
  row('Commfides', 2, 'test', 'Commfides Legal Person - G3 - TEST'),
  row('Commfides', 2, 'prod', 'Commfides Legal Person - G3'),
];

/** OIDs where the orgnr lives: SEID 1 subject serialNumber, SEID 2 organizationIdentifier (NTRNO-…). */
export const ORGNR_OIDS = {serialNumber: '2.5.4.5', organizationIdentifier: '2.5.4.97'} as const;

export function findCertificateIssuer(commonName: string): CertificateIssuer | undefined {
  return CERTIFICATE_ISSUERS.find((i) => i.commonName === commonName);
}

/**
 * Heuristic when the CA is not in the table: Buypass test CAs carry "Test4", Commfides test CAs "TEST".
 * An inference from the CA lists, not an official rule.
 */
export function guessIssuerEnvironment(commonName: string): 'test' | 'prod' | undefined {
  const known = findCertificateIssuer(commonName);
  if (known) return known.environment;
  if (/test4/i.test(commonName) || /\bTEST\d*\b/.test(commonName)) return 'test';
  if (/buypass|commfides|cpn enterprise/i.test(commonName)) return 'prod';
  return undefined;
}
