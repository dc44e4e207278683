// The certificate tool's pipeline: input (file bytes or pasted text) → refuse private material → read the
// certificate or JWK → findings → the outputs to copy (JWK, x5c, x5t#S256, leaf PEM) and the renewal plan.
// Pulls in @peculiar/x509 through certificates.ts: the component loads this module only when input arrives.

import {finding, own, type Finding} from './findings';
import {
  certificatesFromText,
  describeCertificate,
  describeCertificateChain,
  publicKeyDer,
  type CertificateDescription,
  type Der,
} from './certificates';
import {
  base64,
  certificateThumbprint,
  cleanKid,
  rsaModulusBits,
  rsaPublicNumbers,
  rsaSigningJwk,
  fromBase64url,
  type RsaPublicJwk,
} from './jwk';
import {planRenewal, type RenewalPlan} from './renewal-plan';
import {isPlainObject} from './is-object';

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
}

export interface CertificateOutputs {
  /** Only for an RSA key: the JWK for the client in self-service. */
  readonly jwk?: RsaPublicJwk;
  readonly thumbprint?: string;
  /** The grant header's `x5c` value: every certificate given, the leaf first, standard base64 DER. */
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
  readonly outputs?: CertificateOutputs;
  readonly keys?: readonly CheckedJwk[];
  readonly plan?: RenewalPlan;
  readonly findings: readonly Finding[];
}

const MAX_BYTES = 256 * 1024;
const MAX_JWKS_KEYS = 20;
const PRIVATE_FILE = /\.(p12|pfx|jks|keystore|key)$/i;
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'] as const;

const none = (findings: Finding[]): CertificateToolResult => ({kind: 'none', findings});

/**
 * What a DER blob starts with. A certificate is SEQUENCE { SEQUENCE tbs … }; a PKCS#12 file SEQUENCE { INTEGER 3,
 * SEQUENCE …}; PKCS#8 and PKCS#1 private keys SEQUENCE { INTEGER 0, … }; an SEC 1 EC key SEQUENCE { INTEGER 1,
 * OCTET STRING …}.
 */
export function derKind(bytes: Uint8Array): 'pkcs12' | 'private-key' | 'other' {
  if (bytes[0] !== 0x30 || bytes.length < 8) return 'other';
  const lenByte = bytes[1] as number;
  const start = lenByte < 0x80 ? 2 : 2 + (lenByte & 0x7f);
  if (bytes[start] !== 0x02 || bytes[start + 1] !== 0x01) return 'other';
  const version = bytes[start + 2];
  const next = bytes[start + 3];
  if (version === 3 && next === 0x30) return 'pkcs12';
  if (version === 0 && (next === 0x30 || next === 0x02)) return 'private-key';
  if (version === 1 && next === 0x04) return 'private-key';
  return 'other';
}

/** Text if the bytes are printable UTF-8 (a PEM file, a base64 .cer); undefined for binary DER. */
function asText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return undefined;
  }
  const body = text.replace(/^\uFEFF/, '');
  return /^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/.test(body) ? body : undefined;
}

