// Where an address or scope in a fact table may wrap: between parts a reader sees as parts, never inside a word.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {wrapParts} from '../../../src/lib/display';

const runs = Number(process.env.FC_RUNS ?? 500);

describe('wrapParts', () => {
  it('cuts an address after its slashes and dots, keeping the scheme whole', () => {
    expect(wrapParts('https://api-test.sits.no/api/inntekt')).toEqual([
      'https://',
      'api-test.',
      'sits.',
      'no/',
      'api/',
      'inntekt',
    ]);
  });

  it('cuts a scope after its prefix, and keeps every word whole', () => {
    expect(wrapParts('skatteetaten:inntektsmottakere')).toEqual(['skatteetaten:', 'inntektsmottakere']);
    expect(wrapParts('nav:aareg/v1/arbeidsforhold/otp')).toEqual(['nav:', 'aareg/', 'v1/', 'arbeidsforhold/', 'otp']);
  });

  it('gives the value back as one part when there is nowhere to cut, and an empty value as one empty part', () => {
    expect(wrapParts('inntektsmottakere')).toEqual(['inntektsmottakere']);
    expect(wrapParts('')).toEqual(['']);
  });

  it('joined, the parts are the value; each part but the last ends where a line may break, and none is empty', () => {
    const pieces = fc.constantFrom('a', 'Z', '9', '-', '_', '/', ':', '.', '?', '&', '=', '//', 'ø', ' ');
    fc.assert(
      fc.property(
        fc.array(pieces, {maxLength: 40}).map((p) => p.join('')),
        (value) => {
          const parts = wrapParts(value);
          expect(parts.join('')).toBe(value);
          if (value !== '') for (const part of parts) expect(part).not.toBe('');
          for (const part of parts.slice(0, -1)) expect(part).toMatch(/[/:.?&=]$/);
          // A part never ends in the middle of a scheme's `://` or a `//`.
          for (const [index, part] of parts.slice(0, -1).entries())
            expect(`${part.slice(-1)}${parts[index + 1]?.[0] ?? ''}`).not.toMatch(/^(\/\/|:\/)$/);
        },
      ),
      {numRuns: runs},
    );
  });
});
