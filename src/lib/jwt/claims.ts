// Claim descriptions for the grant (client assertion) and the Maskinporten access token.
// One table per token kind, each row with its source, like jwt.io's claim dictionary.

export type ClaimRequirement = 'required' | 'recommended' | 'optional' | 'conditional';

export interface ClaimDescription {
  readonly name: string;
  readonly location: 'header' | 'claims';
  readonly requirement: ClaimRequirement;
  readonly description: {readonly nb: string; readonly en: string};
  readonly source: string;
  readonly checked: string;
}

const JWTGRANT = 'https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_jwtgrant';
const TOKEN = 'https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_token';
const C = '2026-11-25';

export const GRANT_CLAIMS: readonly ClaimDescription[] = [
  {
    name: 'alg',
    location: 'header',
    requirement: 'required',
    description: {nb: 'Signaturalgoritme: RS256, RS384 eller RS512.', en: 'Signing algorithm: RS256, RS384 or RS512.'},
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'x5c',
    location: 'header',
    requirement: 'conditional',
    description: {
      nb: 'Virksomhetssertifikatet med hele kjeden, som en liste med strenger. x5c eller kid må være med.',
      en: 'The business certificate with the full chain, as an array of strings. Either x5c or kid is required.',
    },
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'kid',
    location: 'header',
    requirement: 'conditional',
    description: {
      nb: 'Viser til et sertifikat eller en nøkkel som er registrert på klienten på forhånd.',
      en: 'Refers to a certificate or key registered on the client beforehand.',
    },
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'aud',
    location: 'claims',
    requirement: 'required',
    description: {
      nb: 'Utstederen (issuer) for Maskinporten-miljøet, med skråstrek til slutt, som én verdi. Token-endepunktet er ikke lenger gyldig.',
      en: "The Maskinporten environment's issuer, with the trailing slash, as a single value. The token endpoint is no longer valid.",
    },
    source: TOKEN,
    checked: C,
  },
  {
    name: 'iss',
    location: 'claims',
    requirement: 'required',
    description: {nb: 'Klient-ID-en.', en: 'The client ID.'},
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'iat',
    location: 'claims',
    requirement: 'required',
    description: {
      nb: 'Utstedt-tidspunkt i UTC (sekunder). Må være innenfor ±10 sekunder av Maskinportens klokke.',
      en: "Issued-at time in UTC (seconds). Must be within ±10 seconds of Maskinporten's clock.",
    },
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'exp',
    location: 'claims',
    requirement: 'required',
    description: {
      nb: 'Utløpstidspunkt i UTC (sekunder). exp − iat kan være høyst 120 sekunder.',
      en: 'Expiry time in UTC (seconds). exp − iat may be at most 120 seconds.',
    },
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'jti',
    location: 'claims',
    requirement: 'recommended',
    description: {
      nb: 'Unik ID for grantet. Et grant kan ikke brukes to ganger (MP-012).',
      en: 'A unique ID for the grant. A grant cannot be used twice (MP-012).',
    },
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'scope',
    location: 'claims',
    requirement: 'required',
    description: {nb: 'Scopene det bes om, skilt med mellomrom.', en: 'The scopes requested, separated by spaces.'},
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'resource',
    location: 'claims',
    requirement: 'optional',
    description: {
      nb: 'Målgruppebegrensning (RFC 8707), som liste. Skatteetaten: ikke bruk.',
      en: 'Audience restriction (RFC 8707), as an array. Skatteetaten: do not set it.',
    },
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'pid',
    location: 'claims',
    requirement: 'optional',
    description: {nb: 'Binder tokenet til én sluttbruker.', en: 'Binds the token to one end user.'},
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'consumer_org',
    location: 'claims',
    requirement: 'optional',
    description: {
      nb: 'Organisasjonsnummeret (9 siffer) til virksomheten leverandøren opptrer på vegne av, ved delegering i Altinn.',
      en: 'The organisation number (9 digits) of the organisation the supplier acts for, with Altinn delegation.',
    },
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'iss_onbehalfof',
    location: 'claims',
    requirement: 'optional',
    description: {
      nb: 'onbehalfof-verdien til en underklient. Kan ikke kombineres med consumer_org.',
      en: 'The onbehalfof value of a sub-client. Cannot be combined with consumer_org.',
    },
    source: JWTGRANT,
    checked: C,
  },
  {
    name: 'authorization_details',
    location: 'claims',
    requirement: 'optional',
    description: {
      nb: 'Rich Authorization Request (RAR); feil her gir MP-301–303.',
      en: 'Rich Authorization Request (RAR); errors here give MP-301–303.',
    },
    source: 'https://docs.digdir.no/docs/Maskinporten/maskinporten_feilsoking',
    checked: C,
  },
];

