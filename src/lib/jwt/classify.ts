// Step 2: which kind of JWT is this? A Maskinporten access token, a grant, or something else.

import {own} from '../findings';
import {analyseUrl} from '../environments';
import {isPlainObject} from '../is-object';

export type JwtKind = 'grant' | 'access-token' | 'other-jwt';

function pointsAtMaskinporten(value: unknown): boolean {
  if (typeof value === 'string') return analyseUrl(value).isMaskinportenHost;
  if (Array.isArray(value))
    return value.slice(0, 10).some((v) => typeof v === 'string' && analyseUrl(v).isMaskinportenHost);
  return false;
}

function looksLikeConsumer(value: unknown): boolean {
  return isPlainObject(value) && typeof own(value, 'ID') === 'string';
}

export function classifyToken(claims: Record<string, unknown>): JwtKind {
  const iss = own(claims, 'iss');
  const hasClient = own(claims, 'client_id') !== undefined || own(claims, 'consumer') !== undefined;
  if (typeof iss === 'string' && analyseUrl(iss).isMaskinportenHost && hasClient) return 'access-token';
  if (typeof own(claims, 'client_id') === 'string' && looksLikeConsumer(own(claims, 'consumer'))) return 'access-token';
  if (pointsAtMaskinporten(own(claims, 'aud'))) return 'grant';
  if (own(claims, 'scope') !== undefined && own(claims, 'iss') !== undefined && own(claims, 'client_id') === undefined)
    return 'grant';
  return 'other-jwt';
}
