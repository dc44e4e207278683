import {describe, expect, it} from 'vitest';
import sidebars from '../../sidebars';
import {GUIDE_PATH, GUIDE_SIDEBAR} from '../../src/lib/guide-path';
import * as order from './guide-order.mjs';

interface Problem {
  file: string;
  line: number;
  message: string;
  fix: string;
}
interface Page {
  file: string;
  html: string;
}
const {checkGuideOrder, homeSteps, overviewSteps, trackSteps} = order as {
  checkGuideOrder(
    pages: {home: Page; overview: Page; gettingStarted: Page},
    path: readonly string[],
    who: string,
  ): Problem[];
  homeSteps(html: string): string[];
  overviewSteps(html: string): string[];
  trackSteps(html: string): {track: string; steps: {text: string; pages: string[]}[]}[];
};

// Built HTML as Docusaurus writes it: minified, attribute values quoted or not.
const link = (id: string, label = id): string => `<a href=/docs/${id}>${label}</a>`;
const home = (ids: readonly string[], tracks = ['selv', 'leverandor']): string =>
  `<main>${tracks.map((t) => `<a class=card data-track-entry=${t} href=/docs/kom-i-gang#spor-${t}>x</a>`).join('')}` +
  `<section aria-labelledby=steps><h2 id=steps>Steg</h2><ul>${ids.map((id) => `<li>${link(id)}</li>`).join('')}</ul></section>` +
  `<section aria-labelledby=tools><a href=/verktoy>v</a></section></main>`;
const overview = (ids: readonly string[]): string =>
  `<h2 id=steg-for-steg>Steg for steg</h2><p>${link('kom-i-gang')}</p><ol>${ids
    .map((id) => `<li>Gjør det: ${link(id)}</li>`)
    .join('')}</ol><h2 id="verktoy">Verktøy</h2><a href=/docs/feilsoking>f</a>`;
const track = (id: string, steps: readonly string[]): string =>
  `<section class=track aria-labelledby=spor-${id} data-track=${id}><h3 id=spor-${id}>Spor</h3><ol>${steps
    .map((s) => `<li>${s}</li>`)
    .join('')}</ol></section>`;
const PATH = [...GUIDE_PATH];
const goodTracks =
  track('selv', [
    `<strong>A – Les.</strong> Hvem: alle. ${link('oversikt')}`,
    `Hvem: IT. ${link('miljoer')}`,
    `Hvem: forretning. ${link('kom-i-gang#tilgang-hos-etatene')}`,
    `Hvem: IT. ${link('klient-og-integrasjon#opprette-klient')} og ${link('feilsoking#mp-100')}`,
    `Hvem: IT. ${link('kodeeksempler')}`,
  ]) + track('leverandor', [`Hvem: IT. ${link('miljoer')}`, `Hvem: IT. ${link('delegering#tt02')}`]);
const pages = (
  homeHtml: string,
  overviewHtml: string,
  tracks: string,
): {home: Page; overview: Page; gettingStarted: Page} => ({
  home: {file: 'build/index.html', html: homeHtml},
  overview: {file: 'build/docs/oversikt/index.html', html: overviewHtml},
  gettingStarted: {file: 'build/docs/kom-i-gang/index.html', html: `<article>${tracks}</article>`},
});

describe('one order of steps, as the reader gets it', () => {
  it('the sidebar is the guide path, with the overview and getting started first and the glossary last', () => {
    expect(sidebars.guide).toEqual([...GUIDE_SIDEBAR]);
    expect(GUIDE_SIDEBAR.slice(2, 2 + GUIDE_PATH.length)).toEqual([...GUIDE_PATH]);
  });

  it('reads the steps from minified HTML: the home cards, the overview list and each track', () => {
    expect(homeSteps(home(PATH))).toEqual(PATH);
    expect(overviewSteps(overview(PATH))).toEqual(PATH);
    expect(trackSteps(goodTracks).map((t) => [t.track, t.steps.map((s) => s.pages[0] ?? '')])).toEqual([
      ['selv', ['oversikt', 'miljoer', 'kom-i-gang', 'klient-og-integrasjon', 'kodeeksempler']],
      ['leverandor', ['miljoer', 'delegering']],
    ]);
  });

  it('accepts pages that follow the guide path', () => {
    expect(checkGuideOrder(pages(home(PATH), overview(PATH), goodTracks), PATH, 'Hvem:')).toEqual([]);
  });

  it('names the list that moved a step: the home page, the overview, a track', () => {
    const swapped = [PATH[1]!, PATH[0]!, ...PATH.slice(2)];
    const problems = (p: ReturnType<typeof pages>): string[] => checkGuideOrder(p, PATH, 'Hvem:').map((x) => x.file);
    expect(problems(pages(home(swapped), overview(PATH), goodTracks))).toEqual(['build/index.html']);
    expect(problems(pages(home(PATH), overview(swapped), goodTracks))).toEqual(['build/docs/oversikt/index.html']);
    const backwards = track('selv', [
      `Hvem: IT. ${link('kodeeksempler')}`,
      `Hvem: IT. ${link('klient-og-integrasjon')}`,
    ]);
    const found = checkGuideOrder(
      pages(home(PATH), overview(PATH), backwards + track('leverandor', [])),
      PATH,
      'Hvem:',
    );
    expect(found.map((p) => p.message)).toEqual([
      'sporet «selv», steg 2 lenker til klient-og-integrasjon, som kommer før kodeeksempler i veiledningens rekkefølge',
    ]);
  });

  it('asks every track step to say who does it and to link on, and the home page to lead to each track', () => {
    const tracks = track('selv', [`IT. ${link('miljoer')}`, 'Hvem: IT. Ingen lenke.']) + track('leverandor', []);
    const messages = checkGuideOrder(pages(home(PATH, ['selv']), overview(PATH), tracks), PATH, 'Hvem:').map(
      (p) => p.message,
    );
    expect(messages).toEqual([
      'forsiden har ingen inngang til sporet «leverandor» på Kom i gang',
      'sporet «selv», steg 1 sier ikke hvem som gjør det',
      'sporet «selv», steg 2 lenker ikke videre',
    ]);
  });
});
