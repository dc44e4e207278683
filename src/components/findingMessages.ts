// Finding code -> translated text. Generated once from a table of nb/en pairs, then kept by hand.
// Every id is `finding.<code>.message` (with the finding's params filled in) or `finding.<code>.explanation`
// (what it means and how to fix it, no params). The English texts live in i18n/en/code.json; a unit test
// checks that every code in FINDING_CATALOGUE has both here and there.
import {translate} from '@docusaurus/Translate';
import type {Finding, FindingCode, FindingParams} from '@site/src/lib/findings';

type Params = Record<string, string | number>;

const MESSAGES: Record<FindingCode, (p: Params) => string> = {
  'jwt.empty': (p) =>
    translate<string>({id: 'finding.jwt.empty.message', message: 'Feltet er tomt. Lim inn et token.'}, p),
  'jwt.too-large': (p) =>
    translate<string>({id: 'finding.jwt.too-large.message', message: 'Teksten er {length} tegn; grensen er {max}.'}, p),
  'jwt.bearer-prefix': (p) =>
    translate<string>(
      {id: 'finding.jwt.bearer-prefix.message', message: '«{prefix}» foran tokenet er fjernet før undersøkelsen.'},
      p,
    ),
  'jwt.quotes': (p) =>
    translate<string>({id: 'finding.jwt.quotes.message', message: 'Anførselstegn rundt tokenet er fjernet.'}, p),
  'jwt.token-response': (p) =>
    translate<string>(
      {id: 'finding.jwt.token-response.message', message: 'Dette er et tokensvar; access_token er hentet ut av det.'},
      p,
    ),
  'jwt.whitespace': (p) =>
    translate<string>(
      {id: 'finding.jwt.whitespace.message', message: 'Tokenet inneholder mellomrom eller linjeskift.'},
      p,
    ),
  'jwt.malformed': (p) =>
    translate<string>(
      {id: 'finding.jwt.malformed.message', message: 'Tokenet har {parts} deler; et JWT har tre, skilt med punktum.'},
      p,
    ),
  'jwt.encrypted': (p) =>
    translate<string>(
      {id: 'finding.jwt.encrypted.message', message: 'Tokenet er kryptert (JWE, fem deler) og kan ikke leses her.'},
      p,
    ),
  'jwt.base64': (p) =>
    translate<string>(
      {id: 'finding.jwt.base64.message', message: 'Delen «{part}» er ikke gyldig base64url (tegnet «{char}»).'},
      p,
    ),
  'jwt.json': (p) =>
    translate<string>({id: 'finding.jwt.json.message', message: 'Delen «{part}» er ikke gyldig JSON.'}, p),
  'jwt.not-object': (p) =>
    translate<string>(
      {id: 'finding.jwt.not-object.message', message: 'Delen «{part}» er {type}, ikke et JSON-objekt.'},
      p,
    ),
  'jwt.alg-none': (p) =>
    translate<string>({id: 'finding.jwt.alg-none.message', message: 'alg er «{alg}»: tokenet er ikke signert.'}, p),
  'jwt.signature-empty': (p) =>
    translate<string>({id: 'finding.jwt.signature-empty.message', message: 'Signaturdelen er tom.'}, p),
  'jwt.unknown-type': (p) =>
    translate<string>(
      {
        id: 'finding.jwt.unknown-type.message',
        message: 'Tokenet ser verken ut som en grant eller et access token fra Maskinporten.',
      },
      p,
    ),
  'grant.alg.unsupported': (p) =>
    translate<string>(
      {
        id: 'finding.grant.alg.unsupported.message',
        message: 'alg er «{alg}»; Maskinporten godtar RS256, RS384 og RS512.',
      },
      p,
    ),
  'grant.key.missing': (p) =>
    translate<string>({id: 'finding.grant.key.missing.message', message: 'Headeren har verken x5c eller kid.'}, p),
  'grant.x5c.not-array': (p) =>
    translate<string>(
      {id: 'finding.grant.x5c.not-array.message', message: 'x5c er {type}, ikke en liste med strenger.'},
      p,
    ),
  'grant.aud.missing': (p) =>
    translate<string>({id: 'finding.grant.aud.missing.message', message: 'Granten mangler aud.'}, p),
  'grant.aud.array': (p) =>
    translate<string>(
      {id: 'finding.grant.aud.array.message', message: 'aud er en liste; den skal være én streng: {expected}'},
      p,
    ),
  'grant.aud.wrong-environment': (p) =>
    translate<string>(
      {
        id: 'finding.grant.aud.wrong-environment.message',
        message: 'aud er {actual}, som hører til {environment}. For det valgte miljøet skal den være {expected}.',
      },
      p,
    ),
  'grant.aud.token-endpoint': (p) =>
    translate<string>(
      {
        id: 'finding.grant.aud.token-endpoint.message',
        message: 'aud er token-endepunktet {actual}; den skal være issuer {expected}.',
      },
      p,
    ),
  'grant.aud.trailing-slash': (p) =>
    translate<string>(
      {
        id: 'finding.grant.aud.trailing-slash.message',
        message: 'aud mangler skråstreken til slutt: {actual} skal være {expected}.',
      },
      p,
    ),
  'grant.aud.retired-host': (p) =>
    translate<string>(
      {id: 'finding.grant.aud.retired-host.message', message: 'aud peker på {host}, som er faset ut. Bruk {expected}.'},
      p,
    ),
  'grant.aud.http': (p) =>
    translate<string>({id: 'finding.grant.aud.http.message', message: 'aud bruker http; den skal være {expected}.'}, p),
  'grant.aud.unknown': (p) =>
    translate<string>(
      {
        id: 'finding.grant.aud.unknown.message',
        message: 'aud er {actual}, som ikke er en Maskinporten-issuer. Forventet {expected}.',
      },
      p,
    ),
  'grant.iss.missing': (p) =>
    translate<string>({id: 'finding.grant.iss.missing.message', message: 'Granten mangler iss (klient-ID-en).'}, p),
  'grant.scope.missing': (p) =>
    translate<string>({id: 'finding.grant.scope.missing.message', message: 'Granten mangler scope.'}, p),
  'grant.iat.missing': (p) =>
    translate<string>({id: 'finding.grant.iat.missing.message', message: 'Granten mangler iat.'}, p),
  'grant.exp.missing': (p) =>
    translate<string>({id: 'finding.grant.exp.missing.message', message: 'Granten mangler exp.'}, p),
  'grant.time.not-number': (p) =>
    translate<string>({id: 'finding.grant.time.not-number.message', message: '{claim} er ikke et tall: {actual}'}, p),
  'grant.time.milliseconds': (p) =>
    translate<string>(
      {
        id: 'finding.grant.time.milliseconds.message',
        message: '{claim} ser ut til å være i millisekunder: {actual} (i sekunder: {seconds})',
      },
      p,
    ),
  'grant.lifetime.too-long': (p) =>
    translate<string>(
      {
        id: 'finding.grant.lifetime.too-long.message',
        message: 'Granten lever i {lifetime} sekunder; høyst {max} er lov.',
      },
      p,
    ),
  'grant.lifetime.negative': (p) =>
    translate<string>({id: 'finding.grant.lifetime.negative.message', message: 'exp er før iat.'}, p),
  'grant.iat.future': (p) =>
    translate<string>({id: 'finding.grant.iat.future.message', message: 'iat er {seconds} sekunder fram i tid.'}, p),
  'grant.expired': (p) =>
    translate<string>(
      {id: 'finding.grant.expired.message', message: 'Granten utløp for {secondsAgo} sekunder siden.'},
      p,
    ),
  'grant.jti.missing': (p) =>
    translate<string>({id: 'finding.grant.jti.missing.message', message: 'Granten mangler jti.'}, p),
  'grant.claim.unknown': (p) =>
    translate<string>({id: 'finding.grant.claim.unknown.message', message: 'Ukjent claim i granten: {claim}'}, p),
  'grant.resource.not-array': (p) =>
    translate<string>({id: 'finding.grant.resource.not-array.message', message: 'resource er ikke en liste.'}, p),
  'grant.resource.skatteetaten': (p) =>
    translate<string>(
      {
        id: 'finding.grant.resource.skatteetaten.message',
        message: 'resource er satt, men Skatteetatens API-er skal ikke ha det.',
      },
      p,
    ),
  'grant.delegation.both': (p) =>
    translate<string>(
      {id: 'finding.grant.delegation.both.message', message: 'Granten har både consumer_org og iss_onbehalfof.'},
      p,
    ),
  'grant.consumer-org.invalid': (p) =>
    translate<string>(
      {id: 'finding.grant.consumer-org.invalid.message', message: 'consumer_org er {actual}; den skal være ni sifre.'},
      p,
    ),
  'grant.consumer-org.checksum': (p) =>
    translate<string>(
      {
        id: 'finding.grant.consumer-org.checksum.message',
        message: 'Kontrollsifferet i consumer_org {actual} stemmer ikke.',
      },
      p,
    ),
  'token.iss.wrong-environment': (p) =>
    translate<string>(
      {
        id: 'finding.token.iss.wrong-environment.message',
        message: 'Tokenet er utstedt av {actual} ({environment}), ikke {expected}.',
      },
      p,
    ),
  'token.iss.unknown': (p) =>
    translate<string>(
      {id: 'finding.token.iss.unknown.message', message: 'iss er {actual}, som ikke er et Maskinporten-miljø i bruk.'},
      p,
    ),
  'token.expired': (p) =>
    translate<string>(
      {id: 'finding.token.expired.message', message: 'Tokenet utløp for {secondsAgo} sekunder siden.'},
      p,
    ),
  'token.scope.missing-expected': (p) =>
    translate<string>(
      {id: 'finding.token.scope.missing-expected.message', message: 'Tokenet mangler scopet {scope}.'},
      p,
    ),
  'token.consumer.invalid': (p) =>
    translate<string>(
      {
        id: 'finding.token.consumer.invalid.message',
        message: 'consumer har ikke formen {"authority":"iso6523-actorid-upis","ID":"0192:<orgnr>"}.',
      },
      p,
    ),
  'token.consumer.orgnr': (p) =>
    translate<string>(
      {id: 'finding.token.consumer.orgnr.message', message: 'Tokenet gjelder for organisasjonsnummer {orgnr}.'},
      p,
    ),
  'token.delegated': (p) =>
    translate<string>(
      {id: 'finding.token.delegated.message', message: 'Delegert token: {supplier} handler på vegne av {consumer}.'},
      p,
    ),
  'token.aud.restricted': (p) =>
    translate<string>(
      {id: 'finding.token.aud.restricted.message', message: 'Tokenet er audience-begrenset til {aud}.'},
      p,
    ),
  'token.lifetime.long': (p) =>
    translate<string>({id: 'finding.token.lifetime.long.message', message: 'Tokenet lever i {lifetime} sekunder.'}, p),
  'scope.empty': (p) =>
    translate<string>({id: 'finding.scope.empty.message', message: 'Skriv inn minst ett scope.'}, p),
  'scope.too-long': (p) =>
    translate<string>(
      {id: 'finding.scope.too-long.message', message: 'Teksten er {length} tegn; grensen er {max}.'},
      p,
    ),
  'scope.quotes': (p) =>
    translate<string>(
      {id: 'finding.scope.quotes.message', message: 'Anførselstegnet {char} hører ikke hjemme i et scope.'},
      p,
    ),
  'scope.missing-prefix': (p) =>
    translate<string>({id: 'finding.scope.missing-prefix.message', message: '{scope} mangler prefiks og kolon.'}, p),
  'scope.empty-part': (p) =>
    translate<string>({id: 'finding.scope.empty-part.message', message: '{scope} har tomt {part}.'}, p),
  'scope.invalid-char': (p) =>
    translate<string>(
      {id: 'finding.scope.invalid-char.message', message: '{scope} inneholder tegnet «{char}» ({codePoint}).'},
      p,
    ),
  'scope.uppercase': (p) =>
    translate<string>(
      {id: 'finding.scope.uppercase.message', message: '{scope} har store bokstaver; bruk {lowercase}.'},
      p,
    ),
  'scope.separator': (p) =>
    translate<string>(
      {
        id: 'finding.scope.separator.message',
        message: '«{separator}» brukt som skilletegn; scopes skilles med mellomrom.',
      },
      p,
    ),
  'scope.concatenated': (p) =>
    translate<string>(
      {id: 'finding.scope.concatenated.message', message: '{scope} er to scopes som har flytt sammen: {parts}'},
      p,
    ),
  'scope.duplicate': (p) =>
    translate<string>({id: 'finding.scope.duplicate.message', message: '{scope} står flere ganger.'}, p),
  'scope.similar': (p) =>
    translate<string>({id: 'finding.scope.similar.message', message: '{scope} ligner {similar}.'}, p),
  'scope.known': (p) => translate<string>({id: 'finding.scope.known.message', message: '{scope}: {api} ({owner}).'}, p),
  'scope.unknown': (p) =>
    translate<string>(
      {id: 'finding.scope.unknown.message', message: '{scope} er ikke et av DSOP-scopene for ajourhold.'},
      p,
    ),
  'env.choice.invalid': (p) =>
    translate<string>({id: 'finding.env.choice.invalid.message', message: 'Velg test eller produksjon.'}, p),
  'env.url.invalid': (p) =>
    translate<string>(
      {id: 'finding.env.url.invalid.message', message: '{field}: «{actual}» er ikke en gyldig URL.'},
      p,
    ),
  'env.scheme.http': (p) =>
    translate<string>({id: 'finding.env.scheme.http.message', message: '{field} bruker http; bruk https.'}, p),
  'env.host.retired': (p) =>
    translate<string>(
      {id: 'finding.env.host.retired.message', message: '{field}: {host} er faset ut; bruk {expected}.'},
      p,
    ),
  'env.host.wrong-environment': (p) =>
    translate<string>(
      {
        id: 'finding.env.host.wrong-environment.message',
        message: '{field}: {host} hører ikke til {environment}; der er verten {expected}.',
      },
      p,
    ),
  'env.host.unknown': (p) =>
    translate<string>(
      {id: 'finding.env.host.unknown.message', message: '{field}: {host} er ikke en Maskinporten-adresse.'},
      p,
    ),
  'env.token-endpoint.path': (p) =>
    translate<string>(
      {id: 'finding.env.token-endpoint.path.message', message: 'Token-endepunktet skal være {expected}.'},
      p,
    ),
  'env.aud.trailing-slash': (p) =>
    translate<string>(
      {
        id: 'finding.env.aud.trailing-slash.message',
        message: '{field} mangler skråstreken til slutt: bruk {expected}.',
      },
      p,
    ),
  'env.aud.token-endpoint': (p) =>
    translate<string>(
      {id: 'finding.env.aud.token-endpoint.message', message: '{field} er token-endepunktet; bruk {expected}.'},
      p,
    ),
  'env.aud.path': (p) =>
    translate<string>({id: 'finding.env.aud.path.message', message: '{field} har en sti; bruk {expected}.'}, p),
  'env.jwks.path': (p) =>
    translate<string>({id: 'finding.env.jwks.path.message', message: 'JWKS-adressen skal være {expected}.'}, p),
  'env.cert.wrong-environment': (p) =>
    translate<string>(
      {
        id: 'finding.env.cert.wrong-environment.message',
        message: 'Et sertifikat for {certificateKind} virker ikke i {environment}.',
      },
      p,
    ),
  'env.api.wrong-environment': (p) =>
    translate<string>(
      {
        id: 'finding.env.api.wrong-environment.message',
        message: 'API-adressen {host} hører til {apiEnvironment}, ikke {environment}.',
      },
      p,
    ),
  'env.api.known': (p) =>
    translate<string>(
      {id: 'finding.env.api.known.message', message: 'API-adressen er {api} ({owner}) i {apiEnvironment}.'},
      p,
    ),
  'env.ok': (p) =>
    translate<string>({id: 'finding.env.ok.message', message: 'Alle verdiene hører til {environment}.'}, p),
  'sig.valid': (p) => translate<string>({id: 'finding.sig.valid.message', message: 'Signaturen er gyldig ({alg}).'}, p),
  'sig.invalid': (p) => translate<string>({id: 'finding.sig.invalid.message', message: 'Signaturen er ugyldig.'}, p),
  'sig.no-matching-key': (p) =>
    translate<string>(
      {id: 'finding.sig.no-matching-key.message', message: 'Fant ingen nøkkel som passer (kid i tokenet: {kid}).'},
      p,
    ),
  'sig.no-key': (p) =>
    translate<string>(
      {id: 'finding.sig.no-key.message', message: 'Ingen nøkkel oppgitt; signaturen er ikke kontrollert.'},
      p,
    ),
  'sig.key-invalid': (p) =>
    translate<string>({id: 'finding.sig.key-invalid.message', message: 'Nøkkelen kan ikke leses.'}, p),
  'sig.key-private': (p) =>
    translate<string>(
      {id: 'finding.sig.key-private.message', message: 'Dette er en privat nøkkel. Lim aldri inn private nøkler.'},
      p,
    ),
  'sig.alg-mismatch': (p) =>
    translate<string>({id: 'finding.sig.alg-mismatch.message', message: 'Nøkkelen passer ikke til alg {alg}.'}, p),
  'cert.invalid': (p) =>
    translate<string>({id: 'finding.cert.invalid.message', message: 'Sertifikatet i x5c kan ikke leses.'}, p),
  'cert.expired': (p) =>
    translate<string>({id: 'finding.cert.expired.message', message: 'Sertifikatet utløp {notAfter}.'}, p),
  'cert.not-yet-valid': (p) =>
    translate<string>(
      {id: 'finding.cert.not-yet-valid.message', message: 'Sertifikatet gjelder først fra {notBefore}.'},
      p,
    ),
  'cert.wrong-environment': (p) =>
    translate<string>(
      {
        id: 'finding.cert.wrong-environment.message',
        message: 'Sertifikatet er for {actual} (utstedt av {issuer}), men brukes i {expected}.',
      },
      p,
    ),
  'cert.issuer-unknown': (p) =>
    translate<string>(
      {
        id: 'finding.cert.issuer-unknown.message',
        message: 'Utstederen {issuer} er ikke en kjent utsteder av virksomhetssertifikater.',
      },
      p,
    ),
  'cert.orgnr': (p) =>
    translate<string>(
      {id: 'finding.cert.orgnr.message', message: 'Sertifikatet tilhører organisasjonsnummer {orgnr}.'},
      p,
    ),
  'cert.orgnr.missing': (p) =>
    translate<string>(
      {id: 'finding.cert.orgnr.missing.message', message: 'Fant ikke organisasjonsnummer i sertifikatet.'},
      p,
    ),
  'cert.consumer-org-same': (p) =>
    translate<string>(
      {
        id: 'finding.cert.consumer-org-same.message',
        message: 'consumer_org {orgnr} er samme nummer som i sertifikatet.',
      },
      p,
    ),
  // Certificate tool (issue 12)
  'cert.expires-soon': (p) =>
    translate<string>(
      {id: 'finding.cert.expires-soon.message', message: 'Sertifikatet utløper om {days} dager ({notAfter}).'},
      p,
    ),
  'cert.self-signed': (p) =>
    translate<string>(
      {id: 'finding.cert.self-signed.message', message: 'Sertifikatet {subject} har signert seg selv.'},
      p,
    ),
  'cert.key-too-small': (p) =>
    translate<string>(
      {id: 'finding.cert.key-too-small.message', message: 'RSA-nøkkelen er {bits} bit; den bør være minst {min}.'},
      p,
    ),
  'cert.key-type': (p) =>
    translate<string>(
      {id: 'finding.cert.key-type.message', message: 'Nøkkelen er {keyType} ({algorithm}), ikke RSA.'},
      p,
    ),
  'cert.key-usage': (p) =>
    translate<string>(
      {id: 'finding.cert.key-usage.message', message: 'Nøkkelbruken er {keyUsage}, uten digitalSignature.'},
      p,
    ),
  'cert.private-material': (p) =>
    translate<string>(
      {id: 'finding.cert.private-material.message', message: 'Dette er en privat nøkkel ({kind}). Den tas ikke imot.'},
      p,
    ),
  'builder.client-id.missing': (p) =>
    translate<string>({id: 'finding.builder.client-id.missing.message', message: 'Skriv inn klient-ID-en.'}, p),
  'builder.kid.missing': (p) =>
    translate<string>({id: 'finding.builder.kid.missing.message', message: 'Skriv inn kid for nøkkelen.'}, p),
  'error.empty': (p) =>
    translate<string>({id: 'finding.error.empty.message', message: 'Lim inn feilsvaret fra token-endepunktet.'}, p),
  'error.json': (p) =>
    translate<string>(
      {id: 'finding.error.json.message', message: 'Teksten ser ut som JSON, men kan ikke leses som JSON.'},
      p,
    ),
  'error.unknown': (p) =>
    translate<string>(
      {id: 'finding.error.unknown.message', message: 'Fant ingen kjent Maskinporten-feil i teksten.'},
      p,
    ),
  'error.mp-100': (p) =>
    translate<string>({id: 'finding.error.mp-100.message', message: 'Klientautentiseringen feilet.'}, p),
  'error.mp-100-client-not-found': (p) =>
    translate<string>({id: 'finding.error.mp-100-client-not-found.message', message: 'Klienten finnes ikke.'}, p),
  'error.mp-110': (p) => translate<string>({id: 'finding.error.mp-110.message', message: 'aud i granten er feil.'}, p),
  'error.mp-120': (p) =>
    translate<string>(
      {id: 'finding.error.mp-120.message', message: 'Granten er signert med et ugyldig sertifikat.'},
      p,
    ),
  'error.mp-121': (p) =>
    translate<string>({id: 'finding.error.mp-121.message', message: 'Nøkkelen på klienten er utløpt.'}, p),
  'error.mp-011': (p) =>
    translate<string>({id: 'finding.error.mp-011.message', message: 'Granten har en ugyldig verdi.'}, p),
  'error.consumer-org-combination': (p) =>
    translate<string>(
      {id: 'finding.error.consumer-org-combination.message', message: 'consumer_org passer ikke med klienten.'},
      p,
    ),
  'error.mp-200': (p) =>
    translate<string>({id: 'finding.error.mp-200.message', message: 'Klienten har ikke scopet den ber om.'}, p),
  'error.mp-201': (p) =>
    translate<string>({id: 'finding.error.mp-201.message', message: 'Scopet er ikke tillatt for Maskinporten.'}, p),
  'error.mp-012': (p) => translate<string>({id: 'finding.error.mp-012.message', message: 'Granten er brukt før.'}, p),
  'error.mp-130': (p) => translate<string>({id: 'finding.error.mp-130.message', message: 'Granten er utløpt.'}, p),
  'error.mp-122': (p) =>
    translate<string>(
      {id: 'finding.error.mp-122.message', message: 'Organisasjonsnummeret i sertifikatet er ikke klienteierens.'},
      p,
    ),
  'error.mp-123': (p) =>
    translate<string>({id: 'finding.error.mp-123.message', message: 'x5c i headeren er ugyldig.'}, p),
  'error.mp-124': (p) =>
    translate<string>({id: 'finding.error.mp-124.message', message: 'Signaturen på granten er ugyldig.'}, p),
  'error.rar': (p) =>
    translate<string>({id: 'finding.error.rar.message', message: 'Feil i authorization_details (RAR).'}, p),
  'error.issue-time-after-now': (p) =>
    translate<string>(
      {id: 'finding.error.issue-time-after-now.message', message: 'iat er etter Maskinportens klokke.'},
      p,
    ),
  'error.mp-250': (p) =>
    translate<string>(
      {id: 'finding.error.mp-250.message', message: 'Virksomheten har ikke tilgang til scopet {scope}.'},
      p,
    ),
  'error.mp-251': (p) =>
    translate<string>(
      {id: 'finding.error.mp-251.message', message: '{consumer} har ikke delegert scopet {scope} til {supplier}.'},
      p,
    ),
};

