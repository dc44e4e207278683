import {describe, expect, it} from 'vitest';
import {loadTerms, checkText, checkToolSource, checkCodeJson} from './terminology.mjs';

interface Problem {
  file: string;
  line: number;
  message: string;
  fix: string;
}
const terms = loadTerms() as {nb: unknown[]; en: unknown[]};
const nb = (text: string): Problem[] => checkText('x.mdx', 1, text, terms.nb) as Problem[];
const en = (text: string): Problem[] => checkText('x.mdx', 1, text, terms.en) as Problem[];

describe('terminology list', () => {
  it('bans the variants the glossary ruled out, with the line and the word to use', () => {
    expect(nb('Send en grant.\nSjekk granten.').map((p) => [p.line, p.fix])).toEqual([
      [1, expect.stringContaining('«et grant»')],
      [2, expect.stringContaining('«grantet»')],
    ]);
    expect(nb('leverandørens orgnr i tokenet')).toHaveLength(1);
    expect(nb('på org.nummeret i tokenet')).toHaveLength(1);
    expect(nb('Slik retter du det')).toHaveLength(1);
    expect(en('its own certificate towards Maskinporten')).toHaveLength(1);
    expect(en('Read also Digdir’s page')).toHaveLength(1);
  });

  it('lets the chosen words, compounds and allowed titles through', () => {
    expect(nb('Send et grant, og sjekk grantet med grant-byggeren.')).toEqual([]);
    expect(nb('organisasjonsnummeret og dere')).toEqual([]);
    expect(nb('Digdirs side «Slik bruker du Maskinporten som API-konsument»')).toEqual([]);
    // Norwegian letters are letters: «gjødu» is one word, not «du».
    expect(nb('gjødu')).toEqual([]);
  });

  it('reads the Norwegian strings of tool sources, not identifiers or placeholders', () => {
    const source = [
      "const orgnr = '910753614';",
      "translate({id: 'a', message: 'Tokenet gjelder {orgnr}.'});",
      "translate({id: 'b', message: 'Lim inn granten.'});",
      '<Translate id="c">Teksten du limte inn</Translate>',
    ].join('\n');
    expect((checkToolSource('s.tsx', source, terms.nb) as Problem[]).map((p) => p.line)).toEqual([3, 4]);
    expect(
      (checkCodeJson('code.json', '{\n  "a": {\n    "message": "Read also this"\n  }\n}', terms.en) as Problem[]).map(
        (p) => p.line,
      ),
    ).toEqual([3]);
  });
});

describe('first use of a Norwegian term on an English page', () => {
  const parse = async (text: string): Promise<unknown> => (await import('./checks.mjs')).parsePage('x.mdx', text).tree;
  const explain = [{term: 'DSOP', anchor: 'dsop', explained: 'Digital samhandling offentlig privat'}];

  it('asks for a glossary link or an explanation where the term first appears, headings aside', async () => {
    const {checkFirstUse} = await import('./terminology.mjs');
    const bare = '## DSOP scopes\n\nThe DSOP scopes are four.\n';
    expect(checkFirstUse('x.mdx', bare, await parse(bare), explain)).toHaveLength(1);
    const linked = '## DSOP scopes\n\nThe [DSOP](./ordliste.mdx#dsop) scopes are four. DSOP again.\n';
    expect(checkFirstUse('x.mdx', linked, await parse(linked), explain)).toEqual([]);
    const explained = 'DSOP (Digital samhandling\noffentlig privat) is the collaboration.\n';
    expect(checkFirstUse('x.mdx', explained, await parse(explained), explain)).toEqual([]);
  });
});
