import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import sidebars from '../../sidebars';
import {GUIDE_PATH, GUIDE_SIDEBAR} from '../../src/lib/guide-path';

const EN = 'i18n/en/docusaurus-plugin-content-docs/current';

/** The page ids the numbered list under a heading links to, in order (`[…](./id.mdx…)`). */
function stepTargets(file: string, headingId: string): string[] {
  const source = readFileSync(file, 'utf8');
  const start = source.indexOf(`{#${headingId}\\}`);
  expect(start, `${file} has #${headingId}`).toBeGreaterThan(0);
  const section = source.slice(start, source.indexOf('\n## ', start + 1));
  const items = section.split('\n').filter((line) => /^\d+\. /.test(line) || /^ {3}\S/.test(line));
  const ids: string[] = [];
  let current = '';
  for (const line of items) {
    if (/^\d+\. /.test(line)) {
      if (current) ids.push(current);
      current = '';
    }
    const links = [...line.matchAll(/\]\(\.\/([\w-]+)\.mdx/g)].map((m) => m[1] ?? '');
    const last = links.at(-1);
    if (last) current = last;
  }
  if (current) ids.push(current);
  return ids;
}

describe('one order everywhere', () => {
  it('the sidebar is the guide path, with the overview and getting started first and the glossary last', () => {
    expect(sidebars.guide).toEqual([...GUIDE_SIDEBAR]);
    expect(GUIDE_SIDEBAR.slice(2, 2 + GUIDE_PATH.length)).toEqual([...GUIDE_PATH]);
  });

  it("the overview's steps follow the guide path, in both locales", () => {
    for (const file of ['docs/oversikt.mdx', `${EN}/oversikt.mdx`]) {
      expect(stepTargets(file, 'steg-for-steg'), file).toEqual([...GUIDE_PATH]);
    }
  });

  it('the home page builds its step cards from the guide path', () => {
    const source = readFileSync('src/pages/index.tsx', 'utf8');
    expect(source).toContain('GUIDE_PATH.map(');
    expect(source).toContain('Record<GuideStepId,');
  });

  it('every step of both getting-started tracks links to a page, and both locales link the same pages', () => {
    const targets = (file: string): string[][] => {
      const source = readFileSync(file, 'utf8');
      return source
        .split('<Track ')
        .slice(1)
        .map((track) => [...track.matchAll(/\]\(\.\/([\w-]+)\.mdx(#[\w-]+)?\)/g)].map((m) => `${m[1]}${m[2] ?? ''}`));
    };
    const nb = targets('docs/kom-i-gang.mdx');
    expect(nb).toHaveLength(2);
    expect(targets(`${EN}/kom-i-gang.mdx`)).toEqual(nb);
    for (const track of nb) for (const id of track) expect(GUIDE_SIDEBAR, id).toContain(id.split('#')[0]);
  });
});
