// The certificate tool's pipeline: input (file bytes or pasted text) → refuse private material → say what it is
// (certificate, chain, public key, JWK, or why it cannot be read) → find the business certificate and verify the
// chain → findings → the outputs to copy (JWK, x5c, x5t#S256, leaf PEM) and the renewal plan.
// Pulls in @peculiar/x509 through certificate-chain.ts: the component loads this module only when input arrives.

import 'reflect-metadata';
import {Pkcs10CertificateRequest, PublicKey} from '@peculiar/x509';
import {finding, own, type Finding} from './findings';
import {hasPrivateKeyPem, publicKeyDer, type CertificateDescription, type Der} from './certificates';
import {verifyCertificateChain, type CarriedCertificate, type ChainLink} from './certificate-chain';
import {
  base64,
  certificateThumbprint,
  cleanKid,
  kidProblem,
  rsaModulusBits,
  rsaPublicNumbers,
  rsaSigningJwk,
  fromBase64url,
  spkiFromPkcs1,
  RSA_SIGNING_ALGS,
  type RsaPublicJwk,
  type RsaSigningAlg,
} from './jwk';
import {planRenewal, type RenewalPlan} from './renewal-plan';
import {isPlainObject} from './is-object';
import {base64ToBytes} from './base64';
import {parseJson} from './safe-parse';

export interface CertificateToolInput {
  /** Pasted PEM, base64 DER, JWK or JWKS. */
  readonly text?: string;
  /** A dropped or opened file. */
  readonly bytes?: Uint8Array;
  readonly fileName?: string;
}

export interface CertificateToolOptions {
  readonly environment: 'test' | 'prod';
  /** Seconds since the epoch. */
  readonly now: number;
  /** A kid the reader typed for the JWK; the RFC 7638 thumbprint otherwise. */
  readonly kid?: string;
  /** When the key was (or will be) registered on the client, seconds since the epoch; today when absent. */
  readonly keyRegistered?: number;
  /** The CA certificates to verify up to; the site's carried CAs unless given (tests give their own). */
  readonly carried?: readonly CarriedCertificate[];
  /** Days before expiry that give a warning and an error (the command line's flags); EXPIRY_THRESHOLDS unless given. */
  readonly expiryDays?: {readonly warning: number; readonly error: number};
}

export interface CertificateOutputs {
  /** Only for an RSA key that can make RS256 signatures: the JWK for the client in self-service. */
  readonly jwk?: RsaPublicJwk;
  readonly thumbprint?: string;
  /** The grant header's `x5c` value: the chain, the business certificate first, standard base64 DER. */
  readonly x5c: readonly string[];
  readonly x5tS256: string;
  readonly leafPem: string;
}

export interface CheckedJwk {
  readonly jwk: RsaPublicJwk;
  readonly thumbprint: string;
}

export interface CertificateToolResult {
  readonly kind: 'certificate' | 'jwk' | 'none';
  readonly certificate?: CertificateDescription;
  /** Each certificate of the chain and how its signature was checked, the business certificate first. */
  readonly chain?: readonly ChainLink[];
  /** Only for a business certificate (never a CA certificate): what to copy. */
  readonly outputs?: CertificateOutputs;
  readonly keys?: readonly CheckedJwk[];
  readonly plan?: RenewalPlan;
  readonly findings: readonly Finding[];
}

export const MAX_INPUT_BYTES = 256 * 1024;
export const MAX_JWKS_KEYS = 20;
const PRIVATE_FILE = /\.(p12|pfx|jks|keystore|key)$/i;
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'] as const;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const none = (findings: Finding[]): CertificateToolResult => ({kind: 'none', findings});

/**
 * What a DER blob starts with. A certificate is SEQUENCE { SEQUENCE tbs … }; a PKCS#12 file SEQUENCE { INTEGER 3,
 * SEQUENCE …}; PKCS#8 and PKCS#1 private keys SEQUENCE { INTEGER 0, … }; an SEC 1 EC key SEQUENCE { INTEGER 1,
 * OCTET STRING …}; PKCS#7 SEQUENCE { OID signedData …}.
 */
