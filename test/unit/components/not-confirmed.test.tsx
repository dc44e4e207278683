// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import ApiErrorTable from '@site/src/components/ApiErrorTable';
import CertificateFacts from '@site/src/components/CertificateFacts';
import FirewallTable from '@site/src/components/FirewallTable';
import NotConfirmed from '@site/src/components/NotConfirmed';
import {API_ERRORS} from '@site/src/lib/api-error-table';
import {CERTIFICATE_FACTS} from '@site/src/lib/certificate-facts';
import {FIREWALL} from '@site/src/lib/network';
import {needsMarker} from '@site/src/lib/fact-status';
import {UNCONFIRMED_FACTS, type UnconfirmedFactId} from '@site/src/lib/unconfirmed';

afterEach(cleanup);

/** The «ikke bekreftet» markers inside an element, as the hrefs they link to. */
const markers = (el: Element): string[] =>
  [...el.querySelectorAll('a[data-not-confirmed]')].map((a) => a.getAttribute('href') ?? '');

// A fact the sources do not confirm is shown only with the marker, in every fact table that shows it.
describe('the «ikke bekreftet» marker', () => {
  it('links a claim of src/lib/unconfirmed.ts to its source, with the one label', () => {
    for (const id of Object.keys(UNCONFIRMED_FACTS) as UnconfirmedFactId[]) {
      const {container} = render(<NotConfirmed fact={id} />);
      const link = container.querySelector('a')!;
      expect(link.getAttribute('href')).toBe(UNCONFIRMED_FACTS[id].source);
      expect(link.textContent).toBe('ikke bekreftet');
      cleanup();
    }
  });

  it('every row of the API error table that is not verified carries it, and no verified row does', () => {
    const {container} = render(<ApiErrorTable />);
    for (const entry of API_ERRORS) {
      const row = container.querySelector(`tr[data-api="${entry.api}"][data-api-error="${entry.code}"]`)!;
      expect(markers(row), `${entry.api} ${entry.code}`).toEqual(needsMarker(entry.status) ? [entry.source] : []);
    }
    expect(API_ERRORS.some((e) => needsMarker(e.status))).toBe(true);
  });

  it('every certificate fact that is an inference carries it instead of a plain source link', () => {
    const {container} = render(<CertificateFacts ids={CERTIFICATE_FACTS.map((f) => f.id)} />);
    for (const fact of CERTIFICATE_FACTS) {
      const item = container.querySelector(`li[data-fact="${fact.id}"]`)!;
      expect(markers(item), fact.id).toEqual(needsMarker(fact.status) ? [fact.source] : []);
      expect(item.querySelectorAll('a').length).toBe(1);
    }
  });

  it('the firewall table marks the rows whose sources contradict each other, and only those', () => {
    const {container} = render(<FirewallTable />);
    for (const entry of FIREWALL) {
      const row = container.querySelector(`tr[data-firewall="${entry.owner}-${entry.environment}"]`)!;
      expect(markers(row), entry.owner).toEqual(needsMarker(entry.status) ? [entry.source] : []);
    }
    expect(FIREWALL.some((e) => needsMarker(e.status))).toBe(true);
  });

  it('each unconfirmed claim has a status other than verified, an https source, a date and a pattern per language', () => {
    for (const [id, fact] of Object.entries(UNCONFIRMED_FACTS)) {
      expect(needsMarker(fact.status), id).toBe(true);
      expect(fact.source, id).toMatch(/^https:\/\/[^\s]+$/);
      expect(fact.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const pattern of [fact.states.nb, fact.states.en]) expect(() => new RegExp(pattern, 'iu')).not.toThrow();
    }
  });
});
