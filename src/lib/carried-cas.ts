// CA certificates the site carries, so that a business certificate's issuer can be checked by its signature
// instead of believed from its name. Public data: each row says where the certificate came from and when that
// was checked; the DER bytes are in carried-ca-certificates.ts (loaded only when a chain is verified), and a
// unit test recomputes every fingerprint and date from those bytes and verifies each issuing CA under its root.
//
// Not carried: Commfides' SEID 1 CAs (CPN Enterprise SHA256 CLASS 3, expired 2024-12-31; the TEST2 CA, expired
// 2022-10-03) and Buypass Class 3 CA 1 / Test4 CA 1, for which no copy was found. A certificate from one of
// those is "named, not verified".

export type CarriedCaId =
  | 'buypass-g2-st-business-test'
  | 'buypass-g2-st-root-test'
  | 'buypass-g2-ht-business-test'
  | 'buypass-g2-ht-root-test'
  | 'buypass-test4-ca3'
  | 'buypass-test4-root'
  | 'buypass-g2-st-business-prod'
  | 'buypass-g2-st-root-prod'
  | 'buypass-g2-ht-business-prod'
  | 'buypass-g2-ht-root-prod'
  | 'buypass-class3-ca3-prod'
  | 'buypass-class3-root-prod'
  | 'commfides-g3-legal-person-test'
  | 'commfides-g3-root-test'
  | 'commfides-g3-legal-person-prod'
  | 'commfides-g3-root-prod';

export interface CarriedCa {
  readonly id: CarriedCaId;
  readonly ca: 'Buypass' | 'Commfides';
  readonly seid: 1 | 2;
  readonly environment: 'test' | 'prod';
  /** `issuing`: signs business certificates; `root`: signs the issuing CA. */
  readonly role: 'issuing' | 'root';
  readonly commonName: string;
  /** SHA-256 of the DER certificate, lowercase hex (what `openssl x509 -fingerprint -sha256` prints). */
  readonly sha256: string;
  /** Validity, UTC calendar dates. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** Where the bytes were copied from (a file at a fixed commit). */
  readonly source: string;
  /** A second, independent copy the bytes were compared with, where one was found. */
  readonly crossChecked?: string;
  readonly checked: string;
}

/**
 * Posten Norge's certificate validator (used by Digipost), at a fixed commit: it carries these CAs to validate
 * Norwegian business certificates, test and production.
 */
const SOURCE =
  'https://github.com/digipost/certificate-validator/blob/33615d0fdb552f0e917b42a61ff32f1ad78eab3b/src/main/resources/certificates';
const MOZILLA_CHECK =
  "The same certificate (SHA-256 fingerprint) is in Mozilla's root store, as Debian's ca-certificates ships it (Buypass_Class_3_Root_CA.crt).";
const SAME_BYTES_CHECK =
  'The same certificate (signature value and key) is pasted in other public repositories that use it with Maskinporten.';
const C = '2026-12-02';