const EXPLANATIONS: Record<FindingCode, () => string> = {
  'jwt.empty': () => translate({id: 'finding.jwt.empty.explanation', message: 'Det er ikke limt inn noe å undersøke.'}),
  'jwt.too-large': () =>
    translate({
      id: 'finding.jwt.too-large.explanation',
      message: 'Teksten er for lang til å være et token. Lim inn bare selve tokenet.',
    }),
  'jwt.bearer-prefix': () =>
    translate({
      id: 'finding.jwt.bearer-prefix.explanation',
      message: 'Teksten begynte med «Bearer». Det hører hjemme i Authorization-headeren, ikke i tokenet.',
    }),
  'jwt.quotes': () =>
    translate({
      id: 'finding.jwt.quotes.explanation',
      message: 'Tokenet var omgitt av anførselstegn, for eksempel fra JSON. Send tokenet uten dem.',
    }),
  'jwt.token-response': () =>
    translate({
      id: 'finding.jwt.token-response.explanation',
      message: 'Du limte inn hele svaret fra token-endepunktet. Verktøyet undersøker access_token i det.',
    }),
  'jwt.whitespace': () =>
    translate({
      id: 'finding.jwt.whitespace.explanation',
      message:
        'Et JWT er én linje uten mellomrom. Linjeskift fra kopiering gir MP-011 «Invalid parameter value». Fjern dem.',
    }),
  'jwt.malformed': () =>
    translate({
      id: 'finding.jwt.malformed.explanation',
      message: 'Et signert JWT er header.payload.signatur. Kontroller at hele tokenet er kopiert.',
    }),
  'jwt.encrypted': () =>
    translate({
      id: 'finding.jwt.encrypted.explanation',
      message:
        'Maskinporten utsteder signerte, ikke krypterte, tokener. Et kryptert token kan bare leses av mottakeren.',
    }),
  'jwt.base64': () =>
    translate({
      id: 'finding.jwt.base64.explanation',
      message:
        'Hver del av et JWT er base64url uten utfylling. Tegn som + / = eller mellomrom tyder på feil koding eller kopiering.',
    }),
  'jwt.json': () =>
    translate({
      id: 'finding.jwt.json.explanation',
      message: 'Header og payload skal være JSON-objekter etter base64url-dekoding.',
    }),
  'jwt.not-object': () =>
    translate({id: 'finding.jwt.not-object.explanation', message: 'Header og payload skal være JSON-objekter.'}),
  'jwt.alg-none': () =>
    translate({
      id: 'finding.jwt.alg-none.explanation',
      message: 'Maskinporten godtar bare RS256, RS384 og RS512. Et usignert token blir alltid avvist.',
    }),
  'jwt.signature-empty': () =>
    translate({
      id: 'finding.jwt.signature-empty.explanation',
      message: 'Tokenet mangler signatur. Signer granten med virksomhetssertifikatet eller nøkkelen.',
    }),
  'jwt.unknown-type': () =>
    translate({
      id: 'finding.jwt.unknown-type.explanation',
      message:
        'Verktøyet kjenner igjen grants (aud er Maskinporten) og access tokens (iss er Maskinporten). Kontroller at du limte inn riktig token.',
    }),
  'grant.alg.unsupported': () =>
    translate({
      id: 'finding.grant.alg.unsupported.explanation',
      message: 'Granten må signeres med RSA: RS256, RS384 eller RS512.',
    }),
  'grant.key.missing': () =>
    translate({
      id: 'finding.grant.key.missing.explanation',
      message:
        'Granten må si hvilken nøkkel den er signert med: x5c med virksomhetssertifikatet, eller kid for en nøkkel registrert på klienten.',
    }),
  'grant.x5c.not-array': () =>
    translate({
      id: 'finding.grant.x5c.not-array.explanation',
      message: 'x5c skal være en liste: ["MIIF…"]. En enkelt streng gir MP-123 «Invalid JWT header x5c».',
    }),
  'grant.aud.missing': () =>
    translate({
      id: 'finding.grant.aud.missing.explanation',
      message:
        'aud skal være Maskinportens issuer for miljøet, for eksempel https://test.maskinporten.no/. Uten den svarer Maskinporten MP-110.',
    }),
  'grant.aud.array': () =>
    translate({
      id: 'finding.grant.aud.array.explanation',
      message: 'Maskinporten godtar bare én verdi i aud, som en streng.',
    }),
  'grant.aud.wrong-environment': () =>
    translate({
      id: 'finding.grant.aud.wrong-environment.explanation',
      message:
        'aud peker på et annet miljø enn det du har valgt. Klienten, sertifikatet og aud må høre til samme miljø, ellers svarer Maskinporten MP-110.',
    }),
  'grant.aud.token-endpoint': () =>
    translate({
      id: 'finding.grant.aud.token-endpoint.explanation',
      message: 'Token-endepunktet som audience er ikke lenger gyldig. Bruk issuer-verdien, med skråstrek til slutt.',
    }),
  'grant.aud.trailing-slash': () =>
    translate({
      id: 'finding.grant.aud.trailing-slash.explanation',
      message: 'Issuer-verdien har skråstrek til slutt, og aud må være nøyaktig lik den.',
    }),
  'grant.aud.retired-host': () =>
    translate({
      id: 'finding.grant.aud.retired-host.explanation',
      message: 'VER1 og VER2 er faset ut. Testmiljøet er nå test.maskinporten.no.',
    }),
  'grant.aud.http': () =>
    translate({
      id: 'finding.grant.aud.http.explanation',
      message: 'Maskinportens issuer bruker https. aud må være nøyaktig lik den.',
    }),
  'grant.aud.unknown': () =>
    translate({
      id: 'finding.grant.aud.unknown.explanation',
      message: 'aud må være issuer for miljøet du henter token fra.',
    }),
  'grant.iss.missing': () =>
    translate({
      id: 'finding.grant.iss.missing.explanation',
      message: 'iss er klient-ID-en fra Samarbeidsportalen. Uten riktig iss svarer Maskinporten MP-100.',
    }),
  'grant.scope.missing': () =>
    translate({
      id: 'finding.grant.scope.missing.explanation',
      message: 'scope lister ett eller flere scopes, skilt med mellomrom. Digdir anbefaler ett scope per token.',
    }),
  'grant.iat.missing': () =>
    translate({
      id: 'finding.grant.iat.missing.explanation',
      message: 'iat er tidspunktet granten ble laget, i sekunder siden 1970 (UTC).',
    }),
  'grant.exp.missing': () =>
    translate({
      id: 'finding.grant.exp.missing.explanation',
      message: 'exp er når granten utløper, i sekunder siden 1970 (UTC), høyst 120 sekunder etter iat.',
    }),
  'grant.time.not-number': () =>
    translate({
      id: 'finding.grant.time.not-number.explanation',
      message: 'iat og exp er heltall i sekunder siden 1970 (UTC), ikke tekst eller datoer.',
    }),
  'grant.time.milliseconds': () =>
    translate({
      id: 'finding.grant.time.milliseconds.explanation',
      message: 'JWT-tider er i sekunder. Del på 1000 (for eksempel Math.floor(Date.now() / 1000)).',
    }),
  'grant.lifetime.too-long': () =>
    translate({id: 'finding.grant.lifetime.too-long.explanation', message: 'exp − iat kan være høyst 120 sekunder.'}),
  'grant.lifetime.negative': () =>
    translate({
      id: 'finding.grant.lifetime.negative.explanation',
      message: 'exp må være etter iat, og høyst 120 sekunder etter.',
    }),
  'grant.iat.future': () =>
    translate({
      id: 'finding.grant.iat.future.explanation',
      message: 'Maskinporten godtar iat innenfor ±10 sekunder av sin klokke. Synkroniser serverklokken (NTP).',
    }),
  'grant.expired': () =>
    translate({
      id: 'finding.grant.expired.explanation',
      message: 'En grant lever kort. Lag en ny rett før du ber om token; Maskinporten svarer MP-130 «JWT is expired».',
    }),
  'grant.jti.missing': () =>
    translate({
      id: 'finding.grant.jti.missing.explanation',
      message:
        'En grant kan ikke brukes to ganger. Sett en ny, unik jti (for eksempel en UUID) i hver grant, ellers kan du få MP-012 «Grant is used before».',
    }),
  'grant.claim.unknown': () =>
    translate({
      id: 'finding.grant.claim.unknown.explanation',
      message: 'Maskinporten avviser claims den ikke kjenner med 400 «Invalid assertion». Fjern claimet.',
    }),
  'grant.resource.not-array': () =>
    translate({
      id: 'finding.grant.resource.not-array.explanation',
      message: 'resource (audience-begrensning) støttes bare som en liste med strenger.',
    }),
  'grant.resource.skatteetaten': () =>
    translate({
      id: 'finding.grant.resource.skatteetaten.explanation',
      message: 'Skatteetaten forventer aud «unspecified» i access tokenet. Fjern resource fra granten.',
    }),
  'grant.delegation.both': () =>
    translate({
      id: 'finding.grant.delegation.both.explanation',
      message: 'consumer_org og iss_onbehalfof utelukker hverandre. Bruk consumer_org ved delegering i Altinn.',
    }),
  'grant.consumer-org.invalid': () =>
    translate({
      id: 'finding.grant.consumer-org.invalid.explanation',
      message:
        'consumer_org er organisasjonsnummeret til pensjonsinnretningen du handler på vegne av: ni sifre, uten 0192: foran.',
    }),
  'grant.consumer-org.checksum': () =>
    translate({
      id: 'finding.grant.consumer-org.checksum.explanation',
      message:
        'Organisasjonsnummeret har feil kontrollsiffer (mod 11). Syntetiske testnummer kan avvike; kontroller nummeret.',
    }),
  'token.iss.wrong-environment': () =>
    translate({
      id: 'finding.token.iss.wrong-environment.explanation',
      message: 'Access tokenet er fra et annet miljø enn det du valgte. API-et i det valgte miljøet vil avvise det.',
    }),
  'token.iss.unknown': () =>
    translate({
      id: 'finding.token.iss.unknown.explanation',
      message:
        'Et access token fra Maskinporten har iss lik issuer for miljøet, for eksempel https://maskinporten.no/.',
    }),
  'token.expired': () =>
    translate({
      id: 'finding.token.expired.explanation',
      message: 'Access tokenet er utløpt. Hent et nytt; mange klienter får 120 sekunders levetid.',
    }),
  'token.scope.missing-expected': () =>
    translate({
      id: 'finding.token.scope.missing-expected.explanation',
      message: 'Be om scopet i granten, og kontroller at det er registrert på klienten.',
    }),
  'token.consumer.invalid': () =>
    translate({
      id: 'finding.token.consumer.invalid.explanation',
      message: 'Maskinporten setter alltid consumer til virksomheten tokenet gjelder for.',
    }),
  'token.consumer.orgnr': () =>
    translate({
      id: 'finding.token.consumer.orgnr.explanation',
      message: 'consumer.ID er organisasjonsnummeret som API-ene validerer mot.',
    }),
  'token.delegated': () =>
    translate({
      id: 'finding.token.delegated.explanation',
      message: 'Tokenet har supplier og delegation_source: en leverandør har fått tilgang gjennom delegering i Altinn.',
    }),
  'token.aud.restricted': () =>
    translate({
      id: 'finding.token.aud.restricted.explanation',
      message: 'Granten hadde resource. Skatteetaten forventer aud «unspecified».',
    }),
  'token.lifetime.long': () =>
    translate({
      id: 'finding.token.lifetime.long.explanation',
      message: 'Standard levetid er 120 sekunder; API-eieren kan sette en annen grense per scope.',
    }),
  'scope.empty': () =>
    translate({id: 'finding.scope.empty.explanation', message: 'Det er ingen scopes å kontrollere.'}),
  'scope.too-long': () =>
    translate({id: 'finding.scope.too-long.explanation', message: 'Teksten er for lang til å være en scope-liste.'}),
  'scope.quotes': () =>
    translate({
      id: 'finding.scope.quotes.explanation',
      message: 'Scopes skrives uten anførselstegn, skilt med mellomrom.',
    }),
  'scope.missing-prefix': () =>
    translate({
      id: 'finding.scope.missing-prefix.explanation',
      message: 'Et scope er prefiks:subscope, for eksempel skatteetaten:inntekt.',
    }),
  'scope.empty-part': () =>
    translate({
      id: 'finding.scope.empty-part.explanation',
      message: 'Både prefiks og subscope må ha innhold: prefiks:subscope.',
    }),
  'scope.invalid-char': () =>
    translate({
      id: 'finding.scope.invalid-char.explanation',
      message:
        'Et scope kan bare ha synlige ASCII-tegn, uten mellomrom, " og \\. Usynlige tegn kommer ofte fra kopiering.',
    }),
  'scope.uppercase': () =>
    translate({
      id: 'finding.scope.uppercase.explanation',
      message: 'Scopes skiller mellom store og små bokstaver, og prefiksene er med små bokstaver.',
    }),
  'scope.separator': () =>
    translate({
      id: 'finding.scope.separator.explanation',
      message: 'Flere scopes skrives på én linje, skilt med ett mellomrom.',
    }),
  'scope.concatenated': () =>
    translate({
      id: 'finding.scope.concatenated.explanation',
      message: 'Scopes har blitt limt sammen uten mellomrom, ofte ved kopiering. Del dem opp.',
    }),
  'scope.duplicate': () =>
    translate({id: 'finding.scope.duplicate.explanation', message: 'Hvert scope trengs bare én gang.'}),
  'scope.similar': () =>
    translate({
      id: 'finding.scope.similar.explanation',
      message: 'Scopet ligner et kjent DSOP-scope. En skrivefeil gir MP-200 «invalid scopes for client».',
    }),
  'scope.known': () => translate({id: 'finding.scope.known.explanation', message: 'Et kjent scope.'}),
  'scope.unknown': () =>
    translate({
      id: 'finding.scope.unknown.explanation',
      message: 'Scopet kan være riktig, men det er ikke i listen over DSOP-scopes for ajourhold.',
    }),
  'env.choice.invalid': () =>
    translate({
      id: 'finding.env.choice.invalid.explanation',
      message: 'Kontrollen trenger et miljø å sammenligne med.',
    }),
  'env.url.invalid': () =>
    translate({
      id: 'finding.env.url.invalid.explanation',
      message: 'Verdien skal være en hel URL, for eksempel https://test.maskinporten.no/token.',
    }),
  'env.scheme.http': () =>
    translate({id: 'finding.env.scheme.http.explanation', message: 'Maskinporten og API-ene krever https.'}),
  'env.host.retired': () =>
    translate({
      id: 'finding.env.host.retired.explanation',
      message: 'VER1 og VER2 er faset ut. Testmiljøet er test.maskinporten.no.',
    }),
  'env.host.wrong-environment': () =>
    translate({
      id: 'finding.env.host.wrong-environment.explanation',
      message: 'Alle verdier må høre til samme miljø. Blander du test og produksjon, svarer Maskinporten MP-110.',
    }),
  'env.host.unknown': () =>
    translate({id: 'finding.env.host.unknown.explanation', message: 'Kontroller adressen mot tabellen over miljøer.'}),
  'env.token-endpoint.path': () =>
    translate({
      id: 'finding.env.token-endpoint.path.explanation',
      message: 'Token-endepunktet er issuer-adressen med /token til slutt.',
    }),
  'env.aud.trailing-slash': () =>
    translate({
      id: 'finding.env.aud.trailing-slash.explanation',
      message: 'aud må være nøyaktig lik issuer, med skråstrek til slutt.',
    }),
  'env.aud.token-endpoint': () =>
    translate({
      id: 'finding.env.aud.token-endpoint.explanation',
      message: 'Token-endepunktet som audience er ikke lenger gyldig; bruk issuer.',
    }),
  'env.aud.path': () =>
    translate({
      id: 'finding.env.aud.path.explanation',
      message: 'aud er issuer uten sti, bare med skråstrek til slutt.',
    }),
  'env.jwks.path': () =>
    translate({
      id: 'finding.env.jwks.path.explanation',
      message: 'Maskinportens nøkler ligger på /jwk under issuer-adressen.',
    }),
  'env.cert.wrong-environment': () =>
    translate({
      id: 'finding.env.cert.wrong-environment.explanation',
      message:
        'Test krever testsertifikat og produksjon krever produksjonssertifikat; ellers svarer Maskinporten MP-120.',
    }),
  'env.api.wrong-environment': () =>
    translate({
      id: 'finding.env.api.wrong-environment.explanation',
      message:
        'Testadresser har -test.no (Skatteetaten) eller .dev.nav.no (NAV). Et token fra ett miljø virker ikke mot API-et i et annet.',
    }),
  'env.api.known': () =>
    translate({id: 'finding.env.api.known.explanation', message: 'En kjent API-adresse for DSOP ajourhold.'}),
  'env.ok': () => translate({id: 'finding.env.ok.explanation', message: 'Ingen av verdiene peker på et annet miljø.'}),
  'sig.valid': () =>
    translate({
      id: 'finding.sig.valid.explanation',
      message: 'Tokenet er signert med den private nøkkelen som hører til nøkkelen eller sertifikatet.',
    }),
  'sig.invalid': () =>
    translate({
      id: 'finding.sig.invalid.explanation',
      message: 'Tokenet er endret etter signering, eller signert med en annen nøkkel. Maskinporten svarer MP-124.',
    }),
  'sig.no-matching-key': () =>
    translate({
      id: 'finding.sig.no-matching-key.explanation',
      message: 'kid i headeren må finnes i nøkkelsettet (JWKS).',
    }),
  'sig.no-key': () =>
    translate({
      id: 'finding.sig.no-key.explanation',
      message: 'Lim inn en offentlig nøkkel (JWK, JWKS eller PEM) for å kontrollere signaturen.',
    }),
  'sig.key-invalid': () =>
    translate({
      id: 'finding.sig.key-invalid.explanation',
      message: 'Lim inn en offentlig nøkkel som JWK, JWKS, PEM eller et sertifikat.',
    }),
  'sig.key-private': () =>
    translate({
      id: 'finding.sig.key-private.explanation',
      message:
        'For å kontrollere en signatur trengs bare den offentlige nøkkelen. Behandle den private nøkkelen som kompromittert hvis den er delt.',
    }),
  'sig.alg-mismatch': () =>
    translate({
      id: 'finding.sig.alg-mismatch.explanation',
      message: 'Maskinporten bruker RSA-nøkler med RS256, RS384 eller RS512.',
    }),
  'cert.invalid': () =>
    translate({
      id: 'finding.cert.invalid.explanation',
      message: 'x5c skal inneholde DER-sertifikater kodet som vanlig base64 (ikke base64url, ingen PEM-linjer).',
    }),
  'cert.expired': () =>
    translate({
      id: 'finding.cert.expired.explanation',
      message: 'Et utløpt virksomhetssertifikat gir MP-124. Bestill et nytt.',
    }),
  'cert.not-yet-valid': () =>
    translate({
      id: 'finding.cert.not-yet-valid.explanation',
      message: 'Sertifikatet er ikke gyldig ennå, eller klokken går feil.',
    }),
  'cert.wrong-environment': () =>
    translate({
      id: 'finding.cert.wrong-environment.explanation',
      message: 'Test krever testsertifikat og produksjon produksjonssertifikat; ellers svarer Maskinporten MP-120.',
    }),
  'cert.issuer-unknown': () =>
    translate({
      id: 'finding.cert.issuer-unknown.explanation',
      message:
        'Maskinporten godtar virksomhetssertifikater fra Buypass og Commfides. Utstederen sammenlignes på hele navnet, ikke bare CN; et navn som bare ligner, er ikke nok.',
    }),
  'cert.orgnr': () =>
    translate({
      id: 'finding.cert.orgnr.explanation',
      message: 'Organisasjonsnummeret i sertifikatet må være klienteierens, ellers svarer Maskinporten MP-122.',
    }),
  'cert.orgnr.missing': () =>
    translate({
      id: 'finding.cert.orgnr.missing.explanation',
      message:
        'Et virksomhetssertifikat har organisasjonsnummeret i organizationIdentifier (NTRNO-…) eller serialNumber.',
    }),
  'cert.consumer-org-same': () =>
    translate({
      id: 'finding.cert.consumer-org-same.explanation',
      message:
        'Du kan ikke handle på vegne av deg selv. Fjern consumer_org, ellers svarer Maskinporten «The combination consumer_org in claim and delegation scope on client is invalid».',
    }),
  // Certificate tool (issue 12)
  'cert.expires-soon': () =>
    translate({
      id: 'finding.cert.expires-soon.explanation',
      message:
        'Et utløpt sertifikat stopper hvert token (MP-124). Bestill det nye i god tid og bytt uten nedetid. Advarsel under 60 dager, feil under 14.',
    }),
  'cert.self-signed': () =>
    translate({
      id: 'finding.cert.self-signed.explanation',
      message:
        'Et selvsignert sertifikat er ikke et virksomhetssertifikat, og Maskinporten godtar det ikke i x5c. Nøkkelen kan likevel registreres som egen nøkkel (JWK) på klienten.',
    }),
  'cert.key-too-small': () =>
    translate({
      id: 'finding.cert.key-too-small.explanation',
      message:
        'RSA-nøkler under 2048 bit regnes ikke som sikre. Bestill et nytt sertifikat eller lag en større nøkkel.',
    }),
  'cert.key-type': () =>
    translate({
      id: 'finding.cert.key-type.explanation',
      message:
        'Maskinporten godtar RS256, RS384 og RS512 i grantet. Det er RSA-signaturer: en EC-nøkkel kan ikke lage dem.',
    }),
  'cert.key-usage': () =>
    translate({
      id: 'finding.cert.key-usage.explanation',
      message:
        'Grantet er en digital signatur. Virksomhetssertifikater kommer gjerne i par; bruk det som har digitalSignature. Skatteetaten krever et testsertifikat av typen «signering».',
    }),
  'cert.private-material': () =>
    translate({
      id: 'finding.cert.private-material.explanation',
      message:
        'Verktøyet trenger bare sertifikatet. Hent det ut av .p12-filen med openssl pkcs12 -in virksomhet.p12 -clcerts -nokeys -out virksomhet.pem eller keytool -exportcert -rfc -keystore virksomhet.p12 -storetype PKCS12 -alias ALIAS -file virksomhet.pem.',
    }),
  'builder.client-id.missing': () =>
    translate({
      id: 'finding.builder.client-id.missing.explanation',
      message: 'Klient-ID-en fra Samarbeidsportalen blir iss i granten.',
    }),
  'builder.kid.missing': () =>
    translate({
      id: 'finding.builder.kid.missing.explanation',
      message: 'kid er navnet på nøkkelen du har registrert på klienten.',
    }),
  'error.empty': () =>
    translate({id: 'finding.error.empty.explanation', message: 'Det er ikke limt inn noe å forklare.'}),
  'error.json': () =>
    translate({
      id: 'finding.error.json.explanation',
      message: 'Verktøyet leter likevel etter MP-koder og kjente feilmeldinger i teksten.',
    }),
  'error.unknown': () =>
    translate({
      id: 'finding.error.unknown.explanation',
      message: 'Lim inn hele svaret, med error og error_description.',
    }),
  'error.mp-100': () =>
    translate({
      id: 'finding.error.mp-100.explanation',
      message: 'Ofte en skrivefeil i klient-ID-en (iss). Kontroller klient-ID-en.',
    }),
  'error.mp-100-client-not-found': () =>
    translate({
      id: 'finding.error.mp-100-client-not-found.explanation',
      message:
        'Feil iss, eller klienten er opprettet i et annet miljø enn aud peker på. Kontroller klient-ID og miljø.',
    }),
  'error.mp-110': () =>
    translate({
      id: 'finding.error.mp-110.explanation',
      message: 'Feil miljø eller skrivefeil i aud. Bruk issuer for riktig miljø, med skråstrek til slutt.',
    }),
  'error.mp-120': () =>
    translate({
      id: 'finding.error.mp-120.explanation',
      message:
        'Ugyldig sertifikat, eller produksjonssertifikat i test (eller omvendt). Bruk et gyldig sertifikat for riktig miljø.',
    }),
  'error.mp-121': () =>
    translate({
      id: 'finding.error.mp-121.explanation',
      message: 'Nøkler på klienten lever høyst ett år. Last opp en ny nøkkel, eller den samme på nytt.',
    }),
  'error.mp-011': () =>
    translate({
      id: 'finding.error.mp-011.explanation',
      message: 'Skrivefeil eller linjeskift i granten. Send granten som én linje.',
    }),
  'error.consumer-org-combination': () =>
    translate({
      id: 'finding.error.consumer-org-combination.explanation',
      message: 'consumer_org er klienteierens eget organisasjonsnummer. Fjern consumer_org.',
    }),
  'error.mp-200': () =>
    translate({
      id: 'finding.error.mp-200.explanation',
      message: 'Scopet er ikke registrert på klienten, eller er feilstavet. Registrer scopet og kontroller stavingen.',
    }),
  'error.mp-201': () =>
    translate({
      id: 'finding.error.mp-201.explanation',
      message: 'Klienten har feil integrasjonstype. Opprett en Maskinporten-klient.',
    }),
  'error.mp-012': () =>
    translate({
      id: 'finding.error.mp-012.explanation',
      message: 'jti eller hele granten er gjenbrukt. Lag en ny grant med ny jti for hver forespørsel.',
    }),
  'error.mp-130': () =>
    translate({
      id: 'finding.error.mp-130.explanation',
      message: 'Granten ble brukt for sent, eller klokken går feil. Lag en ny grant og synkroniser klokken.',
    }),
  'error.mp-122': () =>
    translate({
      id: 'finding.error.mp-122.explanation',
      message: 'Bruk et sertifikat for samme organisasjonsnummer som eier klienten.',
    }),
  'error.mp-123': () =>
    translate({
      id: 'finding.error.mp-123.explanation',
      message: 'x5c er en streng, ikke en liste. Send x5c som en liste med strenger.',
    }),
  'error.mp-124': () =>
    translate({
      id: 'finding.error.mp-124.explanation',
      message: 'Utløpt sertifikat, eller sertifikat fra feil miljø. Bruk et gyldig sertifikat for riktig miljø.',
    }),
  'error.rar': () =>
    translate({
      id: 'finding.error.rar.explanation',
      message: 'MP-301, MP-302 og MP-303 gjelder RAR. Kontroller authorization_details i forespørselen.',
    }),
  'error.issue-time-after-now': () =>
    translate({
      id: 'finding.error.issue-time-after-now.explanation',
      message: 'Serverklokken går foran. Synkroniser klokken (NTP).',
    }),
  'error.mp-250': () =>
    translate({
      id: 'finding.error.mp-250.explanation',
      message: 'API-eieren har ikke gitt virksomheten tilgang. Be API-eieren om tilgang.',
    }),
  'error.mp-251': () =>
    translate({
      id: 'finding.error.mp-251.explanation',
      message:
        'Delegeringen i Altinn mangler eller er feil. Deleger i Altinn; delegeringer i produksjon gjelder ikke i TT02.',
    }),
};

