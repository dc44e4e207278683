// The errors the DSOP APIs themselves return (not Maskinporten's): a fact table, each row with its source
// (/work/shared/facts/process.md §6). Apart from the recogniser (api-errors.ts), so the troubleshooting page's
// table loads only the facts.
import type {FactStatus} from './fact-status';

export type ApiId = 'skatteetaten' | 'inntekt' | 'inntektsmottakere' | 'tjenestepensjonsavtale' | 'nav-otp';

export interface ApiErrorEntry {
  readonly api: ApiId;
  /** The error code in the response body, e.g. `IM-004` or `AA-101`. */
  readonly code: string;
  /** HTTP status of the response. NAV sends 200 for query errors. */
  readonly httpStatus: number;
  /** NAV's `classification`, where the source gives one. */
  readonly classification?: string;
  readonly meaning: {readonly nb: string; readonly en: string};
  readonly fix: {readonly nb: string; readonly en: string};
  readonly source: string;
  readonly checked: string;
  /** `unverified` when the source is older than the live page; absent means verified. */
  readonly status?: FactStatus;
  /** Why the row is not verified, shown beside the «ikke bekreftet» marker. */
  readonly unverified?: {readonly nb: string; readonly en: string};
}

/** The API's name as its owner writes it (the same in both languages). */
export const API_NAMES: Readonly<Record<ApiId, string>> = {
  skatteetaten: 'Skatteetaten',
  inntekt: 'Skatteetaten Inntekt API',
  inntektsmottakere: 'Skatteetaten Inntektsmottakere API',
  tjenestepensjonsavtale: 'Skatteetaten Tjenestepensjonsavtale API',
  'nav-otp': 'NAV Aa-registeret OTP API',
};

const SKE_FEIL = 'https://skatteetaten.github.io/api-dokumentasjon/om/feil';
const SKE_INNTEKT = 'https://skatteetaten.github.io/api-dokumentasjon/api/inntekt';
const SKE_MOTTAKERE = 'https://skatteetaten.github.io/api-dokumentasjon/api/inntektsmottakere';
const SKE_TPA = 'https://skatteetaten.github.io/api-dokumentasjon/api/tjenestepensjonsavtale';
const NAV_OTP = 'https://navikt.github.io/aareg/tjenester/integrasjon/otp-api/';
const C = '2026-11-25';

type Text = {readonly nb: string; readonly en: string};

const UNEXPECTED: Text = {nb: 'Uventet feil på tjenesten.', en: 'Unexpected error in the service.'};
const UNEXPECTED_BACKEND: Text = {
  nb: 'Uventet feil i et bakenforliggende system.',
  en: 'Unexpected error in a system behind the API.',
};
const RETRY: Text = {
  nb: 'Prøv igjen senere. Varer feilen, kontakt Skatteetaten med korrelasjonsid-en fra svaret.',
  en: 'Try again later. If it persists, contact Skatteetaten with the korrelasjonsid (correlation id) from the response.',
};
const UNKNOWN_URL: Text = {nb: 'Ukjent URL.', en: 'Unknown URL.'};
const FIX_URL: Text = {
  nb: 'Kontroller adressen mot API-adressene for miljøet (uten skråstrek til slutt).',
  en: "Check the address against the environment's API addresses (no trailing slash).",
};
const AUTHN: Text = {
  nb: 'Autentiseringen feilet: API-et godtok ikke tokenet.',
  en: 'Authentication failed: the API did not accept the token.',
};
const FIX_AUTHN: Text = {
  nb: 'Send tokenet i Authorization: Bearer, hent nytt token om det er utløpt, og bruk token fra samme miljø som API-et.',
  en: 'Send the token in Authorization: Bearer, fetch a new token if it has expired, and use a token from the same environment as the API.',
};
const AUTHZ: Text = {
  nb: 'Autorisasjonen feilet: tokenet er gyldig, men gir ikke tilgang.',
  en: 'Authorisation failed: the token is valid but gives no access.',
};
const FIX_AUTHZ: Text = {
  nb: 'Kontroller scopet i tokenet og at organisasjonsnummeret i consumer har tilgang hos Skatteetaten (for en leverandør: at delegeringen finnes).',
  en: 'Check the scope in the token and that the organisation number in consumer has access at Skatteetaten (for a vendor: that the delegation exists).',
};
const VALIDATION: Text = {nb: 'Inndataene er ugyldige.', en: 'The input is invalid.'};
const FIX_VALIDATION: Text = {
  nb: 'Kontroller parameterne mot API-dokumentasjonen, f.eks. formatet på identifikator og periode.',
  en: 'Check the parameters against the API documentation, e.g. the format of the identifier and the period.',
};
const NOT_ACCEPTABLE: Text = {
  nb: 'API-et svarer bare med JSON eller XML.',
  en: 'The API answers only with JSON or XML.',
};
const FIX_ACCEPT: Text = {
  nb: 'Send Accept: application/json (eller application/xml).',
  en: 'Send Accept: application/json (or application/xml).',
};

