// The helpers src/lib shares instead of writing the same shape in several places.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {isPlainObject} from '../../../src/lib/is-object';
import {base64ToBytes, base64urlToBytes} from '../../../src/lib/base64';
import {consumerOrgFindings, grantScopeFindings} from '../../../src/lib/grant-claims';
import {buildGrant} from '../../../src/lib/grant-builder';
import {checkGrantClaims} from '../../../src/lib/jwt/grant';

const RUNS = Number(process.env.FC_RUNS ?? 500);

describe('isPlainObject', () => {
  it('is true for a JSON object only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(JSON.parse('{"__proto__": 1}'))).toBe(true);
    for (const v of [null, [], 'x', 1, true, undefined]) expect(isPlainObject(v)).toBe(false);
  });
});

describe('base64 to bytes', () => {
  it('round-trips any bytes, in base64 and base64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 200}), (bytes) => {
        const buffer = Buffer.from(bytes);
        expect([...(base64ToBytes(buffer.toString('base64')) ?? [-1])]).toEqual([...bytes]);
        expect([...(base64urlToBytes(buffer.toString('base64url')) ?? [-1])]).toEqual([...bytes]);
      }),
      {numRuns: RUNS},
    );
  });

  it('says undefined, never throws, for text that is not base64', () => {
    for (const text of ['a', 'ab$c', 'abcde', '====', 'a b c d']) expect(base64ToBytes(text)).toBeUndefined();
    for (const text of ['a', 'ab+c', 'abcde', 'ab=c']) expect(base64urlToBytes(text)).toBeUndefined();
    fc.assert(
      fc.property(fc.string({maxLength: 100}), (text) => {
        base64ToBytes(text);
        base64urlToBytes(text);
      }),
      {numRuns: RUNS},
    );
  });
});

describe('grant claim rules shared by the grant check and the grant builder', () => {
  const codes = (fs: readonly {code: string}[]): string[] => fs.map((f) => f.code).sort();

  it('consumer_org: invalid with the nine digits as the fix, checksum, or nothing', () => {
    expect(consumerOrgFindings('0192:910753614')[0]).toMatchObject({
      code: 'grant.consumer-org.invalid',
      params: {suggestion: '910753614'},
    });
    expect(codes(consumerOrgFindings('910753615'))).toEqual(['grant.consumer-org.checksum']);
    expect(consumerOrgFindings('910753614')).toEqual([]);
  });

  it('the builder and the check give the same consumer_org and scope findings for the same values', () => {
    const orgnr = fc.oneof(
      fc.stringMatching(/^\d{9}$/),
      fc.stringMatching(/^0192:\d{9}$/),
      fc.string({maxLength: 12}).filter((s) => s.trim() !== '' && !/\s/.test(s)),
    );
    const scope = fc.constantFrom('skatteetaten:inntekt', 'NAV:aareg/v1/arbeidsforhold/otp', 'a:b c', 'x');
    fc.assert(
      fc.property(orgnr, scope, (consumerOrg, scopes) => {
        const built = buildGrant({
          environment: 'test',
          clientId: 'c',
          scopes,
          consumerOrg,
          keyKind: 'x5c',
          now: 0,
          jti: 'j',
        });
        const wanted = codes([...grantScopeFindings(scopes), ...consumerOrgFindings(consumerOrg)]);
        const fromBuilder = codes(built.findings.filter((f) => /^(scope|grant\.consumer-org)\./.test(f.code)));
        expect(fromBuilder).toEqual(wanted);
        const checked = checkGrantClaims(built.claims, {environment: 'test', now: 0});
        const fromCheck = codes(checked.filter((f) => /^(scope|grant\.consumer-org)\./.test(f.code)));
        expect(fromCheck).toEqual(wanted);
      }),
      {numRuns: Math.max(20, Math.floor(RUNS / 5))},
    );
  });
});
