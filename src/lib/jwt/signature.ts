// Signature verification with jose, against a key the user pasted (JWK, JWKS, PEM public key or
// certificate, bare x5c entry) or the token's own x5c. Nothing is fetched: no jku, x5u or well-known.

import {compactVerify, createLocalJWKSet, importJWK, importSPKI, importX509, type JWK} from 'jose';
import {finding, own, showValue, type Finding, type FindingParams} from '../findings';
import {decodeToken} from './decode';

export type KeySource = 'jwk' | 'jwks' | 'spki' | 'x509' | 'x5c';

export interface VerifyResult {
  valid: boolean;
  keySource?: KeySource;
  findings: Finding[];
}

const MAX_KEY_TEXT = 256 * 1024;
const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^Ed25519$/;

type Family = 'RSA' | 'EC' | 'OKP';

function familyOf(alg: string): Family | undefined {
  if (/^(RS|PS)/.test(alg)) return 'RSA';
  if (/^ES/.test(alg)) return 'EC';
  if (alg === 'EdDSA' || alg === 'Ed25519') return 'OKP';
  return undefined;
}

const PROBE_ALGS = ['RS256', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as {code?: unknown}).code === 'string'
    ? (e as {code: string}).code
    : '';
}

function isPrivateJwk(jwk: Record<string, unknown>): boolean {
  return own(jwk, 'd') !== undefined || own(jwk, 'k') !== undefined;
}

/** For a PEM key that would not import with the token's alg: is it a valid key of another type? */
async function probeFamily(pem: string, kind: 'spki' | 'x509'): Promise<string | undefined> {
  for (const alg of PROBE_ALGS) {
    try {
      await (kind === 'spki' ? importSPKI(pem, alg) : importX509(pem, alg));
      return alg;
    } catch {
      // try the next key type
    }
  }
  return undefined;
}

/**
 * Imports a PEM public key or certificate for `alg`. When that fails, says whether it is a key of another
 * algorithm family (`sig.alg-mismatch`) or no usable key at all (`sig.key-invalid` with `reason`).
 */
async function importPem(
  pem: string,
  kind: 'spki' | 'x509',
  alg: string,
  reason: string,
  path?: string,
): Promise<{key: CryptoKey} | {problem: Finding}> {
  try {
    return {key: kind === 'spki' ? await importSPKI(pem, alg) : await importX509(pem, alg)};
  } catch {
    const other = await probeFamily(pem, kind);
    return {
      problem: other
        ? finding('sig.alg-mismatch', {alg, keyAlg: other}, path)
        : finding('sig.key-invalid', {reason}, path),
    };
  }
}

