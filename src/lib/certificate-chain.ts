// A certificate chain, checked by its signatures instead of believed from its names: which certificate is the
// business certificate (the leaf), the order, each link's signature, and whether the chain reaches a CA
// certificate the site carries (carried-cas.ts). Used by the certificate tool (a pasted chain, any order) and by
// the token inspector (a grant's x5c, whose order is the grant's). Heavy: @peculiar/x509 and the carried CA
// bytes; loaded with import() only when a certificate is given.
//
// What it does not check: revocation (CRL, OCSP) and certificate policies. A verified issuer means "signed by
// the key of a CA certificate the site carries", and the findings say no more than that.

import 'reflect-metadata';
import {BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509Certificate} from '@peculiar/x509';
import {finding, type Finding} from './findings';
import {
  certificateFindings,
  describeCertificateChain,
  nameAttributes,
  splitDer,
  type CertificateDescription,
  type DescribeCertificateOptions,
  type Der,
  type IssuerStatus,
} from './certificates';
import {CERTIFICATE_ISSUERS, NAME_OIDS, sameName, type NameAttribute} from './certificate-issuers';
import {CARRIED_CAS, type CarriedCa, type CarriedCaId} from './carried-cas';
import {CARRIED_CA_CERTIFICATES} from './carried-ca-certificates';
import {base64ToBytes} from './base64';

/**
 * `x5c`: the order is the grant's (RFC 7515 §4.1.6: the key's certificate first, each next one certifying the
 * one before) and is judged as it is. `pasted`: any order; the leaf is found and the chain put in order.
 */
export type ChainMode = 'x5c' | 'pasted';

export interface ChainLink {
  /** Where the certificate was in the input: `2` for a pasted chain, `x5c[1]` for a grant. */
  readonly position: string;
  readonly subject: string;
  readonly subjectCommonName?: string;
  readonly isCa: boolean;
  /**
   * How its signature was checked: by the next certificate in the chain (`next`), by a CA certificate the
   * site carries (`carried`), or not at all (`none`: the chain ends with a CA the site does not carry, or a
   * link below broke); `self` for a self-signed certificate at the top.
   */
  readonly checkedWith: 'next' | 'carried' | 'self' | 'none';
  /** The signature verified; undefined when it was not checked. */
  readonly valid?: boolean;
  /** The carried CA certificate whose key verified (or did not verify) this one. */
  readonly carried?: CarriedCa;
}

export interface VerifiedChain {
  /** The described certificate: the leaf, or the first CA certificate when none is a leaf. */
  readonly certificate?: CertificateDescription;
  /** DER, in chain order (leaf first), only the certificates that belong to the chain. */
  readonly chain?: Der[];
  /** The leaf is a business certificate (not a CA): only then may its key be offered as the client's. */
  readonly hasLeaf: boolean;
  readonly links: readonly ChainLink[];
  readonly issuerStatus?: IssuerStatus;
  readonly findings: Finding[];
}

export interface VerifyChainOptions extends DescribeCertificateOptions {
  readonly mode: ChainMode;
  /** The CA certificates to verify up to; the site's carried CAs unless given (tests pass their own). */
  readonly carried?: readonly CarriedCertificate[];
}

/** A CA certificate to verify up to: its table row and its DER. */
export interface CarriedCertificate {
  readonly row: CarriedCa;
  readonly der: Der;
}

interface Parsed {
  /** Index in the input. */
  readonly index: number;
  readonly der: Der;
  readonly cert: X509Certificate;
  readonly subject: readonly NameAttribute[];
  readonly issuer: readonly NameAttribute[];
  readonly isCa: boolean;
  readonly signs: boolean;
}

/**
 * At most this many certificates are read: a business certificate's chain is two or three (leaf, issuing CA,
 * root). More is not a chain, and reading hundreds would keep the page busy for seconds.
 */
export const MAX_CHAIN = 10;

type CarriedParsed = {row: CarriedCa; cert: X509Certificate; subject: NameAttribute[]};
const carriedParsed = new Map<CarriedCaId, CarriedParsed>();

