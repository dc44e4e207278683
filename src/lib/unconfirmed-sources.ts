// Where each claim of src/lib/unconfirmed.ts comes from, by its id: all that the «ikke bekreftet» marker
// (src/components/NotConfirmed) needs, kept apart from the claims' text patterns (used by the content check
// only), so a page's bundle carries the links and not the patterns.

/** Digdir's unpublished drafts of the new self-service guide (a personal fork of felleslosninger/docs). */
const DRAFT_ACCESS =
  'https://github.com/thorsortevik/docs/blob/ec0fe0f990783271c4a14d150ebb19db04db070b/_docs/Selvbetjening/selvbetjening_tilgang.md';
const DRAFT_CLIENT =
  'https://github.com/thorsortevik/docs/blob/7c8252d8f837c00db5915aec8e2afa5fbcd12f11/_docs/Selvbetjening/selvbetjening_opprette_maskinporten_klient.md';
const ALTINN_CLIENT = 'https://docs.altinn.studio/nb/authorization/getting-started/maskinportenclient';
const NAV_OTP = 'https://navikt.github.io/aareg/tjenester/integrasjon/otp-api/';

export const UNCONFIRMED_SOURCES = {
  'ansattporten-test': DRAFT_ACCESS,
  'portal-access-request': DRAFT_ACCESS,
  'client-settings-fixed': DRAFT_CLIENT,
  'delegable-scopes-new-portal': 'https://docs.digdir.no/docs/Maskinporten/maskinporten_guide_apikonsument',
  'two-keys': ALTINN_CLIENT,
  'seid1-last-expiry': 'https://samarbeid.digdir.no/digital-postkasse/ny-europeisk-standard-sertifikater-seid-20/951',
  'test-issuer-heuristic': 'https://github.com/magnuswatn/sertifikatsok/blob/main/api/sertifikatsok/constants.py',
  'nav-errors-200': NAV_OTP,
  'nav-aa101-agreement': NAV_OTP,
  'four-tokens': 'https://docs.digdir.no/docs/Maskinporten/maskinporten_guide_apikonsument',
  'dsop-onboarding-current': 'https://dokumentasjon.dsop.no/dsop_ajourhold_onboarding.html',
  'skatteetaten-ip': 'https://skatteetaten.github.io/api-dokumentasjon/om/sikkerhet',
} as const satisfies Record<string, string>;

export type UnconfirmedFactId = keyof typeof UNCONFIRMED_SOURCES;
