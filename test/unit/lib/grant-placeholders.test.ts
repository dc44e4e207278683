// The grant builder's placeholders are in the reader's language, like the rest of the tool.
import {describe, expect, it} from 'vitest';
import {buildGrant} from '../../../src/lib/grant-builder';
import {ENGLISH, NORWEGIAN} from './texts';

const options = {environment: 'test', clientId: 'c', scopes: 'skatteetaten:inntekt', now: 1, jti: 'j'} as const;

describe('grant builder placeholders', () => {
  it('are Norwegian on a Norwegian page and English on an English page, for x5c and kid', () => {
    const x5cNb = buildGrant({...options, keyKind: 'x5c', texts: NORWEGIAN}).header.x5c as string[];
    const x5cEn = buildGrant({...options, keyKind: 'x5c', texts: ENGLISH}).header.x5c as string[];
    expect(x5cNb[0]).toBe('<base64 DER: virksomhetssertifikatet deres>');
    expect(x5cEn[0]).toBe('<base64 DER: your business certificate>');
    expect(buildGrant({...options, keyKind: 'kid', texts: ENGLISH}).header.kid).toBe(
      '<kid of the key registered on the client>',
    );
    expect(buildGrant({...options, keyKind: 'kid'}).header.kid).toContain('registrert på klienten');
    // A kid the reader typed is theirs, in any language.
    expect(buildGrant({...options, keyKind: 'kid', kid: 'min-nokkel', texts: ENGLISH}).header.kid).toBe('min-nokkel');
  });
});