export function derKind(bytes: Uint8Array): 'pkcs12' | 'private-key' | 'pkcs7' | 'other' {
  if (bytes[0] !== 0x30 || bytes.length < 8) return 'other';
  const lenByte = bytes[1] as number;
  const start = lenByte < 0x80 ? 2 : 2 + (lenByte & 0x7f);
  if (PKCS7_SIGNED_DATA.every((b, i) => bytes[start + i] === b)) return 'pkcs7';
  if (bytes[start] !== 0x02 || bytes[start + 1] !== 0x01) return 'other';
  const version = bytes[start + 2];
  const next = bytes[start + 3];
  if (version === 3 && next === 0x30) return 'pkcs12';
  if (version === 0 && (next === 0x30 || next === 0x02)) return 'private-key';
  if (version === 1 && next === 0x04) return 'private-key';
  return 'other';
}

/** OID 1.2.840.113549.1.7.2 (PKCS#7 signedData, a .p7b), as DER. */
const PKCS7_SIGNED_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

/** Images and documents a reader may drop by mistake, by their first bytes. */
const FILE_SIGNATURES: readonly (readonly [format: string, bytes: readonly number[], offset?: number])[] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['WebP', [0x57, 0x45, 0x42, 0x50], 8],
  ['BMP', [0x42, 0x4d]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
  ['HEIC', [0x66, 0x74, 0x79, 0x70], 4],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
];

export function fileFormat(bytes: Uint8Array): string | undefined {
  return FILE_SIGNATURES.find(([, sig, offset = 0]) => sig.every((b, i) => bytes[offset + i] === b))?.[0];
}

/** Text if the bytes are printable UTF-8 (a PEM file, a base64 .cer); undefined for binary DER. */
function asText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch (error) {
    // Not UTF-8 (the fatal decoder's TypeError): binary DER.
    if (error instanceof TypeError) return undefined;
    throw error;
  }
  const body = text.replace(/^\uFEFF/, '');
  return /^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/.test(body) ? body : undefined;
}

