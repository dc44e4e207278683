// The DSOP ajourhold scopes and the related scopes that show up in pasted text, with their APIs, base URLs and
// Altinn rights: a fact table, apart from the scope checker (scopes.ts), so a page's table loads only the facts.

export type ScopeOwner = 'Skatteetaten' | 'NAV';

export interface DsopScope {
  readonly scope: string;
  readonly owner: ScopeOwner;
  readonly api: string;
  readonly testBaseUrl: string;
  readonly prodBaseUrl: string;
  /** The right the pension institution delegates to its vendor in Altinn, as DSOP names it. */
  readonly altinnRight: string;
  /** The provider's own name for the same right, where it differs. */
  readonly altinnRightProviderName?: string;
  /** Page confirming the scope; base URLs are from `baseUrlSource`. */
  readonly source: string;
  readonly baseUrlSource: string;
  readonly checked: string;
}

const DSOP_FAQ = 'https://bitsnorge.github.io/dsop-documentation/dsop_ajourhold_faq.html';
const SKE_URLS = 'https://skatteetaten.github.io/api-dokumentasjon/om/url';
const NAV_OTP = 'https://navikt.github.io/aareg/tjenester/integrasjon/otp-api/';

export const DSOP_SCOPES: readonly DsopScope[] = [
  {
    scope: 'skatteetaten:inntekt',
    owner: 'Skatteetaten',
    api: 'Inntekt',
    testBaseUrl: 'https://inntekt.api.skatteetaten-test.no/v1',
    prodBaseUrl: 'https://inntekt.api.skatteetaten.no/v1',
    altinnRight: 'Inntekt API - På vegne av',
    source: 'https://skatteetaten.github.io/api-dokumentasjon/api/inntekt',
    baseUrlSource: SKE_URLS,
    checked: '2026-11-25',
  },
  {
    scope: 'skatteetaten:inntektsmottakere',
    owner: 'Skatteetaten',
    api: 'Inntektsmottakere',
    testBaseUrl: 'https://inntektsmottakere.api.skatteetaten-test.no/v1',
    prodBaseUrl: 'https://inntektsmottakere.api.skatteetaten.no/v1',
    altinnRight: 'Inntektsmottakere API',
    altinnRightProviderName: 'Inntektsmottakere API - På vegne av',
    source: 'https://skatteetaten.github.io/api-dokumentasjon/api/inntektsmottakere',
    baseUrlSource: SKE_URLS,
    checked: '2026-11-25',
  },
  {
    scope: 'skatteetaten:tjenestepensjonsavtale',
    owner: 'Skatteetaten',
    api: 'Tjenestepensjonsavtale',
    testBaseUrl: 'https://tjenestepensjonsavtale.api.skatteetaten-test.no/v1',
    prodBaseUrl: 'https://tjenestepensjonsavtale.api.skatteetaten.no/v1',
    altinnRight: 'Tjenestepensjonsavtale API',
    altinnRightProviderName: 'Tjenestepensjonsavtale API - På vegne av',
    source: 'https://skatteetaten.github.io/api-dokumentasjon/api/tjenestepensjonsavtale',
    baseUrlSource: SKE_URLS,
    checked: '2026-11-25',
  },
  {
    scope: 'nav:aareg/v1/arbeidsforhold/otp',
    owner: 'NAV',
    api: 'Arbeidsforholdsopplysninger (Aa-registeret OTP API)',
    testBaseUrl: 'https://arbeidsforhold-gw.ekstern.dev.nav.no/aareg/v1/arbeidsforhold/otp/graphql',
    prodBaseUrl: 'https://arbeidsforhold-gw.nav.no/aareg/v1/arbeidsforhold/otp/graphql',
    altinnRight: 'Aa-registeret OTP API',
    source: NAV_OTP,
    baseUrlSource: NAV_OTP,
    checked: '2026-11-25',
  },
];

/** The DSOP FAQ lists all four ajourhold scopes in one table. */
export const DSOP_SCOPES_SOURCE = DSOP_FAQ;

export interface RelatedScope {
  readonly scope: string;
  readonly owner: string;
  readonly api: string;
  readonly note: string;
  readonly source: string;
  readonly checked: string;
}

/** Real scopes that are not part of ajourhold but show up in pasted text (e.g. the seed's garbled scope). */
export const RELATED_SCOPES: readonly RelatedScope[] = [
  {
    scope: 'lanekassen:lan/v1/saldoopplysninger',
    owner: 'Lånekassen',
    api: 'Saldo på studielån',
    note: 'DSOP "Saldo på studielån", not ajourhold.',
    source: 'https://github.com/henniiing/DSOP-Dokumentasjon',
    checked: '2026-11-25',
  },
  {
    scope: 'skatteetaten:pensjonsgivendeinntekt',
    owner: 'Skatteetaten',
    api: 'Pensjonsgivende inntekt',
    note: 'Not ajourhold.',
    source: 'https://skatteetaten.github.io/api-dokumentasjon/api/pgi',
    checked: '2026-11-25',
  },
];

/** Scope syntax: RFC 6749 §3.3 scope-token = 1*( %x21 / %x23-5B / %x5D-7E ), space separated. */
export const SCOPE_SYNTAX_SOURCE = 'https://www.rfc-editor.org/rfc/rfc6749#section-3.3';
