// The parsers for pasted text say "not JSON / not a URL / not percent-encoding" for bad input only; a programming
// error (here: a value that is not text at all) still reaches the caller instead of reading as "not checked".
import {describe, expect, it} from 'vitest';
import {decodeUriComponent, parseJson, parseUrl} from '../../../src/lib/safe-parse';

describe('safe-parse', () => {
  it('bad input is answered, not thrown', () => {
    expect(parseJson('{"a":')).toEqual({ok: false});
    expect(parseJson('{"a":1}')).toEqual({ok: true, value: {a: 1}});
    expect(parseUrl('not a url')).toBeUndefined();
    expect(parseUrl('/token', 'https://maskinporten.no')?.href).toBe('https://maskinporten.no/token');
    expect(decodeUriComponent('100%')).toBeUndefined();
    expect(decodeUriComponent('%74oken')).toBe('token');
  });

  it('any other error is thrown on', () => {
    const broken = {
      toString(): string {
        throw new RangeError('a bug, not bad input');
      },
    } as unknown as string;
    expect(() => parseJson(broken)).toThrow(RangeError);
    expect(() => parseUrl(broken)).toThrow(RangeError);
    expect(() => decodeUriComponent(broken)).toThrow(RangeError);
  });
});
