// Judges one grant the way Maskinporten does, with the inspector's rules (src/lib): the grant's header and
// claims, the client it names, its key (a registered key by kid, or the business certificate in x5c), the
// scopes registered on the client, a delegation for consumer_org, and a jti not seen before. The first rule it
// breaks is the answer; a grant that breaks none gets an access token (token.ts).

import {X509Certificate} from 'node:crypto';
import {inspectToken} from '../../../../src/lib/jwt/analyse';
import {verifySignature} from '../../../../src/lib/jwt/signature';
import {describeCertificate} from '../../../../src/lib/certificates';
import {own} from '../../../../src/lib/is-object';
import {answerForFindings, mpAnswer, tokenErrorAnswer, type Answer} from './answers';
import type {LocalClient, LocalConfig} from './config';
import type {RegisteredKey} from './keys';

/** A grant that passed: what the access token is made from. */
export interface Accepted {
  readonly client: LocalClient;
  readonly scope: string;
  readonly clientAmr: 'private_key_jwt' | 'virksomhetssertifikat';
  /** The organisation the token is for: consumer_org when delegated, else the client's owner. */
  readonly consumer: string;
  /** The client's owner, when it acts for consumer_org. */
  readonly supplier?: string;
  readonly resource?: unknown;
}

export type Verdict = {ok: true; accepted: Accepted} | {ok: false; answer: Answer};

/**
 * Grants already used, until they expire: a grant lives at most 120 s (+10 s clock skew), so the set stays as
 * small as the traffic of the last two minutes. Keyed by `iss` and `jti` (or the whole grant, when it has no jti).
 */
export class UsedGrants {
  private readonly seen = new Map<string, number>();
  constructor(private readonly limit = 200_000) {}

  /** True the first time; false when the grant was used before. */
  use(key: string, expires: number, now: number): boolean {
    if (this.seen.size >= this.limit) this.prune(now);
    if (this.seen.has(key)) return false;
    this.seen.set(key, expires);
    return true;
  }

  prune(now: number): void {
    for (const [key, expires] of this.seen) if (expires < now) this.seen.delete(key);
  }

  get size(): number {
    return this.seen.size;
  }
}

