// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import SequenceDiagram from '@site/src/components/SequenceDiagram';

afterEach(cleanup);

const SOURCE = `
autonumber
participant F as Fagsystem
participant M as Maskinporten
F->>M: POST /token
M-->>F: access_token
`;

describe('SequenceDiagram', () => {
  it('is one image named by its title and described in words, step by step', () => {
    render(<SequenceDiagram title="Tokenflyten" source={SOURCE} />);
    const svg = screen.getByRole('img', {name: 'Tokenflyten'});
    const desc = document.getElementById(svg.getAttribute('aria-describedby')!);
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(desc?.textContent).toBe(
      'Deltakere: Fagsystem, Maskinporten. 1. Fagsystem til Maskinporten: POST /token. 2. Maskinporten til Fagsystem: access_token.',
    );
    // The labels and messages are SVG text (selectable), not paths.
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Fagsystem', 'Maskinporten', 'POST /token', 'access_token']));
    expect(svg.querySelectorAll('[data-message]')).toHaveLength(2);
    expect(svg.querySelector('[data-message="2"] polyline')?.getAttribute('class')).toMatch(/reply/);
  });

  it('sits in a keyboard-scrollable region named like the diagram', () => {
    render(<SequenceDiagram title="Tokenflyten" source={SOURCE} />);
    const region = screen.getByRole('region', {name: 'Tokenflyten'});
    expect(region.tabIndex).toBe(0);
  });

  it('stops the build with the line that is wrong', () => {
    expect(() => render(<SequenceDiagram title="Feil" source={'A->>B: ok\nA -> B: one dash'} />)).toThrow(
      /line 2: unknown-statement/,
    );
  });
});
