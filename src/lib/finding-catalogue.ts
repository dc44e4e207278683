// Every finding code the tools can report, as one row of data: its severity, the Maskinporten error code it
// predicts, the params its message takes, and the Norwegian message and explanation. The English texts live in
// i18n/en/code.json under `finding.<code>.message` and `finding.<code>.explanation`; each code is explained on
// the troubleshooting page under the anchor `#<code>`.
//
// A message that counts has two forms, one and other, split by `|` and chosen by its `count` param.
//
// Adding a code: one row here, its two English texts in code.json. A unit test compares the rows with
// code.json and with the troubleshooting page's anchors.
import type {FindingRow} from './finding-types';

export const FINDING_CATALOGUE = {
  // Pasted token text
  'jwt.empty': {
    severity: 'error',
    params: {},
    message: 'Feltet er tomt. Lim inn et token.',
    explanation: 'Det er ikke limt inn noe å undersøke.',
  },
  'jwt.too-large': {
    severity: 'error',
    params: {length: 'value', max: 'value'},
    message: 'Teksten er {length} tegn; grensen er {max}.',
    explanation: 'Teksten er for lang til å være et token. Lim inn bare selve tokenet.',
  },
  'jwt.bearer-prefix': {
    severity: 'info',
    params: {prefix: 'value'},
    message: '«{prefix}» foran tokenet er fjernet før undersøkelsen.',
    explanation: 'Teksten begynte med «Bearer». Det hører hjemme i Authorization-headeren, ikke i tokenet.',
  },
  'jwt.quotes': {
    severity: 'info',
    params: {},
    message: 'Anførselstegn rundt tokenet er fjernet.',
    explanation: 'Tokenet var omgitt av anførselstegn, for eksempel fra JSON. Send tokenet uten dem.',
  },
  'jwt.token-response': {
    severity: 'info',
    params: {},
    message: 'Dette er et tokensvar; access_token er hentet ut av det.',
    explanation: 'Dere limte inn hele svaret fra token-endepunktet. Verktøyet undersøker access_token i det.',
  },
  'jwt.from-json-body': {
    severity: 'info',
    params: {member: 'value'},
    message: 'Dette er kroppen til en token-forespørsel; grantet i «{member}» er hentet ut av den.',
    explanation: 'Dere limte inn hele JSON-kroppen. Verktøyet undersøker grantet i den.',
  },
  'jwt.from-form-body': {
    severity: 'info',
    params: {},
    message: 'Dette er kroppen til en token-forespørsel; grantet i assertion er hentet ut av den.',
    explanation:
      'Dere limte inn hele skjemakroppen (grant_type=…&assertion=…). Verktøyet undersøker grantet i assertion, URL-dekodet.',
  },
  'jwt.from-curl': {
    severity: 'info',
    params: {},
    message: 'Dette er en curl-kommando; tokenet i den er hentet ut.',
    explanation:
      'Dere limte inn en hel curl-kommando. Verktøyet undersøker grantet i assertion, eller tokenet i Authorization-headeren.',
  },
  'jwt.several-tokens': {
    severity: 'warning',
    params: {count: 'count'},
    message: 'Teksten inneholder {count} tokener; bare det første er undersøkt.',
    explanation:
      'Verktøyet undersøker ett token om gangen. Lim inn de andre hver for seg for å undersøke dem. Maskinporten tar ett grant i hver forespørsel.',
  },
  'jwt.whitespace': {
    severity: 'error',
    mpCode: 'MP-011',
    params: {},
    message: 'Tokenet inneholder mellomrom eller linjeskift.',
    explanation:
      'Et JWT er én linje uten mellomrom. Linjeskift fra kopiering gir MP-011 «Invalid parameter value». Fjern dem.',
  },
  'jwt.malformed': {
    severity: 'error',
    mpCode: 'MP-011',
    params: {parts: 'count'},
    message:
      'Tokenet har {parts} del; et JWT har tre, skilt med punktum.|Tokenet har {parts} deler; et JWT har tre, skilt med punktum.',
    explanation: 'Et signert JWT er header.payload.signatur. Kontroller at hele tokenet er kopiert.',
  },
  'jwt.encrypted': {
    severity: 'warning',
    params: {},
    message: 'Tokenet er kryptert (JWE, fem deler) og kan ikke leses her.',
    explanation:
      'Maskinporten utsteder signerte, ikke krypterte, tokener. Et kryptert token kan bare leses av mottakeren.',
  },
  'jwt.base64': {
    severity: 'error',
    params: {part: 'value', char: 'value', codePoint: 'value'},
    message: 'Delen «{part}» er ikke gyldig base64url: tegnet {codePoint} hører ikke hjemme der.',
    explanation:
      'Hver del av et JWT er base64url uten utfylling. Tegn som + / = eller mellomrom tyder på feil koding eller kopiering.',
  },
  'jwt.base64.decode': {
    severity: 'error',
    params: {part: 'value', reason: 'value'},
    message: 'Delen «{part}» er ikke gyldig base64url: lengden går ikke opp, eller innholdet er ikke UTF-8.',
    explanation:
      'Hver del av et JWT er base64url uten utfylling. En del med en lengde base64 ikke kan ha (ett tegn for mye), eller med bytes som ikke er UTF-8-tekst, ble kuttet eller endret da den ble kopiert: kopier hele tokenet på nytt.',
  },
  'jwt.json': {
    severity: 'error',
    params: {part: 'value'},
    message: 'Delen «{part}» er ikke gyldig JSON.',
    explanation: 'Header og payload skal være JSON-objekter etter base64url-dekoding.',
  },
  'jwt.not-object': {
    severity: 'error',
    params: {part: 'value', type: 'value'},
    message: 'Delen «{part}» er {type}, ikke et JSON-objekt.',
    explanation: 'Header og payload skal være JSON-objekter.',
  },
  'jwt.alg-none': {
    severity: 'error',
    params: {alg: 'value'},
    message: 'alg er «{alg}»: tokenet er ikke signert.',
    explanation: 'Maskinporten godtar bare RS256, RS384 og RS512. Et usignert token blir alltid avvist.',
  },
  'jwt.signature-empty': {
    severity: 'error',
    params: {},
    message: 'Signaturdelen er tom.',
    explanation: 'Tokenet mangler signatur. Signer grantet med virksomhetssertifikatet eller nøkkelen.',
  },
  'jwt.unknown-type': {
    severity: 'warning',
    params: {},
    message: 'Tokenet ser verken ut som et grant eller et access token fra Maskinporten.',
    explanation:
      'Verktøyet kjenner igjen grants (aud er Maskinporten) og access tokens (iss er Maskinporten). Kontroller at dere limte inn riktig token.',
  },
  'jwt.private-key': {
    severity: 'error',
    params: {},
    message:
      'Dette er en privat nøkkel, ikke et token. Den er ikke lest eller vist. Lim aldri inn en privat nøkkel på en nettside; er den delt, bytt den ut.',
    explanation:
      'Feltet tar et JWT, tre deler skilt med punktum. En privat nøkkel skal aldri limes inn på en nettside. Har den vært delt eller limt inn et sted andre kan se den, lag et nytt nøkkelpar og registrer den nye offentlige nøkkelen på klienten.',
  },
  'jwt.crit-unsupported': {
    severity: 'error',
    params: {names: 'value'},
    message: 'Headeren krever utvidelsen {names} (crit), som Maskinporten ikke bruker; signaturen kan ikke godtas.',
    explanation:
      'crit lister header-felt som mottakeren må forstå (RFC 7515 §4.1.11), ellers skal tokenet avvises. Maskinporten bruker ingen slike felt: fjern crit fra headeren.',
  },
  'jwt.duplicate-member': {
    severity: 'error',
    params: {part: 'value', name: 'value'},
    message: '«{name}» står to ganger i {part}.',
    explanation:
      'Et navn kan bare stå én gang i headeren og i claims (RFC 7519 §4). Denne siden leser den siste verdien, men en annen JSON-leser kan lese den første, så det er uklart hva Maskinporten leser. Fjern det ene.',
  },
  'jwt.hidden-characters': {
    severity: 'error',
    params: {name: 'value', codePoints: 'value'},
    message: '«{name}» inneholder tegn som ikke vises: {codePoints}.',
    explanation:
      'Usynlige tegn, kontrolltegn og retningstegn (ofte fra kopiering fra et dokument eller en e-post) gjør verdien til en annen enn den som vises, og Maskinporten finner ikke det den leter etter. Skriv verdien inn på nytt.',
  },

  // Grant (client assertion)
  'grant.alg.unsupported': {
    severity: 'error',
    params: {alg: 'value', allowed: 'value'},
    message: 'alg er «{alg}»; Maskinporten godtar RS256, RS384 og RS512.',
    explanation: 'Grantet må signeres med RSA: RS256, RS384 eller RS512.',
  },
  'grant.key.missing': {
    severity: 'error',
    params: {},
    message: 'Headeren har verken x5c eller kid.',
    explanation:
      'Grantet må si hvilken nøkkel den er signert med: x5c med virksomhetssertifikatet, eller kid for en nøkkel registrert på klienten.',
  },
  'grant.x5c.not-array': {
    severity: 'error',
    mpCode: 'MP-123',
    params: {type: 'value'},
    message: 'x5c er {type}, ikke en liste med strenger.',
    explanation: 'x5c skal være en liste: ["MIIF…"]. En enkelt streng gir MP-123 «Invalid JWT header x5c».',
  },
  'grant.aud.missing': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {},
    message: 'Grantet mangler aud.',
    explanation:
      'aud skal være Maskinportens utsteder for miljøet, for eksempel https://test.maskinporten.no/. Uten den svarer Maskinporten MP-110.',
  },
  'grant.aud.array': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {expected: 'value', count: 'value'},
    message: 'aud er en liste; den skal være én streng: {expected}',
    explanation: 'Maskinporten godtar bare én verdi i aud, som en streng.',
  },
  'grant.aud.wrong-environment': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {actual: 'value', environment: 'environment', expected: 'value'},
    message: 'aud er {actual}, som hører til {environment}. For det valgte miljøet skal den være {expected}.',
    explanation:
      'aud peker på et annet miljø enn det dere har valgt. aud fra et annet miljø gir MP-110; hører klienten til det andre miljøet, svarer Maskinporten MP-100, og et sertifikat fra det andre miljøet gir MP-120 eller MP-124.',
  },
  'grant.aud.token-endpoint': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {actual: 'value', expected: 'value'},
    message: 'aud er token-endepunktet {actual}; den skal være utstederen {expected}.',
    explanation: 'Token-endepunktet som audience er ikke lenger gyldig. Bruk utstederen, med skråstrek til slutt.',
  },
  'grant.aud.trailing-slash': {
    severity: 'warning',
    mpCode: 'MP-110',
    params: {actual: 'value', expected: 'value'},
    message:
      'aud mangler skråstreken til slutt: {actual} er ikke lik utstederen {expected}, som Digdir krever. Om Maskinporten svarer MP-110 på akkurat dette, er ikke dokumentert.',
    explanation:
      'Digdir krever at aud er nøyaktig lik utstederen, og utstederen slutter med skråstrek. Uten skråstreken er verdien ikke lik; at Maskinporten da avviser grantet med MP-110, står ikke i kildene, derfor en advarsel. Bruk utstederen med skråstrek.',
  },
  'grant.aud.retired-host': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {host: 'value', expected: 'value', actual: 'value', retiredOn: 'value'},
    message: 'aud peker på {host}, som er faset ut. Bruk {expected}.',
    explanation: 'VER1 og VER2 er faset ut. Testmiljøet er nå test.maskinporten.no.',
  },
  'grant.aud.http': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {expected: 'value', actual: 'value'},
    message: 'aud bruker http; den skal være {expected}.',
    explanation: 'Maskinportens utsteder bruker https. aud må være nøyaktig lik den.',
  },
  'grant.aud.unknown': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {actual: 'value', expected: 'value'},
    message: 'aud er {actual}, som ikke er en utsteder i Maskinporten. Forventet {expected}.',
    explanation: 'aud må være utstederen for miljøet dere henter token fra.',
  },
  'grant.iss.missing': {
    severity: 'error',
    mpCode: 'MP-100',
    params: {},
    message: 'Grantet mangler iss (klient-ID-en).',
    explanation: 'iss er klient-ID-en fra selvbetjeningsportalen. Uten riktig iss svarer Maskinporten MP-100.',
  },
  'grant.scope.missing': {
    severity: 'error',
    params: {},
    message: 'Grantet mangler scope.',
    explanation: 'scope lister ett eller flere scopes, skilt med mellomrom. Digdir anbefaler ett scope per token.',
  },
  'grant.scope.not-string': {
    severity: 'error',
    params: {type: 'value'},
    message: 'scope er en {type}, ikke en tekst.',
    explanation:
      'scope i grantet er én tekst med scopene skilt med mellomrom, for eksempel "skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp", ikke en liste.',
  },
  'grant.iat.missing': {
    severity: 'error',
    params: {},
    message: 'Grantet mangler iat.',
    explanation: 'iat er tidspunktet grantet ble laget, i sekunder siden 1970 (UTC).',
  },
  'grant.exp.missing': {
    severity: 'error',
    params: {},
    message: 'Grantet mangler exp.',
    explanation: 'exp er når grantet utløper, i sekunder siden 1970 (UTC), høyst 120 sekunder etter iat.',
  },
  'grant.time.not-number': {
    severity: 'error',
    params: {claim: 'value', actual: 'value'},
    message: '{claim} er ikke et tall: {actual}',
    explanation: 'iat og exp er heltall i sekunder siden 1970 (UTC), ikke tekst eller datoer.',
  },
  'grant.time.milliseconds': {
    severity: 'error',
    params: {claim: 'value', actual: 'value', seconds: 'value'},
    message: '{claim} ser ut til å være i millisekunder: {actual} (i sekunder: {seconds})',
    explanation: 'JWT-tider er i sekunder. Del på 1000 (for eksempel Math.floor(Date.now() / 1000)).',
  },
  'grant.lifetime.too-long': {
    severity: 'error',
    params: {lifetime: 'value', max: 'value'},
    message: 'Grantet lever i {lifetime} sekunder; høyst {max} er lov.',
    explanation: 'exp − iat kan være høyst 120 sekunder.',
  },
  'grant.lifetime.negative': {
    severity: 'error',
    params: {},
    message: 'exp er før iat.',
    explanation: 'exp må være etter iat, og høyst 120 sekunder etter.',
  },
  'grant.iat.future': {
    severity: 'error',
    params: {seconds: 'value', max: 'value'},
    message: 'iat er {seconds} sekunder fram i tid.',
    explanation: 'Maskinporten godtar iat innenfor ±10 sekunder av sin klokke. Synkroniser serverklokken (NTP).',
  },
  'grant.expired': {
    severity: 'error',
    mpCode: 'MP-130',
    params: {secondsAgo: 'value', exp: 'value'},
    message: 'Grantet utløp for {secondsAgo} sekunder siden.',
    explanation:
      'Et grant lever kort. Lag et nytt rett før dere ber om token; Maskinporten svarer MP-130 «JWT is expired».',
  },
  'grant.jti.missing': {
    severity: 'warning',
    mpCode: 'MP-012',
    params: {},
    message: 'Grantet mangler jti.',
    explanation:
      'Et grant kan ikke brukes to ganger. Sett en ny, unik jti (for eksempel en UUID) i hvert grant, ellers kan dere få MP-012 «Grant is used before».',
  },
  'grant.claim.unknown': {
    severity: 'error',
    params: {claim: 'value'},
    message: 'Ukjent claim i grantet: {claim}',
    explanation: 'Maskinporten avviser claims den ikke kjenner med 400 «Invalid assertion». Fjern claimet.',
  },
  'grant.claim.unknown-more': {
    severity: 'error',
    params: {count: 'count', shown: 'value'},
    message:
      'Og {count} ukjent claim til (de {shown} første er nevnt over).|Og {count} ukjente claims til (de {shown} første er nevnt over).',
    explanation:
      'Maskinporten avviser claims den ikke kjenner med 400 «Invalid assertion». Grantet har så mange at bare de første er nevnt hver for seg. Fjern dem.',
  },
  'grant.resource.not-array': {
    severity: 'error',
    params: {},
    message: 'resource er ikke en liste.',
    explanation: 'resource (audience-begrensning) støttes bare som en liste med strenger.',
  },
  'grant.resource.skatteetaten': {
    severity: 'warning',
    params: {},
    message: 'resource er satt, men Skatteetatens API-er skal ikke ha det.',
    explanation: 'Skatteetaten forventer aud «unspecified» i access tokenet. Fjern resource fra grantet.',
  },
  'grant.delegation.both': {
    severity: 'error',
    params: {},
    message: 'Grantet har både consumer_org og iss_onbehalfof.',
    explanation: 'consumer_org og iss_onbehalfof utelukker hverandre. Bruk consumer_org ved delegering i Altinn.',
  },
  'grant.consumer-org.invalid': {
    severity: 'error',
    params: {actual: 'value', suggestion: 'optional'},
    message: 'consumer_org er {actual}; den skal være ni sifre.',
    explanation:
      'consumer_org er organisasjonsnummeret til pensjonsinnretningen dere handler på vegne av: ni sifre, uten 0192: foran.',
  },
  'grant.consumer-org.checksum': {
    severity: 'warning',
    params: {actual: 'value'},
    message: 'Kontrollsifferet i consumer_org {actual} stemmer ikke.',
    explanation:
      'Organisasjonsnummeret har feil kontrollsiffer (mod 11). Syntetiske testnummer kan avvike; kontroller nummeret.',
  },
  'grant.aud.not-exact': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {actual: 'value', reason: 'aud-reason', expected: 'value'},
    message: 'aud er {actual}, ikke nøyaktig utstederen ({reason}). Bruk nøyaktig {expected}.',
    explanation:
      'Digdir krever at aud er lik utstederen. En adresse som bare normaliseres til utstederen (store bokstaver, port, mellomrom, spørring, fragment, brukernavn, punktum-segmenter eller prosentkoding) er ikke lik. Kopier utstederen nøyaktig.',
  },
  'grant.header.remote-key': {
    severity: 'warning',
    params: {header: 'value'},
    message:
      'Headeren har {header}, som viser til en nøkkel et annet sted. Maskinporten bruker den ikke, og denne siden henter den aldri.',
    explanation:
      'Maskinporten finner nøkkelen fra x5c (virksomhetssertifikatet) eller kid (en nøkkel registrert på klienten). jku, x5u og jwk brukes ikke; fjern dem fra headeren.',
  },
  'grant.consumer-org.not-string': {
    severity: 'error',
    params: {actual: 'value', suggestion: 'value'},
    message: 'consumer_org er tallet {actual}; den skal være en streng: {suggestion}',
    explanation: 'consumer_org er organisasjonsnummeret som en JSON-streng med ni sifre, i anførselstegn.',
  },
  'grant.time.microseconds': {
    severity: 'error',
    params: {claim: 'value', actual: 'value', seconds: 'value'},
    message: '{claim} ser ut til å være i mikrosekunder: {actual} (i sekunder: {seconds})',
    explanation: 'JWT-tider er i sekunder siden 1970. Del på 1 000 000.',
  },
  'grant.time.out-of-range': {
    severity: 'error',
    params: {claim: 'value', actual: 'value'},
    message: '{claim} er {actual}, som ikke er et tidspunkt i sekunder.',
    explanation:
      'iat og exp er hele sekunder siden 1970-01-01 UTC, for eksempel 1767225600. Verdien er negativ eller for stor til å være det, også om den var i millisekunder eller mikrosekunder.',
  },

  // Maskinporten access token
  'token.iss.wrong-environment': {
    severity: 'error',
    params: {actual: 'value', environment: 'environment', expected: 'value'},
    message: 'Tokenet er utstedt av {actual} ({environment}), ikke {expected}.',
    explanation:
      'Access tokenet er fra et annet miljø enn det dere valgte. API-et i det valgte miljøet vil avvise det.',
  },
  'token.iss.unknown': {
    severity: 'error',
    params: {actual: 'value', expected: 'value'},
    message: 'iss er {actual}, som ikke er et Maskinporten-miljø i bruk.',
    explanation:
      'Et access token fra Maskinporten har iss lik utstederen for miljøet, for eksempel https://maskinporten.no/.',
  },
  'token.expired': {
    severity: 'error',
    params: {secondsAgo: 'value', exp: 'value'},
    message: 'Tokenet utløp for {secondsAgo} sekunder siden.',
    explanation: 'Access tokenet er utløpt. Hent et nytt; mange klienter får 120 sekunders levetid.',
  },
  'token.scope.missing-expected': {
    severity: 'error',
    params: {scope: 'value', actual: 'value'},
    message: 'Tokenet mangler scopet {scope}.',
    explanation: 'Be om scopet i grantet, og kontroller at det er registrert på klienten.',
  },
  'token.consumer.invalid': {
    severity: 'error',
    params: {},
    message: 'consumer har ikke formen {"authority":"iso6523-actorid-upis","ID":"0192:<orgnr>"}.',
    explanation: 'Maskinporten setter alltid consumer til virksomheten tokenet gjelder for.',
  },
  'token.consumer.orgnr': {
    severity: 'info',
    params: {orgnr: 'value'},
    message: 'Tokenet gjelder for organisasjonsnummer {orgnr}.',
    explanation: 'consumer.ID er organisasjonsnummeret som API-ene validerer mot.',
  },
  'token.delegated': {
    severity: 'info',
    params: {supplier: 'value', consumer: 'value', delegationSource: 'value'},
    message: 'Delegert token: {supplier} handler på vegne av {consumer}.',
    explanation:
      'Tokenet har supplier og delegation_source: en leverandør har fått tilgang gjennom delegering i Altinn.',
  },
  'token.aud.restricted': {
    severity: 'warning',
    params: {aud: 'value'},
    message: 'Tokenet er audience-begrenset til {aud}.',
    explanation: 'Grantet hadde resource. Skatteetaten forventer aud «unspecified».',
  },
  'token.lifetime.long': {
    severity: 'info',
    params: {lifetime: 'value', default: 'value'},
    message: 'Tokenet lever i {lifetime} sekunder.',
    explanation: 'Standard levetid er 120 sekunder; API-eieren kan sette en annen grense per scope.',
  },
  'token.exp.missing': {
    severity: 'error',
    params: {},
    message: 'Access tokenet mangler exp, så det er ikke kjent når det utløper.',
    explanation:
      'Et access token fra Maskinporten har alltid exp. Mangler den, er tokenet ikke fra Maskinporten, eller det er endret.',
  },
  'token.time.not-number': {
    severity: 'error',
    params: {claim: 'value', actual: 'value'},
    message: '{claim} er {actual}, ikke et tall i sekunder.',
    explanation: 'exp og iat er tall: sekunder siden 1970, ikke tekst.',
  },
  'token.time.milliseconds': {
    severity: 'error',
    params: {claim: 'value', actual: 'value', seconds: 'value'},
    message: '{claim} ser ut til å være i millisekunder: {actual} (i sekunder: {seconds})',
    explanation: 'JWT-tider er i sekunder. Et tidspunkt i millisekunder tolkes som langt fram i tid. Del på 1000.',
  },
  'token.time.microseconds': {
    severity: 'error',
    params: {claim: 'value', actual: 'value', seconds: 'value'},
    message: '{claim} ser ut til å være i mikrosekunder: {actual} (i sekunder: {seconds})',
    explanation: 'JWT-tider er i sekunder. Et tidspunkt i mikrosekunder tolkes som langt fram i tid. Del på 1 000 000.',
  },
  'token.time.out-of-range': {
    severity: 'error',
    params: {claim: 'value', actual: 'value'},
    message: '{claim} er {actual}, som ikke er et tidspunkt i sekunder.',
    explanation:
      'Tidene i et access token er hele sekunder siden 1970-01-01 UTC. Verdien er negativ eller for stor til å være det; et token fra Maskinporten har aldri en slik verdi.',
  },

  // Scopes
  'scope.empty': {
    severity: 'error',
    params: {},
    message: 'Skriv inn minst ett scope.',
    explanation: 'Det er ingen scopes å kontrollere.',
  },
  'scope.too-long': {
    severity: 'error',
    params: {length: 'value', max: 'value'},
    message: 'Teksten er {length} tegn; grensen er {max}.',
    explanation: 'Teksten er for lang til å være en scope-liste.',
  },
  'scope.quotes': {
    severity: 'warning',
    params: {char: 'value'},
    message: 'Anførselstegnet {char} hører ikke hjemme i et scope.',
    explanation: 'Scopes skrives uten anførselstegn, skilt med mellomrom.',
  },
  'scope.missing-prefix': {
    severity: 'error',
    params: {scope: 'value', expected: 'optional'},
    message: '{scope} mangler prefiks og kolon.',
    explanation: 'Et scope er prefiks:underscope, for eksempel skatteetaten:inntekt.',
  },
  'scope.empty-part': {
    severity: 'error',
    params: {scope: 'value', part: 'scope-part'},
    message: '{scope} har tomt {part}.',
    explanation: 'Både prefiks og underscope må ha innhold: prefiks:underscope.',
  },
  'scope.invalid-char': {
    severity: 'error',
    params: {scope: 'value', char: 'value', codePoint: 'value', position: 'value'},
    message: '{scope} inneholder tegnet «{char}» ({codePoint}).',
    explanation:
      'Et scope kan bare ha synlige ASCII-tegn, uten mellomrom, " og \\. Usynlige tegn kommer ofte fra kopiering.',
  },
  'scope.uppercase': {
    severity: 'error',
    mpCode: 'MP-200',
    params: {scope: 'value', lowercase: 'value'},
    message: '{scope} har store bokstaver og er et annet scope, som ikke finnes; bruk {lowercase}.',
    explanation:
      'Scopes skiller mellom store og små bokstaver (RFC 6749 §3.3): Skatteetaten:inntekt er et annet scope enn skatteetaten:inntekt, og det finnes ikke. Maskinporten svarer MP-200 «invalid scopes for client». Skriv scopet med små bokstaver.',
  },
  'scope.separator': {
    severity: 'error',
    params: {separator: 'value', codePoint: 'optional'},
    message: '«{separator}» brukt som skilletegn; scopes skilles med mellomrom.',
    explanation: 'Flere scopes skrives på én linje, skilt med ett mellomrom.',
  },
  'scope.concatenated': {
    severity: 'error',
    params: {scope: 'value', parts: 'value'},
    message: '{scope} er to scopes som har flytt sammen: {parts}',
    explanation: 'Scopes har blitt limt sammen uten mellomrom, ofte ved kopiering. Del dem opp.',
  },
  'scope.duplicate': {
    severity: 'warning',
    params: {scope: 'value'},
    message: '{scope} står flere ganger.',
    explanation: 'Hvert scope trengs bare én gang.',
  },
  'scope.similar': {
    severity: 'warning',
    params: {scope: 'value', similar: 'value'},
    message: '{scope} ligner {similar}.',
    explanation: 'Scopet ligner et kjent DSOP-scope. En skrivefeil gir MP-200 «invalid scopes for client».',
  },
  'scope.known': {
    severity: 'info',
    params: {scope: 'value', api: 'value', owner: 'value', catalogue: 'value'},
    message: '{scope}: {api} ({owner}).',
    explanation: 'Et kjent scope.',
  },
  'scope.unknown': {
    severity: 'info',
    params: {scope: 'value'},
    message: '{scope} er ikke et av DSOP-scopene for ajourhold.',
    explanation: 'Scopet kan være riktig, men det er ikke i listen over DSOP-scopes for ajourhold.',
  },
  'scope.json-array': {
    severity: 'warning',
    params: {count: 'value'},
    message: 'Scopene er en JSON-liste ({count}); i grantet er de én streng, skilt med mellomrom.',
    explanation: 'scope i grantet er én streng med scopes skilt med ett mellomrom, ikke en JSON-liste.',
  },
  'scope.url-encoded': {
    severity: 'warning',
    params: {},
    message: 'Scopene er URL-kodet (som %3A eller +); i grantet står de som vanlig tekst.',
    explanation: 'I grantet (JSON) skrives scope uten URL-koding: %3A er kolon, + er mellomrom.',
  },
  'scope.compatibility-char': {
    severity: 'warning',
    params: {codePoint: 'value', char: 'value', replacement: 'value'},
    message: 'Tegnet {codePoint} («{char}») er en variant av «{replacement}»; scopes skrives med vanlige tegn.',
    explanation:
      'Breddetegn og andre kompatibilitetstegn (NFKC) ser ut som vanlige bokstaver, men er andre tegn. Skriv scopet med vanlige ASCII-tegn.',
  },

  // Environment checker
  'env.choice.invalid': {
    severity: 'error',
    params: {},
    message: 'Velg test eller produksjon.',
    explanation: 'Kontrollen trenger et miljø å sammenligne med.',
  },
  'env.url.invalid': {
    severity: 'error',
    params: {field: 'field', actual: 'value'},
    message: '{field}: «{actual}» er ikke en gyldig URL.',
    explanation: 'Verdien skal være en hel URL, for eksempel https://test.maskinporten.no/token.',
  },
  'env.scheme.http': {
    severity: 'error',
    params: {field: 'field', actual: 'value'},
    message: '{field} bruker http; bruk https.',
    explanation: 'Maskinporten og API-ene krever https.',
  },
  'env.host.retired': {
    severity: 'error',
    params: {field: 'field', host: 'value', expected: 'value', retiredOn: 'value'},
    message: '{field}: {host} er faset ut; bruk {expected}.',
    explanation: 'VER1 og VER2 er faset ut. Testmiljøet er test.maskinporten.no.',
  },
  'env.host.wrong-environment': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {field: 'field', host: 'value', environment: 'environment', expected: 'value', actual: 'value'},
    message: '{field}: {host} hører ikke til {environment}; der er verten {expected}.',
    explanation:
      'aud (og utstederen, som klienter sender som aud) må være utstederens adresse i miljøet dere ber om token fra. En aud fra et annet miljø gir MP-110.',
  },
  'env.endpoint.wrong-environment': {
    severity: 'error',
    params: {field: 'field', host: 'value', environment: 'environment', expected: 'value', actual: 'value'},
    message: '{field}: {host} hører ikke til {environment}; der er verten {expected}.',
    explanation:
      'Token-endepunktet avgjør hvilken Maskinporten grantet går til, og JWKS- og metadata-adressen hvilke nøkler koden deres stoler på. De må høre til samme miljø som klienten, aud og sertifikatet. Feilen her er ikke aud, så den gir ikke MP-110 i seg selv.',
  },
  'env.host.unknown': {
    severity: 'warning',
    params: {field: 'field', host: 'value', actual: 'value'},
    message: '{field}: {host} er ikke en Maskinporten-adresse.',
    explanation: 'Kontroller adressen mot tabellen over miljøer.',
  },
  'env.token-endpoint.path': {
    severity: 'error',
    params: {expected: 'value', actual: 'value'},
    message: 'Token-endepunktet skal være {expected}.',
    explanation: 'Token-endepunktet er utstederens adresse med /token til slutt.',
  },
  'env.aud.trailing-slash': {
    severity: 'warning',
    params: {field: 'field', expected: 'value', actual: 'value'},
    message:
      '{field} mangler skråstreken til slutt: bruk {expected}. Maskinporten vil ha aud nøyaktig lik utstederen, som slutter med skråstrek; om verdien uten blir avvist (MP-110), er ikke dokumentert.',
    explanation:
      'Utstederen slutter med skråstrek, og Maskinporten krever at aud er lik utstederen. Ingen kilde sier om verdien uten skråstrek blir avvist, så dette er en advarsel; skriv skråstreken.',
  },
  'env.aud.token-endpoint': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {field: 'field', expected: 'value', actual: 'value'},
    message: '{field} er token-endepunktet; bruk {expected}.',
    explanation: 'Token-endepunktet som audience er ikke lenger gyldig; bruk utstederen.',
  },
  'env.aud.path': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {field: 'field', expected: 'value', actual: 'value'},
    message: '{field} har en sti; bruk {expected}.',
    explanation: 'aud er utstederen uten sti, bare med skråstrek til slutt.',
  },
  'env.jwks.path': {
    severity: 'error',
    params: {expected: 'value', actual: 'value'},
    message: 'JWKS-adressen skal være {expected}.',
    explanation: 'Maskinportens nøkler ligger på /jwk under utstederens adresse.',
  },
  'env.well-known.path': {
    severity: 'warning',
    params: {expected: 'value', actual: 'value'},
    message: 'Maskinportens metadata ligger på {expected}.',
    explanation:
      'Maskinporten dokumenterer metadata (RFC 8414) på /.well-known/oauth-authorization-server under utstederens adresse. En annen sti, som /.well-known/openid-configuration, er ikke dokumentert for Maskinporten.',
  },
  'env.cert.wrong-environment': {
    severity: 'error',
    mpCode: 'MP-120',
    params: {certificateKind: 'environment', environment: 'environment'},
    message: 'Et sertifikat for {certificateKind} virker ikke i {environment}.',
    explanation:
      'Test krever testsertifikat og produksjon krever produksjonssertifikat; ellers svarer Maskinporten MP-120.',
  },
  'env.api.wrong-environment': {
    severity: 'error',
    params: {host: 'value', apiEnvironment: 'environment', environment: 'environment', actual: 'value'},
    message: 'API-adressen {host} hører til {apiEnvironment}, ikke {environment}.',
    explanation:
      'Skatteetatens testadresser ligger under skatteetaten-test.no, NAVs under dev.nav.no. Et token fra ett miljø virker ikke mot API-et i et annet.',
  },
  'env.api.known': {
    severity: 'info',
    params: {api: 'value', owner: 'value', apiEnvironment: 'environment', scope: 'value'},
    message: 'API-adressen er {api} ({owner}) i {apiEnvironment}.',
    explanation: 'En kjent API-adresse for DSOP ajourhold.',
  },
  'env.altinn.wrong-environment': {
    severity: 'error',
    params: {host: 'value', altinnEnvironment: 'environment', environment: 'environment', actual: 'value'},
    message: 'Altinn-adressen {host} hører til {altinnEnvironment}, ikke {environment}.',
    explanation:
      'Maskinportens testmiljø bruker Altinns testmiljø TT02 (tt02.altinn.no), produksjon bruker altinn.no. Delegeringer i produksjon gjelder ikke i TT02, og omvendt.',
  },
  'env.ok': {
    severity: 'info',
    params: {environment: 'environment'},
    message: 'Alle verdiene hører til {environment}.',
    explanation: 'Ingen av verdiene peker på et annet miljø.',
  },
  'env.not-exact': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {field: 'field', actual: 'value', differences: 'aud-reason', expected: 'value'},
    message:
      '{field}: «{actual}» er ikke skrevet nøyaktig ({differences}). Maskinporten sammenligner teksten tegn for tegn: bruk {expected}.',
    explanation:
      'En URL-parser gjør om store bokstaver, port, mellomrom, spørrestreng, fragment, brukernavn, ./ og ../ og prosentkoding til samme adresse, men Maskinporten krever at aud er lik utstederen tegn for tegn. Et slikt avvik i aud gir MP-110. Skriv verdien nøyaktig som vist.',
  },
  'env.url.not-exact': {
    severity: 'warning',
    params: {field: 'field', actual: 'value', differences: 'aud-reason', expected: 'value'},
    message:
      '{field}: «{actual}» er ikke skrevet som {expected} ({differences}). Det er ikke samme adresse for alle HTTP-klienter: bruk {expected}.',
    explanation:
      'Mellomrom, brukernavn, en annen port enn 443, spørring (?), fragment (#) eller prosentkoding av andre tegn enn bokstaver og sifre gjør adressen til en annen, eller til en som ikke alle HTTP-klienter godtar. Maskinporten dokumenterer adressen uten dem.',
  },
  'env.url.same-address': {
    severity: 'info',
    params: {field: 'field', actual: 'value', differences: 'aud-reason', expected: 'value'},
    message: '{field}: «{actual}» er samme adresse som {expected} ({differences}), bare skrevet annerledes.',
    explanation:
      'Store bokstaver i vertsnavnet, standardporten (:443 for https), prosentkodede bokstaver og sifre og ./-segmenter gir samme adresse (RFC 3986 §6.2), så token-endepunktet og JWKS-adressen virker som de er. Bare aud sammenlignes tegn for tegn (MP-110).',
  },
  'env.mixed': {
    severity: 'error',
    params: {testLines: 'value', testKeys: 'value', prodLines: 'value', prodKeys: 'value', environment: 'environment'},
    message:
      'Oppsettet blander miljøer: test på linje {testLines} ({testKeys}), produksjon på linje {prodLines} ({prodKeys}). Valgt miljø er {environment}.',
    explanation:
      'Alle verdiene i ett oppsett må høre til samme miljø: Maskinporten, API-ene og sertifikatet. Et grant til test med et produksjonssertifikat, eller et token fra test mot et produksjons-API, blir avvist.',
  },
  'env.config.profile': {
    severity: 'info',
    params: {profile: 'value', lines: 'value', environment: 'environment'},
    message: 'Profilen {profile} (linje {lines}) er sjekket mot {environment}.',
    explanation:
      'Et oppsett med flere profiler (--- mellom dem, spring.config.activate.on-profile) har gjerne én profil per miljø. Hver profil er sjekket mot miljøet navnet sier (test, prod), ellers mot det verdiene i profilen hører til, ellers mot det valgte miljøet.',
  },
  'env.config.profile-mixed': {
    severity: 'error',
    params: {profile: 'value', testLines: 'value', testKeys: 'value', prodLines: 'value', prodKeys: 'value'},
    message:
      'Profilen {profile} blander miljøer: test på linje {testLines} ({testKeys}), produksjon på linje {prodLines} ({prodKeys}).',
    explanation:
      'Alle verdiene i én profil må høre til samme miljø: Maskinporten, API-ene, Altinn og sertifikatet. Profiler for ulike miljøer i samme fil er i orden.',
  },
  'env.config.profiles-ok': {
    severity: 'info',
    params: {},
    message: 'Hver profil hører til ett miljø, og ingen verdi hører til feil miljø.',
    explanation: 'Ingen av verdiene som ble kjent igjen, peker på et annet miljø enn profilen sin.',
  },
  'env.config.ok': {
    severity: 'info',
    params: {environment: 'environment'},
    message: 'Alle verdiene som ble kjent igjen, hører til {environment}.',
    explanation:
      'Ingen av verdiene som ble kjent igjen, peker på et annet miljø. Adresser verktøyet ikke kjenner, er talt for seg.',
  },
  'env.config.unrecognised': {
    severity: 'info',
    params: {count: 'count', hosts: 'value'},
    message:
      '{count} adresse er ikke kjent igjen og ikke sjekket: {hosts}|{count} adresser er ikke kjent igjen og ikke sjekket: {hosts}',
    explanation:
      'Miljøsjekken kjenner Maskinportens, Skatteetatens, NAVs og Altinns adresser. Andre adresser (en nettside, en database, en annen tjeneste) sier ingenting om miljøet og er bare talt.',
  },
  'env.config.placeholder': {
    severity: 'info',
    params: {name: 'value', value: 'value'},
    message: '{name} er ikke satt her; standardverdien {value} er sjekket.',
    explanation:
      'Spring leser ${NAVN:standard} som miljøvariabelen NAVN, eller som standardverdien når variabelen ikke er satt. Verktøyet sjekker standardverdien; er variabelen satt der appen kjører, gjelder den i stedet.',
  },
  'env.config.placeholder-unset': {
    severity: 'info',
    params: {name: 'value'},
    message: '{name} settes utenfor oppsettet; verdien er ikke sjekket.',
    explanation:
      'En plassholder uten standardverdi (uten :standard etter navnet) hentes fra miljøet der appen kjører. Lim inn verdien for å få den sjekket.',
  },
  'env.config.private-key': {
    severity: 'error',
    params: {line: 'value', kind: 'value'},
    message:
      'Linje {line} har en privat nøkkel ({kind}). Oppsettet er ikke lest, og ingenting av det er vist. Lim aldri inn en privat nøkkel på en nettside; er den delt, bytt den ut.',
    explanation:
      'Miljøsjekken trenger bare adressene, scopene og sertifikatinnstillingen. Fjern nøkkelen (en PEM-nøkkel, en JWK med d, p eller q, eller base64 av en privat nøkkel) før dere limer inn oppsettet. Har den vært delt eller limt inn et sted andre kan se den, lag et nytt nøkkelpar og registrer den nye offentlige nøkkelen på klienten.',
  },
  'env.config.nothing-found': {
    severity: 'warning',
    params: {},
    message: 'Fant ingen adresser til Maskinporten, Skatteetaten eller NAV og ingen sertifikatinnstilling i teksten.',
    explanation:
      'Miljøsjekken leser .env, application.properties, application.yml, appsettings.json og vanlige linjer. Den kjenner igjen adresser på maskinporten.no, skatteetaten.no, nav.no og altinn.no (og testvertene deres), scopes, consumer_org og sertifikatinnstillinger med test eller prod i navnet.',
  },
  'env.config.too-large': {
    severity: 'warning',
    params: {max: 'value', values: 'value'},
    message: 'Teksten er lang: bare de første {max} tegnene eller {values} verdiene er lest.',
    explanation: 'Lim inn bare delen av oppsettet som gjelder Maskinporten og API-ene.',
  },

  // Signature
  'sig.valid': {
    severity: 'info',
    params: {alg: 'value', keySource: 'value', keysTried: 'count'},
    message:
      'Signaturen er gyldig ({alg}).|Signaturen er gyldig ({alg}): nøkkel nummer {keysTried} av dem som passer, verifiserte den.',
    explanation: 'Tokenet er signert med den private nøkkelen som hører til nøkkelen eller sertifikatet.',
  },
  'sig.invalid': {
    severity: 'error',
    mpCode: 'MP-124',
    params: {alg: 'value', keysTried: 'count', kid: 'optional'},
    message:
      'Signaturen stemmer ikke med nøkkelen: mest sannsynlig er tokenet signert med en annen nøkkel.|Signaturen stemmer ikke med noen av de {keysTried} nøklene som passer: mest sannsynlig er tokenet signert med en annen nøkkel.',
    explanation:
      'Oftest er tokenet signert med en annen privat nøkkel enn den som hører til nøkkelen som ble brukt her: kontroller at kid i headeren er kid-en til nøkkelen dere signerer med (og at den er registrert på klienten), og at JWK-en eller sertifikatet dere limte inn, er den offentlige delen av den. Ellers er tokenet endret etter at det ble signert (for eksempel redigert i jwt.io, eller et tegn mistet ved kopiering): lag grantet på nytt i koden og lim det inn uendret. Maskinporten svarer MP-124.',
  },
  'sig.key-not-x5c': {
    severity: 'error',
    mpCode: 'MP-124',
    params: {},
    message:
      'Nøkkelen dere limte inn, er ikke nøkkelen i sertifikatet i x5c. Maskinporten kontrollerer signaturen med x5c.',
    explanation:
      'Når grantet har x5c, kontrollerer Maskinporten signaturen med nøkkelen i det første sertifikatet i x5c, ikke med en nøkkel registrert på klienten. Er grantet signert med en annen nøkkel, svarer Maskinporten MP-124 «Invalid JWT signature». Send sertifikatet som hører til nøkkelen dere signerer med, eller send kid i stedet for x5c når klienten har en registrert nøkkel.',
  },
  'sig.not-checked-malformed': {
    severity: 'info',
    params: {},
    message: 'Signaturen er ikke kontrollert: tokenet er ikke gyldig base64url eller JSON.',
    explanation:
      'En signatur over et token som ikke kan leses, sier ikke noe Maskinporten ville vært enig i. Rett feilene i tokenet først.',
  },
  'sig.no-matching-key': {
    severity: 'error',
    params: {alg: 'value', kid: 'optional', keyKid: 'optional'},
    message: 'Fant ingen nøkkel som passer (kid i tokenet: {kid}).',
    explanation: 'kid i headeren må finnes i nøkkelsettet (JWKS).',
  },
  'sig.no-key': {
    severity: 'info',
    params: {},
    message: 'Ingen nøkkel oppgitt; signaturen er ikke kontrollert.',
    explanation: 'Lim inn en offentlig nøkkel (JWK, JWKS eller PEM) for å kontrollere signaturen.',
  },
  'sig.key-invalid': {
    severity: 'error',
    params: {reason: 'value'},
    message: 'Nøkkelen kan ikke leses (årsak: {reason}).',
    explanation: 'Lim inn en offentlig nøkkel som JWK, JWKS, PEM eller et sertifikat.',
  },
  'sig.key-private': {
    severity: 'error',
    params: {},
    message: 'Dette er en privat nøkkel. Lim aldri inn private nøkler.',
    explanation:
      'For å kontrollere en signatur trengs bare den offentlige nøkkelen. Behandle den private nøkkelen som kompromittert hvis den er delt.',
  },
  'sig.alg-mismatch': {
    severity: 'error',
    params: {alg: 'value', keyAlg: 'optional', reason: 'optional'},
    message: 'Nøkkelen passer ikke til alg {alg}.',
    explanation: 'Maskinporten bruker RSA-nøkler med RS256, RS384 eller RS512.',
  },
  'sig.key-too-small': {
    severity: 'error',
    params: {bits: 'value', min: 'value'},
    message: 'RSA-nøkkelen er {bits} bit; den må være minst {min} bit, så signaturen er ikke kontrollert med den.',
    explanation:
      'RSA-nøkler under 2048 bit er for svake (RFC 7518 §3.3) og avvises. Lag et nytt nøkkelpar på minst 2048 bit.',
  },

  // Certificate
  'cert.invalid': {
    severity: 'error',
    params: {},
    message: 'Sertifikatet i x5c kan ikke leses.',
    explanation: 'x5c skal inneholde DER-sertifikater kodet som vanlig base64 (ikke base64url, ingen PEM-linjer).',
  },
  'cert.input.empty': {
    severity: 'error',
    params: {},
    message: 'Filen er tom.',
    explanation:
      'Filen har ikke noe innhold (0 byte, eller bare mellomrom og linjeskift). Eksporter sertifikatet på nytt.',
  },
  'cert.input.too-large': {
    severity: 'error',
    params: {size: 'value', max: 'value'},
    message: 'Teksten eller filen er {size} byte; grensen er {max}. Den er ikke lest.',
    explanation:
      'Et virksomhetssertifikat med kjede er noen få kilobyte. Så mye tekst er ikke et sertifikat: lim inn bare sertifikatet eller JWK-en.',
  },
  'cert.input.image': {
    severity: 'error',
    params: {format: 'value'},
    message: 'Filen er et bilde eller dokument ({format}), ikke et sertifikat.',
    explanation:
      'Et skjermbilde eller en PDF av sertifikatet har ikke nøkkelen i seg. Bruk .cer-, .crt- eller .pem-filen, eller hent sertifikatet ut av .p12-filen med openssl pkcs12 -in virksomhet.p12 -clcerts -nokeys -out virksomhet.pem.',
  },
  'cert.input.csr': {
    severity: 'error',
    params: {},
    message: 'Dette er en sertifikatforespørsel (CSR), ikke et sertifikat.',
    explanation:
      'En CSR (BEGIN CERTIFICATE REQUEST) er det dere sender til utstederen for å få et sertifikat. Lim inn sertifikatet dere fikk tilbake.',
  },
  'cert.input.ssh-key': {
    severity: 'error',
    params: {},
    message: 'Dette er en offentlig SSH-nøkkel, ikke et sertifikat eller en JWK.',
    explanation:
      'Maskinporten bruker ikke SSH-nøkler. Lim inn virksomhetssertifikatet, eller den offentlige nøkkelen som PEM (BEGIN PUBLIC KEY) eller JWK.',
  },
  'cert.input.pkcs7': {
    severity: 'error',
    params: {},
    message: 'Dette er en PKCS#7-fil (.p7b eller .p7c) med sertifikater i, ikke et sertifikat.',
    explanation:
      'Hent sertifikatene ut med openssl pkcs7 -print_certs -in fil.p7b -out kjede.pem, og lim inn kjede.pem eller åpne den her.',
  },
  'cert.input.pem-truncated': {
    severity: 'error',
    params: {label: 'value'},
    message: 'PEM-blokken «BEGIN {label}» har ingen END-linje: teksten er kuttet.',
    explanation: 'Kopier hele blokken, fra -----BEGIN-linjen til og med -----END-linjen.',
  },
  'cert.input.not-jwk': {
    severity: 'error',
    params: {},
    message: 'JSON-en er ikke en JWK: den har ikke kty.',
    explanation:
      'En JWK er et JSON-objekt med kty (RSA), n og e; et nøkkelsett (JWKS) har dem i keys. Et tokensvar, et grant eller annen JSON er ikke en nøkkel. Lim inn JWK-en eller sertifikatet.',
  },
  'cert.input.public-key': {
    severity: 'info',
    params: {},
    message: 'Dette er en offentlig nøkkel (PEM), ikke et sertifikat. JWK-en under er laget av den.',
    explanation:
      'En offentlig nøkkel kan registreres på klienten og brukes med kid. x5c, x5t#S256 og fornyelsesplanen trenger sertifikatet.',
  },
  'cert.input.unreadable': {
    severity: 'error',
    params: {},
    message: 'Fant verken et sertifikat, en offentlig nøkkel eller en JWK i teksten.',
    explanation:
      'Verktøyet leser et sertifikat som PEM (BEGIN CERTIFICATE), som base64 (DER) eller som fil (.cer, .crt, .der, .pem), en offentlig nøkkel (BEGIN PUBLIC KEY) og en JWK eller JWKS.',
  },
  'cert.expired': {
    severity: 'error',
    mpCode: 'MP-124',
    params: {notAfter: 'value'},
    message: 'Sertifikatet utløp {notAfter}.',
    explanation: 'Et utløpt virksomhetssertifikat gir MP-124. Bestill et nytt.',
  },
  'cert.not-yet-valid': {
    severity: 'error',
    mpCode: 'MP-124',
    params: {notBefore: 'value'},
    message: 'Sertifikatet gjelder først fra {notBefore}.',
    explanation: 'Sertifikatet er ikke gyldig ennå, eller klokken går feil.',
  },
  'cert.wrong-environment': {
    severity: 'error',
    mpCode: 'MP-120',
    params: {actual: 'environment', issuer: 'value', expected: 'environment'},
    message: 'Sertifikatet er for {actual} (utstederen det oppgir: {issuer}), men brukes i {expected}.',
    explanation: 'Test krever testsertifikat og produksjon produksjonssertifikat; ellers svarer Maskinporten MP-120.',
  },
  'cert.orgnr': {
    severity: 'info',
    params: {orgnr: 'value', source: 'value', checksum: 'value'},
    message: 'Sertifikatet tilhører organisasjonsnummer {orgnr}.',
    explanation: 'Organisasjonsnummeret i sertifikatet må være klienteierens, ellers svarer Maskinporten MP-122.',
  },
  'cert.orgnr.missing': {
    severity: 'warning',
    params: {},
    message: 'Fant ikke organisasjonsnummer i sertifikatet.',
    explanation:
      'Et virksomhetssertifikat har organisasjonsnummeret i organizationIdentifier (NTRNO-…) eller serialNumber.',
  },
  'cert.orgnr.checksum': {
    severity: 'warning',
    params: {orgnr: 'value', source: 'value'},
    message:
      'Organisasjonsnummeret {orgnr} i sertifikatet har feil kontrollsiffer: det er ikke et gyldig organisasjonsnummer.',
    explanation:
      'Det niende sifferet i et organisasjonsnummer er et kontrollsiffer (modulus 11). Et nummer der det ikke stemmer, er ikke et organisasjonsnummer i Enhetsregisteret, og Maskinporten kan ikke knytte sertifikatet til klienteieren (MP-122).',
  },
  'cert.consumer-org-same': {
    severity: 'error',
    params: {orgnr: 'value'},
    message: 'consumer_org {orgnr} er samme nummer som i sertifikatet.',
    explanation:
      'Dere kan ikke handle på vegne av dere selv. Fjern consumer_org, ellers svarer Maskinporten «The combination consumer_org in claim and delegation scope on client is invalid».',
  },
  'cert.issuer-unknown': {
    severity: 'warning',
    params: {issuer: 'value', environment: 'environment', reason: 'optional'},
    message: 'Utstederen {issuer} er ikke en kjent utsteder av virksomhetssertifikater.',
    explanation:
      'Maskinporten godtar virksomhetssertifikater fra Buypass og Commfides. Utstederen sammenlignes på hele navnet, ikke bare CN; et navn som bare ligner, er ikke nok.',
  },
  'cert.issuer-verified': {
    severity: 'info',
    params: {issuer: 'value', anchor: 'value', source: 'value'},
    message: 'Utstederen er kontrollert: signaturene går opp til {anchor}, et CA-sertifikat nettstedet har.',
    explanation:
      'Verktøyet har kontrollert signaturen på hvert ledd i kjeden, opp til et CA-sertifikat fra Buypass eller Commfides som nettstedet har en kopi av (kilden står ved utstederen). Om sertifikatet er sperret (CRL, OCSP), er ikke kontrollert: det ser bare Maskinporten.',
  },
  'cert.issuer-unverified': {
    severity: 'warning',
    params: {issuer: 'value'},
    message: 'Utstederen «{issuer}» er bare navngitt i sertifikatet, ikke kontrollert.',
    explanation:
      'Hvem som helst kan lage et sertifikat med navnet til en kjent utsteder. Verktøyet kaller utstederen kontrollert bare når signaturene går opp til et CA-sertifikat nettstedet har; her er ikke det gjort, eller nettstedet har ikke CA-sertifikatet. Maskinporten kontrollerer kjeden og svarer MP-120 på et sertifikat som ikke er utstedt av en godkjent utsteder.',
  },
  'cert.issuer-signature-invalid': {
    severity: 'error',
    mpCode: 'MP-120',
    params: {issuer: 'value', position: 'value'},
    message: 'Sertifikat {position} oppgir {issuer} som utsteder, men er ikke signert med nøkkelen til {issuer}.',
    explanation:
      'Nettstedet har CA-sertifikatet med dette navnet, og signaturen stemmer ikke med nøkkelen i det. Sertifikatet er laget av noen andre og har bare fått utstederens navn, eller det er endret etter at det ble utstedt. Maskinporten svarer MP-120. Bruk virksomhetssertifikatet dere fikk fra Buypass eller Commfides.',
  },
  'cert.chain.signature-invalid': {
    severity: 'error',
    mpCode: 'MP-120',
    params: {position: 'value', subject: 'value', issuer: 'value'},
    message:
      'Kjeden brytes ved sertifikat {position} ({subject}): det er ikke signert av {issuer}, selv om navnet stemmer.',
    explanation:
      'Hvert sertifikat i kjeden skal være signert av det neste. Her stemmer navnene, men ikke signaturen: et av sertifikatene er endret eller byttet ut. Maskinporten svarer MP-120. Hent kjeden på nytt, fra .p12-filen eller fra utstederen.',
  },
  'cert.chain.not-in-chain': {
    severity: 'warning',
    params: {position: 'value', subject: 'value'},
    message:
      'Sertifikat {position} ({subject}) har ikke utstedt noen av de andre og hører ikke til kjeden. Det er ikke tatt med i x5c.',
    explanation:
      'En kjede er virksomhetssertifikatet og utstederne over det, hvert signert av det neste. Et sertifikat som ikke har utstedt noe av de andre (for eksempel krypteringssertifikatet fra samme bestilling, eller et annet firmas sertifikat), hører ikke til den.',
  },
  'cert.chain.unreadable': {
    severity: 'warning',
    params: {position: 'value'},
    message: 'Sertifikat {position} kan ikke leses og er ikke tatt med.',
    explanation: 'Blokken har PEM-linjene, men innholdet er ikke et DER-sertifikat. Kopier det på nytt.',
  },
  'cert.chain.too-long': {
    severity: 'warning',
    params: {count: 'value', max: 'value'},
    message: 'Det er {count} sertifikater; bare de første {max} er lest.',
    explanation:
      'Kjeden til et virksomhetssertifikat er to eller tre sertifikater: virksomhetens, utstederens og rotsertifikatet. Lim inn bare dem.',
  },
  'cert.chain.order': {
    severity: 'warning',
    params: {order: 'value'},
    message:
      'Sertifikatene står i feil rekkefølge. Riktig rekkefølge er {order}: virksomhetssertifikatet først, så utstederne. x5c under har den.',
    explanation:
      'I x5c står virksomhetssertifikatet først, og hvert av de neste har utstedt det foran (RFC 7515 §4.1.6). Verktøyet har funnet virksomhetssertifikatet (ikke et CA-sertifikat, med digitalSignature) og satt kjeden i riktig rekkefølge.',
  },
  'cert.x5c.order': {
    severity: 'error',
    mpCode: 'MP-124',
    params: {position: 'value'},
    message: 'x5c[0] er et CA-sertifikat; virksomhetssertifikatet står som {position}. Det må stå først.',
    explanation:
      'Maskinporten kontrollerer grantets signatur med nøkkelen i x5c[0] (RFC 7515 §4.1.6). Står et CA-sertifikat først, stemmer ikke signaturen, og Maskinporten svarer MP-124.',
  },
  'cert.x5c.link': {
    severity: 'error',
    mpCode: 'MP-120',
    params: {position: 'value', subject: 'value', next: 'value'},
    message: '{next} har ikke utstedt {position} ({subject}). I x5c skal hvert sertifikat være utstedt av det neste.',
    explanation:
      'RFC 7515 §4.1.6: sertifikatet med nøkkelen står først, og hvert av de neste sertifiserer det foran. Et sertifikat som ikke hører til kjeden, eller feil rekkefølge, gir en kjede Maskinporten ikke kan kontrollere (MP-120).',
  },
  'cert.expires-soon': {
    severity: 'warning',
    params: {days: 'value', notAfter: 'value'},
    message: 'Sertifikatet utløper om {days} dager ({notAfter}).',
    explanation:
      'Et utløpt sertifikat stopper hvert token (MP-124). Bestill det nye i god tid og bytt uten nedetid. Advarsel under 60 dager, feil under 14.',
  },
  'cert.self-signed': {
    severity: 'warning',
    params: {subject: 'value'},
    message: 'Sertifikatet {subject} har signert seg selv.',
    explanation:
      'Et selvsignert sertifikat er ikke et virksomhetssertifikat, og Maskinporten godtar det ikke i x5c. Nøkkelen kan likevel registreres som egen nøkkel (JWK) på klienten.',
  },
  'cert.ca-certificate': {
    severity: 'error',
    params: {subject: 'value'},
    message: 'Dette er et CA-sertifikat (cA=true), ikke et virksomhetssertifikat.',
    explanation:
      'Et CA-sertifikat utsteder andre sertifikater; nøkkelen i det er utstederens, ikke virksomhetens. Verktøyet lager ingen JWK, x5c eller fornyelsesplan av det. Lim inn virksomhetssertifikatet (det med organisasjonsnummeret), gjerne med kjeden etter. Har dere laget et eget sertifikat med openssl req -x509, legg til -addext basicConstraints=critical,CA:FALSE, eller lim inn bare den offentlige nøkkelen (openssl pkey -pubout).',
  },
  'cert.key-too-small': {
    severity: 'error',
    params: {bits: 'value', min: 'value'},
    message: 'RSA-nøkkelen er {bits} bit; den bør være minst {min}.',
    explanation:
      'RSA-nøkler under 2048 bit regnes ikke som sikre. Bestill et nytt sertifikat eller lag en større nøkkel.',
  },
  'cert.key-type': {
    severity: 'error',
    params: {keyType: 'value', algorithm: 'value'},
    message: 'Nøkkelen er {keyType} ({algorithm}), ikke RSA.',
    explanation:
      'Maskinporten godtar RS256, RS384 og RS512 i grantet. Det er RSA-signaturer: en EC-nøkkel kan ikke lage dem.',
  },
  'cert.key-rsa-pss': {
    severity: 'error',
    params: {},
    message:
      'Nøkkelen er en RSA-PSS-nøkkel (id-RSASSA-PSS) og kan ikke lage RS256-signaturer. Verktøyet lager ingen JWK av den.',
    explanation:
      'En RSA-nøkkel merket id-RSASSA-PSS kan bare brukes til PSS-signaturer (RFC 4055 §1.2). Maskinporten krever RS256, RS384 eller RS512, som er RSASSA-PKCS1-v1_5 (RFC 7518 §3.3). Bestill eller lag et sertifikat med en vanlig RSA-nøkkel (rsaEncryption).',
  },
  'cert.trailing-bytes': {
    severity: 'warning',
    params: {count: 'value', position: 'value'},
    message: 'Sertifikat {position} har {count} byte etter seg i filen. De er ikke tatt med i x5c og x5t#S256.',
    explanation:
      'Et DER-sertifikat slutter der lengden i starten sier. Bytes etter det (en kopi, utfylling, et linjeskift i en binærfil) hører ikke til sertifikatet og ville gitt feil x5t#S256 og en ugyldig x5c. Sjekk at filen er den dere tror.',
  },
  'cert.key-usage': {
    severity: 'warning',
    params: {keyUsage: 'value'},
    message: 'Nøkkelbruken er {keyUsage}, uten digitalSignature.',
    explanation:
      'Grantet er en digital signatur. Virksomhetssertifikater kommer gjerne i par; bruk det som har digitalSignature. Skatteetaten krever et testsertifikat av typen «signering».',
  },
  'cert.private-material': {
    severity: 'error',
    params: {kind: 'value'},
    message: 'Dette er en privat nøkkel ({kind}). Den tas ikke imot.',
    explanation:
      'Verktøyet trenger bare sertifikatet. Hent det ut av .p12-filen med openssl pkcs12 -in virksomhet.p12 -clcerts -nokeys -out virksomhet.pem eller keytool -exportcert -rfc -keystore virksomhet.p12 -storetype PKCS12 -alias ALIAS -file virksomhet.pem.',
  },
  'cert.jwk.use-enc': {
    severity: 'error',
    params: {use: 'value'},
    message: 'JWK-en er merket use «{use}», ikke «sig». Verktøyet endrer ikke merket og lager ingen JWK av den.',
    explanation:
      'Maskinporten bruker nøkkelen til å kontrollere grantets signatur; en nøkkel merket for kryptering (enc) er ikke en signeringsnøkkel. Er dette likevel signeringsnøkkelen, rett use til sig der JWK-en lages.',
  },
  'cert.jwk.alg': {
    severity: 'error',
    params: {alg: 'value'},
    message: 'JWK-en har alg «{alg}»; Maskinporten godtar RS256, RS384 og RS512. Verktøyet endrer den ikke.',
    explanation:
      'alg i en JWK sier hvilken algoritme nøkkelen er til. Lag JWK-en med alg RS256 (eller uten alg), fra en vanlig RSA-nøkkel.',
  },
  'cert.jwks.truncated': {
    severity: 'warning',
    params: {count: 'value', max: 'value'},
    message: 'Nøkkelsettet har {count} nøkler; bare de første {max} er lest.',
    explanation: 'En klient har noen få nøkler. Lim inn bare nøklene dere skal registrere.',
  },
  'cert.kid.invalid': {
    severity: 'warning',
    params: {},
    message:
      'kid-en dere skrev, er ikke brukt: den er over 200 tegn eller har kontrolltegn. kid er RFC 7638-tommelavtrykket.',
    explanation: 'Skriv en kort kid uten linjeskift og kontrolltegn, eller la feltet stå tomt.',
  },
  'cert.kid.replaced': {
    severity: 'info',
    params: {kid: 'value', previous: 'value'},
    message: 'kid «{previous}» fra JWK-en er byttet med «{kid}», som dere skrev.',
    explanation: 'Grantet må bruke samme kid som nøkkelen har på klienten. Tøm kid-feltet for å beholde JWK-ens egen.',
  },
  'cert.kid.several-keys': {
    severity: 'warning',
    params: {count: 'value'},
    message: 'kid-en dere skrev, er ikke brukt: nøkkelsettet har {count} nøkler, og hver beholder sin egen kid.',
    explanation: 'Én kid kan bare høre til én nøkkel. Lim inn én JWK for å gi den kid-en dere skrev.',
  },

  // Grant builder
  'builder.client-id.missing': {
    severity: 'error',
    params: {},
    message: 'Skriv inn klient-ID-en.',
    explanation: 'Klient-ID-en fra selvbetjeningsportalen blir iss i grantet.',
  },
  'builder.kid.missing': {
    severity: 'error',
    params: {},
    message: 'Skriv inn kid for nøkkelen.',
    explanation: 'kid er navnet på nøkkelen dere har registrert på klienten.',
  },

  // Error explainer (one per TOKEN_ERRORS entry, plus the fallbacks)
  'error.empty': {
    severity: 'error',
    params: {},
    message: 'Lim inn feilsvaret fra token-endepunktet.',
    explanation: 'Det er ikke limt inn noe å forklare.',
  },
  'error.json': {
    severity: 'warning',
    params: {},
    message: 'Teksten ser ut som JSON, men kan ikke leses som JSON.',
    explanation: 'Verktøyet leter likevel etter MP-koder og kjente feilmeldinger i teksten.',
  },
  'error.unknown': {
    severity: 'info',
    params: {},
    message: 'Fant ingen kjent feil fra Maskinporten eller API-ene i teksten.',
    explanation: 'Lim inn hele svaret, med error og error_description.',
  },
  'error.mp-100': {
    severity: 'error',
    mpCode: 'MP-100',
    params: {},
    message: 'Klientautentiseringen feilet.',
    explanation: 'Ofte en skrivefeil i klient-ID-en (iss). Kontroller klient-ID-en.',
  },
  'error.mp-100-client-not-found': {
    severity: 'error',
    mpCode: 'MP-100',
    params: {},
    message: 'Klienten finnes ikke.',
    explanation:
      'Feil iss, eller klienten er opprettet i et annet miljø enn aud peker på. Kontroller klient-ID og miljø.',
  },
  'error.mp-110': {
    severity: 'error',
    mpCode: 'MP-110',
    params: {},
    message: 'aud i grantet er feil.',
    explanation:
      'aud hører til feil miljø, eller har en skrivefeil. Bruk utstederen for riktig miljø, med skråstrek til slutt.',
  },
  'error.mp-120': {
    severity: 'error',
    mpCode: 'MP-120',
    params: {},
    message: 'Grantet er signert med et ugyldig sertifikat.',
    explanation:
      'Ugyldig sertifikat, eller produksjonssertifikat i test (eller omvendt). Bruk et gyldig sertifikat for riktig miljø.',
  },
  'error.mp-121': {
    severity: 'error',
    mpCode: 'MP-121',
    params: {},
    message: 'Nøkkelen på klienten er utløpt.',
    explanation: 'Nøkler på klienten lever høyst ett år. Last opp en ny nøkkel, eller den samme på nytt.',
  },
  'error.mp-011': {
    severity: 'error',
    mpCode: 'MP-011',
    params: {},
    message: 'Grantet har en ugyldig verdi.',
    explanation: 'Skrivefeil eller linjeskift i grantet. Send grantet som én linje.',
  },
  'error.consumer-org-combination': {
    severity: 'error',
    params: {},
    message: 'consumer_org passer ikke med klienten.',
    explanation: 'consumer_org er klienteierens eget organisasjonsnummer. Fjern consumer_org.',
  },
  'error.mp-200': {
    severity: 'error',
    mpCode: 'MP-200',
    params: {},
    message: 'Klienten har ikke scopet den ber om.',
    explanation:
      'Scopet er ikke registrert på klienten, eller er feilstavet. Registrer scopet og kontroller stavingen.',
  },
  'error.mp-201': {
    severity: 'error',
    mpCode: 'MP-201',
    params: {},
    message: 'Scopet er ikke tillatt for Maskinporten.',
    explanation: 'Klienten er ikke en Maskinporten-klient. Opprett en Maskinporten-klient.',
  },
  'error.mp-012': {
    severity: 'error',
    mpCode: 'MP-012',
    params: {},
    message: 'Grantet er brukt før.',
    explanation: 'jti eller hele grantet er gjenbrukt. Lag et nytt grant med ny jti for hver forespørsel.',
  },
  'error.mp-130': {
    severity: 'error',
    mpCode: 'MP-130',
    params: {},
    message: 'Grantet er utløpt.',
    explanation: 'Grantet ble brukt for sent, eller klokken går feil. Lag et nytt grant og synkroniser klokken.',
  },
  'error.mp-122': {
    severity: 'error',
    mpCode: 'MP-122',
    params: {},
    message: 'Organisasjonsnummeret i sertifikatet er ikke klienteierens.',
    explanation: 'Bruk et sertifikat for samme organisasjonsnummer som eier klienten.',
  },
  'error.mp-123': {
    severity: 'error',
    mpCode: 'MP-123',
    params: {},
    message: 'x5c i headeren er ugyldig.',
    explanation: 'x5c er en streng, ikke en liste. Send x5c som en liste med strenger.',
  },
  'error.mp-124': {
    severity: 'error',
    mpCode: 'MP-124',
    params: {},
    message: 'Signaturen på grantet er ugyldig.',
    explanation: 'Utløpt sertifikat, eller sertifikat fra feil miljø. Bruk et gyldig sertifikat for riktig miljø.',
  },
  'error.rar': {
    severity: 'error',
    params: {},
    message: 'Feil i authorization_details (RAR).',
    explanation: 'MP-301, MP-302 og MP-303 gjelder RAR. Kontroller authorization_details i forespørselen.',
  },
  'error.issue-time-after-now': {
    severity: 'error',
    params: {},
    message: 'iat er etter Maskinportens klokke.',
    explanation: 'Serverklokken går foran. Synkroniser klokken (NTP).',
  },
  'error.mp-250': {
    severity: 'error',
    mpCode: 'MP-250',
    params: {scope: 'value'},
    message: 'Virksomheten har ikke tilgang til scopet {scope}.',
    explanation: 'API-eieren har ikke gitt virksomheten tilgang. Be API-eieren om tilgang.',
  },
  'error.mp-251': {
    severity: 'error',
    mpCode: 'MP-251',
    params: {consumer: 'value', scope: 'value', supplier: 'value'},
    message: '{consumer} har ikke delegert scopet {scope} til {supplier}.',
    explanation:
      'Delegeringen i Altinn mangler eller er feil. Deleger i Altinn; delegeringer i produksjon gjelder ikke i TT02.',
  },
  'error.message-mismatch': {
    severity: 'warning',
    params: {message: 'value', mpCode: 'value', codes: 'value'},
    message: 'Meldingen «{message}» er ikke meldingen Maskinporten gir med {mpCode}. Den passer til: {codes}.',
    explanation:
      'Koden og teksten sier ulike ting. Sjekk begge: teksten kan være skrevet om av et bibliotek eller en proxy, eller koden kan høre til et annet svar.',
  },
  'error.message-unmatched': {
    severity: 'warning',
    params: {mpCode: 'value', message: 'value'},
    message:
      'Meldingen «{message}» er ikke meldingen Maskinporten gir med {mpCode}, og den passer ikke til noen av de kjente meldingene.',
    explanation:
      'Koden og teksten sier ulike ting, og teksten er ingen av Maskinportens kjente meldinger. Sjekk begge: teksten kan være skrevet om av et bibliotek eller en proxy, eller koden kan høre til et annet svar.',
  },
  'error.mp-unknown': {
    severity: 'info',
    params: {mpCode: 'value'},
    message: '{mpCode} er ikke blant kodene på Digdirs feilsøkingsside.',
    explanation:
      'Koden er ukjent for dette nettstedet. Se Digdirs feilsøkingsside, og ta med hele feilsvaret hvis dere spør Digdir.',
  },
  'error.oauth.invalid-grant': {
    severity: 'error',
    params: {likely: 'value'},
    message: 'invalid_grant uten MP-kode. De vanligste årsakene, i rekkefølge: {likely}.',
    explanation:
      'Grantet ble avvist. Digdir grupperer feilene under «Invalid grant», men sier ikke hvilken OAuth-feil hver MP-kode kommer med; rekkefølgen er dette nettstedets anslag. Undersøk grantet med token-inspektøren.',
  },
  'error.oauth.invalid-client': {
    severity: 'error',
    params: {likely: 'value'},
    message: 'invalid_client uten MP-kode. De vanligste årsakene, i rekkefølge: {likely}.',
    explanation:
      'Klientautentiseringen feilet (RFC 6749 §5.2): klienten finnes ikke i miljøet, iss er feil, eller grantet er signert med feil nøkkel eller sertifikat.',
  },
  'error.oauth.invalid-scope': {
    severity: 'error',
    params: {likely: 'value'},
    message: 'invalid_scope uten MP-kode. De vanligste årsakene, i rekkefølge: {likely}.',
    explanation:
      'Scopet er ugyldig, ukjent eller ikke gitt klienten (RFC 6749 §5.2). Kontroller stavingen med scope-validatoren og at scopet er lagt til klienten.',
  },
  'error.oauth.unauthorized-client': {
    severity: 'error',
    params: {likely: 'value'},
    message: 'unauthorized_client uten MP-kode. De vanligste årsakene, i rekkefølge: {likely}.',
    explanation:
      'Klienten har ikke lov til å bruke denne grant-typen (RFC 6749 §5.2). For Maskinporten betyr det som regel at klienten ikke er en Maskinporten-klient.',
  },
  'error.oauth.invalid-request': {
    severity: 'error',
    params: {likely: 'value'},
    message: 'invalid_request uten MP-kode. De vanligste årsakene, i rekkefølge: {likely}.',
    explanation:
      'Forespørselen mangler en parameter eller har en ugyldig verdi (RFC 6749 §5.2). Send grant_type og assertion som application/x-www-form-urlencoded, og grantet på én linje.',
  },
  'error.oauth.unsupported-grant-type': {
    severity: 'error',
    params: {},
    message: 'unsupported_grant_type: Maskinporten tar bare grant_type urn:ietf:params:oauth:grant-type:jwt-bearer.',
    explanation:
      'Maskinportens metadata oppgir én grant-type: urn:ietf:params:oauth:grant-type:jwt-bearer. Sjekk at grant_type er skrevet nøyaktig slik, URL-kodet i skjemaet.',
  },

  // The APIs' own errors
  'api.skatteetaten.error': {
    severity: 'error',
    params: {
      api: 'value',
      code: 'value',
      status: 'value',
      meaning: 'bilingual',
      fix: 'bilingual',
      anchor: 'value',
      description: 'optional',
      correlationId: 'optional',
    },
    message: '{api} svarte {code} (HTTP {status}): {meaning} {fix}',
    explanation:
      'Feilen kommer fra Skatteetatens API, ikke fra Maskinporten: tokenet ble utstedt, og API-et svarte med en egen kode (IM-, OTP- eller DAS-). Tabellen over API-feil sier hva hver kode betyr. Ta med korrelasjonsid-en fra svaret når dere kontakter Skatteetaten.',
  },
  'api.skatteetaten.which-api': {
    severity: 'info',
    params: {code: 'value', apis: 'value'},
    message:
      '{code} brukes av flere av Skatteetatens API-er ({apis}), og teksten sier ikke hvilket av dem som svarte. Adressen dere kalte, sier det.',
    explanation:
      'Inntekt API og Inntektsmottakere API bruker begge IM-koder, og IM-007 og IM-008 betyr ulike ting i dem. Verktøyet gjetter ikke: det viser hva koden betyr i hvert API. Lim inn adressen eller HTTP-statusen sammen med svaret, så vet verktøyet hvilket.',
  },
  'api.skatteetaten.error-in': {
    severity: 'error',
    params: {
      api: 'value',
      code: 'value',
      status: 'value',
      meaning: 'bilingual',
      fix: 'bilingual',
      anchor: 'value',
      description: 'optional',
      correlationId: 'optional',
    },
    message: 'Fra {api} betyr {code} (HTTP {status}): {meaning} {fix}',
    explanation:
      'Koden finnes i flere av Skatteetatens API-er. Hvilket som svarte, står i adressen dere kalte; denne meningen gjelder for API-et som er nevnt.',
  },
  'api.skatteetaten.unknown-code': {
    severity: 'warning',
    params: {code: 'value', description: 'optional', correlationId: 'optional'},
    message: 'Skatteetaten-koden {code} står ikke i tabellen over API-feil.',
    explanation:
      'Svaret har Skatteetatens form (kode, melding, korrelasjonsid), men koden står ikke i tabellen. Slå den opp i API-ets egen dokumentasjon hos Skatteetaten.',
  },
  'api.nav.error': {
    severity: 'error',
    params: {
      api: 'value',
      code: 'value',
      status: 'value',
      meaning: 'bilingual',
      fix: 'bilingual',
      anchor: 'value',
      classification: 'optional',
    },
    message: '{api} svarte {code} i errors-listen: {meaning} {fix}',
    explanation:
      'NAVs OTP-API svarer på en spørring som feiler med HTTP 200 og en errors-liste med AA-koder. Sjekk derfor errors-listen også når statusen er 200. Kilden er NAVs eldre OTP-side; at dagens side har samme feilmodell, er ikke bekreftet.',
  },
  'api.nav.unknown-code': {
    severity: 'warning',
    params: {code: 'value', classification: 'optional'},
    message: 'NAV-koden {code} står ikke i tabellen over API-feil.',
    explanation: 'Koden står ikke i tabellen over NAVs AA-koder. Slå den opp i NAVs dokumentasjon for OTP-API-et.',
  },
  'api.correlation-id': {
    severity: 'info',
    params: {correlationId: 'value', owner: 'value'},
    message: 'Korrelasjons-ID: {correlationId}. {owner} ber om den når dere melder feilen.',
    explanation:
      'Skatteetaten har en korrelasjonsid i hvert feilsvar (kode, melding, korrelasjonsid), og NAV en correlation-id i svaret. Med den finner de kallet i loggene sine. Ta den med, sammen med tidspunktet, når dere kontakter dem.',
  },
} as const satisfies Record<string, FindingRow>;
