// The grant builder: a header and claims template plus the token request, for the integrator to sign
// with their own key. Pure (`now` and `jti` come in) and it never sees key material.

import {finding, type Finding} from './findings';
import {getEnvironment, GRANT_LIMITS, isActiveEnvironmentId, type ActiveEnvironmentId} from './environments';
import {consumerOrgFindings, grantScopeFindings} from './grant-claims';
import {NORWEGIAN, type TextLookup} from './i18n';

export interface BuildGrantOptions {
  environment: ActiveEnvironmentId;
  clientId: string;
  /** Scopes as a list or one space-separated string. */
  scopes: readonly string[] | string;
  /** The pension institution's orgnr when a vendor acts for it (Altinn delegation). */
  consumerOrg?: string;
  keyKind: 'x5c' | 'kid';
  kid?: string;
  /** Seconds since the epoch. */
  now: number;
  jti: string;
  alg?: 'RS256' | 'RS384' | 'RS512';
  /** The language of the placeholders the reader replaces (Norwegian when not given). */
  texts?: TextLookup;
}

export interface BuiltGrant {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** The token request, with the signed grant in the shell variable $GRANT. */
  curl: string;
  tokenEndpoint: string;
  findings: Finding[];
}

/** Placeholders, not certificates or key ids: the builder never handles key material. */
export function grantPlaceholders(texts: TextLookup): {x5c: string[]; kid: string} {
  return {
    x5c: [
      texts.text('tools.grant.placeholder.certificate', '<base64 DER: virksomhetssertifikatet deres>'),
      texts.text('tools.grant.placeholder.intermediate', '<base64 DER: mellomliggende CA-sertifikat>'),
    ],
    kid: texts.text('tools.grant.placeholder.kid', '<kid-en til nøkkelen som er registrert på klienten>'),
  };
}

export const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export function buildGrant(options: BuildGrantOptions): BuiltGrant {
  const findings: Finding[] = [];
  const environment = isActiveEnvironmentId(options?.environment) ? options.environment : 'test';
  if (!isActiveEnvironmentId(options?.environment))
    findings.push(finding('env.choice.invalid', {actual: String(options?.environment).slice(0, 50)}));
  const env = getEnvironment(environment);
  const tokenEndpoint = env.tokenEndpoint ?? `${env.issuer}token`;

  const clientId = typeof options?.clientId === 'string' ? options.clientId.trim() : '';
  if (clientId === '') findings.push(finding('builder.client-id.missing', {}, 'claims.iss'));

  const scopeText = Array.isArray(options?.scopes)
    ? options.scopes.filter((s) => typeof s === 'string').join(' ')
    : typeof options?.scopes === 'string'
      ? options.scopes
      : '';
  findings.push(...grantScopeFindings(scopeText));
  const scope = scopeText.trim().split(/\s+/).filter(Boolean).join(' ');

  const alg = options?.alg && GRANT_LIMITS.allowedAlgs.includes(options.alg) ? options.alg : 'RS256';
  const header: Record<string, unknown> = {alg};
  const placeholders = grantPlaceholders(options?.texts ?? NORWEGIAN);
  if (options?.keyKind === 'kid') {
    const kid = typeof options.kid === 'string' ? options.kid.trim() : '';
    if (kid === '') findings.push(finding('builder.kid.missing', {}, 'header.kid'));
    header.kid = kid || placeholders.kid;
  } else {
    header.x5c = placeholders.x5c;
  }

  const now = typeof options?.now === 'number' && Number.isFinite(options.now) ? Math.floor(options.now) : 0;
  const claims: Record<string, unknown> = {
    aud: env.issuer,
    iss: clientId,
    scope,
    iat: now,
    exp: now + GRANT_LIMITS.maxLifetimeSeconds,
    jti: typeof options?.jti === 'string' ? options.jti : '',
  };
  const consumerOrg = typeof options?.consumerOrg === 'string' ? options.consumerOrg.replace(/\s/g, '') : '';
  if (consumerOrg !== '') {
    findings.push(...consumerOrgFindings(consumerOrg));
    claims.consumer_org = consumerOrg;
  }

  const curl = [
    `curl -X POST '${tokenEndpoint}' \\`,
    `  -H 'Content-Type: application/x-www-form-urlencoded' \\`,
    `  --data-urlencode 'grant_type=${GRANT_TYPE}' \\`,
    `  --data-urlencode "assertion=$GRANT"`,
  ].join('\n');
  return {header, claims, curl, tokenEndpoint, findings};
}