function ske(api: ApiId, code: string, httpStatus: number, meaning: Text, fix: Text, source: string): ApiErrorEntry {
  return {api, code, httpStatus, meaning, fix, source, checked: C};
}

/** The per-API codes 001–006 are the same in all three Skatteetaten APIs, under each API's prefix. */
function skeCommon(api: ApiId, prefix: string, source: string): ApiErrorEntry[] {
  return [
    ske(api, `${prefix}-001`, 500, UNEXPECTED, RETRY, source),
    ske(api, `${prefix}-002`, 500, UNEXPECTED_BACKEND, RETRY, source),
    ske(api, `${prefix}-003`, 404, UNKNOWN_URL, FIX_URL, source),
    ske(api, `${prefix}-004`, 401, AUTHN, FIX_AUTHN, source),
    ske(api, `${prefix}-005`, 403, AUTHZ, FIX_AUTHZ, source),
    ske(api, `${prefix}-006`, 400, VALIDATION, FIX_VALIDATION, source),
  ];
}

const NAV_OLD: Text = {
  nb: 'Kilden er NAVs eldre OTP-side; at dagens side har samme feilmodell, er ikke bekreftet.',
  en: "The source is NAV's older OTP page; that the current page keeps the same error model is not confirmed.",
};

function nav(code: string, classification: string, meaning: Text, fix: Text): ApiErrorEntry {
  return {
    api: 'nav-otp',
    code,
    httpStatus: 200,
    classification,
    meaning,
    fix,
    source: NAV_OTP,
    checked: C,
    status: 'unverified',
    unverified: NAV_OLD,
  };
}

const FIX_NAV_VALUE: Text = {
  nb: 'Rett verdien i spørringen (organisasjonsnummer, fødselsnummer eller måned på formen åååå-mm).',
  en: 'Correct the value in the query (organisation number, national identity number, or month as yyyy-mm).',
};