function certificatePem(base64: string): string {
  const body = base64.replace(/\s+/g, '');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----`;
}

/**
 * Verifies the token's signature. keyText may be a JWK, a JWKS `{"keys":[…]}`, a PEM public key or
 * certificate, or a bare base64 certificate; when it is empty the token's own `x5c[0]` is used.
 */
export async function verifySignature(token: string, keyText?: string): Promise<VerifyResult> {
  const decoded = decodeToken(token);
  if (decoded.kind !== 'jws' || !decoded.header || decoded.token === undefined) {
    return {
      valid: false,
      findings: decoded.findings.filter((f) => f.severity === 'error' || f.code === 'jwt.encrypted'),
    };
  }
  const compact = decoded.token;
  const header = decoded.header;
  const alg = own(header, 'alg');
  const kid = own(header, 'kid');
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') {
    return {valid: false, findings: [finding('jwt.alg-none', {alg: showValue(alg)}, 'header.alg')]};
  }
  if (!ASYMMETRIC.test(alg)) {
    return {valid: false, findings: [finding('sig.alg-mismatch', {alg, reason: 'not-asymmetric'}, 'header.alg')]};
  }
  const family = familyOf(alg);

  const text = typeof keyText === 'string' ? keyText.trim() : '';
  if (text.length > MAX_KEY_TEXT) return {valid: false, findings: [finding('sig.key-invalid', {reason: 'too-large'})]};

  // Pick the key.
  let key: CryptoKey | Uint8Array | ReturnType<typeof createLocalJWKSet>;
  let keySource: KeySource;
  let keyKid: string | undefined;
  try {
    if (text === '') {
      const x5c = own(header, 'x5c');
      const first = Array.isArray(x5c) ? x5c[0] : undefined;
      if (typeof first !== 'string') return {valid: false, findings: [finding('sig.no-key', {})]};
      keySource = 'x5c';
      const imported = await importPem(certificatePem(first), 'x509', alg, 'x5c', 'header.x5c');
      if ('problem' in imported) return {valid: false, keySource, findings: [imported.problem]};
      key = imported.key;
    } else if (text.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return {valid: false, findings: [finding('sig.key-invalid', {reason: 'json'})]};
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return {valid: false, findings: [finding('sig.key-invalid', {reason: 'json'})]};
      }
      const obj = parsed as Record<string, unknown>;
      const keys = own(obj, 'keys');
      if (keys !== undefined) {
        if (!Array.isArray(keys)) return {valid: false, findings: [finding('sig.key-invalid', {reason: 'jwks'})]};
        if (keys.some((k) => typeof k === 'object' && k !== null && isPrivateJwk(k as Record<string, unknown>))) {
          return {valid: false, findings: [finding('sig.key-private', {})]};
        }
        keySource = 'jwks';
        try {
          key = createLocalJWKSet({keys: keys as JWK[]});
        } catch {
          return {valid: false, findings: [finding('sig.key-invalid', {reason: 'jwks'})]};
        }
      } else {
        if (isPrivateJwk(obj)) return {valid: false, findings: [finding('sig.key-private', {})]};
        keySource = 'jwk';
        const kty = own(obj, 'kty');
        const jwkAlg = own(obj, 'alg');
        const jwkKid = own(obj, 'kid');
        if (typeof jwkKid === 'string') keyKid = jwkKid;
        if (typeof kty !== 'string')
          return {valid: false, keySource, findings: [finding('sig.key-invalid', {reason: 'kty'})]};
        if ((typeof jwkAlg === 'string' && jwkAlg !== alg) || (family !== undefined && kty !== family)) {
          return {
            valid: false,
            keySource,
            findings: [finding('sig.alg-mismatch', {alg, keyAlg: typeof jwkAlg === 'string' ? jwkAlg : kty})],
          };
        }
        try {
          key = await importJWK(obj as JWK, alg);
        } catch {
          return {valid: false, keySource, findings: [finding('sig.key-invalid', {reason: 'jwk'})]};
        }
      }
    } else if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
      return {valid: false, findings: [finding('sig.key-private', {})]};
    } else if (text.includes('-----BEGIN PUBLIC KEY-----') || text.includes('-----BEGIN CERTIFICATE-----')) {
      const isCert = text.includes('-----BEGIN CERTIFICATE-----');
      keySource = isCert ? 'x509' : 'spki';
      const pem = isCert
        ? (text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/)?.[0] ?? text)
        : (text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/)?.[0] ?? text);
      const imported = await importPem(pem, isCert ? 'x509' : 'spki', alg, keySource);
      if ('problem' in imported) return {valid: false, keySource, findings: [imported.problem]};
      key = imported.key;
    } else if (/^[A-Za-z0-9+/\s]+={0,2}$/.test(text)) {
      keySource = 'x509';
      const imported = await importPem(certificatePem(text), 'x509', alg, 'format');
      if ('problem' in imported) return {valid: false, keySource, findings: [imported.problem]};
      key = imported.key;
    } else {
      return {valid: false, findings: [finding('sig.key-invalid', {reason: 'format'})]};
    }
  } catch {
    return {valid: false, findings: [finding('sig.key-invalid', {reason: 'import'})]};
  }

  try {
    if (typeof key === 'function') await compactVerify(compact, key, {algorithms: [alg]});
    else await compactVerify(compact, key, {algorithms: [alg]});
    return {
      valid: true,
      keySource,
      findings: [finding('sig.valid', {alg, keySource, ...(typeof kid === 'string' ? {kid} : {})})],
    };
  } catch (e) {
    const code = errorCode(e);
    const kidParams: FindingParams = typeof kid === 'string' ? {kid} : {};
    if (code === 'ERR_JWKS_NO_MATCHING_KEY')
      return {valid: false, keySource, findings: [finding('sig.no-matching-key', {alg, ...kidParams})]};
    if (code === 'ERR_JOSE_ALG_NOT_ALLOWED')
      return {valid: false, keySource, findings: [finding('sig.alg-mismatch', {alg})]};
    if (
      code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' &&
      keyKid !== undefined &&
      typeof kid === 'string' &&
      keyKid !== kid
    ) {
      return {valid: false, keySource, findings: [finding('sig.no-matching-key', {alg, kid, keyKid})]};
    }
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || code === 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') {
      return {valid: false, keySource, findings: [finding('sig.invalid', {alg, ...kidParams})]};
    }
    if (code === 'ERR_JWS_INVALID')
      return {valid: false, keySource, findings: [finding('sig.invalid', {alg, reason: 'jws'})]};
    return {valid: false, keySource, findings: [finding('sig.key-invalid', {reason: code || 'verify'})]};
  }
}