/** The site's carried CA certificates, as CarriedCertificate rows. */
export function carriedCertificates(): CarriedCertificate[] {
  return CARRIED_CAS.map((row) => ({row, der: base64ToBytes(CARRIED_CA_CERTIFICATES[row.id]) as Der}));
}

/**
 * The carried CAs whose common name is one of `issuerCns`, parsed (the site's once, then kept). Only those can
 * be a chain's anchor, since an anchor's whole subject equals an issuer's name; the unit test of the table
 * checks that each row's commonName is its certificate's CN. Reading all sixteen on every chain cost the
 * command a quarter of its start-up.
 */
function parseCarried(
  given: readonly CarriedCertificate[] | undefined,
  issuerCns: ReadonlySet<string>,
): CarriedParsed[] {
  const read = (row: CarriedCa, der: Der): CarriedParsed => {
    const cert = new X509Certificate(der);
    return {row, cert, subject: nameAttributes(cert.subjectName)};
  };
  if (given) return given.filter(({row}) => issuerCns.has(row.commonName)).map(({row, der}) => read(row, der));
  return CARRIED_CAS.filter((row) => issuerCns.has(row.commonName)).map((row) => {
    let parsed = carriedParsed.get(row.id);
    if (!parsed) {
      parsed = read(row, base64ToBytes(CARRIED_CA_CERTIFICATES[row.id]) as Der);
      carriedParsed.set(row.id, parsed);
    }
    return parsed;
  });
}

function parse(der: Der, index: number): Parsed | undefined {
  try {
    const cert = new X509Certificate(der);
    const basic = cert.getExtension(BasicConstraintsExtension);
    const ku = cert.getExtension(KeyUsagesExtension);
    return {
      index,
      der,
      cert,
      subject: nameAttributes(cert.subjectName),
      issuer: nameAttributes(cert.issuerName),
      isCa: basic?.ca === true,
      signs: ku === null || (ku.usages & KeyUsageFlags.digitalSignature) !== 0,
    };
  } catch {
    return undefined;
  }
}

/** The child's signature verifies with the parent's key. False for any failure (other key type, bad bytes). */
async function signedBy(child: X509Certificate, parent: X509Certificate): Promise<boolean> {
  try {
    return await child.verify({publicKey: parent.publicKey, signatureOnly: true});
  } catch {
    return false;
  }
}

const commonName = (name: readonly NameAttribute[]): string | undefined =>
  name.find(([oid]) => oid === NAME_OIDS.commonName)?.[1];

const shortName = (p: Parsed): string => (commonName(p.subject) ?? p.cert.subject).slice(0, 200);

/**
 * The business certificate among the given ones: not a CA; one that signs (digitalSignature, or no key usage
 * extension); not the issuer of another given certificate; the first of those.
 */
function findLeaf(parsed: readonly Parsed[]): Parsed | undefined {
  const issuer = new Set(
    parsed
      .filter((q) => !sameName(q.subject, q.issuer))
      .flatMap((q) => parsed.filter((p) => p !== q && sameName(q.issuer, p.subject))),
  );
  return parsed
    .filter((p) => !p.isCa)
    .sort(
      (a, b) => Number(b.signs) - Number(a.signs) || Number(issuer.has(a)) - Number(issuer.has(b)) || a.index - b.index,
    )[0];
}

/** From the leaf up: each next certificate is one of the given ones whose subject is the issuer's name. */
async function buildPath(leaf: Parsed, parsed: readonly Parsed[]): Promise<Parsed[]> {
  const path = [leaf];
  let current = leaf;
  while (!sameName(current.subject, current.issuer)) {
    const candidates = parsed.filter((p) => !path.includes(p) && sameName(p.subject, current.issuer));
    if (candidates.length === 0) break;
    let next = candidates[0] as Parsed;
    for (const c of candidates) {
      if (await signedBy(current.cert, c.cert)) {
        next = c;
        break;
      }
    }
    path.push(next);
    current = next;
  }
  return path;
}