function pem(der: Uint8Array): string {
  const lines = base64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

async function certificateResult(
  described: ReturnType<typeof describeCertificateChain>,
  options: CertificateToolOptions,
): Promise<CertificateToolResult> {
  const {certificate, chain} = described;
  const leaf = chain?.[0];
  if (!certificate || !leaf || !chain) return none([...described.findings]);
  let jwk: {jwk: RsaPublicJwk; thumbprint: string} | undefined;
  if (certificate.key.type === 'RSA') {
    const spki = publicKeyDer(leaf);
    const numbers = spki ? await rsaPublicNumbers(spki) : undefined;
    if (numbers) jwk = await rsaSigningJwk(numbers, options.kid);
  }
  const plan = planRenewal(certificate.notAfterSeconds, options.now);
  return {
    kind: 'certificate',
    certificate,
    outputs: {
      ...(jwk ? {jwk: jwk.jwk, thumbprint: jwk.thumbprint} : {}),
      x5c: chain.map((c) => base64(c)),
      x5tS256: await certificateThumbprint(leaf),
      leafPem: pem(leaf),
    },
    ...(plan ? {plan} : {}),
    findings: [...described.findings],
  };
}

async function checkJwk(value: unknown, path: string, kid: string | undefined): Promise<CheckedJwk | Finding[]> {
  if (!isPlainObject(value)) return [finding('cert.invalid', {reason: 'jwk'}, path)];
  const key = value;
  if (PRIVATE_JWK_MEMBERS.some((m) => own(key, m) !== undefined))
    return [finding('cert.private-material', {kind: 'jwk-private'}, path)];
  const kty = own(key, 'kty');
  if (kty !== 'RSA') {
    const crv = own(key, 'crv');
    return [
      finding(
        'cert.key-type',
        {
          keyType: typeof kty === 'string' ? kty.slice(0, 20) : '?',
          algorithm: typeof crv === 'string' ? crv.slice(0, 20) : '',
        },
        path,
      ),
    ];
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
    return [finding('cert.invalid', {reason: 'jwk'}, path)];
  const bits = rsaModulusBits(n);
  const findings: Finding[] = bits < 2048 ? [finding('cert.key-too-small', {bits, min: 2048}, path)] : [];
  const ownKid = own(key, 'kid');
  const result = await rsaSigningJwk({n, e}, cleanKid(kid) ?? (typeof ownKid === 'string' ? ownKid : undefined));
  return findings.length > 0 ? findings : result;
}

async function jwkResult(text: string, options: CertificateToolOptions): Promise<CertificateToolResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return none([finding('cert.invalid', {reason: 'json'})]);
  }
  if (!isPlainObject(parsed)) return none([finding('cert.invalid', {reason: 'json'})]);
  const obj = parsed;
  const list = own(obj, 'keys');
  const entries: [unknown, string][] = Array.isArray(list)
    ? list.slice(0, MAX_JWKS_KEYS).map((k, i) => [k, `keys[${i}]`])
    : [[obj, 'jwk']];
  if (Array.isArray(list) && list.length === 0) return none([finding('cert.invalid', {reason: 'jwks'})]);
  const keys: CheckedJwk[] = [];
  const findings: Finding[] = [];
  for (const [value, path] of entries) {
    const checked = await checkJwk(value, path, entries.length === 1 ? options.kid : undefined);
    if (Array.isArray(checked)) findings.push(...checked);
    else keys.push(checked);
  }
  if (findings.some((f) => f.code === 'cert.private-material'))
    return none(findings.filter((f) => f.code === 'cert.private-material'));
  return {kind: 'jwk', keys, findings};
}

async function textResult(raw: string, options: CertificateToolOptions): Promise<CertificateToolResult> {
  const text = raw.trim();
  if (text === '') return none([]);
  if (text.length > MAX_BYTES) return none([finding('cert.invalid', {reason: 'too-large'})]);
  if (text.startsWith('{')) return jwkResult(text, options);
  if (!text.includes('-----BEGIN')) {
    // A bare base64 blob may be a whole .p12 or a DER private key, pasted.
    const der = certificatesFromText(text)?.[0];
    if (der && derKind(der) !== 'other') return none([finding('cert.private-material', {kind: derKind(der)})]);
  }
  const described = describeCertificate(text, {environment: options.environment, now: options.now, expiresSoon: true});
  return certificateResult(described, options);
}

async function bytesResult(
  bytes: Uint8Array,
  fileName: string | undefined,
  options: CertificateToolOptions,
): Promise<CertificateToolResult> {
  if (fileName !== undefined && PRIVATE_FILE.test(fileName))
    return none([finding('cert.private-material', {kind: fileName.split('.').pop()?.toLowerCase() ?? 'file'})]);
  if (bytes.length === 0) return none([finding('cert.invalid', {reason: 'empty'})]);
  if (bytes.length > MAX_BYTES) return none([finding('cert.invalid', {reason: 'too-large'})]);
  const kind = derKind(bytes);
  if (kind !== 'other') return none([finding('cert.private-material', {kind})]);
  const text = asText(bytes);
  if (text !== undefined) {
    // A file of only spaces and line breaks is an empty file, not an empty paste.
    if (text.trim() === '') return none([finding('cert.invalid', {reason: 'empty'})]);
    return textResult(text, options);
  }
  const der: Der = new Uint8Array(bytes);
  return certificateResult(
    describeCertificateChain([der], {environment: options.environment, now: options.now, expiresSoon: true}),
    options,
  );
}

/** Reads what the reader gave the certificate tool. Never throws: every problem is a finding. */
export async function analyseCertificateInput(
  input: CertificateToolInput,
  options: CertificateToolOptions,
): Promise<CertificateToolResult> {
  try {
    if (input.bytes !== undefined) return await bytesResult(input.bytes, input.fileName, options);
    return await textResult(typeof input.text === 'string' ? input.text : '', options);
  } catch {
    return none([finding('cert.invalid', {reason: 'parse'})]);
  }
}
