// Issue 19, "what the reader pasted", and issue 18's one pass: each class of paste read as what it is, with a
// property test for the class, and the verdicts the pipeline must never give side by side.
import {beforeAll, describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {exportJWK, exportSPKI} from 'jose';
import {analyseToken, inspectToken} from '../../../src/lib/jwt/analyse';
import {UNKNOWN_CLAIMS_LISTED} from '../../../src/lib/jwt/grant';
import {orderFindings} from '../../../src/lib/finding-order';
import {finding} from '../../../src/lib/findings';
import {ACCESS_CLAIMS_OK, b64url, codes, GRANT_CLAIMS_OK, makeCertificate, NOW, rsaKeys, sign, tok} from './fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 500);
const CRYPTO_RUNS = Math.max(10, Math.floor(RUNS / 25));
const inspect = (text: string) => inspectToken(text, {environment: 'prod', now: NOW});
const KID_HEADER = {alg: 'RS256', kid: 'my-key'};

/** Valid-looking grants with different claims (their jti differs), as people paste them. */
const grantArb = fc
  .tuple(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{20,80}$/))
  .map(([jti, signature]) => tok(KID_HEADER, {...GRANT_CLAIMS_OK, jti}, signature));

describe('the token is found in what was pasted', () => {
  it('property: two or more grants pasted together are counted, and the first is the one analysed', () => {
    fc.assert(
      fc.property(
        fc.array(grantArb, {minLength: 2, maxLength: 4}),
        fc.constantFrom('\n', ' ', '\n\n', ', ', '\t', ''),
        (grants, separator) => {
          const r = inspect(grants.join(separator));
          expect(r.token).toBe(grants[0]);
          expect(r.kind).toBe('grant');
          const several = r.findings.find((f) => f.code === 'jwt.several-tokens');
          expect(several?.params.count).toBe(grants.length);
          expect(codes(r.findings)).not.toContain('jwt.encrypted');
          expect(codes(r.findings)).not.toContain('jwt.malformed');
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('property: a curl line, a JSON body and a form body give the grant in them', () => {
    fc.assert(
      fc.property(grantArb, fc.constantFrom('curl', 'json', 'client-json', 'form', 'curl-header'), (grant, how) => {
        const text = {
          curl: `curl -X POST https://test.maskinporten.no/token -H 'Content-Type: application/x-www-form-urlencoded' -d 'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${grant}'`,
          json: JSON.stringify({grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: grant}),
          'client-json': JSON.stringify({client_assertion: grant}),
          form: `grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${encodeURIComponent(grant)}`,
          'curl-header': `curl -H "Authorization: Bearer ${grant}" https://inntekt.api.skatteetaten.no/v1/x`,
        }[how];
        const r = inspect(text);
        expect(r.token).toBe(grant);
        expect(codes(r.findings)).toContain(
          how === 'json' || how === 'client-json'
            ? 'jwt.from-json-body'
            : how === 'form'
              ? 'jwt.from-form-body'
              : 'jwt.from-curl',
        );
        expect(codes(r.findings)).not.toContain('jwt.malformed');
      }),
      {numRuns: RUNS},
    );
  });

  it('near miss: one grant wrapped over lines is one token with whitespace, not several', () => {
    const grant = tok(KID_HEADER, GRANT_CLAIMS_OK, 'A'.repeat(342));
    const wrapped = grant.match(/.{1,76}/g)?.join('\n') ?? grant;
    const r = inspect(wrapped);
    expect(r.token).toBe(grant);
    expect(codes(r.findings)).toContain('jwt.whitespace');
    expect(codes(r.findings)).not.toContain('jwt.several-tokens');
  });
});

describe('claims read as they are', () => {
  it('property: a scope that is not a string is grant.scope.not-string, never "missing"', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().filter((v) => typeof v !== 'string'),
        (scope) => {
          const found = codes(inspect(tok(KID_HEADER, {...GRANT_CLAIMS_OK, scope})).findings);
          expect(found).toContain('grant.scope.not-string');
          expect(found).not.toContain('grant.scope.missing');
        },
      ),
      {numRuns: RUNS},
    );
    expect(codes(inspect(tok(KID_HEADER, {...GRANT_CLAIMS_OK, scope: ''})).findings)).toContain('grant.scope.missing');
  });

  it('property: a member name twice in the header or the claims is an error naming it; unique names are not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('aud', 'iss', 'scope', 'exp', 'consumer_org', 'alg'),
        fc.jsonValue(),
        (name, other) => {
          const inHeader = name === 'alg';
          const claimsJson = JSON.stringify({...GRANT_CLAIMS_OK});
          const headerJson = JSON.stringify(KID_HEADER);
          const dup = (json: string) => `${json.slice(0, -1)},${JSON.stringify(name)}:${JSON.stringify(other)}}`;
          const text = inHeader
            ? `${b64url(dup(headerJson))}.${b64url(claimsJson)}.c2ln`
            : `${b64url(headerJson)}.${b64url(name in GRANT_CLAIMS_OK ? dup(claimsJson) : claimsJson)}.c2ln`;
          const found = inspect(text).findings.filter((f) => f.code === 'jwt.duplicate-member');
          if (inHeader || name in GRANT_CLAIMS_OK) expect(found.map((f) => f.params.name)).toEqual([name]);
          else expect(found).toEqual([]);
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('property: a time that is no time in seconds, ms or µs is out of range, never "microseconds"', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({min: 1.0000001e17, max: 1e300, noNaN: true}),
          fc.double({min: -1e300, max: -1e-9, noNaN: true}),
        ),
        fc.constantFrom('exp', 'iat'),
        (value, claim) => {
          const found = inspect(tok(KID_HEADER, {...GRANT_CLAIMS_OK, [claim]: value})).findings;
          expect(codes(found)).toContain('grant.time.out-of-range');
          expect(codes(found)).not.toContain('grant.time.microseconds');
          expect(codes(found)).not.toContain('grant.time.milliseconds');
        },
      ),
      {numRuns: RUNS},
    );
    const token = inspect(tok({alg: 'RS256', kid: 'mp'}, {...ACCESS_CLAIMS_OK, exp: 1e20})).findings;
    expect(codes(token)).toContain('token.time.out-of-range');
    expect(codes(token)).not.toContain('token.time.microseconds');
    const us = inspect(tok(KID_HEADER, {...GRANT_CLAIMS_OK, exp: (NOW + 60) * 1e6})).findings;
    expect(us.find((f) => f.code === 'grant.time.microseconds')?.params.seconds).toBe(NOW + 60);
  });

  it('property: invisible, control and direction characters in iss, jti or kid are named by code point', () => {
    const hidden = fc.constantFrom('\u202e', '\u200b', '\u0007', '\u2066', '\ufeff', '\u00ad');
    fc.assert(
      fc.property(hidden, fc.constantFrom('iss', 'jti', 'kid'), fc.nat(8), (char, name, at) => {
        const value = `${'my_client'.slice(0, at)}${char}${'my_client'.slice(at)}`;
        const text =
          name === 'kid'
            ? tok({...KID_HEADER, kid: value}, GRANT_CLAIMS_OK)
            : tok(KID_HEADER, {...GRANT_CLAIMS_OK, [name]: value});
        const f = inspect(text).findings.find((x) => x.code === 'jwt.hidden-characters');
        expect(f?.path).toBe(`${name === 'kid' ? 'header' : 'claims'}.${name}`);
        expect(String(f?.params.codePoints)).toContain(
          `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
        );
      }),
      {numRuns: RUNS},
    );
    expect(codes(inspect(tok(KID_HEADER, GRANT_CLAIMS_OK)).findings)).not.toContain('jwt.hidden-characters');
  });

  it('3 500 unknown claims: the first ones named, one finding for the rest', () => {
    const claims: Record<string, unknown> = {...GRANT_CLAIMS_OK};
    // 3 500 short claims: about 46 KB as a token, under the 64 KB cap.
    for (let i = 0; i < 3500; i++) claims[`x${i}`] = 0;
    const found = inspect(tok(KID_HEADER, claims)).findings;
    expect(found.filter((f) => f.code === 'grant.claim.unknown')).toHaveLength(UNKNOWN_CLAIMS_LISTED);
    expect(found.find((f) => f.code === 'grant.claim.unknown-more')?.params.count).toBe(3500 - UNKNOWN_CLAIMS_LISTED);
  });
});

describe('the signature verdict', () => {
  let keys: CryptoKeyPair;
  beforeAll(async () => {
    keys = await rsaKeys();
  });

  it('property: a base64 error and "valid" never stand side by side', async () => {
    const grant = await sign(KID_HEADER, GRANT_CLAIMS_OK, keys.privateKey);
    const spki = await exportSPKI(keys.publicKey);
    await fc.assert(
      fc.asyncProperty(fc.nat(2), fc.constantFrom('=', '==', '+', '/'), async (part, bad) => {
        const parts = grant.split('.');
        parts[part] = `${parts[part]}${bad}`;
        const r = await analyseToken(parts.join('.'), {environment: 'prod', now: NOW, keyText: spki});
        expect(codes(r.findings).some((c) => c.startsWith('jwt.base64'))).toBe(true);
        expect(r.signature).not.toBe('valid');
        expect(codes(r.findings)).not.toContain('sig.valid');
        expect(codes(r.findings)).toContain('sig.not-checked-malformed');
      }),
      {numRuns: CRYPTO_RUNS},
    );
  });

  it('alg none is not blamed on the key and asks for none', async () => {
    const unsigned = tok({alg: 'none'}, GRANT_CLAIMS_OK, '');
    for (const keyText of ['', await exportSPKI(keys.publicKey)]) {
      const r = await analyseToken(unsigned, {environment: 'prod', now: NOW, keyText});
      expect(r.notChecked).toBe('unsigned');
      expect(codes(r.findings)).toContain('jwt.alg-none');
      expect(codes(r.findings).filter((c) => c.startsWith('sig.'))).toEqual([]);
    }
  });

  it('signed with key A, carrying certificate B in x5c, key A pasted: MP-124, not valid', async () => {
    const b = await makeCertificate(
      '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO',
      'CN=Eksempel CA',
      new Date((NOW - 86400) * 1000),
      new Date((NOW + 365 * 86400) * 1000),
    );
    const grant = await sign({alg: 'RS256', x5c: [b.x5c]}, GRANT_CLAIMS_OK, keys.privateKey);
    const pastedA = JSON.stringify(await exportJWK(keys.publicKey));
    const r = await analyseToken(grant, {environment: 'prod', now: NOW, keyText: pastedA});
    expect(r.signature).toBe('invalid');
    const notX5c = r.findings.find((f) => f.code === 'sig.key-not-x5c');
    expect(notX5c?.severity).toBe('error');
    // Near miss: signed with B's key and B in x5c, B's key pasted: valid, nothing about x5c.
    const good = await sign({alg: 'RS256', x5c: [b.x5c]}, GRANT_CLAIMS_OK, b.keys.privateKey);
    const ok = await analyseToken(good, {environment: 'prod', now: NOW, keyText: b.pem});
    expect(ok.signature).toBe('valid');
    expect(codes(ok.findings)).not.toContain('sig.key-not-x5c');
    // Signed with B (what Maskinporten checks), but key A pasted: valid for Maskinporten, with a warning.
    const other = await analyseToken(good, {environment: 'prod', now: NOW, keyText: pastedA});
    expect(other.signature).toBe('valid');
    expect(other.findings.find((f) => f.code === 'sig.key-not-x5c')?.severity).toBe('warning');
  });

  it('one code means one thing everywhere: an x5c certificate expiring in 10 days is an error in the inspector too', async () => {
    const days = async (left: number) => {
      const c = await makeCertificate(
        '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO',
        'CN=Eksempel CA',
        new Date((NOW - 86400) * 1000),
        new Date((NOW + left * 86400) * 1000),
      );
      const grant = await sign({alg: 'RS256', x5c: [c.x5c]}, GRANT_CLAIMS_OK, c.keys.privateKey);
      return (await analyseToken(grant, {environment: 'prod', now: NOW})).findings.find(
        (f) => f.code === 'cert.expires-soon',
      );
    };
    expect((await days(10))?.severity).toBe('error');
    expect((await days(30))?.severity).toBe('warning');
    expect(await days(200)).toBeUndefined();
  });
});

describe('one order, severities as raised', () => {
  it('property: order keeps each finding severity and puts errors first, stable within a severity', () => {
    const severity = fc.constantFrom('error' as const, 'warning' as const, 'info' as const);
    fc.assert(
      fc.property(fc.array(fc.tuple(severity, fc.nat(30)), {maxLength: 30}), (raised) => {
        const findings = raised.map(([s, n]) => ({...finding('jwt.quotes'), severity: s, path: `p${n}`}));
        const ordered = orderFindings(findings);
        const rank = {error: 0, warning: 1, info: 2};
        for (let i = 1; i < ordered.length; i++)
          expect(rank[ordered[i - 1]!.severity]).toBeLessThanOrEqual(rank[ordered[i]!.severity]);
        for (const f of ordered)
          expect(findings.some((g) => g.path === f.path && g.severity === f.severity)).toBe(true);
      }),
      {numRuns: RUNS},
    );
  });
});