export const CARRIED_CAS: readonly CarriedCa[] = [
  {
    id: 'buypass-g2-st-business-test',
    ca: 'Buypass',
    seid: 2,
    environment: 'test',
    role: 'issuing',
    commonName: 'Buypass Class 3 Test4 CA G2 ST Business',
    sha256: '2f36956beb4de4907a3a0fb09437d7d532f4a12504473a00c12ceb028df54a28',
    notBefore: '2020-11-04',
    notAfter: '2040-11-04',
    source: `${SOURCE}/test/BPCl3CaG2STBS.cer`,
    crossChecked: SAME_BYTES_CHECK,
    checked: C,
  },
  {
    id: 'buypass-g2-st-root-test',
    ca: 'Buypass',
    seid: 2,
    environment: 'test',
    role: 'root',
    commonName: 'Buypass Class 3 Test4 Root CA G2 ST',
    sha256: '760637a0f7da3a3876f601f96b8cf2ceb4fef80b76bd6f052e7bcb0041da350d',
    notBefore: '2020-11-05',
    notAfter: '2045-11-05',
    source: `${SOURCE}/test/BPCl3RootCaG2ST.cer`,
    crossChecked: SAME_BYTES_CHECK,
    checked: C,
  },
  {
    id: 'buypass-g2-ht-business-test',
    ca: 'Buypass',
    seid: 2,
    environment: 'test',
    role: 'issuing',
    commonName: 'Buypass Class 3 Test4 CA G2 HT Business',
    sha256: '2c9e0ec146f148eda7c5dd05559ccd2261e0c0d66f638864fae21c7756de7210',
    notBefore: '2020-11-04',
    notAfter: '2040-11-04',
    source: `${SOURCE}/test/BPCl3CaG2HTBS.cer`,
    checked: C,
  },
  {
    id: 'buypass-g2-ht-root-test',
    ca: 'Buypass',
    seid: 2,
    environment: 'test',
    role: 'root',
    commonName: 'Buypass Class 3 Test4 Root CA G2 HT',
    sha256: '52a09cf14587d7a5be5f3dc64754125822faeea5d75d15fd961e63c6f63d3f70',
    notBefore: '2020-11-05',
    notAfter: '2045-11-05',
    source: `${SOURCE}/test/BPCl3RootCaG2HT.cer`,
    checked: C,
  },
  {
    id: 'buypass-test4-ca3',
    ca: 'Buypass',
    seid: 1,
    environment: 'test',
    role: 'issuing',
    commonName: 'Buypass Class 3 Test4 CA 3',
    sha256: 'b761abd7a4c478b33be382be511943c20e50950b3b2899875a692e1bef2bdc1b',
    notBefore: '2012-02-16',
    notAfter: '2032-02-16',
    source: `${SOURCE}/test/Buypass_Class_3_Test4_CA_3.cer`,
    checked: C,
  },
  {
    id: 'buypass-test4-root',
    ca: 'Buypass',
    seid: 1,
    environment: 'test',
    role: 'root',
    commonName: 'Buypass Class 3 Test4 Root CA',
    sha256: '2a8475824d9ba398170031b9b398222f857a59bdc5cc3b49005eafdb55955da4',
    notBefore: '2010-10-06',
    notAfter: '2040-10-06',
    source: `${SOURCE}/test/Buypass_Class_3_Test4_Root_CA.cer`,
    checked: C,
  },
  {
    id: 'buypass-g2-st-business-prod',
    ca: 'Buypass',
    seid: 2,
    environment: 'prod',
    role: 'issuing',
    commonName: 'Buypass Class 3 CA G2 ST Business',
    sha256: '45e05831cddac1f2b96dc8ca54620834c87649e9ffd3b26d7dad2ad07f807232',
    notBefore: '2020-11-10',
    notAfter: '2040-11-10',
    source: `${SOURCE}/prod/BPCl3CaG2STBS.cer`,
    crossChecked: SAME_BYTES_CHECK,
    checked: C,
  },
  {
    id: 'buypass-g2-st-root-prod',
    ca: 'Buypass',
    seid: 2,
    environment: 'prod',
    role: 'root',
    commonName: 'Buypass Class 3 Root CA G2 ST',
    sha256: 'f8c16c6b4fd45cb0672e16582b8805f1cafd0c48d866f4ed895b30e352a9faa6',
    notBefore: '2020-11-10',
    notAfter: '2045-11-10',
    source: `${SOURCE}/prod/BPCl3RootCaG2ST.cer`,
    checked: C,
  },
  {
    id: 'buypass-g2-ht-business-prod',
    ca: 'Buypass',
    seid: 2,
    environment: 'prod',
    role: 'issuing',
    commonName: 'Buypass Class 3 CA G2 HT Business',
    sha256: '0ef5cedce44265b112785b359a21141e20f553aada4c579404617b5ca6046be9',
    notBefore: '2020-11-10',
    notAfter: '2040-11-10',
    source: `${SOURCE}/prod/BPCl3CaG2HTBS.cer`,
    checked: C,
  },
  {
    id: 'buypass-g2-ht-root-prod',
    ca: 'Buypass',
    seid: 2,
    environment: 'prod',
    role: 'root',
    commonName: 'Buypass Class 3 Root CA G2 HT',
    sha256: 'ab936dfd7f171d3a3cbd08f9bebdc3f3baaabaa79df6a908f8a7b0128627f187',
    notBefore: '2020-11-10',
    notAfter: '2045-11-10',
    source: `${SOURCE}/prod/BPCl3RootCaG2HT.cer`,
    checked: C,
  },
  {
    id: 'buypass-class3-ca3-prod',
    ca: 'Buypass',
    seid: 1,
    environment: 'prod',
    role: 'issuing',
    commonName: 'Buypass Class 3 CA 3',
    sha256: 'c49c350e5a8205e063e74c554a994335b8435c996527d4ef1a2b0c7b51584b2d',
    notBefore: '2012-09-25',
    notAfter: '2032-09-25',
    source: `${SOURCE}/prod/BPClass3CA3.cer`,
    checked: C,
  },
  {
    id: 'buypass-class3-root-prod',
    ca: 'Buypass',
    seid: 1,
    environment: 'prod',
    role: 'root',
    commonName: 'Buypass Class 3 Root CA',
    sha256: 'edf7ebbca27a2a384d387b7d4010c666e2edb4843e4c29b4ae1d5b9332e6b24d',
    notBefore: '2010-10-26',
    notAfter: '2040-10-26',
    source: `${SOURCE}/prod/BPClass3RootCA.cer`,
    crossChecked: MOZILLA_CHECK,
    checked: C,
  },
  {
    id: 'commfides-g3-legal-person-test',
    ca: 'Commfides',
    seid: 2,
    environment: 'test',
    role: 'issuing',
    commonName: 'Commfides Legal Person - G3 - TEST',
    sha256: '94bb0e8701b61794d5d0c3154204571096b23c78b33c87e7f942097030e526d9',
    notBefore: '2021-07-01',
    notAfter: '2041-07-10',
    source: `${SOURCE}/test/CommfidesLegalPersonCA-G3-TEST.cer`,
    checked: C,
  },
  {
    id: 'commfides-g3-root-test',
    ca: 'Commfides',
    seid: 2,
    environment: 'test',
    role: 'root',
    commonName: 'Commfides Root CA - G3 - TEST',
    sha256: '97ea39029d946583d44539519a1f2cae4a40f9733d17dac18457246af5654325',
    notBefore: '2021-07-01',
    notAfter: '2051-07-08',
    source: `${SOURCE}/test/CommfidesRootCA-G3-TEST.cer`,
    checked: C,
  },
  {
    id: 'commfides-g3-legal-person-prod',
    ca: 'Commfides',
    seid: 2,
    environment: 'prod',
    role: 'issuing',
    commonName: 'Commfides Legal Person - G3',
    sha256: '318aa99dfbe3d5cf10bf1e3a5e8bd921d55c68a70901dadc2cb6ed77ac363501',
    notBefore: '2021-08-05',
    notAfter: '2041-08-14',
    source: `${SOURCE}/prod/CommfidesLegalPersonCA-G3.cer`,
    checked: C,
  },
  {
    id: 'commfides-g3-root-prod',
    ca: 'Commfides',
    seid: 2,
    environment: 'prod',
    role: 'root',
    commonName: 'Commfides Root CA - G3',
    sha256: '5ad1a2b5dae0ce7daeb4d15e3676002da387ed852c1667b1a80543c474a41ec7',
    notBefore: '2021-08-02',
    notAfter: '2051-08-09',
    source: `${SOURCE}/prod/CommfidesRootCA-G3.cer`,
    checked: C,
  },
];

export function carriedCa(id: CarriedCaId): CarriedCa {
  const row = CARRIED_CAS.find((c) => c.id === id);
  if (!row) throw new Error(`no carried CA ${id}`);
  return row;
}