function pemFromBase64(entry: string): string {
  const lines = entry.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * The x5c chain must hold together: each certificate issued and signed by the next. Maskinporten also checks the
 * chain up to the CAs it trusts (Buypass, Commfides); this server trusts the CA a test makes, and says so.
 */
function chainAnswer(x5c: readonly string[]): Answer | undefined {
  let certs: X509Certificate[];
  try {
    certs = x5c.map((entry) => new X509Certificate(pemFromBase64(entry)));
  } catch {
    return mpAnswer('MP-123'); // an entry that is no certificate
  }
  for (let i = 0; i + 1 < certs.length; i++) {
    const cert = certs[i] as X509Certificate;
    const issuer = certs[i + 1] as X509Certificate;
    if (!cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return mpAnswer('MP-120');
  }
  return undefined;
}

function stringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

async function checkX5c(
  grant: {token: string; header: Record<string, unknown>},
  x5c: string[],
  client: LocalClient,
  config: LocalConfig,
  now: number,
): Promise<Answer | undefined> {
  const chain = chainAnswer(x5c);
  if (chain) return chain;
  const described = describeCertificate(x5c[0] as string, {environment: config.environment, now});
  const certProblem = answerForFindings(described.findings);
  if (certProblem) return certProblem;
  const orgnr = described.certificate?.orgnr;
  if (orgnr === undefined) return mpAnswer('MP-120');
  if (orgnr !== client.org) return mpAnswer('MP-122');
  // With no key text, verifySignature uses the grant's own x5c[0], as Maskinporten does.
  const signature = await verifySignature(grant);
  if (!signature.valid) return answerForFindings(signature.findings) ?? mpAnswer('MP-124');
  return undefined;
}

async function checkKid(
  grant: {token: string; header: Record<string, unknown>},
  kid: string,
  client: LocalClient,
  now: number,
): Promise<Answer | undefined> {
  const key: RegisteredKey | undefined = client.keys.find((k) => k.kid === kid);
  // A kid the client has not registered: the grant cannot be verified with any of the client's keys.
  if (!key) return mpAnswer('MP-124');
  if (key.expires !== undefined && key.expires < now) return mpAnswer('MP-121');
  const signature = await verifySignature(grant, JSON.stringify({keys: [key.jwk]}));
  if (!signature.valid) return answerForFindings(signature.findings) ?? mpAnswer('MP-124');
  return undefined;
}

/** Judges a grant (`assertion`) at `now` (seconds). Records its jti only when everything else passed. */
export async function judgeGrant(
  assertion: string,
  config: LocalConfig,
  used: UsedGrants,
  now: number,
): Promise<Verdict> {
  const inspected = inspectToken(assertion, {environment: config.environment, now});
  const {header, claims, token} = inspected;
  if (inspected.kind !== 'grant' || !header || !claims || token === undefined) {
    return {ok: false, answer: answerForFindings(inspected.findings) ?? mpAnswer('MP-011')};
  }
  const ruleAnswer = answerForFindings(inspected.findings);
  if (ruleAnswer) return {ok: false, answer: ruleAnswer};

  const iss = own(claims, 'iss');
  const client = typeof iss === 'string' ? config.clients.get(iss) : undefined;
  if (!client) return {ok: false, answer: tokenErrorAnswer('error.mp-100-client-not-found')};
  if (client.integrationType !== 'maskinporten') return {ok: false, answer: mpAnswer('MP-201')};

  const grant = {token, header};
  const x5c = own(header, 'x5c');
  const kid = own(header, 'kid');
  let keyAnswer: Answer | undefined;
  let clientAmr: Accepted['clientAmr'];
  if (stringArray(x5c)) {
    clientAmr = 'virksomhetssertifikat';
    keyAnswer = await checkX5c(grant, x5c, client, config, now);
  } else if (typeof kid === 'string') {
    clientAmr = 'private_key_jwt';
    keyAnswer = await checkKid(grant, kid, client, now);
  } else {
    return {ok: false, answer: mpAnswer('MP-123')};
  }
  if (keyAnswer) return {ok: false, answer: keyAnswer};

  const scope = String(own(claims, 'scope'));
  const scopes = scope.trim().split(/\s+/);
  if (scopes.some((s) => !client.scopes.has(s))) return {ok: false, answer: mpAnswer('MP-200')};

  const consumerOrg = own(claims, 'consumer_org');
  let consumer = client.org;
  let supplier: string | undefined;
  if (typeof consumerOrg === 'string') {
    if (consumerOrg === client.org) return {ok: false, answer: tokenErrorAnswer('error.consumer-org-combination')};
    for (const s of scopes) {
      const delegated = config.delegations.some(
        (d) => d.consumer === consumerOrg && d.supplier === client.org && d.scopes.has(s),
      );
      if (!delegated)
        return {ok: false, answer: mpAnswer('MP-251', {consumer: consumerOrg, scope: s, supplier: client.org})};
    }
    consumer = consumerOrg;
    supplier = client.org;
  }
  for (const s of scopes) {
    const allowed = config.scopeAccess.get(s);
    if (allowed && !allowed.has(consumer)) return {ok: false, answer: mpAnswer('MP-250', {scope: s})};
  }

  const jti = own(claims, 'jti');
  const exp = Number(own(claims, 'exp'));
  const usedKey = `${client.clientId}\u0000${typeof jti === 'string' && jti !== '' ? jti : token}`;
  if (!used.use(usedKey, Number.isFinite(exp) ? exp + 10 : now + 130, now))
    return {ok: false, answer: mpAnswer('MP-012')};

  const resource = own(claims, 'resource');
  return {
    ok: true,
    accepted: {
      client,
      scope: scopes.join(' '),
      clientAmr,
      consumer,
      ...(supplier !== undefined ? {supplier} : {}),
      ...(resource !== undefined ? {resource} : {}),
    },
  };
}
