// Maskinporten's token endpoint errors: a fact table, each row with its source (Digdir's troubleshooting page,
// maskinporten_feilsoking; /work/shared/facts/maskinporten.md §5), and the OAuth errors that can come without an
// MP code. Apart from the matcher (errors.ts), so a page that lists the errors loads only the facts.

import type {FindingCode} from './findings';

export type ErrorGroup = 'invalid_grant' | 'invalid_request' | 'bad_request' | 'forbidden';

export interface TokenErrorEntry {
  /** The finding code explainError reports for this entry; also the troubleshooting anchor. */
  readonly code: FindingCode;
  readonly mpCodes: readonly string[];
  /** The heading Digdir lists the error under. The exact OAuth `error` per MP code is not documented. */
  readonly group: ErrorGroup;
  /** Maskinporten's message (or its distinctive part), as it appears in `error_description`. */
  readonly message: string;
  /**
   * The whole message with its values as `{name}` placeholders, where Digdir's page gives them (MP-250, MP-251).
   * The local Maskinporten (`maskinporten-sjekk serve`) answers with it.
   */
  readonly template?: string;
  /** Lowercase fragments that identify the entry when no MP code is present. */
  readonly match: readonly string[];
  /**
   * Looser lowercase words that point at this entry when a message fits no entry's `match` (e.g. "Token has
   * expired": MP-121 or MP-130). Matched at a word start. This site's reading of the messages, not Digdir's.
   */
  readonly related?: readonly string[];
  readonly cause: {readonly nb: string; readonly en: string};
  readonly fix: {readonly nb: string; readonly en: string};
  readonly source: string;
  readonly checked: string;
}

const FEILSOKING = 'https://docs.digdir.no/docs/Maskinporten/maskinporten_feilsoking';
const C = '2026-11-25';

