// The one path from nothing to a working token. The sidebar (and so "Neste"), the home page cards, the
// overview's step list and both getting-started tracks follow this order: `node test/content/run.mjs --built build`
// checks the built pages (test/content/guide-order.mjs), as the reader gets them.

export const GUIDE_PATH = [
  'miljoer',
  'virksomhetssertifikat',
  'klient-og-integrasjon',
  'scopes',
  'delegering',
  'kodeeksempler',
  'consumer-og-supplier',
  'testdata',
  'kalle-api-ene',
  'feilsoking',
] as const;

export type GuideStepId = (typeof GUIDE_PATH)[number];

/** Pages before the path (what it is, the whole way in one page) and after it (reference). */
export const GUIDE_BEFORE = ['oversikt', 'kom-i-gang'] as const;
export const GUIDE_AFTER = ['nokkelpar', 'sjekk-i-ci-og-test-lokalt', 'ordliste'] as const;

/** The sidebar in reading order. */
export const GUIDE_SIDEBAR: readonly string[] = [...GUIDE_BEFORE, ...GUIDE_PATH, ...GUIDE_AFTER];
