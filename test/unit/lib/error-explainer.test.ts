// The error explainer on what integrators really paste (issues 19 and 20): a log with several codes keeps them
// all, a code-shaped run inside an id is not a code, a scope named in the error gets its fix, an IM- code that two
// Skatteetaten APIs use is not pinned on one, and the correlation id support asks for is shown.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {explainError} from '../../../src/lib/errors';
import {API_ERRORS, API_NAMES, explainApiError} from '../../../src/lib/api-errors';
import {DSOP_SCOPES} from '../../../src/lib/scopes';
import type {Finding} from '../../../src/lib/findings';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);

const LOG = [
  '2026-11-25T10:15:02.114Z ERROR [traceId=5e1f0c2a9b7d4e11] MaskinportenClient - token request failed: 400',
  '{"error":"invalid_grant","error_description":"Invalid assertion. Client authentication failed. Invalid JWT claim aud (MP-110)"}',
  '2026-11-25T10:15:03.530Z ERROR [traceId=77aa01c3e2f94b6d] InntektsmottakereClient - GET https://inntektsmottakere.api.skatteetaten-test.no/v1/... 403',
  '{"kode":"IM-005","melding":"Ikke autorisert","korrelasjonsid":"9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f"}',
].join('\n');

describe('a log with several codes keeps every one', () => {
  it('example: an MP code and a Skatteetaten code, with the korrelasjonsid', () => {
    const findings = explainError(LOG).findings;
    expect(codes(findings)).toEqual(['error.mp-110', 'api.skatteetaten.error', 'api.correlation-id']);
    expect(findings[1]?.params).toMatchObject({code: 'IM-005', api: API_NAMES.inntektsmottakere, status: 403});
    expect(findings[2]?.params).toEqual({correlationId: '9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f', owner: 'Skatteetaten'});
  });

  it('property: MP codes and API codes in any order, with any text between, are all explained', () => {
    const mp = fc.constantFrom('MP-110', 'MP-200', 'MP-124', 'MP-251', 'MP-012');
    const api = fc.constantFrom('OTP-005', 'DAS-002', 'AA-101', 'IM-010', 'OTP-007');
    const filler = fc.constantFrom(' ', '\n', ' ERROR ', ' | ', '; ', ' (', ') ', '"', ' kode=');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(mp, api), {minLength: 2, maxLength: 6}),
        fc.array(filler, {minLength: 7, maxLength: 7}),
        (written, between) => {
          const text = written.map((code, i) => `${between[i] ?? ' '}${code}`).join(between[6] ?? ' ');
          const findings = explainError(text).findings;
          const explained = new Set(
            findings.flatMap((f) => [String(f.params.mpCode ?? ''), String(f.params.code ?? '')]),
          );
          for (const code of written) expect(explained.has(code), `${code} in ${JSON.stringify(text)}`).toBe(true);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('a code-shaped run inside an id or a trace id is not a code', () => {
  it('examples: OTP-123 in a trace id, a korrelasjonsid, a request id; MP-110 in a span id', () => {
    for (const text of [
      'trace-id: 5e1f0c2a-OTP-123-b7',
      '{"kode":"OTP-005","melding":"x","korrelasjonsid":"OTP-123-77aa"}',
      'x-request-id=abcOTP-123',
      'spanId=MP-110-9f2c',
    ]) {
      const findings = explainError(text).findings;
      expect(JSON.stringify(findings), text).not.toMatch(/"(OTP-123|MP-110)"/);
    }
  });

  it('near miss: the same code standing on its own is read', () => {
    expect(codes(explainApiError('Skatteetaten svarte OTP-005 (403)'))).toEqual(['api.skatteetaten.error']);
    expect(codes(explainApiError('{"kode": "OTP-005"}'))).toEqual(['api.skatteetaten.error']);
  });

  it('property: any id with the code inside it is not read as the code; the code alone always is', () => {
    const idPart = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
    const glue = fc.constantFrom('-', '', '_');
    const key = fc.constantFrom('traceId=', 'trace-id: ', 'x-request-id: ', '"korrelasjonsid":"', 'id ');
    fc.assert(
      fc.property(
        key,
        idPart,
        glue,
        idPart,
        glue,
        fc.constantFrom('OTP-007', 'IM-004', 'DAS-002', 'AA-101'),
        (k, a, g1, b, g2, code) => {
          const id = `${a}${g1}${code}${g2}${b}`;
          const inside = explainApiError(`${k}${id}`);
          expect(
            inside.filter((f) => f.params.code === code),
            id,
          ).toEqual([]);
          const alone = explainApiError(`${k}${a} svar: ${code}.`);
          expect(alone.some((f) => f.params.code === code)).toBe(true);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('the explainer gives the specific fix when the pasted text shows it', () => {
  it('example: invalid_scope naming Skatteetaten:inntekt: use lower case', () => {
    const result = explainError('{"error":"invalid_scope","error_description":"Invalid scope: Skatteetaten:inntekt"}');
    const upper = result.findings.find((f) => f.code === 'scope.uppercase');
    expect(upper).toMatchObject({
      severity: 'error',
      params: {scope: 'Skatteetaten:inntekt', suggestion: 'skatteetaten:inntekt'},
    });
    expect(upper).not.toHaveProperty('path');
    expect(codes(result.findings)).toContain('error.oauth.invalid-scope');
  });

  it('near miss: a right scope, a URL and a URN are no scope problem', () => {
    const text =
      'MP-250 Consumer has not been granted access to the scope skatteetaten:inntekt https://maskinporten.no/token urn:ietf:params:oauth:grant-type:jwt-bearer 10:15:02';
    expect(codes(explainError(text).findings)).toEqual(['error.mp-250']);
  });

  it('property: a known scope with capitals anywhere in an error text gets the known scope as its fix', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DSOP_SCOPES.map((s) => s.scope)),
        fc.array(fc.boolean(), {minLength: 60, maxLength: 60}),
        fc.constantFrom('invalid_scope: ', 'MP-200 Token request contains invalid scopes for client: ', 'scope="'),
        (scope, upper, before) => {
          const written = [...scope].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
          const scopeFindings = explainError(`${before}${written}"`).findings.filter((f) =>
            f.code.startsWith('scope.'),
          );
          if (written === scope) expect(scopeFindings).toEqual([]);
          else expect(scopeFindings.map((f) => [f.code, f.params.suggestion])).toEqual([['scope.uppercase', scope]]);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('an IM- code either Skatteetaten API can send is not pinned on one', () => {
  const shared = [...new Set(API_ERRORS.filter((e) => e.api === 'inntekt').map((e) => e.code))].filter((code) =>
    API_ERRORS.some((e) => e.api === 'inntektsmottakere' && e.code === code),
  );

  it('the table has such codes (IM-001 … IM-008)', () => {
    expect(shared).toEqual(['IM-001', 'IM-002', 'IM-003', 'IM-004', 'IM-005', 'IM-006', 'IM-007', 'IM-008']);
  });

  it('example: IM-004 alone says it can come from both, and what it means there', () => {
    const findings = explainApiError('{"kode":"IM-004","melding":"Ikke autentisert"}');
    expect(codes(findings)).toEqual(['api.skatteetaten.which-api', 'api.skatteetaten.error-in']);
    expect(findings[0]?.params).toEqual({code: 'IM-004', apis: `${API_NAMES.inntekt}, ${API_NAMES.inntektsmottakere}`});
    expect(findings[1]?.params.api).toBe(`${API_NAMES.inntekt} / ${API_NAMES.inntektsmottakere}`);
  });

  it('property: for every shared code, one API named (host or name) gives that API; nothing named gives both, never one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shared), fc.constantFrom('', 'inntekt', 'inntektsmottakere'), (code, named) => {
        const where = named === '' ? '' : `GET https://${named}.api.skatteetaten.no/v1/x `;
        const findings = explainApiError(`${where}{"kode":"${code}"}`);
        if (named === '') {
          expect(codes(findings)[0]).toBe('api.skatteetaten.which-api');
          expect(codes(findings)).not.toContain('api.skatteetaten.error');
        } else {
          expect(codes(findings)).toEqual(['api.skatteetaten.error']);
          expect(findings[0]?.params.api).toBe(API_NAMES[named as 'inntekt']);
        }
      }),
      {numRuns: RUNS},
    );
  });
});

describe('the correlation id support asks for is shown', () => {
  it("examples: Skatteetaten's korrelasjonsid in JSON and XML, NAV's correlation-id header", () => {
    expect(
      explainApiError('<feil><kode>OTP-007</kode><korrelasjonsid>abc-123</korrelasjonsid></feil>').at(-1)?.params,
    ).toEqual({
      correlationId: 'abc-123',
      owner: 'Skatteetaten',
    });
    expect(
      explainApiError('HTTP/1.1 200 OK\ncorrelation-id: 4a7b9c\n{"errors":[{"message":"AA-101"}]}').at(-1)?.params,
    ).toEqual({
      correlationId: '4a7b9c',
      owner: 'NAV',
    });
  });

  it('property: any korrelasjonsid in a Skatteetaten body is shown as it is', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{3,60}$/),
        fc.constantFrom('OTP-005', 'IM-010', 'DAS-008'),
        (id, code) => {
          const findings = explainError(JSON.stringify({kode: code, melding: 'x', korrelasjonsid: id})).findings;
          expect(findings.filter((f) => f.code === 'api.correlation-id').map((f) => f.params.correlationId)).toEqual([
            id,
          ]);
        },
      ),
      {numRuns: RUNS},
    );
  });
});

describe('which Skatteetaten API answered is read from its host or name, not from a word', () => {
  it('a scope or a word in the text does not name the API; the host and the name do', () => {
    const body = '{"kode":"IM-005","melding":"Ikke autorisert"}';
    for (const around of ['invalid_scope skatteetaten:inntekt', 'InntektClient', 'inntektsmottakere-klient']) {
      expect(codes(explainApiError(`${around} ${body}`))[0], around).toBe('api.skatteetaten.which-api');
    }
    expect(explainApiError(`Inntektsmottakere API ${body}`)[0]?.params.api).toBe(API_NAMES.inntektsmottakere);
    expect(explainApiError(`https://inntekt.api.skatteetaten-test.no/v1 ${body}`)[0]?.params.api).toBe(
      API_NAMES.inntekt,
    );
  });
});
