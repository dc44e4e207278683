/**
 * Where each section of the old DSOP page «Integrasjon mot Maskinporten» lives now. The old page's addresses
 * redirect to LEGACY_ANCHOR_PAGE (redirects.ts) and keep their `#anchor`; a bookmark to a section
 * (`/dsop_ajourhold_Integrasjonmaskinporten.html#virksomhetssertifikat`) is then sent on to that section's new
 * page by a small hop in src/theme/Root.tsx, which loads this table only when it meets such an anchor.
 */
import {decodeUriComponent} from './safe-parse';

/** The page every old DSOP address redirects to (redirects.ts); a unit test keeps the two in step. */
export const LEGACY_ANCHOR_PAGE = '/docs/oversikt';

export interface LegacyAnchor {
  /** The old page's heading ids, as Docusaurus (github-slugger) and the Jekyll site (kramdown) wrote them. */
  readonly anchors: readonly string[];
  /** The new page, a site path without locale prefix (`/docs/…`), and the section on it, if any. */
  readonly to: string;
  /** The old page the anchors are read from, and when they were checked against it. */
  readonly source: string;
  readonly checked: string;
}

const SOURCE = 'versioned_docs/version-2023/dsop_ajourhold_Integrasjonmaskinporten.mdx (the DSOP page as published)';
const CHECKED = '2026-12-01';

export const LEGACY_ANCHORS: readonly LegacyAnchor[] = [
  {anchors: ['maskinporten'], to: '/docs/oversikt#hva-er-maskinporten', source: SOURCE, checked: CHECKED},
  // Firewall IP addresses first, then VER2 -> TEST: the section opens with the firewall change.
  {anchors: ['endringer-i-2023', 'changes-in-2023'], to: '/docs/miljoer#brannmur', source: SOURCE, checked: CHECKED},
  // «Oppretting av tokens» gave the token endpoint and aud: today's section on the token endpoint.
  {
    anchors: ['oppretting-av-tokens', 'creating-tokens'],
    to: '/docs/miljoer#token-endepunkt',
    source: SOURCE,
    checked: CHECKED,
  },
  {
    anchors: ['opprette-klient', 'create-a-client'],
    to: '/docs/klient-og-integrasjon#samarbeidsportalen',
    source: SOURCE,
    checked: CHECKED,
  },
  {
    anchors: ['opprette-integrasjon', 'create-an-integration'],
    to: '/docs/klient-og-integrasjon#opprette-integrasjon',
    source: SOURCE,
    checked: CHECKED,
  },
  {
    // The whole delegation page is that section, its introduction first.
    anchors: [
      'pensjonsinnretning-som-benytter-ekstern-leverandør',
      'pensjonsinnretning-som-benytter-ekstern-leverandr',
      'pensjonsinnretning-som-benytter-ekstern-leverandor',
      'pension-institution-that-uses-an-external-vendor',
    ],
    to: '/docs/delegering',
    source: SOURCE,
    checked: CHECKED,
  },
  {
    anchors: ['virksomhetssertifikat', 'business-certificate'],
    to: '/docs/virksomhetssertifikat',
    source: SOURCE,
    checked: CHECKED,
  },
  {
    anchors: ['maskinporten-og-consumer', 'maskinporten-and-consumer'],
    to: '/docs/consumer-og-supplier#consumer',
    source: SOURCE,
    checked: CHECKED,
  },
];

/** `#Virksomhets%C3%B8…` and `virksomhetsø…` alike: decoded, lowercased, NFC. Undecodable input stays as it is. */
function normaliseAnchor(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  // A stray `%` in a hand-typed address: compare it undecoded.
  const decoded = decodeUriComponent(raw) ?? raw;
  return decoded.normalize('NFC').toLowerCase();
}

/**
 * The new `path#anchor` (or path) for an anchor of the old DSOP page, or undefined when it is none of them.
 * Takes the hash with or without `#`, percent-encoded or not; never throws.
 */
export function resolveLegacyAnchor(hash: string): string | undefined {
  const anchor = normaliseAnchor(hash);
  if (anchor === '') return undefined;
  return LEGACY_ANCHORS.find((row) => row.anchors.includes(anchor))?.to;
}
