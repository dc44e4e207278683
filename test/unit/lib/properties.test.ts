// Property tests: every function that takes user text never throws, always returns findings, and is
// deterministic. Runs per property come from FC_RUNS (CI ≥ 500; the bench uses 10 000).
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {inspectToken} from '../../../src/lib/jwt/analyse';
import {checkScopes} from '../../../src/lib/scopes';
import {checkEnvironment} from '../../../src/lib/environment-check';
import {explainError} from '../../../src/lib/errors';
import {normalizeOrgnr, validateOrgnr} from '../../../src/lib/orgnr';
import {describeCertificate} from '../../../src/lib/certificates';
import {buildGrant} from '../../../src/lib/grant-builder';
import {FINDING_CATALOGUE, type Finding, type FindingRow} from '../../../src/lib/findings';

const CATALOGUE: Readonly<Record<string, FindingRow>> = FINDING_CATALOGUE;
import {b64url, NOW, verifySignature} from './fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 500);

function wellFormed(findings: readonly Finding[]): boolean {
  return (
    Array.isArray(findings) &&
    findings.every(
      (f) =>
        Object.prototype.hasOwnProperty.call(FINDING_CATALOGUE, f.code) &&
        f.severity === CATALOGUE[f.code]?.severity &&
        Object.values(f.params).every((v) => typeof v === 'string' || typeof v === 'number'),
    )
  );
}

const text = fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.string({unit: 'grapheme', maxLength: 200}));
const jsonPart = fc.jsonValue().map((v) => b64url(JSON.stringify(v)));
const claimsLike = fc.dictionary(
  fc.constantFrom(
    'aud',
    'iss',
    'scope',
    'iat',
    'exp',
    'jti',
    'client_id',
    'consumer',
    'supplier',
    'consumer_org',
    'iss_onbehalfof',
    'resource',
    '__proto__',
    'toString',
    'x',
  ),
  fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(
      'https://maskinporten.no/',
      'https://test.maskinporten.no',
      'https://ver1.maskinporten.no/token',
      NOW,
      NOW * 1000,
      '0192:910753614',
      'Skatteetaten:inntekt',
    ),
  ),
);
const tokenLike = fc.oneof(
  text,
  fc.tuple(jsonPart, jsonPart, fc.string()).map(([h, p, s]) => `${h}.${p}.${s}`),
  fc
    .tuple(fc.dictionary(fc.constantFrom('alg', 'x5c', 'kid', 'typ'), fc.jsonValue()), claimsLike)
    .map(([h, c]) => `${b64url(h)}.${b64url(c)}.c2ln`),
  fc.array(fc.base64String(), {minLength: 1, maxLength: 7}).map((a) => a.join('.')),
);
const options = fc.record({
  environment: fc.constantFrom('prod' as const, 'test' as const),
  now: fc.oneof(fc.constant(NOW), fc.integer(), fc.double()),
});

