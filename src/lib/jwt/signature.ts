// Signature verification with jose, against a key the user pasted (JWK, JWKS, PEM public key or
// certificate, bare x5c entry) or the token's own x5c. Nothing is fetched: no jku, x5u or well-known.

import {compactVerify, importJWK, importSPKI, importX509, type JWK} from 'jose';
import {finding, own, showValue, type Finding, type FindingParams} from '../findings';
import {decodeToken} from './decode';
import {containsPrivateJwk, isBase64PrivateKey, isPrivateJwk} from './secrets';
import {isPlainObject} from '../is-object';

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

/** RFC 7518 §3.3 and Maskinporten: RSA keys of at least 2048 bits. */
export const MIN_RSA_BITS = 2048;

/** The modulus size of an imported RSA key, or undefined for other key types. */
function rsaBits(key: CryptoKey): number | undefined {
  const algorithm = key.algorithm as {modulusLength?: unknown};
  return typeof algorithm.modulusLength === 'number' ? algorithm.modulusLength : undefined;
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
  // jose would refuse an unknown crit member as an "invalid JWS": report the real reason, raised by decode.
  const crit = decoded.findings.filter((f) => f.code === 'jwt.crit-unsupported');
  if (crit.length > 0) return {valid: false, findings: crit};

  const text = typeof keyText === 'string' ? keyText.trim() : '';
  if (text.length > MAX_KEY_TEXT) return {valid: false, findings: [finding('sig.key-invalid', {reason: 'too-large'})]};

  const kidParams: FindingParams = typeof kid === 'string' ? {kid} : {};
  const fail = (f: Finding, source?: KeySource): VerifyResult => ({
    valid: false,
    ...(source ? {keySource: source} : {}),
    findings: [f],
  });

  // Pick the candidate keys: one for a PEM, a certificate, a JWK or x5c; every fitting one of a JWKS.
  const candidates: {key: CryptoKey; kid?: string}[] = [];
  let keySource: KeySource;
  try {
    if (text === '') {
      const x5c = own(header, 'x5c');
      const first = Array.isArray(x5c) ? x5c[0] : undefined;
      if (typeof first !== 'string') return {valid: false, findings: [finding('sig.no-key', {})]};
      keySource = 'x5c';
      const imported = await importPem(certificatePem(first), 'x509', alg, 'x5c', 'header.x5c');
      if ('problem' in imported) return fail(imported.problem, keySource);
      candidates.push({key: imported.key});
    } else if (text.startsWith('{') || text.startsWith('[')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return fail(finding('sig.key-invalid', {reason: 'json'}));
      }
      // A private member anywhere (a JWK, a JWKS, a wrapper object): say so and read nothing of it.
      if (containsPrivateJwk(parsed)) return fail(finding('sig.key-private', {}));
      if (!isPlainObject(parsed)) return fail(finding('sig.key-invalid', {reason: 'json'}));
      const obj = parsed;
      const keys = own(obj, 'keys');
      if (keys !== undefined) {
        if (!Array.isArray(keys)) return fail(finding('sig.key-invalid', {reason: 'jwks'}));
        keySource = 'jwks';
        const picked = await jwksCandidates(keys, alg, family, kid);
        if ('problem' in picked) return fail(picked.problem, keySource);
        candidates.push(...picked.keys);
      } else {
        keySource = 'jwk';
        const one = await importOneJwk(obj, alg, family);
        if ('problem' in one) return fail(one.problem, keySource);
        candidates.push(one.key);
      }
    } else if (/-----\s*BEGIN[A-Z0-9 ]*PRIVATE KEY\s*-----/i.test(text) || isBase64PrivateKey(text)) {
      return fail(finding('sig.key-private', {}));
    } else if (text.includes('-----BEGIN PUBLIC KEY-----') || text.includes('-----BEGIN CERTIFICATE-----')) {
      const isCert = text.includes('-----BEGIN CERTIFICATE-----');
      keySource = isCert ? 'x509' : 'spki';
      const pem = isCert
        ? (text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/)?.[0] ?? text)
        : (text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/)?.[0] ?? text);
      const imported = await importPem(pem, isCert ? 'x509' : 'spki', alg, keySource);
      if ('problem' in imported) return fail(imported.problem, keySource);
      candidates.push({key: imported.key});
    } else if (/^[A-Za-z0-9+/\s]+={0,2}$/.test(text)) {
      keySource = 'x509';
      const imported = await importPem(certificatePem(text), 'x509', alg, 'format');
      if ('problem' in imported) return fail(imported.problem, keySource);
      candidates.push({key: imported.key});
    } else {
      return fail(finding('sig.key-invalid', {reason: 'format'}));
    }
  } catch {
    return fail(finding('sig.key-invalid', {reason: 'import'}));
  }

  // jose refuses RSA keys under 2048 bits with a plain TypeError; say why instead.
  const usable = candidates.filter((c) => (rsaBits(c.key) ?? MIN_RSA_BITS) >= MIN_RSA_BITS);
  if (usable.length === 0) {
    const bits = rsaBits(candidates[0]?.key as CryptoKey) ?? 0;
    // Below 512 bits no RSA key was ever made on purpose: that is a broken `n`, not a weak key.
    if (bits < 512) return fail(finding('sig.key-invalid', {reason: 'modulus'}), keySource);
    return fail(finding('sig.key-too-small', {bits, min: MIN_RSA_BITS}), keySource);
  }

  // Key rotation: a JWKS may hold several keys with the same kid, or the token none. Any one that verifies wins.
  let lastCode = '';
  for (const candidate of usable) {
    try {
      await compactVerify(compact, candidate.key, {algorithms: [alg]});
      return {
        valid: true,
        keySource,
        findings: [finding('sig.valid', {alg, keySource, keysTried: usable.indexOf(candidate) + 1, ...kidParams})],
      };
    } catch (e) {
      lastCode = errorCode(e);
      if (lastCode === 'ERR_JOSE_ALG_NOT_ALLOWED') return fail(finding('sig.alg-mismatch', {alg}), keySource);
      if (lastCode === 'ERR_JWS_INVALID') return fail(finding('sig.invalid', {alg, keysTried: 1}), keySource);
    }
  }
  const keyKid = usable.length === 1 ? usable[0]?.kid : undefined;
  if (keySource === 'jwk' && keyKid !== undefined && typeof kid === 'string' && keyKid !== kid) {
    return fail(finding('sig.no-matching-key', {alg, kid, keyKid}), keySource);
  }
  if (lastCode === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || lastCode === '') {
    return fail(finding('sig.invalid', {alg, keysTried: usable.length, ...kidParams}), keySource);
  }
  return fail(finding('sig.key-invalid', {reason: lastCode}), keySource);
}

