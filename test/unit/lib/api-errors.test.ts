import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {API_ERRORS, apiErrorAnchor, explainApiError} from '../../../src/lib/api-errors';
import {explainError} from '../../../src/lib/errors';
import {FINDING_CATALOGUE} from '../../../src/lib/findings';

const RUNS = Number(process.env.FC_RUNS ?? 500);

describe('API_ERRORS', () => {
  it('every row has an https source, a checked date, a meaning and a fix in both languages', () => {
    for (const e of API_ERRORS) {
      expect(e.source, e.code).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(e.checked, e.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const t of [e.meaning, e.fix]) {
        expect(t.nb.trim(), e.code).not.toBe('');
        expect(t.en.trim(), e.code).not.toBe('');
      }
      expect(e.httpStatus).toBeGreaterThanOrEqual(200);
    }
  });

  it('has one row per API and code, so every anchor is unique', () => {
    const anchors = API_ERRORS.map(apiErrorAnchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('holds the sourced codes: IM-010 is consent (403), NAV answers 200', () => {
    const im010 = API_ERRORS.find((e) => e.api === 'inntekt' && e.code === 'IM-010');
    expect(im010?.httpStatus).toBe(403);
    expect(API_ERRORS.filter((e) => e.api === 'nav-otp').every((e) => e.httpStatus === 200)).toBe(true);
    expect(API_ERRORS.filter((e) => e.api === 'nav-otp').map((e) => e.code)).toContain('AA-101');
  });
});

describe('explainApiError', () => {
  it("recognises Skatteetaten's JSON body and keeps the korrelasjonsid", () => {
    const f = explainApiError('{"kode":"OTP-005","melding":"Ingen tilgang","korrelasjonsid":"a1b2c3"}');
    expect(f.map((x) => x.code)).toEqual(['api.skatteetaten.error', 'api.correlation-id']);
    expect(f[1]?.params).toEqual({correlationId: 'a1b2c3', owner: 'Skatteetaten'});
    expect(f[0]?.params).toMatchObject({
      code: 'OTP-005',
      status: 403,
      correlationId: 'a1b2c3',
      anchor: 'api-tjenestepensjonsavtale-otp-005',
    });
  });

  it('tells IM-008 of Inntekt (404) from IM-008 of Inntektsmottakere (406) by the status or the URL', () => {
    const byStatus = explainApiError('HTTP/1.1 406 Not Acceptable\n{"kode":"IM-008","melding":"x"}');
    expect(byStatus.map((x) => x.params.anchor)).toEqual(['api-inntektsmottakere-im-008']);
    const byUrl = explainApiError('GET https://inntekt.api.skatteetaten-test.no/v1/... {"kode":"IM-008"}');
    expect(byUrl.map((x) => x.params.anchor)).toEqual(['api-inntekt-im-008']);
    // Nothing tells them apart: the tool says so, and gives the meaning in each, without guessing.
    const either = explainApiError('{"kode":"IM-008"}');
    expect(either.map((x) => x.code)).toEqual([
      'api.skatteetaten.which-api',
      'api.skatteetaten.error-in',
      'api.skatteetaten.error-in',
    ]);
    expect(either.map((x) => x.params.anchor).slice(1)).toEqual(['api-inntekt-im-008', 'api-inntektsmottakere-im-008']);
  });

  it('reports a Skatteetaten-shaped body with a code not in the table', () => {
    expect(explainApiError('{"kode":"IM-099","melding":"?"}').map((x) => x.code)).toEqual([
      'api.skatteetaten.unknown-code',
    ]);
  });

  it("recognises NAV's errors list in a 200 response, with the classification", () => {
    const body = JSON.stringify({
      data: null,
      errors: [
        {
          message: 'AA-101: Mangler tilgang for en eller flere perioder',
          extensions: {classification: 'ExecutionAborted'},
        },
      ],
    });
    const f = explainApiError(body);
    expect(f.map((x) => x.code)).toEqual(['api.nav.error']);
    expect(f[0]?.params).toMatchObject({
      code: 'AA-101',
      classification: 'ExecutionAborted',
      anchor: 'api-nav-otp-aa-101',
    });
    expect(explainApiError('AA-999 noe gikk galt').map((x) => x.code)).toEqual(['api.nav.unknown-code']);
  });

  it('finds nothing in a Maskinporten error, so explainError goes on with MP codes', () => {
    const mp = '{"error":"invalid_grant","error_description":"Invalid JWT claim aud (MP-110)"}';
    expect(explainApiError(mp)).toEqual([]);
    expect(explainError(mp).findings.map((x) => x.code)).toEqual(['error.mp-110']);
  });

  it('explainError reports the API error instead of "unknown"', () => {
    expect(explainError('{"kode":"OTP-004","melding":"Ikke autentisert"}').findings.map((x) => x.code)).toEqual([
      'api.skatteetaten.error',
    ]);
  });

  it('never throws, returns catalogue findings with string or number params, and is deterministic', () => {
    const input = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({
          kode: fc.oneof(fc.constantFrom(...API_ERRORS.map((e) => e.code)), fc.string()),
          melding: fc.string(),
          korrelasjonsid: fc.string(),
        })
        .map((v) => JSON.stringify(v)),
      fc
        .array(fc.record({message: fc.string(), extensions: fc.record({classification: fc.string()})}))
        .map((errors) => JSON.stringify({errors})),
    );
    fc.assert(
      fc.property(input, (text) => {
        const a = explainApiError(text);
        expect(a).toEqual(explainApiError(text));
        for (const f of a) {
          expect(Object.prototype.hasOwnProperty.call(FINDING_CATALOGUE, f.code)).toBe(true);
          expect(f.code.startsWith('api.')).toBe(true);
          for (const v of Object.values(f.params)) expect(['string', 'number']).toContain(typeof v);
        }
      }),
      {numRuns: RUNS},
    );
  });
});
