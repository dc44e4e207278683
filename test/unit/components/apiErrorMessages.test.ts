import {describe, expect, it} from 'vitest';
import {explainApiError} from '@site/src/lib/api-errors';
import {findingMessage as message} from '@site/src/lib/finding-text';
import {NORWEGIAN} from '../lib/texts';

const findingMessage = (f: Parameters<typeof message>[0]): string => message(f, NORWEGIAN);

describe('API error findings as text', () => {
  it("shows the row's Norwegian meaning and fix, with no placeholder left", () => {
    const [f] = explainApiError('{"kode":"IM-010","melding":"x","korrelasjonsid":"k"}');
    expect(f).toBeDefined();
    const text = findingMessage(f!);
    expect(text).toContain('Skatteetaten Inntekt API svarte IM-010 (HTTP 403)');
    expect(text).toContain('Feil i forbindelse med samtykke.');
    expect(text).not.toMatch(/\{\w+\}|…/);
    expect(text).not.toContain('consent');
  });
});
