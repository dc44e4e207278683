// Step 3b: checks on an access token issued by Maskinporten.

import {finding, showValue, type Finding} from '../findings';
import {ACCESS_TOKEN_LIMITS, environmentByIssuer, getEnvironment, type ActiveEnvironmentId} from '../environments';
import {fromIso6523, ORGNR_AUTHORITY, validateOrgnr} from '../orgnr';
import {splitScopeClaim} from '../scopes';
import {readTimeValue} from './times';
import {isPlainObject, own} from '../is-object';

export interface AccessTokenCheckOptions {
  environment: ActiveEnvironmentId;
  now: number;
  expectedScopes?: readonly string[];
}

/** Far above the 120 s default: Digdir's own example response says 599 s, so flag beyond ten minutes. */
export const LONG_LIFETIME_SECONDS = 600;

/** The orgnr of a `consumer`/`supplier` object, or the reason it is not valid. */
function readParty(value: unknown): {orgnr?: string; reason?: string} {
  if (!isPlainObject(value)) return {reason: 'not-object'};
  const party = value;
  const authority = own(party, 'authority');
  const id = own(party, 'ID');
  if (authority !== ORGNR_AUTHORITY) return {reason: 'authority'};
  if (typeof id !== 'string') return {reason: 'id'};
  const orgnr = fromIso6523(id);
  if (orgnr === undefined) return {reason: 'id'};
  if (!validateOrgnr(orgnr).valid) return {orgnr, reason: 'checksum'};
  return {orgnr};
}

/**
 * An access token's time in seconds, or undefined with a finding: `exp` missing (the API cannot tell when the
 * token ends), not a number, or in milliseconds or microseconds. A missing `iat` is not this check's business.
 */
function readTokenTime(claims: Record<string, unknown>, name: 'exp' | 'iat', out: Finding[]): number | undefined {
  const v = own(claims, name);
  const path = `claims.${name}`;
  if (v === undefined) {
    if (name === 'exp') out.push(finding('token.exp.missing', {}, path));
    return undefined;
  }
  const time = readTimeValue(v);
  switch (time.kind) {
    case 'seconds':
      return time.seconds;
    case 'not-number':
      out.push(finding('token.time.not-number', {claim: name, actual: showValue(v)}, path));
      break;
    case 'out-of-range':
      out.push(finding('token.time.out-of-range', {claim: name, actual: showValue(v)}, path));
      break;
    default:
      out.push(
        finding(
          time.kind === 'microseconds' ? 'token.time.microseconds' : 'token.time.milliseconds',
          {claim: name, actual: showValue(v), seconds: time.seconds},
          path,
        ),
      );
  }
  return undefined;
}

export function checkAccessToken(claims: Record<string, unknown>, options: AccessTokenCheckOptions): Finding[] {
  const out: Finding[] = [];
  const expected = getEnvironment(options.environment).issuer;

  const iss = own(claims, 'iss');
  const env = typeof iss === 'string' ? environmentByIssuer(iss) : undefined;
  if (env === undefined || env.status === 'retired') {
    out.push(finding('token.iss.unknown', {expected, actual: showValue(iss)}, 'claims.iss'));
  } else if (env.id !== options.environment) {
    out.push(finding('token.iss.wrong-environment', {expected, actual: env.issuer, environment: env.id}, 'claims.iss'));
  }

  const exp = readTokenTime(claims, 'exp', out);
  const iat = readTokenTime(claims, 'iat', out);
  if (typeof exp === 'number' && Number.isFinite(options.now) && exp <= options.now) {
    out.push(finding('token.expired', {secondsAgo: options.now - exp, exp}, 'claims.exp'));
  }
  if (typeof exp === 'number' && typeof iat === 'number' && exp - iat > LONG_LIFETIME_SECONDS) {
    out.push(
      finding(
        'token.lifetime.long',
        {lifetime: exp - iat, default: ACCESS_TOKEN_LIMITS.defaultLifetimeSeconds},
        'claims.exp',
      ),
    );
  }

  if (options.expectedScopes && options.expectedScopes.length > 0) {
    const scope = own(claims, 'scope');
    const granted = typeof scope === 'string' ? splitScopeClaim(scope) : [];
    for (const wanted of options.expectedScopes.slice(0, 50)) {
      if (typeof wanted === 'string' && wanted !== '' && !granted.includes(wanted)) {
        out.push(finding('token.scope.missing-expected', {scope: wanted, actual: granted.join(' ')}, 'claims.scope'));
      }
    }
  }

  const consumer = readParty(own(claims, 'consumer'));
  if (consumer.reason !== undefined) {
    out.push(
      finding(
        'token.consumer.invalid',
        {reason: consumer.reason, actual: showValue(own(claims, 'consumer'))},
        'claims.consumer',
      ),
    );
  }
  if (consumer.orgnr !== undefined)
    out.push(finding('token.consumer.orgnr', {orgnr: consumer.orgnr}, 'claims.consumer'));

  const supplierValue = own(claims, 'supplier');
  if (supplierValue !== undefined) {
    const supplier = readParty(supplierValue);
    const source = own(claims, 'delegation_source');
    out.push(
      finding(
        'token.delegated',
        {
          consumer: consumer.orgnr ?? '',
          supplier: supplier.orgnr ?? showValue(supplierValue),
          delegationSource: typeof source === 'string' ? source : '',
        },
        'claims.supplier',
      ),
    );
  }

  const aud = own(claims, 'aud');
  if (aud !== undefined && aud !== 'unspecified')
    out.push(finding('token.aud.restricted', {aud: showValue(aud)}, 'claims.aud'));
  return out;
}
