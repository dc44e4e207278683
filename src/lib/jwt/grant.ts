// Step 3a: the rules Maskinporten applies to a grant (client assertion).

import {finding, showValue, type Finding} from '../findings';
import {hasOwn, own} from '../is-object';
import {readTimeValue} from './times';
import {analyseUrl, getEnvironment, GRANT_LIMITS, type ActiveEnvironmentId} from '../environments';
import {consumerOrgFindings, grantScopeFindings} from '../grant-claims';
import {GRANT_BODY_CLAIM_NAMES} from './claims';

export interface GrantCheckOptions {
  environment: ActiveEnvironmentId;
  /** Seconds since the epoch. */
  now: number;
  /** The client owner's orgnr (from its certificate), to catch it in consumer_org. */
  clientOrgnr?: string;
}

/** Why an `aud` that names an environment's issuer is still not that exact string. */
export type NotExactReason =
  'whitespace' | 'userinfo' | 'port' | 'query' | 'fragment' | 'percent-encoding' | 'dot-segments' | 'case' | 'other';

export function notExactReason(value: string): NotExactReason {
  if (/\s/.test(value)) return 'whitespace';
  const authority = value.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//, '').replace(/[/?#].*$/s, '');
  if (authority.includes('@')) return 'userinfo';
  if (/:\d*$/.test(authority)) return 'port';
  if (value.includes('?')) return 'query';
  if (value.includes('#')) return 'fragment';
  if (/%[0-9a-fA-F]{2}/.test(value)) return 'percent-encoding';
  if (/\/\.\.?(\/|$)/.test(value)) return 'dot-segments';
  if (/[A-Z]/.test(value)) return 'case';
  return 'other';
}

function checkAudience(aud: unknown, env: ActiveEnvironmentId, out: Finding[]): void {
  const expected = getEnvironment(env).issuer;
  const path = 'claims.aud';
  if (aud === undefined) {
    out.push(finding('grant.aud.missing', {expected}, path));
    return;
  }
  let value = aud;
  if (Array.isArray(aud)) {
    out.push(finding('grant.aud.array', {expected, count: aud.length}, path));
    if (aud.length !== 1) return;
    value = aud[0];
  }
  if (typeof value !== 'string') {
    out.push(finding('grant.aud.unknown', {expected, actual: showValue(value)}, path));
    return;
  }
  const before = out.length;
  checkAudienceString(value, env, expected, out);
  // Maskinporten compares aud with the issuer as a string: anything not byte-identical that no rule above
  // named (case, port, whitespace, query, percent-encoding, …) is still MP-110.
  if (value !== expected && out.length === before) {
    const target = analyseUrl(value.trim()).environment;
    const exact = target && target.status !== 'retired' ? target.issuer : expected;
    out.push(
      finding('grant.aud.not-exact', {expected: exact, actual: showValue(value), reason: notExactReason(value)}, path),
    );
  }
}

