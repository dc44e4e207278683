import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {checkScopes, DSOP_SCOPES, RELATED_SCOPES} from '../../../src/lib/scopes';
import {FINDING_CATALOGUE} from '../../../src/lib/findings';
import {codes} from './fixtures';

const has = (text: string, code: string) => codes(checkScopes(text).findings).includes(code);

describe('checkScopes', () => {
  it('the seed garbled NAV scope: concatenated, uppercase, with the real scope suggested', () => {
    const r = checkScopes('"NAV:aareg/v1/arbeidsforhold/otplan/v1/saldoopplysninger"');
    expect(codes(r.findings)).toEqual(
      expect.arrayContaining(['scope.quotes', 'scope.uppercase', 'scope.concatenated', 'scope.known']),
    );
    expect(r.suggestion).toBe('nav:aareg/v1/arbeidsforhold/otp');
    const cat = r.findings.find((f) => f.code === 'scope.concatenated');
    expect(cat?.params).toMatchObject({
      suggestion: 'nav:aareg/v1/arbeidsforhold/otp',
      other: 'lanekassen:lan/v1/saldoopplysninger',
    });
    // The uppercase finding names the real scope too, not the lowercased garbled one.
    expect(r.findings.find((f) => f.code === 'scope.uppercase')?.params.lowercase).toBe(
      'nav:aareg/v1/arbeidsforhold/otp',
    );
  });

  it('the seed Skatteetaten line: three scopes, lowercase, space separated', () => {
    const r = checkScopes(
      '"Skatteetaten:inntekt/skatteetaten:inntektsmottakere" og "Skatteetaten:tjenestepensjonsavtale"',
    );
    const expected = 'skatteetaten:inntekt skatteetaten:inntektsmottakere skatteetaten:tjenestepensjonsavtale';
    expect(r.suggestion).toBe(expected);
    const seps = r.findings.filter((f) => f.code === 'scope.separator').map((f) => f.params.separator);
    expect(seps).toEqual(expect.arrayContaining(['/', 'og']));
    for (const f of r.findings.filter((f) => f.severity !== 'info')) expect(f.params.suggestion).toBe(expected);
    expect(r.findings.filter((f) => f.code === 'scope.known')).toHaveLength(3);
  });

  it('every catalogue scope passes clean', () => {
    const r = checkScopes(DSOP_SCOPES.map((s) => s.scope).join(' '));
    expect(r.findings.every((f) => f.code === 'scope.known')).toBe(true);
    expect(r.suggestion).toBeUndefined();
  });

  const cases: [string, string, string][] = [
    // code, raises, near miss
    ['scope.empty', '   ', 'skatteetaten:inntekt'],
    ['scope.too-long', 'a:b '.repeat(3000), 'a:b '.repeat(100)],
    ['scope.quotes', '"skatteetaten:inntekt"', 'skatteetaten:inntekt'],
    ['scope.missing-prefix', 'inntektsmottakere', 'skatteetaten:inntektsmottakere'],
    ['scope.empty-part', ':inntekt', 'x:inntekt'],
    ['scope.invalid-char', 'skatteetaten:inntekt\u00e5', 'skatteetaten:inntekt'],
    ['scope.uppercase', 'Skatteetaten:inntekt', 'skatteetaten:inntekt'],
    [
      'scope.separator',
      'skatteetaten:inntekt,nav:aareg/v1/arbeidsforhold/otp',
      'skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp',
    ],
    ['scope.concatenated', 'skatteetaten:inntektskatteetaten:inntektsmottakere', 'skatteetaten:inntektsmottakere'],
    ['scope.duplicate', 'skatteetaten:inntekt skatteetaten:inntekt', 'skatteetaten:inntekt'],
    ['scope.similar', 'skatteetaten:inntektsmotakere', 'foo:bar'],
    ['scope.known', 'nav:aareg/v1/arbeidsforhold/otp', 'nav:aareg/v1/arbeidsforhold'],
    ['scope.unknown', 'difitest:test2', 'skatteetaten:inntekt'],
  ];
  it.each(cases)('%s: raised by a minimal input, not by its near miss', (code, raises, nearMiss) => {
    expect(has(raises, code)).toBe(true);
    expect(has(nearMiss, code)).toBe(false);
  });

  it('scope.invalid-char names the character and the suggestion drops it', () => {
    const r = checkScopes('skatteetaten:inntekt\u200b');
    const f = r.findings.find((x) => x.code === 'scope.invalid-char');
    expect(f?.params).toMatchObject({codePoint: 'U+200B', suggestion: 'skatteetaten:inntekt'});
  });

  it('scope.missing-prefix suggests the known scope with its prefix', () => {
    const f = checkScopes('inntektsmottakere').findings.find((x) => x.code === 'scope.missing-prefix');
    expect(f?.params.expected).toBe('skatteetaten:inntektsmottakere');
  });

  it('two known scopes run together are split', () => {
    expect(checkScopes('skatteetaten:inntektskatteetaten:inntektsmottakere').suggestion).toBe(
      'skatteetaten:inntekt skatteetaten:inntektsmottakere',
    );
  });

  it('paths name the scope index', () => {
    const r = checkScopes('skatteetaten:inntekt Nav:x');
    expect(r.findings.find((f) => f.code === 'scope.uppercase')?.path).toBe('scopes[1]');
  });
});

describe('an upper-case scope is an error: a different scope, which does not exist (MP-200)', () => {
  it('example: Skatteetaten:inntekt is an error predicting MP-200, with the lower-case scope as the fix', () => {
    const r = checkScopes('Skatteetaten:inntekt');
    const upper = r.findings.find((f) => f.code === 'scope.uppercase');
    expect(upper?.severity).toBe('error');
    expect(FINDING_CATALOGUE['scope.uppercase'].mpCode).toBe('MP-200');
    expect(upper?.params).toMatchObject({lowercase: 'skatteetaten:inntekt', suggestion: 'skatteetaten:inntekt'});
  });

  it('property: any known scope with any letter upper-cased is an error whose fix is the known scope', () => {
    const known = [...DSOP_SCOPES, ...RELATED_SCOPES].map((s) => s.scope);
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.array(fc.boolean(), {minLength: 60, maxLength: 60}), (scope, upper) => {
        const written = [...scope].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
        const r = checkScopes(written);
        const problems = r.findings.filter((f) => f.severity !== 'info');
        if (written === scope) expect(problems).toEqual([]);
        else {
          expect(problems.map((f) => [f.code, f.severity])).toEqual([['scope.uppercase', 'error']]);
          expect(r.suggestion).toBe(scope);
        }
      }),
      {numRuns: Number(process.env.FC_RUNS ?? 300)},
    );
  });
});
