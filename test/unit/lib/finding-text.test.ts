import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {FINDING_CODES, finding, findingRow, type Finding, type FindingCode} from '@site/src/lib/findings';
import {findingExplanation, findingMessage as message, pathLabel as label} from '@site/src/lib/finding-text';
import {ENGLISH, ENGLISH_TRANSLATIONS, NORWEGIAN, englishRecordingMisses} from './texts';
import {checkScopes} from '@site/src/lib/scopes';

const findingMessage = (f: Pick<Finding, 'code' | 'params'>): string => message(f, NORWEGIAN);
const pathLabel = (path: string): string => label(path, NORWEGIAN);

// The catalogue rows (src/lib/finding-catalogue.ts) against the English texts in code.json, as data.
const english = JSON.parse(readFileSync('i18n/en/code.json', 'utf8')) as Record<string, {message: string}>;
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

describe('finding catalogue and its texts', () => {
  it('every row has a Norwegian message and explanation, and an English text for each in code.json', () => {
    const missing: string[] = [];
    for (const code of FINDING_CODES) {
      const row = findingRow(code);
      expect(row.message.trim(), code).not.toBe('');
      expect(row.explanation.trim(), code).not.toBe('');
      for (const id of [`finding.${code}.message`, `finding.${code}.explanation`])
        if (!english[id]?.message) missing.push(id);
    }
    expect(missing).toEqual([]);
  });

  it('code.json has no finding text for a code the catalogue does not have', () => {
    const codes = new Set<string>(FINDING_CODES);
    const orphans = Object.keys(english)
      .filter((id) => id.startsWith('finding.') && /\.(message|explanation)$/.test(id))
      .map((id) => id.replace(/^finding\./, '').replace(/\.(message|explanation)$/, ''))
      .filter((code) => !codes.has(code));
    expect(orphans).toEqual([]);
  });

  it('every placeholder in a message is a declared param, in Norwegian and in English alike', () => {
    for (const code of FINDING_CODES) {
      const row = findingRow(code);
      const declared = Object.keys(row.params);
      const nb = placeholders(row.message);
      for (const name of nb) expect(declared, `${code}: {${name}}`).toContain(name);
      expect(placeholders(english[`finding.${code}.message`]?.message ?? ''), code).toEqual(nb);
      expect(placeholders(row.explanation), `${code} explanation takes no params`).toEqual([]);
    }
  });

  it('fills in params, in the page language for environments', () => {
    const text = findingMessage(
      finding('grant.aud.wrong-environment', {
        expected: 'https://test.maskinporten.no/',
        actual: 'https://maskinporten.no/',
        environment: 'prod',
      }),
    );
    expect(text).toContain('https://maskinporten.no/');
    expect(text).toContain('https://test.maskinporten.no/');
    expect(text).toContain('produksjon');
    expect(findingMessage(finding('error.mp-250', {scope: 'skatteetaten:inntekt'}))).toContain('skatteetaten:inntekt');
  });

  it('shows a value that holds {word} as it is, and a dash for an optional param a case does not carry', () => {
    expect(findingMessage(finding('jwt.bearer-prefix', {prefix: '{prefix} {max}'}))).toContain('«{prefix} {max}»');
    const text = findingMessage(finding('sig.no-matching-key', {alg: 'RS256'}));
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).toContain('–');
  });
});

describe('finding cards speak to readers', () => {
  it('counts with the right form: 1 del, 4 deler', () => {
    expect(findingMessage(finding('jwt.malformed', {parts: 1}))).toBe(
      'Tokenet har 1 del; et JWT har tre, skilt med punktum.',
    );
    expect(findingMessage(finding('jwt.malformed', {parts: 4}))).toBe(
      'Tokenet har 4 deler; et JWT har tre, skilt med punktum.',
    );
  });

  it('names the place as the form labels it, not by its internal path', () => {
    expect(pathLabel('claims.aud')).toBe('Audience (aud)');
    expect(pathLabel('header.alg')).toBe('Algoritme (alg)');
    expect(pathLabel('scopes[0]')).toBe('Scope nr. 1');
    expect(pathLabel('claims.scope[1]')).toBe('Scope nr. 2');
    expect(pathLabel('tokenEndpoint')).toBe('Token-endepunkt');
    expect(pathLabel('claims.pid')).toBe('Claimet pid');
    expect(pathLabel('something.else')).toBe('something.else');
  });
});

describe('finding texts in English, as the English site and the command line show them', () => {
  /** A finding of `code` with a value for every param its row declares, chosen by the param's kind. */
  function sample(code: FindingCode): Finding {
    const params: Record<string, string | number> = {};
    for (const [name, kind] of Object.entries(findingRow(code).params)) {
      if (kind === 'bilingual') {
        params[`${name}Nb`] = 'norsk verdi';
        params[`${name}En`] = 'English value';
      } else
        params[name] =
          kind === 'count'
            ? 2
            : kind === 'environment'
              ? 'test'
              : kind === 'field'
                ? 'tokenEndpoint'
                : kind === 'aud-reason'
                  ? 'port,case'
                  : 'v';
    }
    return {code, severity: findingRow(code).severity, params};
  }

  it('every code has its English message and explanation, every param filled in, nothing Norwegian', () => {
    const {texts, missing} = englishRecordingMisses();
    for (const code of FINDING_CODES) {
      const text = message(sample(code), texts);
      expect(text, code).not.toMatch(/\{\w+\}/);
      expect(text, code).not.toContain('norsk verdi');
      findingExplanation(code, texts);
    }
    expect([...missing]).toEqual([]);
  });

  it('shows a param by the kind its row declares: an environment id as a word, a pasted value as it is', () => {
    // token.iss.wrong-environment: `environment` is the chosen environment, `actual` what the token says.
    const f = finding('token.iss.wrong-environment', {actual: 'prod', environment: 'prod', expected: 'test'});
    expect(message(f, ENGLISH)).toContain('production');
    expect(message(f, ENGLISH)).toContain('prod');
    expect(message(f, NORWEGIAN)).toContain('produksjon');
    // A pasted "prod" in a value param is the reader's value, not an environment.
    const text = message(
      finding('grant.aud.unknown', {actual: 'prod', expected: 'https://maskinporten.no/'}),
      NORWEGIAN,
    );
    expect(text).toContain('prod');
    expect(text).not.toContain('produksjon');
  });

  it('names places in English', () => {
    expect(label('claims.aud', ENGLISH)).toBe(ENGLISH_TRANSLATIONS['tools.path.claim.aud']);
    expect(label('tokenEndpoint', ENGLISH)).toBe('Token endpoint');
    expect(label('claims.pid', ENGLISH)).toContain('pid');
  });
});

describe('which side of a scope is empty', () => {
  it('is named in the reader’s language, not as the code’s id', () => {
    const nb = checkScopes(':inntekt').findings.find((f) => f.code === 'scope.empty-part');
    const sub = checkScopes('skatteetaten:').findings.find((f) => f.code === 'scope.empty-part');
    expect(nb && message(nb, NORWEGIAN)).toBe(':inntekt har tomt prefiks.');
    expect(sub && message(sub, NORWEGIAN)).toBe('skatteetaten: har tomt underscope.');
    expect(sub && message(sub, ENGLISH)).toBe('skatteetaten: has an empty subscope.');
  });
});