/** 'prod' and 'test' as words in the page's language. */
export function environmentName(id: string): string {
  switch (id) {
    case 'prod':
      return translate({id: 'tools.environment.prod', message: 'produksjon'});
    case 'test':
      return translate({id: 'tools.environment.test', message: 'test'});
    case 'unknown':
      return translate({id: 'tools.environment.unknown', message: 'ukjent miljø'});
    default:
      return id;
  }
}

/** The environment checker's field names as its form labels them. */
export function fieldName(field: string): string {
  switch (field) {
    case 'tokenEndpoint':
      return translate({id: 'tools.env.field.tokenEndpoint', message: 'Token-endepunkt'});
    case 'audience':
      return translate({id: 'tools.env.field.audience', message: 'Audience (aud)'});
    case 'issuer':
      return translate({id: 'tools.env.field.issuer', message: 'Issuer'});
    case 'jwksUrl':
      return translate({id: 'tools.env.field.jwksUrl', message: 'JWKS-URL'});
    case 'certificateKind':
      return translate({id: 'tools.env.field.certificateKind', message: 'Sertifikattype'});
    case 'apiBaseUrl':
      return translate({id: 'tools.env.field.apiBaseUrl', message: 'API-adresse'});
    default:
      return field;
  }
}

const ENVIRONMENT_PARAMS = new Set(['environment', 'apiEnvironment', 'certificateKind', 'expected', 'actual']);

function readableParams(params: FindingParams): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'field' && typeof value === 'string') out[key] = fieldName(value);
    else if (ENVIRONMENT_PARAMS.has(key) && (value === 'prod' || value === 'test' || value === 'unknown'))
      out[key] = environmentName(value);
    else out[key] = value;
  }
  return out;
}

/** The finding as a sentence in the page's language, with its params filled in. */
export function findingMessage(f: Pick<Finding, 'code' | 'params'>): string {
  const render = MESSAGES[f.code];
  const params = readableParams(f.params);
  // A param the check did not set leaves `{name}` in the text; show an ellipsis instead of the placeholder.
  return render ? render(params).replace(/\{\w+\}/g, '…') : f.code;
}

/** What the finding means and how to fix it, without the values of one case. */
export function findingExplanation(code: FindingCode): string {
  const render = EXPLANATIONS[code];
  return render ? render() : code;
}

/** Every code that has a message here (for the coverage test). */
export const TRANSLATED_CODES: readonly string[] = Object.keys(MESSAGES);