/**
 * Reads, orders and verifies certificates given as DER. Never throws. The described certificate's findings
 * come with the chain's: each link that breaks, the order, certificates that do not belong, and what is known
 * of the issuer (`cert.issuer-verified`, `cert.issuer-signature-invalid`, `cert.issuer-unverified`, …).
 */
export async function verifyCertificateChain(
  given: readonly Der[],
  options: VerifyChainOptions,
): Promise<VerifiedChain> {
  const {mode} = options;
  const position = (index: number): string => (mode === 'x5c' ? `x5c[${index}]` : String(index + 1));
  const findings: Finding[] = [];
  if (given.length > MAX_CHAIN) {
    findings.push(
      finding('cert.chain.too-long', {count: given.length, max: MAX_CHAIN}, mode === 'x5c' ? 'header.x5c' : undefined),
    );
  }
  const trimmed = given.slice(0, MAX_CHAIN).map((der) => splitDer(der));
  trimmed.forEach((t, i) => {
    if (t.trailing > 0) findings.push(finding('cert.trailing-bytes', {count: t.trailing, position: position(i)}));
  });
  const all = trimmed.map((t, i) => parse(t.der, i));
  if (mode === 'x5c' && all[0] === undefined) {
    return {
      hasLeaf: false,
      links: [],
      findings: [finding('cert.invalid', {reason: 'parse'}, 'header.x5c'), ...findings],
    };
  }
  all.forEach((p, i) => {
    if (p === undefined) findings.push(finding('cert.chain.unreadable', {position: position(i)}));
  });
  if (all.every((p) => p === undefined)) return {hasLeaf: false, links: [], findings};
  const parsed = all.filter((p): p is Parsed => p !== undefined);

  // The chain, leaf first.
  let path: Parsed[];
  let hasLeaf: boolean;
  if (mode === 'x5c') {
    path = parsed;
    hasLeaf = !(parsed[0] as Parsed).isCa;
    const leaf = hasLeaf ? undefined : findLeaf(parsed);
    if (leaf) findings.push(finding('cert.x5c.order', {position: position(leaf.index)}, 'header.x5c'));
  } else {
    const leaf = findLeaf(parsed);
    hasLeaf = leaf !== undefined;
    // No leaf: the CA certificates are read from the first, for what they are; no order is judged.
    path = await buildPath(leaf ?? (parsed[0] as Parsed), parsed);
    if (leaf) {
      for (const p of parsed) {
        if (!path.includes(p)) {
          findings.push(finding('cert.chain.not-in-chain', {position: position(p.index), subject: shortName(p)}));
        }
      }
      const order = path.map((p) => p.index);
      // A chain of one has no order; the certificates left out are named above.
      if (
        order.length > 1 &&
        order.some((v, i) => (i === 0 ? v !== (parsed[0] as Parsed).index : v < (order[i - 1] as number)))
      ) {
        findings.push(finding('cert.chain.order', {order: order.map((i) => position(i)).join(', ')}));
      }
    }
  }

  // Each link: the certificate is signed by the next one.
  const links: {p: Parsed; checkedWith: ChainLink['checkedWith']; valid?: boolean; carried?: CarriedCa}[] = path.map(
    (p) => ({p, checkedWith: 'none'}),
  );
  let broken = false;
  for (let i = 0; i < path.length - 1; i++) {
    const child = path[i] as Parsed;
    const parent = path[i + 1] as Parsed;
    const link = links[i] as (typeof links)[number];
    link.checkedWith = 'next';
    if (!sameName(child.issuer, parent.subject)) {
      // Only in x5c order: a pasted chain is built from names.
      link.valid = false;
      broken = true;
      findings.push(
        finding(
          'cert.x5c.link',
          {position: position(child.index), subject: shortName(child), next: position(parent.index)},
          'header.x5c',
        ),
      );
      continue;
    }
    link.valid = await signedBy(child.cert, parent.cert);
    if (!link.valid) {
      broken = true;
      findings.push(
        finding('cert.chain.signature-invalid', {
          position: position(child.index),
          subject: shortName(child),
          issuer: shortName(parent),
        }),
      );
    }
  }
  const top = path[path.length - 1] as Parsed;
  if (sameName(top.subject, top.issuer)) {
    const link = links[links.length - 1] as (typeof links)[number];
    link.checkedWith = 'self';
    link.valid = await signedBy(top.cert, top.cert);
  }

  // The anchor: each certificate whose issuer is a carried CA's name is checked with that CA's key; the lowest
  // one decides whether the chain is verified (or forged). Higher ones are checked too, for the per-link view.
  const issuerCns = new Set(path.map((p) => commonName(p.issuer)).filter((cn): cn is string => cn !== undefined));
  const carried = parseCarried(options.carried, issuerCns);
  let anchor: CarriedCa | undefined;
  let forged: Parsed | undefined;
  for (let i = 0; i < path.length; i++) {
    const p = path[i] as Parsed;
    const named = carried.filter((c) => sameName(c.subject, p.issuer));
    if (named.length === 0) continue;
    let verifiedBy: CarriedCa | undefined;
    for (const c of named) {
      if (await signedBy(p.cert, c.cert)) {
        verifiedBy = c.row;
        break;
      }
    }
    const link = links[i] as (typeof links)[number];
    link.checkedWith = 'carried';
    link.valid = verifiedBy !== undefined;
    link.carried = verifiedBy ?? (named[0] as (typeof named)[number]).row;
    if (!verifiedBy) {
      findings.push(
        finding('cert.issuer-signature-invalid', {
          issuer: (commonName(p.issuer) ?? p.cert.issuer).slice(0, 200),
          position: position(p.index),
        }),
      );
    }
    if (!anchor && !forged) {
      if (verifiedBy) anchor = verifiedBy;
      else forged = p;
    }
  }

  // Describe the leaf (or the CA given alone) and put what the signatures showed into its issuer status.
  const described = describeCertificateChain([path[0]?.der ?? (parsed[0] as Parsed).der], options);
  const base = described.certificate;
  if (!base) return {hasLeaf: false, links: [], findings: [...described.findings, ...findings]};
  const issuerStatus: IssuerStatus = broken
    ? 'chain-broken'
    : forged
      ? 'signature-invalid'
      : anchor
        ? 'verified'
        : base.issuerStatus;
  const knownIssuer =
    anchor && !broken
      ? (base.namedIssuer ??
        CERTIFICATE_ISSUERS.find((r) => r.commonName === anchor.commonName && r.environment === anchor.environment))
      : undefined;
  const certificate: CertificateDescription = {
    ...base,
    issuerStatus,
    ...(knownIssuer ? {knownIssuer} : {}),
    ...(anchor && !broken ? {verifiedBy: anchor, environment: anchor.environment} : {}),
  };
  const now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : undefined;
  return {
    certificate,
    chain: path.map((p) => p.der),
    hasLeaf,
    issuerStatus,
    links: links.map((l) => ({
      position: position(l.p.index),
      subject: l.p.cert.subject,
      ...(commonName(l.p.subject) !== undefined ? {subjectCommonName: commonName(l.p.subject)} : {}),
      isCa: l.p.isCa,
      checkedWith: l.checkedWith,
      ...(l.valid !== undefined ? {valid: l.valid} : {}),
      ...(l.carried ? {carried: l.carried} : {}),
    })),
    findings: [...certificateFindings(certificate, options, now), ...findings],
  };
}

/**
 * The grant's `x5c` verified as Maskinporten reads it: x5c[0] is the certificate described (and its key the
 * one that must have signed), each next entry must have issued the one before. Undefined when x5c is not a
 * non-empty array of strings (the grant check reports that). Never throws.
 */
export async function verifyX5c(
  x5c: unknown,
  options: DescribeCertificateOptions & {readonly carried?: readonly CarriedCertificate[]} = {},
): Promise<VerifiedChain | undefined> {
  if (!Array.isArray(x5c) || x5c.length === 0 || !x5c.every((e): e is string => typeof e === 'string')) {
    return undefined;
  }
  const ders = x5c.map((entry) => base64ToBytes(entry.replace(/\s+/g, '')) ?? new Uint8Array(0));
  return verifyCertificateChain(ders, {...options, mode: 'x5c'});
}