async function importOneJwk(
  obj: Record<string, unknown>,
  alg: string,
  family: Family | undefined,
): Promise<{key: {key: CryptoKey; kid?: string}} | {problem: Finding}> {
  const kty = own(obj, 'kty');
  const jwkAlg = own(obj, 'alg');
  const jwkKid = own(obj, 'kid');
  if (typeof kty !== 'string') return {problem: finding('sig.key-invalid', {reason: 'kty'})};
  if ((typeof jwkAlg === 'string' && jwkAlg !== alg) || (family !== undefined && kty !== family)) {
    return {problem: finding('sig.alg-mismatch', {alg, keyAlg: typeof jwkAlg === 'string' ? jwkAlg : kty})};
  }
  try {
    const key = await importJWK(obj as JWK, alg);
    if (!(typeof key === 'object' && 'algorithm' in key)) return {problem: finding('sig.key-invalid', {reason: 'jwk'})};
    return {key: {key, ...(typeof jwkKid === 'string' ? {kid: jwkKid} : {})}};
  } catch {
    return {problem: finding('sig.key-invalid', {reason: 'jwk'})};
  }
}

/**
 * The JWKS keys that could have signed the token: same kid when the token has one (all keys when it has none),
 * a key type that fits alg, and usable for signatures. Each is imported; one that fails to import is skipped.
 */
async function jwksCandidates(
  keys: readonly unknown[],
  alg: string,
  family: Family | undefined,
  kid: unknown,
): Promise<{keys: {key: CryptoKey; kid?: string}[]} | {problem: Finding}> {
  const objects = keys.slice(0, 100).filter(isPlainObject);
  if (objects.some((k) => isPrivateJwk(k))) return {problem: finding('sig.key-private', {})};
  const fitting = objects.filter(
    (k) =>
      (typeof kid !== 'string' || own(k, 'kid') === kid) &&
      (family === undefined || own(k, 'kty') === family) &&
      (own(k, 'alg') === undefined || own(k, 'alg') === alg) &&
      (own(k, 'use') === undefined || own(k, 'use') === 'sig'),
  );
  const kidParams: FindingParams = typeof kid === 'string' ? {kid} : {};
  if (fitting.length === 0) return {problem: finding('sig.no-matching-key', {alg, ...kidParams})};
  const imported: {key: CryptoKey; kid?: string}[] = [];
  for (const k of fitting) {
    const one = await importOneJwk(k, alg, family);
    if ('key' in one) imported.push(one.key);
  }
  if (imported.length === 0) return {problem: finding('sig.key-invalid', {reason: 'jwks'})};
  return {keys: imported};
}
