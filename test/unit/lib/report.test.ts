// The support report (src/lib/report.ts): in the reader's language, with codes and MP codes, and never carrying
// what must not travel: the signature or the whole token, personal data, key material, nested tokens.
import {beforeAll, describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {exportJWK, exportPKCS8} from 'jose';
import {analyseToken} from '../../../src/lib/jwt/analyse';
import {formatReport, formatTokenReport} from '../../../src/lib/report';
import {finding} from '../../../src/lib/findings';
import {GRANT_CLAIMS_OK, GRANT_HEADER, NOW, rsaKeys, sign, tok} from './fixtures';
import {ENGLISH, NORWEGIAN} from './texts';

const RUNS = Number(process.env.FC_RUNS ?? 500);
const analyse = (token: string) => analyseToken(token, {environment: 'prod', now: NOW});

/** A value wrapped in objects and arrays along a path of member names (and array positions). */
function nested(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduceRight<unknown>(
    (inner, step) => (typeof step === 'number' ? [...Array<null>(step % 3).fill(null), inner] : {[step]: inner}),
    value,
  );
}
const memberName = fc.string({minLength: 1, maxLength: 8}).filter((n) => n !== '__proto__');
const path = fc.array(fc.oneof(memberName, fc.nat(5)), {maxLength: 4});

describe('the token report', () => {
  it('has kind, environment, claims and findings with codes, MP codes and messages, in nb and en', async () => {
    const r = await analyse(tok(GRANT_HEADER, {...GRANT_CLAIMS_OK, aud: 'https://MASKINPORTEN.no/'}));
    const nb = formatTokenReport(r, NORWEGIAN);
    expect(nb).toContain('Type: Grant (client assertion)');
    expect(nb).toContain('Miljø: produksjon');
    expect(nb).toMatch(/\[Feil\] grant\.aud\.not-exact \(MP-110\) · Audience \(aud\): .*MASKINPORTEN/);
    expect(nb).toContain('iss: my_client_id');
    expect(nb).toContain('Utelatt: signaturen og hele tokenet.');
    const en = formatTokenReport(r, ENGLISH);
    expect(en).toContain('Environment: production');
    expect(en).toContain('Left out: the signature and the whole token.');
    expect(en).not.toContain('Miljø');
  });

  it('property: never contains the signature segment or the whole token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(memberName, fc.jsonValue(), {maxKeys: 5}),
        fc.stringMatching(/^[A-Za-z0-9_-]{43,120}$/),
        fc.boolean(),
        async (extra, signature, echo) => {
          // A claim that holds the signature itself must not smuggle it into the report either.
          const claims = {...GRANT_CLAIMS_OK, ...extra, ...(echo ? {note: signature} : {})};
          const token = tok(GRANT_HEADER, claims, signature);
          const report = formatTokenReport(await analyse(token), ENGLISH);
          expect(report).not.toContain(signature);
          expect(report).not.toContain(token);
        },
      ),
      {numRuns: Math.max(50, Math.floor(RUNS / 5))},
    );
  });

  it('property: a fødselsnummer or D-number anywhere, and what a personal claim holds, is left out and said', async () => {
    const personNumber = fc
      .tuple(fc.integer({min: 0, max: 7}), fc.stringMatching(/^\d{10}$/))
      .map(([first, rest]) => `${first}${rest}`);
    await fc.assert(
      fc.asyncProperty(
        personNumber,
        path,
        memberName,
        fc.constantFrom('pid', 'name', 'given_name', 'family_name', 'email'),
        fc.string({minLength: 6, maxLength: 30}).filter((s) => s.trim().length >= 6),
        fc.boolean(),
        async (number, where, top, personalClaim, personal, asNumber) => {
          const claims = {
            ...GRANT_CLAIMS_OK,
            [`x${top}`]: nested(asNumber ? Number(number) : number, where),
            holder: nested({[personalClaim]: personal}, where),
          };
          const report = formatTokenReport(await analyse(tok(GRANT_HEADER, claims)), NORWEGIAN);
          expect(report).not.toContain(number);
          expect(report).not.toContain(personal);
          expect(report.split('\n')[1]).toMatch(/^Utelatt: signaturen og hele tokenet; personopplysninger \(/);
        },
      ),
      {numRuns: Math.max(50, Math.floor(RUNS / 5))},
    );
  });

  describe('key material and nested tokens', () => {
    let privateJwk: Record<string, unknown>;
    let pkcs8: string;
    let grant: string;
    beforeAll(async () => {
      const keys = await rsaKeys();
      privateJwk = (await exportJWK(keys.privateKey)) as Record<string, unknown>;
      pkcs8 = await exportPKCS8(keys.privateKey);
      grant = await sign({alg: 'RS256', kid: 'k'}, GRANT_CLAIMS_OK, keys.privateKey);
    });

    it('property: a private JWK in the header, a PEM or DER private key or a whole grant in any claim is left out', async () => {
      const der = () => pkcs8.replace(/-----[^-]+-----|\s/g, '');
      await fc.assert(
        fc.asyncProperty(
          path,
          fc.constantFrom('jwk-in-header', 'pem-in-claim', 'der-in-claim', 'grant-in-claim'),
          async (where, kind) => {
            const header = kind === 'jwk-in-header' ? {...GRANT_HEADER, jwk: nested(privateJwk, where)} : GRANT_HEADER;
            const secret =
              kind === 'pem-in-claim'
                ? pkcs8
                : kind === 'der-in-claim'
                  ? der()
                  : kind === 'grant-in-claim'
                    ? grant
                    : '';
            const claims = secret ? {...GRANT_CLAIMS_OK, inner: nested(`før ${secret} etter`, where)} : GRANT_CLAIMS_OK;
            const report = formatTokenReport(await analyse(tok(header, claims)), ENGLISH);
            for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi'])
              expect(report).not.toContain(String(privateJwk[member]).slice(0, 40));
            expect(report).not.toContain(der().slice(40, 120));
            expect(report).not.toContain(grant.split('.')[1]?.slice(0, 40));
            expect(report.split('\n')[1]).toMatch(kind === 'grant-in-claim' ? /tokens \(/ : /key material \(/);
          },
        ),
        {numRuns: Math.max(30, Math.floor(RUNS / 10))},
      );
    });
  });

  it('near miss: an organisation number and times stay, and nothing is said to be left out but the token', async () => {
    const claims = {...GRANT_CLAIMS_OK, consumer_org: '910753614'};
    const report = formatTokenReport(await analyse(tok(GRANT_HEADER, claims)), ENGLISH);
    expect(report).toContain('910753614');
    expect(report).toContain(String(NOW + 120));
    expect(report.split('\n')[1]).toBe('Left out: the signature and the whole token.');
  });
});

describe('any tool report', () => {
  it('scrubs a pasted log line of a fødselsnummer and a bearer token, and says so', () => {
    const text = formatReport(
      {
        title: 'Rapport',
        facts: [
          [
            'Feilsvar',
            'person 01019912345 fikk 403 med Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
          ],
        ],
        findings: [finding('scope.unknown', {scope: 'a:b'})],
      },
      NORWEGIAN,
    );
    expect(text).not.toContain('01019912345');
    expect(text).not.toContain('eyJzdWIiOiJ4In0');
    expect(text.split('\n')[1]).toMatch(/^Utelatt: personopplysninger \(teksten\); tokener \(teksten\)\.$/);
    expect(text).toContain('scope.unknown');
  });
});
