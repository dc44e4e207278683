import {describe, expect, it} from 'vitest';
import * as checks from './checks.mjs';
import * as addresses from './addresses.mjs';
import * as rows from './changelog-rows.mjs';
import * as unconfirmed from './unconfirmed.mjs';
import * as mpCodes from './mp-codes.mjs';
import * as terminology from './terminology.mjs';
import {ENVIRONMENTS} from '../../src/lib/environments';
import {DSOP_SCOPES} from '../../src/lib/scope-catalogue';
import {EVENT_APIS} from '../../src/lib/network';
import {UNCONFIRMED_FACTS} from '../../src/lib/unconfirmed';
import {TOKEN_ERRORS} from '../../src/lib/errors';

interface Problem {
  file: string;
  line: number;
  message: string;
  fix: string;
}
type Tree = unknown;
const parse = (source: string): Tree =>
  (checks as {parsePage(f: string, s: string): {tree: Tree}}).parsePage('docs/x.mdx', source).tree;
const {addressBook, checkPageAddresses, checkAddressText} = addresses as {
  addressBook(t: object): unknown;
  checkPageAddresses(f: string, t: Tree, b: unknown): Problem[];
  checkAddressText(f: string, l: number, t: string, b: unknown): Problem[];
};
const book = addressBook({environments: ENVIRONMENTS, scopes: DSOP_SCOPES, eventApis: EVENT_APIS});
const page = (body: string): string => `---\ntitle: x\ndescription: y\nslug: /x\n---\n\n${body}`;

describe('addresses in their role', () => {
  const problems = (body: string): string[] =>
    checkPageAddresses('docs/x.mdx', parse(page(body)), book).map((p) => `${p.line}: ${p.message} | ${p.fix}`);

  it('a sentence that fetches a token from the issuer names the token endpoint instead', () => {
    expect(problems('Hent token fra `https://maskinporten.no/`.')).toEqual([
      '7: her hentes eller sendes et token til «https://maskinporten.no/», som ikke er token-endepunktet | bruk token-endepunktet https://maskinporten.no/token',
    ]);
    expect(problems('Hent tokenet fra token-endepunktet `https://maskinporten.no/token`.')).toEqual([]);
  });

  it('aud is the issuer, in prose and in code', () => {
    expect(problems('Sett `aud` til `https://test.maskinporten.no/token`.')).toHaveLength(1);
    expect(problems('```json\n{"aud": "https://test.maskinporten.no/token"}\n```')).toHaveLength(1);
    expect(problems('```json\n{"aud": "https://test.maskinporten.no/"}\n```')).toEqual([]);
  });

  it('an address that is not in the tables is named with the ones its host has', () => {
    const [problem] = problems(
      'Metadata ligger på `https://maskinporten.no/.well-known/openid-configuration` for oss.',
    );
    expect(problem).toContain('står ikke i tabellene');
    expect(problem).toContain('https://maskinporten.no/token');
    expect(problems('Inntekt har `https://inntekt.api.skatteetaten-test.no/v1/otp/123`.')).toEqual([]);
  });

  it('a sentence that says what is wrong may show the wrong address; web pages of the agencies are not addresses', () => {
    expect(
      problems('Den gamle siden oppga `https://test.maskinporten.no/` som token-endepunkt, men det er feil.'),
    ).toEqual([]);
    expect(problems('Se [NAV](https://www.nav.no/samarbeidspartner/tilgang-aa-registeret).')).toEqual([]);
    expect(checkAddressText('s.ts', 3, 'Hent token fra https://ver3.maskinporten.no/token.', book)).toHaveLength(1);
  });
});