function checkAudienceString(value: string, env: ActiveEnvironmentId, expected: string, out: Finding[]): void {
  const path = 'claims.aud';
  if (/\s/.test(value)) {
    // Whitespace around or inside: check what is left without it, then say that the exact string differs.
    const stripped = value.replace(/\s+/g, '');
    checkAudienceString(stripped, env, expected, out);
    const target = analyseUrl(stripped).environment;
    const exact = target && target.status !== 'retired' ? target.issuer : expected;
    out.push(finding('grant.aud.not-exact', {expected: exact, actual: showValue(value), reason: 'whitespace'}, path));
    return;
  }
  const u = analyseUrl(value);
  if (!u.isMaskinportenHost) {
    out.push(finding('grant.aud.unknown', {expected, actual: showValue(value)}, path));
    return;
  }
  if (u.scheme !== 'https') out.push(finding('grant.aud.http', {expected, actual: value}, path));
  const target = u.environment;
  if (target === undefined) {
    // A maskinporten.no host that is no environment, e.g. Skyporten.
    out.push(finding('grant.aud.unknown', {expected, actual: value}, path));
    return;
  }
  if (target.status === 'retired') {
    out.push(
      finding(
        'grant.aud.retired-host',
        {expected, actual: value, host: target.host, retiredOn: target.retiredOn ?? target.removedFromDocsOn ?? ''},
        path,
      ),
    );
    return;
  }
  if (target.id !== env) {
    out.push(finding('grant.aud.wrong-environment', {expected, actual: value, environment: target.id}, path));
  }
  if (u.path === '/token' || u.path === '/token/') {
    out.push(finding('grant.aud.token-endpoint', {expected: target.issuer, actual: value}, path));
  } else if (u.path === '') {
    out.push(finding('grant.aud.trailing-slash', {expected: target.issuer, actual: value}, path));
    // "https://MASKINPORTEN.no" or "https://maskinporten.no:443" is more than the missing slash.
    if (value !== target.issuer.slice(0, -1)) {
      out.push(
        finding('grant.aud.not-exact', {expected: target.issuer, actual: value, reason: notExactReason(value)}, path),
      );
    }
  } else if (u.path !== '/' && (u.path ?? '').replace(/\/+$/, '') !== '') {
    out.push(finding('grant.aud.unknown', {expected, actual: value}, path));
  } else if (value !== target.issuer && target.id === env) {
    out.push(
      finding('grant.aud.not-exact', {expected: target.issuer, actual: value, reason: notExactReason(value)}, path),
    );
  }
}

type TimeValue = {ok: true; value: number} | {ok: false};

function readTime(claims: Record<string, unknown>, name: 'iat' | 'exp', out: Finding[]): TimeValue {
  const v = own(claims, name);
  const path = `claims.${name}`;
  if (v === undefined) {
    out.push(finding(name === 'iat' ? 'grant.iat.missing' : 'grant.exp.missing', {}, path));
    return {ok: false};
  }
  const time = readTimeValue(v);
  switch (time.kind) {
    case 'seconds':
      return {ok: true, value: time.seconds};
    case 'not-number':
      out.push(finding('grant.time.not-number', {claim: name, actual: showValue(v)}, path));
      break;
    case 'out-of-range':
      out.push(finding('grant.time.out-of-range', {claim: name, actual: showValue(v)}, path));
      break;
    default:
      out.push(
        finding(
          time.kind === 'microseconds' ? 'grant.time.microseconds' : 'grant.time.milliseconds',
          {claim: name, actual: showValue(v), seconds: time.seconds},
          path,
        ),
      );
  }
  return {ok: false};
}

/** Unknown claims named one by one; a grant with thousands gets one finding for the rest. */
export const UNKNOWN_CLAIMS_LISTED = 20;

const REMOTE_KEY_HEADERS = ['jku', 'x5u', 'jwk'] as const;

export function checkGrantHeader(header: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  const alg = own(header, 'alg');
  if (alg !== 'none' && !(typeof alg === 'string' && GRANT_LIMITS.allowedAlgs.includes(alg))) {
    out.push(
      finding(
        'grant.alg.unsupported',
        {alg: showValue(alg), allowed: GRANT_LIMITS.allowedAlgs.join(', ')},
        'header.alg',
      ),
    );
  }
  const x5c = own(header, 'x5c');
  const kid = own(header, 'kid');
  if (x5c !== undefined && !(Array.isArray(x5c) && x5c.length > 0 && x5c.every((c) => typeof c === 'string'))) {
    out.push(
      finding(
        'grant.x5c.not-array',
        {type: Array.isArray(x5c) ? 'array' : x5c === null ? 'null' : typeof x5c},
        'header.x5c',
      ),
    );
  }
  if (x5c === undefined && (kid === undefined || kid === '')) out.push(finding('grant.key.missing', {}, 'header'));
  // Keys by reference or embedded: Maskinporten uses x5c or kid only, and this page never fetches a URL.
  for (const name of REMOTE_KEY_HEADERS) {
    if (hasOwn(header, name)) out.push(finding('grant.header.remote-key', {header: name}, `header.${name}`));
  }
  return out;
}