export const ACCESS_TOKEN_CLAIMS: readonly ClaimDescription[] = [
  {
    name: 'kid',
    location: 'header',
    requirement: 'required',
    description: {nb: 'Maskinportens nøkkel; finnes i JWKS.', en: "Maskinporten's key; found in the JWKS."},
    source: TOKEN,
    checked: C,
  },
  {
    name: 'alg',
    location: 'header',
    requirement: 'required',
    description: {nb: 'RS256, RS384 eller RS512.', en: 'RS256, RS384 or RS512.'},
    source: TOKEN,
    checked: C,
  },
  {
    name: 'iss',
    location: 'claims',
    requirement: 'required',
    description: {
      nb: 'Miljøets utsteder (issuer), f.eks. https://maskinporten.no/.',
      en: "The environment's issuer, e.g. https://maskinporten.no/.",
    },
    source: TOKEN,
    checked: C,
  },
  {
    name: 'client_id',
    location: 'claims',
    requirement: 'required',
    description: {nb: 'Klienten som fikk tokenet.', en: 'The client that received the token.'},
    source: TOKEN,
    checked: C,
  },
  {
    name: 'client_amr',
    location: 'claims',
    requirement: 'required',
    description: {
      nb: 'Hvordan klienten autentiserte seg: private_key_jwt, virksomhetssertifikat, QCForESeal eller CForESeal.',
      en: 'How the client authenticated: private_key_jwt, virksomhetssertifikat, QCForESeal or CForESeal.',
    },
    source: TOKEN,
    checked: C,
  },
  {
    name: 'consumer',
    location: 'claims',
    requirement: 'required',
    description: {
      nb: 'Virksomheten tokenet gjelder: {"authority":"iso6523-actorid-upis","ID":"0192:<orgnr>"}.',
      en: 'The organisation the token is for: {"authority":"iso6523-actorid-upis","ID":"0192:<orgnr>"}.',
    },
    source: TOKEN,
    checked: C,
  },
  {
    name: 'supplier',
    location: 'claims',
    requirement: 'conditional',
    description: {
      nb: 'Leverandøren, bare ved delegering; samme form som consumer.',
      en: 'The supplier, only when delegated; same shape as consumer.',
    },
    source: TOKEN,
    checked: C,
  },
  {
    name: 'delegation_source',
    location: 'claims',
    requirement: 'conditional',
    description: {
      nb: 'Hvor delegeringen kommer fra, f.eks. https://www.altinn.no (bare ved delegering).',
      en: 'Where the delegation comes from, e.g. https://www.altinn.no (only when delegated).',
    },
    source: TOKEN,
    checked: C,
  },
  {
    name: 'scope',
    location: 'claims',
    requirement: 'required',
    description: {nb: 'Scopene som ble gitt.', en: 'The scopes granted.'},
    source: TOKEN,
    checked: C,
  },
  {
    name: 'token_type',
    location: 'claims',
    requirement: 'required',
    description: {nb: 'Alltid "Bearer".', en: 'Always "Bearer".'},
    source: TOKEN,
    checked: C,
  },
  {
    name: 'aud',
    location: 'claims',
    requirement: 'optional',
    description: {
      nb: '"unspecified" uten målgruppebegrensning; ellers resource fra grantet. Skatteetaten forventer "unspecified".',
      en: '"unspecified" without audience restriction; otherwise the grant\'s resource. Skatteetaten expects "unspecified".',
    },
    source: 'https://docs.digdir.no/docs/Maskinporten/maskinporten_func_audience_restricted_tokens',
    checked: C,
  },
  {
    name: 'pid',
    location: 'claims',
    requirement: 'conditional',
    description: {
      nb: 'Sluttbrukeren, bare for pid-begrensede token.',
      en: 'The end user, only for pid-restricted tokens.',
    },
    source: 'https://docs.digdir.no/docs/Maskinporten/maskinporten_func_pid_restricted_tokens',
    checked: C,
  },
  {
    name: 'client_orgno',
    location: 'claims',
    requirement: 'optional',
    description: {
      nb: 'Klienteierens organisasjonsnummer (sett i Digdirs eksempel, ikke i claim-tabellen).',
      en: "The client owner's organisation number (seen in Digdir's example, not in the claim table).",
    },
    source: 'https://docs.digdir.no/docs/Maskinporten/maskinporten_func_delegering',
    checked: C,
  },
  {
    name: 'exp',
    location: 'claims',
    requirement: 'required',
    description: {nb: 'Utløpstidspunkt (sekunder).', en: 'Expiry time (seconds).'},
    source: TOKEN,
    checked: C,
  },
  {
    name: 'iat',
    location: 'claims',
    requirement: 'required',
    description: {nb: 'Utstedt-tidspunkt (sekunder).', en: 'Issued-at time (seconds).'},
    source: TOKEN,
    checked: C,
  },
  {
    name: 'jti',
    location: 'claims',
    requirement: 'required',
    description: {nb: 'Tokenets unike ID.', en: "The token's unique ID."},
    source: TOKEN,
    checked: C,
  },
];

/** Claims Maskinporten accepts in a grant body; anything else gives "Invalid assertion". */
export const GRANT_BODY_CLAIM_NAMES: ReadonlySet<string> = new Set(
  GRANT_CLAIMS.filter((c) => c.location === 'claims').map((c) => c.name),
);