function pem(der: Uint8Array): string {
  const lines = base64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** The typed kid's findings: not usable, or used for one key only. */
function kidFindings(kid: string | undefined): Finding[] {
  if (kid === undefined || kid.trim() === '') return [];
  return kidProblem(kid) !== undefined ? [finding('cert.kid.invalid', {}, 'kid')] : [];
}

async function certificateResult(
  ders: readonly Der[],
  options: CertificateToolOptions,
): Promise<CertificateToolResult> {
  const verified = await verifyCertificateChain(ders, {
    mode: 'pasted',
    environment: options.environment,
    now: options.now,
    expiresSoon: options.expiryDays ?? true,
    ...(options.carried ? {carried: options.carried} : {}),
  });
  const {certificate, chain} = verified;
  const leaf = chain?.[0];
  if (!certificate || !leaf || !chain) return none(verified.findings);
  // A CA certificate is described, never offered as the client's key, x5c or plan.
  if (!verified.hasLeaf) {
    return {kind: 'certificate', certificate, chain: verified.links, findings: verified.findings};
  }
  let jwk: {jwk: RsaPublicJwk; thumbprint: string} | undefined;
  if (certificate.key.type === 'RSA' && certificate.key.algorithm !== 'RSA-PSS') {
    const spki = publicKeyDer(leaf);
    const numbers = spki ? await rsaPublicNumbers(spki) : undefined;
    if (numbers) jwk = await rsaSigningJwk(numbers, options.kid);
  }
  const plan = planRenewal(certificate.notAfterSeconds, options.now, {
    ...(options.keyRegistered !== undefined ? {keyRegistered: options.keyRegistered} : {}),
  });
  return {
    kind: 'certificate',
    certificate,
    chain: verified.links,
    outputs: {
      ...(jwk ? {jwk: jwk.jwk, thumbprint: jwk.thumbprint} : {}),
      x5c: chain.map((c) => base64(c)),
      x5tS256: await certificateThumbprint(leaf),
      leafPem: pem(leaf),
    },
    ...(plan ? {plan} : {}),
    findings: [...verified.findings, ...(jwk ? kidFindings(options.kid) : [])],
  };
}

/** A public key (SPKI DER) as the JWK to register, when it is an RSA key that can sign RS256. */
async function publicKeyResult(spki: Der, options: CertificateToolOptions): Promise<CertificateToolResult> {
  let algorithm: string;
  try {
    algorithm = String(new PublicKey(spki).algorithm.name);
  } catch {
    return none([finding('cert.input.unreadable', {})]);
  }
  if (algorithm === 'RSA-PSS') return none([finding('cert.key-rsa-pss', {}, 'publicKey')]);
  const numbers = algorithm.startsWith('RSA') ? await rsaPublicNumbers(spki) : undefined;
  if (!numbers) return none([finding('cert.key-type', {keyType: algorithm.slice(0, 20), algorithm: ''}, 'publicKey')]);
  const info = finding('cert.input.public-key', {});
  const bits = rsaModulusBits(numbers.n);
  if (bits < 2048) return none([info, finding('cert.key-too-small', {bits, min: 2048}, 'publicKey')]);
  const key = await rsaSigningJwk(numbers, options.kid);
  return {kind: 'jwk', keys: [key], findings: [info, ...kidFindings(options.kid)]};
}

async function checkJwk(
  value: unknown,
  path: string,
  kid: string | undefined,
): Promise<{key: CheckedJwk; findings: Finding[]} | Finding[]> {
  if (!isPlainObject(value)) return [finding('cert.input.not-jwk', {}, path)];
  const key = value;
  const kty = own(key, 'kty');
  if (typeof kty !== 'string') return [finding('cert.input.not-jwk', {}, path)];
  if (kty !== 'RSA') {
    const crv = own(key, 'crv');
    return [
      finding(
        'cert.key-type',
        {keyType: kty.slice(0, 20), algorithm: typeof crv === 'string' ? crv.slice(0, 20) : ''},
        path,
      ),
    ];
  }
  const use = own(key, 'use');
  if (use !== undefined && use !== 'sig') {
    return [
      finding('cert.jwk.use-enc', {use: typeof use === 'string' ? use.slice(0, 20) : String(use)}, `${path}.use`),
    ];
  }
  const alg = own(key, 'alg');
  if (alg !== undefined && !RSA_SIGNING_ALGS.includes(alg as RsaSigningAlg)) {
    return [finding('cert.jwk.alg', {alg: typeof alg === 'string' ? alg.slice(0, 20) : String(alg)}, `${path}.alg`)];
  }
  const n = own(key, 'n');
  const e = own(key, 'e');
  if (
    typeof n !== 'string' ||
    typeof e !== 'string' ||
    !fromBase64url(n) ||
    !fromBase64url(e) ||
    rsaModulusBits(n) === 0
  )
    return [finding('cert.input.not-jwk', {}, path)];
  const bits = rsaModulusBits(n);
  if (bits < 2048) return [finding('cert.key-too-small', {bits, min: 2048}, path)];
  const ownKid = own(key, 'kid');
  const typed = cleanKid(kid);
  const findings: Finding[] = [];
  if (typed !== undefined && typeof ownKid === 'string' && ownKid !== typed) {
    findings.push(finding('cert.kid.replaced', {kid: typed, previous: ownKid.slice(0, 200)}, `${path}.kid`));
  }
  const result = await rsaSigningJwk(
    {n, e},
    typed ?? (typeof ownKid === 'string' ? ownKid : undefined),
    (alg as RsaSigningAlg | undefined) ?? 'RS256',
  );
  return {key: result, findings};
}

/** A private member anywhere in pasted JSON (a JWK, a JWKS, a wrapper object). */
function holdsPrivateJwk(value: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  if (Array.isArray(value)) return value.some((v) => holdsPrivateJwk(v, depth + 1));
  if (!isPlainObject(value)) return false;
  if (typeof own(value, 'kty') === 'string' && PRIVATE_JWK_MEMBERS.some((m) => own(value, m) !== undefined))
    return true;
  return Object.keys(value).some((k) => holdsPrivateJwk(own(value, k), depth + 1));
}

async function jwkResult(text: string, options: CertificateToolOptions): Promise<CertificateToolResult> {
  const json = parseJson(text);
  if (!json.ok) return none([finding('cert.input.unreadable', {})]);
  const parsed = json.value;
  if (holdsPrivateJwk(parsed)) return none([finding('cert.private-material', {kind: 'jwk-private'})]);
  if (!isPlainObject(parsed)) return none([finding('cert.input.not-jwk', {})]);
  const list = own(parsed, 'keys');
  if (list !== undefined && (!Array.isArray(list) || list.length === 0)) {
    return none([finding('cert.input.not-jwk', {}, 'keys')]);
  }
  const entries: [unknown, string][] = Array.isArray(list)
    ? list.slice(0, MAX_JWKS_KEYS).map((k, i) => [k, `keys[${i}]`])
    : [[parsed, 'jwk']];
  const findings: Finding[] = [];
  if (Array.isArray(list) && list.length > MAX_JWKS_KEYS) {
    findings.push(finding('cert.jwks.truncated', {count: list.length, max: MAX_JWKS_KEYS}, 'keys'));
  }
  const typedKid = options.kid !== undefined && options.kid.trim() !== '' ? options.kid : undefined;
  if (typedKid !== undefined) {
    if (kidProblem(typedKid) !== undefined) findings.push(finding('cert.kid.invalid', {}, 'kid'));
    else if (entries.length > 1) findings.push(finding('cert.kid.several-keys', {count: entries.length}, 'kid'));
  }
  const keys: CheckedJwk[] = [];
  for (const [value, path] of entries) {
    const checked = await checkJwk(value, path, entries.length === 1 ? typedKid : undefined);
    if (Array.isArray(checked)) findings.push(...checked);
    else {
      keys.push(checked.key);
      findings.push(...checked.findings);
    }
  }
  return {kind: 'jwk', keys, findings};
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)(?:-----END \1-----|$)/g;

/** A PEM text: its blocks, each with its label and base64 body, or the label of a block without an END line. */
function pemBlocks(text: string): {blocks: {label: string; der?: Der}[]; truncated?: string} {
  const blocks: {label: string; der?: Der}[] = [];
  for (const m of text.matchAll(PEM_BLOCK)) {
    const label = m[1] ?? '';
    const whole = m[0];
    if (!whole.includes('-----END')) return {blocks, truncated: label};
    const body = (m[2] ?? '').replace(/\s+/g, '');
    const der = BASE64.test(body) ? base64ToBytes(body) : undefined;
    blocks.push({label, ...(der ? {der} : {})});
  }
  return {blocks};
}

async function pemResult(text: string, options: CertificateToolOptions): Promise<CertificateToolResult> {
  const {blocks, truncated} = pemBlocks(text);
  const certificates = blocks.filter((b) => b.label === 'CERTIFICATE' || b.label === 'X509 CERTIFICATE');
  if (truncated !== undefined && certificates.length === 0) {
    return none([finding('cert.input.pem-truncated', {label: truncated.slice(0, 40)})]);
  }
  if (certificates.length > 0) {
    const ders = certificates.map((b) => b.der ?? new Uint8Array(0));
    const result = await certificateResult(ders, options);
    return truncated !== undefined
      ? {
          ...result,
          findings: [...result.findings, finding('cert.input.pem-truncated', {label: truncated.slice(0, 40)})],
        }
      : result;
  }
  const first = blocks[0];
  if (!first) return none([finding('cert.input.unreadable', {})]);
  if (/CERTIFICATE REQUEST/.test(first.label)) return none([finding('cert.input.csr', {})]);
  if (first.label === 'PKCS7' || first.label === 'CMS') return none([finding('cert.input.pkcs7', {})]);
  if (first.label === 'SSH2 PUBLIC KEY') return none([finding('cert.input.ssh-key', {})]);
  if (first.label === 'PUBLIC KEY' && first.der) return publicKeyResult(first.der, options);
  if (first.label === 'RSA PUBLIC KEY' && first.der) return publicKeyResult(spkiFromPkcs1(first.der), options);
  return none([finding('cert.input.unreadable', {})]);
}

/** A DER blob that is no certificate: what it is, if it is something a reader would paste by mistake. */
async function derResult(der: Der, options: CertificateToolOptions): Promise<CertificateToolResult> {
  const kind = derKind(der);
  if (kind === 'pkcs12' || kind === 'private-key') return none([finding('cert.private-material', {kind})]);
  if (kind === 'pkcs7') return none([finding('cert.input.pkcs7', {})]);
  const result = await certificateResult([der], options);
  if (result.kind !== 'none') return result;
  try {
    new Pkcs10CertificateRequest(der);
    return none([finding('cert.input.csr', {})]);
  } catch {
    // not a CSR
  }
  try {
    new PublicKey(der);
    return publicKeyResult(der, options);
  } catch {
    // not a public key
  }
  return none([finding('cert.input.unreadable', {})]);
}

async function textResult(raw: string, options: CertificateToolOptions): Promise<CertificateToolResult> {
  const text = raw.trim();
  if (text === '') return none([]);
  if (text.length > MAX_INPUT_BYTES)
    return none([finding('cert.input.too-large', {size: text.length, max: MAX_INPUT_BYTES})]);
  if (hasPrivateKeyPem(text)) return none([finding('cert.private-material', {kind: 'pem-private-key'})]);
  if (text.startsWith('{') || text.startsWith('[')) return jwkResult(text, options);
  if (text.includes('-----BEGIN')) return pemResult(text, options);
  if (/^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-[a-z0-9]+|sk-ssh-[a-z0-9@.-]+) AAAA/.test(text)) {
    return none([finding('cert.input.ssh-key', {})]);
  }
  const body = text.replace(/\s+/g, '');
  const der = BASE64.test(body) ? base64ToBytes(body) : undefined;
  if (!der || der.length === 0) return none([finding('cert.input.unreadable', {})]);
  return derResult(der, options);
}