export function checkGrantClaims(claims: Record<string, unknown>, options: GrantCheckOptions): Finding[] {
  const out: Finding[] = [];
  checkAudience(own(claims, 'aud'), options.environment, out);

  const iss = own(claims, 'iss');
  if (typeof iss !== 'string' || iss.trim() === '') out.push(finding('grant.iss.missing', {}, 'claims.iss'));

  const scope = own(claims, 'scope');
  if (scope !== undefined && typeof scope !== 'string') {
    const type = Array.isArray(scope) ? 'array' : scope === null ? 'null' : typeof scope;
    out.push(finding('grant.scope.not-string', {type}, 'claims.scope'));
  } else if (scope === undefined || scope.trim() === '') {
    out.push(finding('grant.scope.missing', {}, 'claims.scope'));
  } else {
    out.push(...grantScopeFindings(scope));
  }

  const iat = readTime(claims, 'iat', out);
  const exp = readTime(claims, 'exp', out);
  const now = options.now;
  if (iat.ok && exp.ok) {
    const lifetime = exp.value - iat.value;
    if (lifetime <= 0) out.push(finding('grant.lifetime.negative', {iat: iat.value, exp: exp.value}, 'claims.exp'));
    else if (lifetime > GRANT_LIMITS.maxLifetimeSeconds) {
      out.push(finding('grant.lifetime.too-long', {lifetime, max: GRANT_LIMITS.maxLifetimeSeconds}, 'claims.exp'));
    }
  }
  if (Number.isFinite(now)) {
    if (iat.ok && iat.value > now + GRANT_LIMITS.clockSkewSeconds) {
      out.push(
        finding('grant.iat.future', {seconds: iat.value - now, max: GRANT_LIMITS.clockSkewSeconds}, 'claims.iat'),
      );
    }
    if (exp.ok && exp.value <= now)
      out.push(finding('grant.expired', {secondsAgo: now - exp.value, exp: exp.value}, 'claims.exp'));
  }

  if (own(claims, 'jti') === undefined || own(claims, 'jti') === '')
    out.push(finding('grant.jti.missing', {}, 'claims.jti'));

  const unknown = Object.keys(claims).filter((name) => !GRANT_BODY_CLAIM_NAMES.has(name));
  for (const name of unknown.slice(0, UNKNOWN_CLAIMS_LISTED))
    out.push(finding('grant.claim.unknown', {claim: name.slice(0, 100)}, `claims.${name.slice(0, 100)}`));
  if (unknown.length > UNKNOWN_CLAIMS_LISTED) {
    out.push(
      finding('grant.claim.unknown-more', {
        count: unknown.length - UNKNOWN_CLAIMS_LISTED,
        shown: UNKNOWN_CLAIMS_LISTED,
      }),
    );
  }

  if (hasOwn(claims, 'resource')) {
    if (!Array.isArray(own(claims, 'resource')))
      out.push(finding('grant.resource.not-array', {actual: showValue(own(claims, 'resource'))}, 'claims.resource'));
    if (typeof scope === 'string' && /(^|\s)skatteetaten:/i.test(scope)) {
      out.push(
        finding('grant.resource.skatteetaten', {resource: showValue(own(claims, 'resource'))}, 'claims.resource'),
      );
    }
  }

  const consumerOrg = own(claims, 'consumer_org');
  if (consumerOrg !== undefined && hasOwn(claims, 'iss_onbehalfof'))
    out.push(finding('grant.delegation.both', {}, 'claims.consumer_org'));
  if (typeof consumerOrg === 'number') {
    // JSON number: Maskinporten wants the organisation number as a string.
    const digits = Number.isFinite(consumerOrg) ? String(consumerOrg) : showValue(consumerOrg);
    out.push(
      finding(
        'grant.consumer-org.not-string',
        {actual: digits, suggestion: JSON.stringify(digits)},
        'claims.consumer_org',
      ),
    );
  } else if (consumerOrg !== undefined) {
    out.push(...consumerOrgFindings(typeof consumerOrg === 'string' ? consumerOrg : showValue(consumerOrg)));
    if (options.clientOrgnr !== undefined && typeof consumerOrg === 'string' && consumerOrg === options.clientOrgnr) {
      out.push(finding('cert.consumer-org-same', {orgnr: consumerOrg}, 'claims.consumer_org'));
    }
  }
  return out;
}
