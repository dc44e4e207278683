// The signature step: verification with jose, against a key the reader pasted (JWK, JWKS, PEM public key or
// certificate, bare x5c entry) and against the token's own x5c[0], the key Maskinporten verifies a grant with
// when it carries x5c. When both are there and they are different keys, that is said (sig.key-not-x5c): a grant
// signed with the pasted key but carrying another certificate is what Maskinporten answers MP-124 to.
// Nothing is fetched: no jku, x5u or well-known. Takes the token as the decode step read it; never decodes again.

import {compactVerify, exportJWK, importJWK, importSPKI, importX509, type JWK} from 'jose';
import {finding, showValue, type Finding, type FindingParams} from '../findings';
import {isPlainObject, own} from '../is-object';
import {containsPrivateJwk, isBase64PrivateKey, isPrivateJwk} from './secrets';
import {parseJson} from '../safe-parse';

export type KeySource = 'jwk' | 'jwks' | 'spki' | 'x509' | 'x5c';

/** A signed token as the decode step read it. */
export interface SignedToken {
  /** The compact token. */
  readonly token: string;
  readonly header: Record<string, unknown>;
}

export interface VerifyResult {
  valid: boolean;
  /** What the verdict was reached with: the token's x5c when it has one and Maskinporten would use it. */
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
/** Keys are imported extractable so that two of them can be compared (the pasted key against x5c[0]). */
const IMPORT_OPTIONS = {extractable: true} as const;

/** jose's error code (`ERR_JWS_INVALID`, …), or '' for an error that is not jose's. */
function joseCode(e: unknown): string {
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

/** An import that failed on the input (jose's typed errors, WebCrypto's DataError, a malformed key's TypeError). */
function isImportFailure(e: unknown): boolean {
  return joseCode(e) !== '' || e instanceof TypeError || (e instanceof Error && e.name === 'DataError');
}

async function importPemKey(pem: string, kind: 'spki' | 'x509', alg: string): Promise<CryptoKey> {
  return kind === 'spki' ? importSPKI(pem, alg, IMPORT_OPTIONS) : importX509(pem, alg, IMPORT_OPTIONS);
}

/** For a PEM key that would not import with the token's alg: is it a valid key of another type? */
async function probeFamily(pem: string, kind: 'spki' | 'x509'): Promise<string | undefined> {
  for (const alg of PROBE_ALGS) {
    try {
      await importPemKey(pem, kind, alg);
      return alg;
    } catch (e) {
      if (!isImportFailure(e)) throw e;
      // not this key type: try the next
    }
  }
  return undefined;
}

interface Candidate {
  readonly key: CryptoKey;
  readonly kid?: string;
}
type Candidates = {candidates: Candidate[]; keySource: KeySource} | {problem: Finding; keySource?: KeySource};

/**
 * Imports a PEM public key or certificate for `alg`. When that fails, says whether it is a key of another
 * algorithm family (`sig.alg-mismatch`) or no usable key at all (`sig.key-invalid` with `reason`).
 */
async function importPem(
  pem: string,
  kind: 'spki' | 'x509',
  alg: string,
  reason: string,
  keySource: KeySource,
  path?: string,
): Promise<Candidates> {
  try {
    return {candidates: [{key: await importPemKey(pem, kind, alg)}], keySource};
  } catch (e) {
    if (!isImportFailure(e)) throw e;
    const other = await probeFamily(pem, kind);
    return {
      keySource,
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

/** The key in the token's x5c[0], if it has one. */
function x5cLeaf(header: Record<string, unknown>): string | undefined {
  const x5c = own(header, 'x5c');
  const first = Array.isArray(x5c) ? (x5c as unknown[])[0] : undefined;
  return typeof first === 'string' ? first : undefined;
}

async function x5cCandidates(leaf: string, alg: string): Promise<Candidates> {
  return importPem(certificatePem(leaf), 'x509', alg, 'x5c', 'x5c', 'header.x5c');
}

/** The keys of the pasted text: one for a PEM, a certificate, a JWK or a bare x5c entry; each fitting one of a JWKS. */
async function pastedCandidates(text: string, alg: string, kid: unknown): Promise<Candidates> {
  const family = familyOf(alg);
  if (text.startsWith('{') || text.startsWith('[')) {
    const json = parseJson(text);
    if (!json.ok) return {problem: finding('sig.key-invalid', {reason: 'json'})};
    const parsed = json.value;
    // A private member anywhere (a JWK, a JWKS, a wrapper object): say so and read nothing of it.
    if (containsPrivateJwk(parsed)) return {problem: finding('sig.key-private', {})};
    if (!isPlainObject(parsed)) return {problem: finding('sig.key-invalid', {reason: 'json'})};
    const keys = own(parsed, 'keys');
    if (keys !== undefined) {
      if (!Array.isArray(keys)) return {problem: finding('sig.key-invalid', {reason: 'jwks'}), keySource: 'jwks'};
      return jwksCandidates(keys, alg, family, kid);
    }
    const one = await importOneJwk(parsed, alg, family);
    return 'problem' in one ? {...one, keySource: 'jwk'} : {candidates: [one.key], keySource: 'jwk'};
  }
  if (/-----\s*BEGIN[A-Z0-9 ]*PRIVATE KEY\s*-----/i.test(text) || isBase64PrivateKey(text))
    return {problem: finding('sig.key-private', {})};
  if (text.includes('-----BEGIN PUBLIC KEY-----') || text.includes('-----BEGIN CERTIFICATE-----')) {
    const isCert = text.includes('-----BEGIN CERTIFICATE-----');
    const pem = isCert
      ? (text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/)?.[0] ?? text)
      : (text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/)?.[0] ?? text);
    return importPem(pem, isCert ? 'x509' : 'spki', alg, isCert ? 'x509' : 'spki', isCert ? 'x509' : 'spki');
  }
  if (/^[A-Za-z0-9+/\s]+={0,2}$/.test(text)) return importPem(certificatePem(text), 'x509', alg, 'format', 'x509');
  return {problem: finding('sig.key-invalid', {reason: 'format'})};
}

/** The outcome of verifying with one set of candidate keys. */
async function verifyWith(compact: string, alg: string, kid: unknown, picked: Candidates): Promise<VerifyResult> {
  if ('problem' in picked)
    return {valid: false, ...(picked.keySource ? {keySource: picked.keySource} : {}), findings: [picked.problem]};
  const {candidates, keySource} = picked;
  const kidParams: FindingParams = typeof kid === 'string' ? {kid} : {};
  const fail = (f: Finding): VerifyResult => ({valid: false, keySource, findings: [f]});

  // jose refuses RSA keys under 2048 bits with a plain TypeError; say why instead.
  const usable = candidates.filter((c) => (rsaBits(c.key) ?? MIN_RSA_BITS) >= MIN_RSA_BITS);
  if (usable.length === 0) {
    const first = candidates[0];
    const bits = first ? (rsaBits(first.key) ?? 0) : 0;
    // Below 512 bits no RSA key was ever made on purpose: that is a broken `n`, not a weak key.
    if (bits < 512) return fail(finding('sig.key-invalid', {reason: 'modulus'}));
    return fail(finding('sig.key-too-small', {bits, min: MIN_RSA_BITS}));
  }

  // Key rotation: a JWKS may hold several keys with the same kid, or the token none. Any one that verifies wins.
  let lastCode = '';
  for (const [index, candidate] of usable.entries()) {
    try {
      await compactVerify(compact, candidate.key, {algorithms: [alg]});
      return {
        valid: true,
        keySource,
        findings: [finding('sig.valid', {alg, keySource, keysTried: index + 1, ...kidParams})],
      };
    } catch (e) {
      lastCode = joseCode(e);
      if (lastCode === '') throw e;
      if (lastCode === 'ERR_JOSE_ALG_NOT_ALLOWED') return fail(finding('sig.alg-mismatch', {alg}));
      if (lastCode === 'ERR_JWS_INVALID') return fail(finding('sig.invalid', {alg, keysTried: 1}));
    }
  }
  const keyKid = usable.length === 1 ? usable[0]?.kid : undefined;
  if (keySource === 'jwk' && keyKid !== undefined && typeof kid === 'string' && keyKid !== kid)
    return fail(finding('sig.no-matching-key', {alg, kid, keyKid}));
  if (lastCode === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
    return fail(finding('sig.invalid', {alg, keysTried: usable.length, ...kidParams}));
  return fail(finding('sig.key-invalid', {reason: lastCode}));
}

/** A public key's identity: its public JWK members (kty and n, e or crv, x, y). */
async function keyIdentity(key: CryptoKey): Promise<string> {
  const jwk = await exportJWK(key);
  return JSON.stringify([jwk.kty, jwk.n, jwk.e, jwk.crv, jwk.x, jwk.y]);
}

/** Whether any of the pasted keys is the key in x5c[0]. */
async function samePublicKey(x5c: readonly Candidate[], pasted: readonly Candidate[]): Promise<boolean> {
  const x5cKey = x5c[0];
  if (!x5cKey) return false;
  const wanted = await keyIdentity(x5cKey.key);
  for (const candidate of pasted) if ((await keyIdentity(candidate.key)) === wanted) return true;
  return false;
}

/**
 * Verifies the token's signature. keyText may be a JWK, a JWKS `{"keys":[…]}`, a PEM public key or
 * certificate, or a bare base64 certificate; when it is empty the token's own `x5c[0]` is used. When the token
 * has x5c and a key is pasted too, both are checked, and the verdict is what Maskinporten would reach with x5c.
 */
export async function verifySignature(signed: SignedToken, keyText = ''): Promise<VerifyResult> {
  const {token: compact, header} = signed;
  const alg = own(header, 'alg');
  const kid = own(header, 'kid');
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none')
    return {valid: false, findings: [finding('jwt.alg-none', {alg: showValue(alg)}, 'header.alg')]};
  if (!ASYMMETRIC.test(alg))
    return {valid: false, findings: [finding('sig.alg-mismatch', {alg, reason: 'not-asymmetric'}, 'header.alg')]};

  const text = typeof keyText === 'string' ? keyText.trim() : '';
  if (text.length > MAX_KEY_TEXT) return {valid: false, findings: [finding('sig.key-invalid', {reason: 'too-large'})]};
  const leaf = x5cLeaf(header);
  if (text === '') {
    if (leaf === undefined) return {valid: false, findings: [finding('sig.no-key', {})]};
    return verifyWith(compact, alg, kid, await x5cCandidates(leaf, alg));
  }

  const pastedKeys = await pastedCandidates(text, alg, kid);
  const withPasted = await verifyWith(compact, alg, kid, pastedKeys);
  if (leaf === undefined || 'problem' in pastedKeys) return withPasted;
  const x5cKeys = await x5cCandidates(leaf, alg);
  if ('problem' in x5cKeys) return withPasted;
  if (await samePublicKey(x5cKeys.candidates, pastedKeys.candidates)) return withPasted;

  // Two different keys: Maskinporten verifies with x5c[0], whatever key is registered or pasted.
  const withX5c = await verifyWith(compact, alg, kid, x5cKeys);
  const notX5c = finding('sig.key-not-x5c', {}, 'header.x5c');
  if (withX5c.valid) return {...withX5c, findings: [...withX5c.findings, {...notX5c, severity: 'warning'}]};
  // Signed with the pasted key but carrying another certificate: the MP-124 case.
  if (withPasted.valid) return {valid: false, keySource: 'x5c', findings: [notX5c]};
  return {...withX5c, findings: [...withX5c.findings, {...notX5c, severity: 'warning'}]};
}

async function importOneJwk(
  obj: Record<string, unknown>,
  alg: string,
  family: Family | undefined,
): Promise<{key: Candidate} | {problem: Finding}> {
  const kty = own(obj, 'kty');
  const jwkAlg = own(obj, 'alg');
  const jwkKid = own(obj, 'kid');
  if (typeof kty !== 'string') return {problem: finding('sig.key-invalid', {reason: 'kty'})};
  if ((typeof jwkAlg === 'string' && jwkAlg !== alg) || (family !== undefined && kty !== family)) {
    return {problem: finding('sig.alg-mismatch', {alg, keyAlg: typeof jwkAlg === 'string' ? jwkAlg : kty})};
  }
  try {
    const key = await importJWK({...(obj as JWK), ext: true}, alg, IMPORT_OPTIONS);
    if (!(typeof key === 'object' && 'algorithm' in key)) return {problem: finding('sig.key-invalid', {reason: 'jwk'})};
    return {key: {key, ...(typeof jwkKid === 'string' ? {kid: jwkKid} : {})}};
  } catch (e) {
    if (!isImportFailure(e)) throw e;
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
): Promise<Candidates> {
  const objects = keys.slice(0, 100).filter(isPlainObject);
  if (objects.some((k) => isPrivateJwk(k))) return {problem: finding('sig.key-private', {}), keySource: 'jwks'};
  const fitting = objects.filter(
    (k) =>
      (typeof kid !== 'string' || own(k, 'kid') === kid) &&
      (family === undefined || own(k, 'kty') === family) &&
      (own(k, 'alg') === undefined || own(k, 'alg') === alg) &&
      (own(k, 'use') === undefined || own(k, 'use') === 'sig'),
  );
  const kidParams: FindingParams = typeof kid === 'string' ? {kid} : {};
  if (fitting.length === 0) return {problem: finding('sig.no-matching-key', {alg, ...kidParams}), keySource: 'jwks'};
  const imported: Candidate[] = [];
  for (const k of fitting) {
    const one = await importOneJwk(k, alg, family);
    if ('key' in one) imported.push(one.key);
  }
  if (imported.length === 0) return {problem: finding('sig.key-invalid', {reason: 'jwks'}), keySource: 'jwks'};
  return {candidates: imported, keySource: 'jwks'};
}