async function bytesResult(
  bytes: Uint8Array,
  fileName: string | undefined,
  options: CertificateToolOptions,
): Promise<CertificateToolResult> {
  if (fileName !== undefined && PRIVATE_FILE.test(fileName))
    return none([finding('cert.private-material', {kind: fileName.split('.').pop()?.toLowerCase() ?? 'file'})]);
  if (bytes.length === 0) return none([finding('cert.input.empty', {})]);
  if (bytes.length > MAX_INPUT_BYTES)
    return none([finding('cert.input.too-large', {size: bytes.length, max: MAX_INPUT_BYTES})]);
  const kind = derKind(bytes);
  if (kind === 'pkcs12' || kind === 'private-key') return none([finding('cert.private-material', {kind})]);
  const format = fileFormat(bytes);
  if (format !== undefined) return none([finding('cert.input.image', {format})]);
  const text = asText(bytes);
  if (text !== undefined) {
    // A file of only spaces and line breaks is an empty file, not an empty paste.
    if (text.trim() === '') return none([finding('cert.input.empty', {})]);
    return textResult(text, options);
  }
  return derResult(new Uint8Array(bytes), options);
}

/** Reads what the reader gave the certificate tool. Never throws: every problem is a finding. */
export async function analyseCertificateInput(
  input: CertificateToolInput,
  options: CertificateToolOptions,
): Promise<CertificateToolResult> {
  // No catch-all here: each reader catches what its parser throws for bad input, and a bug reaches the tests.
  if (input.bytes !== undefined) return bytesResult(input.bytes, input.fileName, options);
  return textResult(typeof input.text === 'string' ? input.text : '', options);
}
