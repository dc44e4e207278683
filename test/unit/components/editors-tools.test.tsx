// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import ErrorExplainer from '@site/src/components/ErrorExplainer';
import EnvironmentChecker from '@site/src/components/EnvironmentChecker';

afterEach(cleanup);

/** The tools load their rules on first use: the first test pays for transforming them, so allow it time. */
async function findCode(container: HTMLElement, code: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const el = container.querySelector<HTMLElement>(`[data-finding-code="${code}"]`);
      if (!el) throw new Error(`no ${code}`);
      return el;
    },
    {timeout: 5000},
  );
}

describe('EnvironmentChecker: a whole pasted configuration', () => {
  it('lists every value found with its line and environment, and says the set-up is mixed', async () => {
    const {container} = render(<EnvironmentChecker />);
    fireEvent.change(screen.getByLabelText('Hele oppsettet'), {
      target: {
        value:
          'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token\nMASKINPORTEN_AUDIENCE=https://maskinporten.no/',
      },
    });
    const mixed = await findCode(container, 'env.mixed');
    expect(mixed).toHaveTextContent('test på linje 1 (MASKINPORTEN_TOKEN_ENDPOINT)');
    expect(mixed).toHaveTextContent('produksjon på linje 2 (MASKINPORTEN_AUDIENCE)');
    const rows = within(container.querySelector('[data-config-values]') as HTMLElement).getAllByRole('row');
    expect(rows.map((row) => row.getAttribute('data-environment'))).toEqual([null, 'test', 'prod']);
  });

  it('names the exact value when a pasted value only normalises to it', async () => {
    const {container} = render(<EnvironmentChecker />);
    fireEvent.click(screen.getByRole('radio', {name: 'Produksjon (maskinporten.no)'}));
    fireEvent.change(screen.getByLabelText('Hele oppsettet'), {
      target: {value: 'AUDIENCE=HTTPS://Maskinporten.no:443/'},
    });
    const notExact = await findCode(container, 'env.not-exact');
    expect(notExact).toHaveTextContent('store bokstaver, port');
    expect(notExact).toHaveTextContent('bruk https://maskinporten.no/');
  });
});

describe('ErrorExplainer: mismatch and OAuth errors without a code', () => {
  it("says the message does not fit MP-110 and names MP-121 and MP-130 for 'Token has expired'", async () => {
    const {container} = render(<ErrorExplainer />);
    fireEvent.click(screen.getByRole('button', {name: 'MP-110 med en annen melding'}));
    const mismatch = await findCode(container, 'error.message-mismatch');
    expect(mismatch).toHaveTextContent('Den passer til: MP-121, MP-130.');
  });

  it('lists the likely causes of a bare invalid_grant in order, each linking to its full section', async () => {
    const {container} = render(<ErrorExplainer />);
    fireEvent.click(screen.getByRole('button', {name: 'invalid_grant uten kode'}));
    await findCode(container, 'error.oauth.invalid-grant');
    const list = container.querySelector('[data-oauth-error="invalid_grant"] ol') as HTMLElement;
    const links = within(list).getAllByRole('link');
    expect(links[0]).toHaveTextContent('MP-110');
    expect(links[0]).toHaveAttribute('href', '/docs/feilsoking#mp-110');
    expect(links.map((a) => a.getAttribute('href'))).toContain('/docs/feilsoking#mp-100');
  });
});
