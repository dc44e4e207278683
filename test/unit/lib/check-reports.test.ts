// «Kopier rapport» of the environment checker and the error explainer (issue 20): the one report builder, in the
// reader's language, with what each tool read and found, and never the pasted text's secrets, personal data or
// tokens.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {formatEnvironmentReport, formatErrorReport} from '../../../src/lib/check-reports';
import {checkConfig, checkEnvironment} from '../../../src/lib/environment-check';
import {explainError} from '../../../src/lib/errors';
import {ENGLISH, NORWEGIAN} from './texts';

const RUNS = Number(process.env.FC_RUNS ?? 200);

const ENV = [
  'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token',
  'MASKINPORTEN_AUDIENCE=https://maskinporten.no/',
  'MASKINPORTEN_SCOPES=Skatteetaten:inntekt',
  'DB_PASSWORD=Sommer2026!',
  'CLIENT_SECRET=s3cr3t-value-x',
].join('\n');

function environmentReport(text: string, texts = NORWEGIAN): string {
  const form = {tokenEndpoint: 'https://maskinporten.no/token'};
  return formatEnvironmentReport(
    {
      environment: 'test',
      form: {values: form, findings: checkEnvironment('test', form).findings},
      config: checkConfig('test', text),
    },
    texts,
  );
}

describe('the environment checker report', () => {
  it('has the environment, the fields and config values it read, and every finding with its code, in nb and en', () => {
    const nb = environmentReport(ENV);
    expect(nb.split('\n').slice(0, 3)).toEqual([
      'Rapport fra miljøsjekken',
      'Utelatt: resten av oppsettet (bare verdiene miljøsjekken leste, er med).',
      'Miljø: test',
    ]);
    expect(nb).toContain('  Token-endepunkt: https://maskinporten.no/token');
    expect(nb).toContain('  Linje 2 (MASKINPORTEN_AUDIENCE): https://maskinporten.no/ [produksjon]');
    expect(nb).toMatch(/\[Feil\] scope\.uppercase \(MP-200\) · Linje 3: Skatteetaten:inntekt har store bokstaver/);
    expect(nb).toContain('[Feil] env.mixed:');
    const en = environmentReport(ENV, ENGLISH);
    expect(en).toContain('Report from the environment checker');
    expect(en).toContain('Line 2 (MASKINPORTEN_AUDIENCE): https://maskinporten.no/ [production]');
    expect(en).not.toContain('Miljø');
  });

  it('never holds a line the checker did not read (a password, a client secret)', () => {
    const report = environmentReport(ENV);
    expect(report).not.toContain('Sommer2026!');
    expect(report).not.toContain('s3cr3t-value-x');
  });

  it('a private key in the paste: the report has the finding and nothing of the key', () => {
    const report = environmentReport('A=https://test.maskinporten.no/\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN\n');
    expect(report).toContain('env.config.private-key');
    expect(report).not.toContain('MIIEvQIBADAN');
    expect(report).not.toContain('Linje 1 (A)');
  });

  it('property: whatever else the paste holds, no unread setting, fødselsnummer or token reaches the report', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9!#%&]{8,24}$/);
    const personNumber = fc.stringMatching(/^[0-7]\d{10}$/);
    const token = fc
      .tuple(fc.stringMatching(/^[A-Za-z0-9_-]{8,30}$/), fc.stringMatching(/^[A-Za-z0-9_-]{8,30}$/))
      .map(([p, s]) => `eyJhbGciOiJSUzI1NiJ9.${p}.${s}`);
    fc.assert(
      fc.property(secret, personNumber, token, fc.nat(4), (s, fnr, jwt, at) => {
        const lines = ENV.split('\n');
        lines.splice(
          at,
          0,
          `SOME_SETTING=${s}`,
          `LOOKUP_URL=https://inntekt.api.skatteetaten-test.no/v1/${fnr}`,
          `TOKEN=${jwt}`,
        );
        const report = environmentReport(lines.join('\n'), ENGLISH);
        expect(report).not.toContain(s);
        expect(report).not.toContain(fnr);
        expect(report).not.toContain(jwt);
      }),
      {numRuns: RUNS},
    );
  });
});

describe('the error explainer report', () => {
  const LOG = [
    '2026-11-25 ERROR MP-110 Invalid JWT claim aud',
    'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
    '{"kode":"IM-005","melding":"Ikke autorisert for 01017012345","korrelasjonsid":"9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f"}',
  ].join('\n');

  it('has every code with its meaning and the correlation id, in nb and en, and not the pasted text', () => {
    const nb = formatErrorReport(explainError(LOG), NORWEGIAN);
    expect(nb.split('\n').slice(0, 2)).toEqual([
      'Rapport fra feilforklareren',
      'Utelatt: teksten dere limte inn (bare det feilforklareren leste ut av den, er med).',
    ]);
    expect(nb).toContain('[Feil] error.mp-110 (MP-110): aud i grantet er feil.');
    expect(nb).toContain('api.skatteetaten.which-api');
    expect(nb).toContain('Korrelasjons-ID: 9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f. Skatteetaten ber om den');
    expect(nb).not.toContain('01017012345');
    expect(nb).not.toContain('eyJ');
    const en = formatErrorReport(explainError(LOG), ENGLISH);
    expect(en).toContain('Report from the error explainer');
    expect(en).toContain('Correlation id: 9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f. Skatteetaten asks for it');
  });

  it('a JSON error response: its fields are in the report', () => {
    const report = formatErrorReport(
      explainError('{"error":"invalid_scope","error_description":"Invalid scope: Skatteetaten:inntekt"}'),
      ENGLISH,
    );
    expect(report).toContain('  error: invalid_scope');
    expect(report).toContain('[Error] scope.uppercase (MP-200)');
  });

  it('property: a fødselsnummer or a token anywhere in the error response never reaches the report', () => {
    const personNumber = fc.stringMatching(/^[0-7]\d{10}$/);
    const token = fc
      .tuple(fc.stringMatching(/^[A-Za-z0-9_-]{8,30}$/), fc.stringMatching(/^[A-Za-z0-9_-]{8,30}$/))
      .map(([p, s]) => `eyJhbGciOiJSUzI1NiJ9.${p}.${s}`);
    const where = fc.constantFrom('error_description', 'melding', 'error');
    fc.assert(
      fc.property(personNumber, token, where, fc.boolean(), (fnr, jwt, field, json) => {
        const body = json
          ? JSON.stringify({error: 'invalid_grant', [field]: `MP-110 for ${fnr} with ${jwt}`, kode: 'OTP-004'})
          : `MP-110 ${field}=${fnr} ${jwt} OTP-004`;
        const report = formatErrorReport(explainError(body), NORWEGIAN);
        expect(report).not.toContain(fnr);
        expect(report).not.toContain(jwt);
      }),
      {numRuns: RUNS},
    );
  });
});
