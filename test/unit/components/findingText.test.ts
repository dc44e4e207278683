import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {FINDING_CODES, finding, findingRow} from '@site/src/lib/findings';
import {findingMessage, pathLabel} from '@site/src/components/findingText';

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
    expect(pathLabel('tokenEndpoint')).toBe('Token-endepunkt');
    expect(pathLabel('claims.pid')).toBe('Claimet pid');
    expect(pathLabel('something.else')).toBe('something.else');
  });
});
