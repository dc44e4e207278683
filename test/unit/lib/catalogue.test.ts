// The contract: every finding code is in the catalogue with a severity (finding-cases.test.ts runs one real
// input per code through its tool), and every fact row carries a source and a checked date.
import {describe, expect, it} from 'vitest';
import {FINDING_CATALOGUE, FINDING_CODES} from '../../../src/lib/findings';
import {ENVIRONMENTS} from '../../../src/lib/environments';
import {DSOP_SCOPES, RELATED_SCOPES} from '../../../src/lib/scope-catalogue';
import {TOKEN_ERRORS} from '../../../src/lib/errors';
import {CERTIFICATE_ISSUERS} from '../../../src/lib/certificate-issuers';
import {ACCESS_TOKEN_CLAIMS, GRANT_CLAIMS} from '../../../src/lib/jwt/claims';

const facts = {
  ENVIRONMENTS,
  DSOP_SCOPES,
  RELATED_SCOPES,
  TOKEN_ERRORS,
  CERTIFICATE_ISSUERS,
  GRANT_CLAIMS,
  ACCESS_TOKEN_CLAIMS,
};

describe('finding catalogue', () => {
  it('lists every code once, with a severity', () => {
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
    for (const code of FINDING_CODES) expect(['error', 'warning', 'info']).toContain(FINDING_CATALOGUE[code].severity);
  });

  it('has the codes of the issue contract', () => {
    const required =
      'jwt.empty jwt.bearer-prefix jwt.whitespace jwt.malformed jwt.encrypted jwt.base64 jwt.json jwt.not-object jwt.alg-none jwt.unknown-type grant.alg.unsupported grant.key.missing grant.x5c.not-array grant.aud.missing grant.aud.array grant.aud.wrong-environment grant.aud.token-endpoint grant.aud.trailing-slash grant.aud.retired-host grant.iss.missing grant.scope.missing grant.iat.missing grant.exp.missing grant.lifetime.too-long grant.time.milliseconds grant.iat.future grant.expired grant.jti.missing grant.claim.unknown grant.resource.not-array grant.resource.skatteetaten grant.delegation.both grant.consumer-org.invalid token.iss.wrong-environment token.iss.unknown token.expired token.scope.missing-expected token.consumer.invalid token.delegated token.aud.restricted token.lifetime.long scope.empty scope.missing-prefix scope.empty-part scope.invalid-char scope.uppercase scope.separator scope.concatenated scope.duplicate scope.known scope.unknown env.scheme.http env.host.retired env.host.wrong-environment env.token-endpoint.path env.aud.trailing-slash env.cert.wrong-environment env.api.wrong-environment sig.valid sig.invalid sig.no-matching-key sig.key-invalid sig.alg-mismatch cert.expired cert.not-yet-valid cert.wrong-environment cert.orgnr cert.consumer-org-same'.split(
        ' ',
      );
    for (const code of required) expect(FINDING_CODES).toContain(code);
  });
});

describe('fact tables', () => {
  const tables = {
    ENVIRONMENTS: facts.ENVIRONMENTS,
    DSOP_SCOPES: facts.DSOP_SCOPES,
    RELATED_SCOPES: facts.RELATED_SCOPES,
    TOKEN_ERRORS: facts.TOKEN_ERRORS,
    CERTIFICATE_ISSUERS: facts.CERTIFICATE_ISSUERS,
    GRANT_CLAIMS: facts.GRANT_CLAIMS,
    ACCESS_TOKEN_CLAIMS: facts.ACCESS_TOKEN_CLAIMS,
  };
  it.each(Object.entries(tables))('%s: every row has a source URL and checked 2026-11-25', (_name, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows as readonly {source: string; checked: string}[]) {
      expect(row.source).toMatch(/^https:\/\/\S+$/);
      expect(row.checked).toBe('2026-11-25');
    }
  });

  it('environments: issuers end with a slash; ver1/ver2 retired, ver2 on 2024-06-10', () => {
    for (const e of facts.ENVIRONMENTS) expect(e.issuer.endsWith('/')).toBe(true);
    expect(facts.ENVIRONMENTS.find((e) => e.id === 'ver2')).toMatchObject({status: 'retired', retiredOn: '2024-06-10'});
    expect(facts.ENVIRONMENTS.find((e) => e.id === 'ver1')?.status).toBe('retired');
  });

  it('every TOKEN_ERRORS entry has a catalogue code', () => {
    for (const e of facts.TOKEN_ERRORS) expect(FINDING_CODES).toContain(e.code);
  });
});
