// @vitest-environment jsdom
// The "changed since version X" note that src/theme/DocItem/Content adds above an archived guide page. No archived
// page has newer rows in today's content, so the built site cannot show it; this renders the wrapper with the
// endringslogg plugin's global data as the theme would pass it.
import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import type {ChangelogGlobalData} from '@site/plugins/endringslogg/types';

const state = vi.hoisted(() => ({permalink: '/docs/2023/scopes', data: undefined as unknown}));

vi.mock('@docusaurus/plugin-content-docs/client', () => ({useDoc: () => ({metadata: {permalink: state.permalink}})}));
vi.mock('@docusaurus/useGlobalData', () => ({
  usePluginData: (name: string) => (name === 'endringslogg' ? state.data : undefined),
}));

const {default: ContentWrapper} = await import('@site/src/theme/DocItem/Content');

afterEach(cleanup);

/** The theme's own page content (test/unit/mocks/theme-original.tsx). */
const page = (): HTMLElement => document.querySelector<HTMLElement>('[data-theme-original]')!;

const data: ChangelogGlobalData = {
  notes: {
    '/docs/2023/scopes': {
      version: '2023',
      href: '/docs/scopes',
      rows: [
        {date: '2026-12-01', text: 'Nytt scope for Skatteetaten'},
        {date: '2025-03-04', text: 'Rettet en lenke'},
      ],
    },
  },
};

describe('the "changed since" note on an archived guide page', () => {
  it('lists the newer rows of the current page, dated dd.mm.yyyy, and links to it, above the page', () => {
    state.permalink = '/docs/2023/scopes';
    state.data = data;
    render(<ContentWrapper>Sidens tekst</ContentWrapper>);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Endret siden versjon 2023');
    const rows = [...note.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['01.12.2026: Nytt scope for Skatteetaten', '04.03.2025: Rettet en lenke']);
    expect(note.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-01');
    expect(screen.getByRole('link', {name: 'Les den nyeste versjonen av siden'}).getAttribute('href')).toBe(
      '/docs/scopes',
    );
    // The note comes before the page's own content.
    expect(note.compareDocumentPosition(page()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(page().textContent).toBe('Sidens tekst');
  });

  it('renders the page as it is when it has no note, or without the plugin', () => {
    state.permalink = '/docs/scopes';
    state.data = data;
    render(<ContentWrapper>Sidens tekst</ContentWrapper>);
    expect(screen.queryByRole('note')).toBeNull();
    cleanup();
    state.permalink = '/docs/2023/scopes';
    state.data = undefined;
    render(<ContentWrapper>Sidens tekst</ContentWrapper>);
    expect(screen.queryByRole('note')).toBeNull();
    expect(page().textContent).toBe('Sidens tekst');
  });
});