describe('endringslogg rows', () => {
  const {checkChangelogRows} = rows as {checkChangelogRows(f: string, t: Tree): Problem[]};
  it('a dated row in another table is moved to the Endringslogg table; the Endringslogg table is left alone', () => {
    const source = page(
      '## SEID\n\n| | Hvor |\n| --- | --- |\n| 01.12.2026 | x |\n| SEID 1 | y |\n\n## Endringslogg\n\n| Dato | Endring |\n| --- | --- |\n| 02.12.2026 | z |\n',
    );
    expect(checkChangelogRows('docs/x.mdx', parse(source)).map((p) => [p.line, p.message])).toEqual([
      [11, 'raden som begynner med datoen «01.12.2026», står i en tabell under «SEID»'],
    ]);
  });
});

describe('unconfirmed claims', () => {
  const {checkUnconfirmed} = unconfirmed as {
    checkUnconfirmed(f: string, t: Tree, facts: object, lang: string): Problem[];
  };
  const problems = (body: string): string[] =>
    checkUnconfirmed('docs/x.mdx', parse(page(body)), UNCONFIRMED_FACTS, 'nb').map((p) => p.message);

  it('a paragraph that states a claim without its marker is found; with the marker it passes', () => {
    expect(problems('Klienten tar flere nøkler, så begge virker mens dere bytter.')).toEqual([
      '«begge virker» er en påstand kildene ikke bekrefter (two-keys i src/lib/unconfirmed.ts), men står uten merket «ikke bekreftet»',
    ]);
    expect(problems('Klienten tar flere nøkler, så begge virker <NotConfirmed fact="two-keys" />.')).toEqual([]);
  });

  it('a marker names a claim of the table', () => {
    expect(problems('Noe <NotConfirmed fact="finnes-ikke" />.')).toEqual([
      '`<NotConfirmed fact="finnes-ikke" />` viser til en påstand som ikke finnes',
    ]);
  });

  it('the change log may say that a claim got its marker', () => {
    expect(
      problems('## Endringslogg\n\n| Dato | Endring |\n| --- | --- |\n| 02.12.2026 | «begge virker» merket |\n'),
    ).toEqual([]);
  });
});

describe('MP codes in finding texts', () => {
  const {causeCodes, checkFindingText} = mpCodes as {
    causeCodes(e: unknown): Map<string, Set<string>>;
    checkFindingText(f: string, l: number, t: string, c: Map<string, Set<string>>): Problem[];
  };
  const codes = causeCodes(TOKEN_ERRORS);
  const check = (text: string): number => checkFindingText('f.ts', 1, text, codes).length;

  it('reads from the error table which code each cause gives', () => {
    expect([...codes.get('env:client')!]).toEqual(['MP-100']);
    expect([...codes.get('env:aud')!]).toContain('MP-110');
    expect([...codes.get('x5c')!]).toEqual(['MP-123']);
  });

  it('a client or certificate from another environment does not give MP-110', () => {
    expect(check('Klienten, sertifikatet og aud må høre til samme miljø, ellers svarer Maskinporten MP-110.')).toBe(2);
    expect(check('Blander dere test og produksjon, svarer Maskinporten MP-110.')).toBe(1);
    expect(check('aud fra et annet miljø gir MP-110, en klient fra et annet miljø MP-100.')).toBe(0);
    expect(check('x5c skal være en liste; en streng gir MP-200.')).toBe(1);
    expect(check('x5c skal være en liste; en streng gir MP-123.')).toBe(0);
  });
});

describe('code sample comments', () => {
  const {loadTerms, checkExampleComments} = terminology as {
    loadTerms(): {nb: unknown[]};
    checkExampleComments(f: string, s: string, rules: unknown[]): Problem[];
  };
  const nb = loadTerms().nb;
  it('reads the comments of shell, JavaScript, Java and Python, not the code', () => {
    const source = [
      '# Sender granten',
      'const granten = 1; // lager granten',
      '/** Signerer granten */',
      '"""Sender granten og gir svaret."""',
      "print('granten')",
    ].join('\n');
    expect(checkExampleComments('x', source, nb).map((p) => p.line)).toEqual([1, 2, 3, 4]);
  });
});
