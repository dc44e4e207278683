// Rules for a grant's claims that both the grant check (src/lib/jwt/grant.ts) and the grant builder apply, so
// the two say the same thing about the same value.
import {finding, type Finding} from './findings';
import {checkScopes} from './scopes';
import {validateOrgnr} from './orgnr';

/** The scope checker's findings for a grant's `scope`, placed at `claims.scope` instead of `scopes[i]`. */
export function grantScopeFindings(scope: string): Finding[] {
  return checkScopes(scope).findings.map((f) => ({
    ...f,
    path: f.path ? f.path.replace(/^scopes/, 'claims.scope') : 'claims.scope',
  }));
}

/**
 * `consumer_org` as a string: nine digits with a valid check digit. A value that becomes nine digits without a
 * `0192:` prefix or spaces gets those nine digits as the suggested fix.
 */
export function consumerOrgFindings(value: string): Finding[] {
  const result = /^\d{9}$/.test(value) ? validateOrgnr(value) : undefined;
  if (result === undefined) {
    const digits = value.replace(/^0192:/, '').replace(/\s/g, '');
    return [
      finding(
        'grant.consumer-org.invalid',
        /^\d{9}$/.test(digits) ? {actual: value, suggestion: digits} : {actual: value},
        'claims.consumer_org',
      ),
    ];
  }
  return result.valid ? [] : [finding('grant.consumer-org.checksum', {actual: value}, 'claims.consumer_org')];
}
