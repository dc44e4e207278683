// Issuing CAs of Norwegian business certificates, test vs production. Side-effect free table;
// the parser that uses it (certificates.ts) pulls in @peculiar/x509.

/** One attribute of a distinguished name: OID and value, e.g. `['2.5.4.3', 'Buypass Class 3 CA 3']`. */
export type NameAttribute = readonly [oid: string, value: string];

export interface CertificateIssuer {
  readonly ca: 'Buypass' | 'Commfides';
  readonly seid: 1 | 2;
  readonly environment: 'test' | 'prod';
  /** The issuing CA's common name. */
  readonly commonName: string;
  /**
   * The CA's whole distinguished name, attribute by attribute (the order of the RDNs is not compared). A
   * certificate whose issuer has the right CN but another O, organizationIdentifier or C is not from this CA.
   */
  readonly name: readonly NameAttribute[];
  /**
   * The CA's subject key identifier (lowercase hex), which every certificate it issues carries as its
   * authority key identifier. Only set where a source gives it. None of the rows has one yet: the CA
   * certificates were not found in a source we could cite, so today the match is on the whole name.
   */
  readonly keyIdentifier?: string;
  readonly source: string;
  readonly checked: string;
}

const SOURCE = 'https://github.com/magnuswatn/sertifikatsok/blob/main/api/sertifikatsok/constants.py';
const C = '2026-11-25';

export const NAME_OIDS = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  organizationIdentifier: '2.5.4.97',
} as const;

const {commonName: CN, country: CC, organization: O, organizationalUnit: OU, organizationIdentifier: OI} = NAME_OIDS;

const row = (
  ca: CertificateIssuer['ca'],
  seid: 1 | 2,
  environment: 'test' | 'prod',
  commonName: string,
  rest: readonly NameAttribute[],
): CertificateIssuer => ({
  ca,
  seid,
  environment,
  commonName,
  name: [[CN, commonName], ...rest],
  source: SOURCE,
  checked: C,
});

// The names as sertifikatsok's KNOWN_CERT_TYPES spells them (its issuer strings, split into attributes).
const BUYPASS_SEID1: readonly NameAttribute[] = [
  [O, 'Buypass AS-983163327'],
  [CC, 'NO'],
];
const BUYPASS_SEID2: readonly NameAttribute[] = [
  [O, 'Buypass AS'],
  [OI, 'NTRNO-983163327'],
  [CC, 'NO'],
];
const COMMFIDES_G3: readonly NameAttribute[] = [
  [OI, 'NTRNO-988312495'],
  [O, 'Commfides Norge AS'],
  [CC, 'NO'],
];
const commfidesSeid1Test = (suffix: string): readonly NameAttribute[] => [
  [CC, 'NO'],
  [O, 'Commfides Norge AS - 988 312 495'],
  [OU, `CPN Enterprise-Norwegian SHA256 CA- ${suffix}`],
  [OU, 'Commfides Trust Environment(C) 2014 Commfides Norge AS - TEST'],
];

export const CERTIFICATE_ISSUERS: readonly CertificateIssuer[] = [
  row('Buypass', 1, 'test', 'Buypass Class 3 Test4 CA 3', BUYPASS_SEID1),
  row('Buypass', 1, 'test', 'Buypass Class 3 Test4 CA 1', [
    [O, 'Buypass'],
    [CC, 'NO'],
  ]),
  row('Buypass', 1, 'prod', 'Buypass Class 3 CA 3', BUYPASS_SEID1),
  row('Buypass', 1, 'prod', 'Buypass Class 3 CA 1', BUYPASS_SEID1),
  row('Buypass', 2, 'test', 'Buypass Class 3 Test4 CA G2 ST Business', BUYPASS_SEID2),
  row('Buypass', 2, 'test', 'Buypass Class 3 Test4 CA G2 HT Business', BUYPASS_SEID2),
  row('Buypass', 2, 'prod', 'Buypass Class 3 CA G2 ST Business', BUYPASS_SEID2),
  row('Buypass', 2, 'prod', 'Buypass Class 3 CA G2 HT Business', BUYPASS_SEID2),
  row('Commfides', 1, 'test', 'Commfides CPN Enterprise-Norwegian SHA256 CA - TEST', commfidesSeid1Test('TEST')),
  row('Commfides', 1, 'test', 'Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2', commfidesSeid1Test('TEST2')),
  row('Commfides', 1, 'prod', 'CPN Enterprise SHA256 CLASS 3', [
    [CC, 'NO'],
    [O, 'Commfides Norge AS - 988 312 495'],
    [OU, 'Commfides Trust Environment (c) 2011 Commfides Norge AS'],
  ]),
  row('Commfides', 2, 'test', 'Commfides Legal Person - G3 - TEST', COMMFIDES_G3),
  row('Commfides', 2, 'prod', 'Commfides Legal Person - G3', COMMFIDES_G3),
];

/** OIDs where the orgnr lives: SEID 1 subject serialNumber, SEID 2 organizationIdentifier (NTRNO-…). */
export const ORGNR_OIDS = {
  serialNumber: NAME_OIDS.serialNumber,
  organizationIdentifier: NAME_OIDS.organizationIdentifier,
} as const;

export function findCertificateIssuer(commonName: string): CertificateIssuer | undefined {
  return CERTIFICATE_ISSUERS.find((i) => i.commonName === commonName);
}

/** A name as a sorted list of `oid=value`, values compared without case and runs of spaces (X.520 caseIgnoreMatch). */
function nameKey(name: readonly NameAttribute[]): string {
  return name
    .map(([oid, value]) => `${oid}=${value.trim().replace(/\s+/g, ' ').toLowerCase()}`)
    .sort()
    .join('\n');
}

/** Two distinguished names hold the same attributes with the same values, in any RDN order. */
export function sameName(a: readonly NameAttribute[], b: readonly NameAttribute[]): boolean {
  return a.length === b.length && nameKey(a) === nameKey(b);
}

export type IssuerMatch =
  | {readonly kind: 'known'; readonly issuer: CertificateIssuer}
  /** The CN is a known CA's, but the rest of the name or the key identifier is not: a look-alike. */
  | {readonly kind: 'copied-name'; readonly issuer: CertificateIssuer; readonly reason: 'name' | 'key-identifier'}
  | {readonly kind: 'unknown'};

/**
 * Finds the CA that issued a certificate from the certificate's whole issuer name and, where the table knows
 * the CA's key identifier, its authority key identifier (hex). The CN alone is never enough.
 */
export function matchCertificateIssuer(
  issuerName: readonly NameAttribute[],
  authorityKeyIdentifier?: string,
  table: readonly CertificateIssuer[] = CERTIFICATE_ISSUERS,
): IssuerMatch {
  const cn = issuerName.find(([oid]) => oid === CN)?.[1];
  const sameCn = table.filter((i) => i.commonName === cn);
  if (sameCn.length === 0) return {kind: 'unknown'};
  const byName = sameCn.find((i) => sameName(i.name, issuerName));
  if (!byName) return {kind: 'copied-name', issuer: sameCn[0] as CertificateIssuer, reason: 'name'};
  if (
    byName.keyIdentifier !== undefined &&
    (authorityKeyIdentifier === undefined || authorityKeyIdentifier.toLowerCase() !== byName.keyIdentifier)
  ) {
    return {kind: 'copied-name', issuer: byName, reason: 'key-identifier'};
  }
  return {kind: 'known', issuer: byName};
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
