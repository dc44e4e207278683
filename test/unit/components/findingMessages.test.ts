import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {FINDING_CATALOGUE, FINDING_CODES, finding} from '@site/src/lib/findings';
import {findingExplanation, findingMessage, TRANSLATED_CODES} from '@site/src/components/findingMessages';

const english = JSON.parse(readFileSync('i18n/en/code.json', 'utf8')) as Record<string, {message: string}>;
const source = readFileSync('src/components/findingMessages.ts', 'utf8');

describe('finding texts', () => {
  it('every code in FINDING_CATALOGUE has a Norwegian message and explanation, and no code is extra', () => {
    expect([...TRANSLATED_CODES].sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) {
      expect(source, code).toContain(`id: 'finding.${code}.message'`);
      expect(source, code).toContain(`id: 'finding.${code}.explanation'`);
      expect(findingExplanation(code), code).not.toBe(code);
    }
  });

  it('every code has an English message and explanation in i18n/en/code.json', () => {
    const missing = FINDING_CODES.flatMap((code) =>
      [`finding.${code}.message`, `finding.${code}.explanation`].filter((id) => !english[id]?.message),
    );
    expect(missing).toEqual([]);
  });

  it('every English message uses the same placeholders as the Norwegian one', () => {
    const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const m of source.matchAll(/id: '(finding\.[^']+\.message)', message: '((?:[^'\\]|\\.)*)'/g)) {
      const [, id = '', nb = ''] = m;
      expect(placeholders(english[id]?.message ?? ''), id).toEqual(placeholders(nb));
    }
  });

  it('fills in params and never shows a placeholder for a param the check did not set', () => {
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
    expect(findingMessage(finding('error.mp-250', {}))).not.toMatch(/\{\w+\}/);
  });

  it('keeps the severities of the catalogue', () => {
    for (const code of FINDING_CODES) expect(['error', 'warning', 'info']).toContain(FINDING_CATALOGUE[code].severity);
  });
});