describe('properties: never throws, findings well-formed, deterministic', () => {
  it('inspectToken', () => {
    fc.assert(
      fc.property(tokenLike, options, (t, o) => {
        const a = inspectToken(t, o);
        expect(wellFormed(a.findings)).toBe(true);
        expect(a.findings.length).toBeGreaterThan(0);
        expect(inspectToken(t, o)).toEqual(a);
      }),
      {numRuns: RUNS},
    );
  });

  it('checkScopes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc
            .array(
              fc.constantFrom(
                'skatteetaten:inntekt',
                'NAV:aareg/v1/arbeidsforhold/otp',
                'og',
                ',',
                '"',
                '/',
                'x:y',
                ':',
              ),
            )
            .map((a) => a.join('')),
        ),
        (t) => {
          const a = checkScopes(t);
          expect(wellFormed(a.findings)).toBe(true);
          expect(a.findings.length).toBeGreaterThan(0);
          expect(checkScopes(t)).toEqual(a);
          // A suggestion, once applied, needs no further fixing.
          if (a.suggestion) expect(checkScopes(a.suggestion).suggestion).toBeUndefined();
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('checkEnvironment', () => {
    const value = fc.oneof(
      text,
      fc.webUrl(),
      fc.constantFrom('https://maskinporten.no', 'http://test.maskinporten.no/token', 'https://ver2.maskinporten.no/'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('prod' as const, 'test' as const),
        fc.record(
          {tokenEndpoint: value, audience: value, issuer: value, jwksUrl: value, apiBaseUrl: value},
          {requiredKeys: []},
        ),
        (c, v) => {
          const a = checkEnvironment(c, v);
          expect(wellFormed(a.findings)).toBe(true);
          expect(a.findings.length).toBeGreaterThan(0);
          expect(checkEnvironment(c, v)).toEqual(a);
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('explainError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string().map((s) => `{"error":"invalid_grant","error_description":"${s} MP-1${s.length % 10}0"}`),
        ),
        (t) => {
          const a = explainError(t);
          expect(wellFormed(a.findings)).toBe(true);
          expect(a.findings.length).toBeGreaterThan(0);
          expect(explainError(t)).toEqual(a);
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('orgnr helpers', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.stringMatching(/^\d{9}$/)), (t) => {
        const a = validateOrgnr(t);
        expect(validateOrgnr(t)).toEqual(a);
        const n = normalizeOrgnr(t);
        if (n !== undefined) expect(n).toMatch(/^\d{9}$/);
      }),
      {numRuns: RUNS},
    );
  });

  it('describeCertificate', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.base64String()), (t) => {
        const a = describeCertificate(t, {now: NOW, environment: 'prod'});
        expect(wellFormed(a.findings)).toBe(true);
        expect(a.findings.length).toBeGreaterThan(0);
      }),
      {numRuns: RUNS},
    );
  });

  it('buildGrant', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.oneof(fc.string(), fc.array(fc.string())),
        fc.option(fc.string(), {nil: undefined}),
        fc.constantFrom('x5c' as const, 'kid' as const),
        (clientId, scopes, consumerOrg, keyKind) => {
          const g = buildGrant({
            environment: 'test',
            clientId,
            scopes,
            keyKind,
            now: NOW,
            jti: 'j',
            ...(consumerOrg !== undefined ? {consumerOrg} : {}),
          });
          expect(wellFormed(g.findings)).toBe(true);
          expect(g.curl).not.toContain(clientId.length > 3 ? clientId : '\u0000never');
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('verifySignature (async)', async () => {
    await fc.assert(
      fc.asyncProperty(
        tokenLike,
        fc.oneof(
          text,
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (t, k) => {
          const a = await verifySignature(t, k);
          expect(wellFormed(a.findings)).toBe(true);
          expect(a.findings.length).toBeGreaterThan(0);
        },
      ),
      {numRuns: Math.max(50, Math.floor(RUNS / 5))},
    );
  });

  it('huge inputs: 1 MB and 5 MB never throw and stay cheap', async () => {
    for (const size of [1_000_000, 5_000_000]) {
      const junk = 'ab.c d\n'.repeat(Math.ceil(size / 7)).slice(0, size);
      expect(inspectToken(junk, {environment: 'prod', now: NOW}).findings.map((f) => f.code)).toEqual([
        'jwt.too-large',
        'jwt.whitespace',
      ]);
      expect(checkScopes(junk).findings.map((f) => f.code)).toEqual(['scope.too-long']);
      expect(explainError(junk).findings.length).toBeGreaterThan(0);
      expect(describeCertificate(junk).findings.map((f) => f.code)).toEqual(['cert.invalid']);
      expect(checkEnvironment('prod', {tokenEndpoint: junk}).findings.map((f) => f.code)).toContain('env.url.invalid');
      expect((await verifySignature(junk, junk)).findings.length).toBeGreaterThan(0);
    }
  });

  it('a too-large text says malformed exactly when its dot-separated parts are not a token’s three or five', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), {minLength: 1, maxLength: 7}),
        fc.integer({min: 0, max: 6}),
        (parts, which) => {
          // One part padded past the limit: the text is too large whatever its shape.
          const padded = parts.map((part, i) => (i === which % parts.length ? part.padEnd(70_000, 'A') : part));
          const found = inspectToken(padded.join('.'), {environment: 'prod', now: NOW}).findings.map((f) => f.code);
          expect(found[0]).toBe('jwt.too-large');
          expect(found.includes('jwt.malformed')).toBe(parts.length !== 3 && parts.length !== 5);
        },
      ),
      {numRuns: Math.max(30, Math.floor(RUNS / 10))},
    );
  });
});