export const API_ERRORS: readonly ApiErrorEntry[] = [
  // Common Skatteetaten codes (DAS), from the general error page.
  ske('skatteetaten', 'DAS-001', 500, UNEXPECTED, RETRY, SKE_FEIL),
  ske(
    'skatteetaten',
    'DAS-002',
    404,
    {nb: 'URL-en svarer ikke til et gyldig endepunkt.', en: 'The URL is not a valid endpoint.'},
    FIX_URL,
    SKE_FEIL,
  ),
  ske(
    'skatteetaten',
    'DAS-008',
    403,
    {nb: 'Ikke autorisert for tilgang til ressursen.', en: 'Not authorised to access the resource.'},
    FIX_AUTHZ,
    SKE_FEIL,
  ),

  // Inntekt API
  ...skeCommon('inntekt', 'IM', SKE_INNTEKT),
  ske(
    'inntekt',
    'IM-007',
    404,
    {nb: 'Ikke treff på oppgitt personidentifikator.', en: 'No match for the given personal identifier.'},
    {
      nb: 'Kontroller identifikatoren; i test: bruk en testperson fra Tenor.',
      en: 'Check the identifier; in test, use a test person from Tenor.',
    },
    SKE_INNTEKT,
  ),
  ske(
    'inntekt',
    'IM-008',
    404,
    {
      nb: 'Ingen inntektsopplysninger for identifikatoren og perioden (f.eks. fordi de er slettet).',
      en: 'No income data for the identifier and period (for example because it was deleted).',
    },
    {
      nb: 'Kontroller perioden. For otp må den ligge innenfor virkningsperioden.',
      en: 'Check the period. For otp it must lie within the period of effect (virkningsperioden).',
    },
    SKE_INNTEKT,
  ),
  ske('inntekt', 'IM-009', 406, NOT_ACCEPTABLE, FIX_ACCEPT, SKE_INNTEKT),
  ske(
    'inntekt',
    'IM-010',
    403,
    {nb: 'Feil i forbindelse med samtykke.', en: 'An error related to consent.'},
    {
      nb: 'Kontroller at grunnlaget for oppslaget finnes. (DSOPs FAQ bruker IM-010 om «ingen informasjon» – det er IM-008 i dagens tabell.)',
      en: 'Check that the basis for the lookup exists. (DSOP\'s FAQ uses IM-010 for "no information" – that is IM-008 in the current table.)',
    },
    SKE_INNTEKT,
  ),

  // Inntektsmottakere API
  ...skeCommon('inntektsmottakere', 'IM', SKE_MOTTAKERE),
  ske(
    'inntektsmottakere',
    'IM-007',
    404,
    {nb: 'Ingen data funnet for angitt søk.', en: 'No data found for the search.'},
    {
      nb: 'Kontroller søket. For otp må perioden ligge innenfor avtaleperioden.',
      en: 'Check the search. For otp the period must lie within the agreement period.',
    },
    SKE_MOTTAKERE,
  ),
  ske('inntektsmottakere', 'IM-008', 406, NOT_ACCEPTABLE, FIX_ACCEPT, SKE_MOTTAKERE),

  // Tjenestepensjonsavtale API
  ...skeCommon('tjenestepensjonsavtale', 'OTP', SKE_TPA),
  ske(
    'tjenestepensjonsavtale',
    'OTP-007',
    404,
    {nb: 'Ingen data funnet på oppgitte inputparametere.', en: 'No data found for the given input parameters.'},
    {
      nb: 'Kontroller parameterne, og at avtaleforholdet er rapportert.',
      en: 'Check the parameters, and that the agreement has been reported.',
    },
    SKE_TPA,
  ),
  ske('tjenestepensjonsavtale', 'OTP-008', 406, NOT_ACCEPTABLE, FIX_ACCEPT, SKE_TPA),

  // NAV Aa-registeret OTP API (GraphQL): errors in a 200 response.
  nav(
    'AA-051',
    'ValidationError',
    {nb: 'Ugyldig verdi for opplysningspliktigId.', en: 'Invalid value for opplysningspliktigId.'},
    FIX_NAV_VALUE,
  ),
  nav(
    'AA-052',
    'ValidationError',
    {nb: 'Ugyldig verdi for arbeidstakerId.', en: 'Invalid value for arbeidstakerId.'},
    FIX_NAV_VALUE,
  ),
  nav(
    'AA-053',
    'ValidationError',
    {nb: 'Ugyldig verdi for ansattFraMaaned.', en: 'Invalid value for ansattFraMaaned.'},
    FIX_NAV_VALUE,
  ),
  nav(
    'AA-054',
    'ValidationError',
    {nb: 'Ugyldig verdi for ansattTilMaaned.', en: 'Invalid value for ansattTilMaaned.'},
    FIX_NAV_VALUE,
  ),
  nav(
    'AA-055',
    'ValidationError',
    {nb: 'ansattTilMaaned er før ansattFraMaaned.', en: 'ansattTilMaaned is before ansattFraMaaned.'},
    {nb: 'Bytt om eller rett månedene.', en: 'Swap or correct the months.'},
  ),
  nav(
    'AA-056',
    'ValidationError',
    {nb: 'Ugyldig verdi for rapporteringFraMaaned.', en: 'Invalid value for rapporteringFraMaaned.'},
    FIX_NAV_VALUE,
  ),
  nav(
    'AA-057',
    'ValidationError',
    {nb: 'Ugyldig verdi for rapporteringTilMaaned.', en: 'Invalid value for rapporteringTilMaaned.'},
    FIX_NAV_VALUE,
  ),
  nav(
    'AA-058',
    'ValidationError',
    {
      nb: 'rapporteringTilMaaned er før rapporteringFraMaaned.',
      en: 'rapporteringTilMaaned is before rapporteringFraMaaned.',
    },
    {nb: 'Bytt om eller rett månedene.', en: 'Swap or correct the months.'},
  ),
  nav(
    'AA-101',
    'ExecutionAborted',
    {nb: 'Mangler tilgang for en eller flere perioder.', en: 'No access for one or more periods.'},
    {
      nb: 'NAV sjekker avtalen i Tjenestepensjonsavtale API: kontroller at avtaleforholdet er rapportert for periodene.',
      en: 'NAV checks the agreement in the Tjenestepensjonsavtale API: check that the agreement has been reported for the periods.',
    },
  ),
  nav(
    'AA-102',
    'ExecutionAborted',
    {nb: 'Ingen tilgang grunnet skjerming.', en: 'No access because the person is shielded (skjerming).'},
    {nb: 'Opplysningene er skjermet og kan ikke hentes.', en: 'The data is shielded and cannot be fetched.'},
  ),
  nav(
    'AA-201',
    'ExecutionAborted',
    {nb: 'En ukjent feil oppstod.', en: 'An unknown error occurred.'},
    {
      nb: 'Prøv igjen senere. Varer feilen, kontakt NAV med correlation-id fra svaret.',
      en: 'Try again later. If it persists, contact NAV with the correlation-id from the response.',
    },
  ),
];

/** The anchor of a row on the troubleshooting page, e.g. `api-inntekt-im-004`. */
export function apiErrorAnchor(entry: Pick<ApiErrorEntry, 'api' | 'code'>): string {
  return `api-${entry.api}-${entry.code.toLowerCase()}`;
}
