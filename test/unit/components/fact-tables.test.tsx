// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, within} from '@testing-library/react';
import ApiAddressTable from '@site/src/components/ApiAddressTable';
import AltinnRightsTable from '@site/src/components/AltinnRightsTable';
import CertificateIssuerTable from '@site/src/components/CertificateIssuerTable';
import {DSOP_SCOPES} from '@site/src/lib/scopes';
import {CERTIFICATE_ISSUERS} from '@site/src/lib/certificate-issuers';

afterEach(cleanup);

// The guide pages show these facts through the components, so a fact changed in src/lib changes every page.
describe('fact tables on the guide pages', () => {
  it('the API address table shows each ajourhold API with its test and production base URL', () => {
    const {container} = render(<ApiAddressTable />);
    for (const s of DSOP_SCOPES) {
      const row = container.querySelector<HTMLElement>(`tr[data-scope="${s.scope}"]`)!;
      // Both in one cell, each labelled, each value whole as code (wrapping only between its parts).
      const values = [...row.querySelectorAll('td code')].map((code) => code.textContent);
      expect(values).toEqual([s.testBaseUrl, s.prodBaseUrl]);
      expect(row.querySelector('td')?.textContent).toMatch(/^Test: .+Produksjon: /);
    }
  });

  it('the Altinn rights table pairs each right with its scope', () => {
    const {container} = render(<AltinnRightsTable />);
    for (const s of DSOP_SCOPES) {
      const row = container.querySelector<HTMLElement>(`tr[data-scope="${s.scope}"]`)!;
      expect(within(row).getByRole('rowheader').textContent).toContain(s.altinnRight);
      expect(row.querySelector('td code')?.textContent).toBe(s.scope);
    }
  });

  it('the certificate issuer table puts every test CA in the test column and every production CA in the other', () => {
    const {container} = render(<CertificateIssuerTable />);
    const rows = [...container.querySelectorAll<HTMLElement>('tbody tr')];
    const column = (index: number): string[] =>
      rows.flatMap((row) =>
        [...row.querySelectorAll('td')[index]!.querySelectorAll('code')].map((c) => c.textContent!),
      );
    expect(column(0).sort()).toEqual(
      CERTIFICATE_ISSUERS.filter((i) => i.environment === 'test')
        .map((i) => i.commonName)
        .sort(),
    );
    expect(column(1).sort()).toEqual(
      CERTIFICATE_ISSUERS.filter((i) => i.environment === 'prod')
        .map((i) => i.commonName)
        .sort(),
    );
  });

  it('a wide table scrolls in a named region that keyboard users can focus', () => {
    const {container} = render(<ApiAddressTable />);
    const region = container.querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).not.toBe('');
    expect(region.querySelector('table')).not.toBeNull();
  });
});