export const TOKEN_ERRORS: readonly TokenErrorEntry[] = [
  {
    code: 'error.mp-100',
    mpCodes: ['MP-100'],
    group: 'invalid_grant',
    message: 'Invalid assertion. Client authentication failed.',
    match: ['client authentication failed'],
    related: ['client id', 'unknown client'],
    cause: {nb: 'Feil i klient-ID-en (iss).', en: 'A typo in the client ID (iss).'},
    fix: {nb: 'Kontroller klient-ID-en.', en: 'Check the client ID.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-100-client-not-found',
    mpCodes: ['MP-100'],
    group: 'invalid_grant',
    message: 'Client not found',
    match: ['client not found'],
    related: ['client id', 'unknown client', 'no client'],
    cause: {
      nb: 'Feil iss, eller klienten er opprettet i et annet miljø enn det aud peker på.',
      en: 'Wrong iss, or the client was created in another environment than the one aud points to.',
    },
    fix: {nb: 'Kontroller klient-ID og miljø.', en: 'Check the client ID and the environment.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-110',
    mpCodes: ['MP-110'],
    group: 'invalid_grant',
    message: 'Invalid assertion. Client authentication failed. Invalid JWT claim aud',
    match: ['invalid jwt claim aud'],
    related: ['aud', 'audience'],
    cause: {nb: 'Feil miljø, eller skrivefeil i aud.', en: 'Wrong environment, or a typo in aud.'},
    fix: {nb: 'Bruk utstederen for riktig miljø som aud.', en: 'Use the issuer of the correct environment as aud.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-120',
    mpCodes: ['MP-120'],
    group: 'invalid_grant',
    message: 'Invalid assertion. Client authentication failed. The JWT is signed with an invalid certificate.',
    match: ['signed with an invalid certificate', 'invalid certificate'],
    related: ['certificate', 'sertifikat'],
    cause: {
      nb: 'Ugyldig sertifikat, eller produksjonssertifikat i test (eller omvendt).',
      en: 'An invalid certificate, or a production certificate in test (or the reverse).',
    },
    fix: {
      nb: 'Bruk et gyldig sertifikat for riktig miljø.',
      en: 'Use a valid certificate for the correct environment.',
    },
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-121',
    mpCodes: ['MP-121'],
    group: 'invalid_grant',
    message: 'Invalid assertion. Client authentication failed. Expired key',
    match: ['expired key'],
    related: ['expired', 'expiry'],
    cause: {nb: 'Nøkkelen på klienten er eldre enn 1 år.', en: 'The key on the client is older than 1 year.'},
    fix: {
      nb: 'Last opp en ny nøkkel, eller last opp den samme på nytt.',
      en: 'Upload a new key, or upload the same key again.',
    },
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-011',
    mpCodes: ['MP-011'],
    group: 'invalid_request',
    message: 'Invalid assertion. Invalid parameter value',
    match: ['invalid parameter value'],
    related: ['parameter', 'line break', 'malformed'],
    cause: {nb: 'Skrivefeil eller linjeskift i grantet.', en: 'A typo or a stray line break in the grant.'},
    fix: {nb: 'Rens grantet: én linje, ingen mellomrom.', en: 'Clean up the grant: one line, no spaces.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.consumer-org-combination',
    mpCodes: [],
    group: 'invalid_grant',
    message: 'The combination consumer_org in claim and delegation scope on client is invalid',
    match: ['combination consumer_org'],
    related: ['consumer_org'],
    cause: {
      nb: 'consumer_org er klienteierens eget organisasjonsnummer.',
      en: "consumer_org is the client owner's own organisation number.",
    },
    fix: {nb: 'Fjern consumer_org fra grantet.', en: 'Remove consumer_org from the grant.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-200',
    mpCodes: ['MP-200'],
    group: 'invalid_grant',
    message: 'Token request contains invalid scopes for client',
    match: ['invalid scopes for client'],
    related: ['scope'],
    cause: {
      nb: 'Scopet er ikke registrert på klienten, eller er feilstavet.',
      en: 'The scope is not registered on the client, or is misspelt.',
    },
    fix: {
      nb: 'Registrer scopet på klienten og kontroller stavingen.',
      en: 'Register the scope on the client and check the spelling.',
    },
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-201',
    mpCodes: ['MP-201'],
    group: 'invalid_grant',
    message: 'Token request contains scopes not allowed for maskinporten',
    match: ['scopes not allowed for maskinporten'],
    related: ['not allowed', 'integration type'],
    cause: {nb: 'Klienten er ikke en Maskinporten-klient.', en: 'The client is not a Maskinporten client.'},
    fix: {
      nb: 'Opprett en klient av riktig type (Maskinporten).',
      en: 'Create a client of the correct type (Maskinporten).',
    },
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-012',
    mpCodes: ['MP-012'],
    group: 'invalid_grant',
    message: 'Grant is used before',
    match: ['grant is used before'],
    related: ['used before', 'already used', 'jti', 'replay'],
    cause: {nb: 'jti eller hele grantet er brukt før.', en: 'The jti or the whole grant was used before.'},
    fix: {nb: 'Lag ny jti for hvert grant.', en: 'Generate a new jti for every grant.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-130',
    mpCodes: ['MP-130'],
    group: 'invalid_grant',
    message: 'JWT is expired',
    match: ['jwt is expired'],
    related: ['expired'],
    cause: {
      nb: 'Grantet ble brukt for sent, eller klokken går feil.',
      en: 'The grant was used too late, or the clock is off.',
    },
    fix: {
      nb: 'Lag et nytt grant og synkroniser serverklokken.',
      en: 'Create a new grant and synchronise the server clock.',
    },
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-122',
    mpCodes: ['MP-122'],
    group: 'invalid_grant',
    message: 'Invalid organization number for client. Does not match certificate orgno',
    match: ['does not match certificate orgno', 'invalid organization number'],
    related: ['orgno', 'organization number', 'organisation number'],
    cause: {
      nb: 'Organisasjonsnummeret i sertifikatet er et annet enn klienteierens.',
      en: "The certificate's organisation number is not the client owner's.",
    },
    fix: {
      nb: 'Bruk et sertifikat for samme organisasjonsnummer.',
      en: 'Use a certificate for the same organisation number.',
    },
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-123',
    mpCodes: ['MP-123'],
    group: 'invalid_grant',
    message: 'Invalid JWT header x5c',
    match: ['invalid jwt header x5c'],
    related: ['x5c'],
    cause: {nb: 'x5c er en streng, ikke en liste.', en: 'x5c is a string, not an array.'},
    fix: {nb: 'Send x5c som en liste med strenger.', en: 'Send x5c as an array of strings.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-124',
    mpCodes: ['MP-124'],
    group: 'invalid_grant',
    message: 'Invalid JWT signature',
    match: ['invalid jwt signature'],
    related: ['signature'],
    cause: {
      nb: 'Utløpt sertifikat, eller sertifikat fra feil miljø.',
      en: 'An expired certificate, or one from the wrong environment.',
    },
    fix: {
      nb: 'Bruk et gyldig sertifikat for riktig miljø.',
      en: 'Use a valid certificate for the correct environment.',
    },
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.rar',
    mpCodes: ['MP-301', 'MP-302', 'MP-303'],
    group: 'bad_request',
    message: 'authorization_details (RAR)',
    match: ['authorization_details'],
    related: ['rar'],
    cause: {nb: 'Feil i authorization_details (RAR).', en: 'A problem with authorization_details (RAR).'},
    fix: {nb: 'Kontroller RAR-forespørselen.', en: 'Check the RAR request.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.issue-time-after-now',
    mpCodes: [],
    group: 'invalid_grant',
    message: 'Issue time is after now',
    match: ['issue time is after now'],
    related: ['issue time', 'iat', 'clock'],
    cause: {nb: 'Klokken på serveren går foran.', en: 'The server clock is ahead.'},
    fix: {
      nb: 'Synkroniser klokken (Digdir synkroniserer mot Justervesenet).',
      en: 'Synchronise the clock (Digdir synchronises against Justervesenet).',
    },
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-250',
    mpCodes: ['MP-250'],
    group: 'forbidden',
    message: 'Consumer has not been granted access to the scope',
    template: 'Consumer has not been granted access to the scope {scope}',
    match: ['has not been granted access to the scope'],
    related: ['granted access', 'no access'],
    cause: {
      nb: 'Virksomheten har ikke fått tilgang til scopet.',
      en: 'The organisation has not been given access to the scope.',
    },
    fix: {nb: 'Be API-eieren om tilgang.', en: 'Ask the API owner for access.'},
    source: FEILSOKING,
    checked: C,
  },
  {
    code: 'error.mp-251',
    mpCodes: ['MP-251'],
    group: 'forbidden',
    message: 'Consumer has not delegated access to the scope to supplier',
    template: 'Consumer {consumer} has not delegated access to the scope {scope} to supplier {supplier}',
    match: ['has not delegated access to the scope'],
    related: ['delegat'],
    cause: {nb: 'Delegeringen i Altinn mangler eller er feil.', en: 'The Altinn delegation is missing or wrong.'},
    fix: {
      nb: 'Deleger i Altinn. Delegeringer i produksjon gjelder ikke i TT02.',
      en: 'Delegate in Altinn. Production delegations do not apply in TT02.',
    },
    source: FEILSOKING,
    checked: C,
  },
];

/**
 * The troubleshooting page's section for an entry (`/docs/feilsoking#mp-110`): the page has one heading per
 * MP code (both MP-100 messages share one), plus the three without a code.
 */
export function errorSection(code: FindingCode): string {
  return code.replace(/^error\./, '').replace(/-client-not-found$/, '');
}

/** OAuth `error` values (RFC 6749 §5.2) that can come without an MP code, and what most likely lies behind each. */
export interface OAuthErrorEntry {
  readonly error: string;
  readonly code: FindingCode;
  /**
   * TOKEN_ERRORS codes, most likely first. The grouping follows Digdir's headings (Invalid grant, Invalid
   * request, …); which OAuth `error` each MP code comes with is not documented (facts: UNVERIFIED), so the
   * order is this site's estimate from how often integrators meet each cause.
   */
  readonly likely: readonly FindingCode[];
  readonly source: string;
  readonly checked: string;
}

const RFC6749 = 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2';

export const OAUTH_ERRORS: readonly OAuthErrorEntry[] = [
  {
    error: 'invalid_grant',
    code: 'error.oauth.invalid-grant',
    likely: [
      'error.mp-110',
      'error.mp-130',
      'error.issue-time-after-now',
      'error.mp-100-client-not-found',
      'error.mp-012',
      'error.mp-120',
      'error.mp-124',
      'error.mp-121',
      'error.mp-122',
      'error.mp-123',
      'error.mp-200',
      'error.consumer-org-combination',
    ],
    source: FEILSOKING,
    checked: C,
  },
  {
    error: 'invalid_client',
    code: 'error.oauth.invalid-client',
    likely: ['error.mp-100-client-not-found', 'error.mp-100', 'error.mp-110', 'error.mp-120', 'error.mp-124'],
    source: RFC6749,
    checked: C,
  },
  {
    error: 'invalid_scope',
    code: 'error.oauth.invalid-scope',
    likely: ['error.mp-200', 'error.mp-201', 'error.mp-250', 'error.mp-251'],
    source: RFC6749,
    checked: C,
  },
  {
    error: 'unauthorized_client',
    code: 'error.oauth.unauthorized-client',
    likely: ['error.mp-201', 'error.mp-200'],
    source: RFC6749,
    checked: C,
  },
  {
    error: 'invalid_request',
    code: 'error.oauth.invalid-request',
    likely: ['error.mp-011', 'error.rar'],
    source: RFC6749,
    checked: C,
  },
  {
    // Maskinporten's metadata lists one grant type: urn:ietf:params:oauth:grant-type:jwt-bearer (facts §1).
    error: 'unsupported_grant_type',
    code: 'error.oauth.unsupported-grant-type',
    likely: [],
    source: 'https://docs.digdir.no/docs/Maskinporten/maskinporten_func_wellknown',
    checked: C,
  },
];
