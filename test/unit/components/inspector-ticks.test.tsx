// @vitest-environment jsdom
// Issue 19, "no freeze": the countdown ticks without drawing the claim rows again (a grant with thousands of
// claims kept the page busy on every tick).
import React from 'react';
import {describe, expect, it, vi} from 'vitest';
import {fireEvent, render, screen, waitFor} from '@testing-library/react';

const renders = {count: 0};
vi.mock('@site/src/components/TokenInspector/ClaimRows', async (importOriginal) => {
  const original = await importOriginal<typeof import('@site/src/components/TokenInspector/ClaimRows')>();
  const Real = original.default;
  function Counted(props: React.ComponentProps<typeof Real>): React.JSX.Element {
    renders.count++;
    return <Real {...props} />;
  }
  return {default: React.memo(Counted)};
});

const {default: TokenInspector} = await import('@site/src/components/TokenInspector');
const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('the token inspector while the countdown ticks', () => {
  it('draws the claim rows once per analysis, not once per second', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      aud: 'https://test.maskinporten.no/',
      iss: 'c',
      scope: 'skatteetaten:inntekt',
      iat: now,
      exp: now + 600,
      jti: 'j',
    };
    for (let i = 0; i < 300; i++) claims[`x${i}`] = i;
    const {container} = render(<TokenInspector />);
    fireEvent.change(screen.getByLabelText('Token (grant eller access token)'), {
      target: {value: `${b64({alg: 'RS256', kid: 'k'})}.${b64(claims)}.c2ln`},
    });
    // Past the rows drawn at once, the rest wait for the reader; the known claims and those with findings are there.
    const showAll = await screen.findByRole('button', {name: /Vis de \d+ andre/});
    expect(container.querySelector('[data-claim="claims.x299"]')).toBeNull();
    expect(container.querySelector('[data-claim="claims.jti"]')).not.toBeNull();
    fireEvent.click(showAll);
    await waitFor(() => expect(container.querySelector('[data-claim="claims.x299"]')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('[data-finding-code]')).not.toBeNull());
    const countdown = (): string => container.querySelector('[data-countdown]')?.getAttribute('data-countdown') ?? '';
    const before = renders.count;
    const first = Number(countdown());
    // Two ticks (a state the test waits for, not a time): the rows were not drawn again.
    await waitFor(() => expect(Number(countdown())).toBeLessThanOrEqual(first - 2));
    expect(renders.count).toBe(before);
  });
});
