// What the sources say about certificates and keys, as the certificate tool and the certificate pages show it:
// quoted or close to the source, with the link and the date it was read. No rule is derived from these here.

export interface CertificateFact {
  readonly id:
    | 'signing-certificate-test'
    | 'test-vs-prod'
    | 'certificate-lifetime'
    | 'key-lifetime'
    | 'self-service-keys'
    | 'two-keys';
  readonly text: {readonly nb: string; readonly en: string};
  /** `inference`: what the site concludes from the source, not what the source says. */
  readonly status: 'verified' | 'inference';
  readonly source: string;
  readonly checked: string;
}

const C = '2026-11-25';
const DD_CERT = 'https://docs.digdir.no/docs/Maskinporten/maskinporten_virksomhetssertifikat';
const ALTINN_CLIENT = 'https://docs.altinn.studio/nb/authorization/getting-started/maskinportenclient';

export const CERTIFICATE_FACTS: readonly CertificateFact[] = [
  {
    id: 'signing-certificate-test',
    text: {
      nb: "Skatteetaten: «For test trenger man et testsertifikat av typen 'signering'.»",
      en: 'Skatteetaten: "For test trenger man et testsertifikat av typen \'signering\'" (for test you need a test certificate of the signing type).',
    },
    status: 'verified',
    source: 'https://skatteetaten.github.io/api-dokumentasjon/om/sikkerhet',
    checked: C,
  },
  {
    id: 'test-vs-prod',
    text: {
      nb: 'Testmiljøet krever et testsertifikat. Produksjonssertifikater godtas ikke i test, og testsertifikater ikke i produksjon (MP-120).',
      en: 'The test environment needs a test certificate. Production certificates are not accepted in test, nor test certificates in production (MP-120).',
    },
    status: 'verified',
    source: DD_CERT,
    checked: C,
  },
  {
    id: 'certificate-lifetime',
    text: {
      nb: 'Et virksomhetssertifikat varer i 3 år.',
      en: 'A business certificate lasts 3 years.',
    },
    status: 'verified',
    source: DD_CERT,
    checked: C,
  },
  {
    id: 'key-lifetime',
    text: {
      nb: 'En nøkkel som er registrert på en klient, lever i høyst 1 år. En utløpt nøkkel gir MP-121.',
      en: 'A key registered on a client lives at most 1 year. An expired key gives MP-121.',
    },
    status: 'verified',
    source: DD_CERT,
    checked: C,
  },
  {
    id: 'self-service-keys',
    text: {
      nb: 'I Digdirs selvbetjening legger dere til nøkkelen på klienten med «Legg til»; feltet tar «JWK eller PEM-format».',
      en: "In Digdir's self-service you add the key on the client with «Legg til» (add); the field takes «JWK eller PEM-format» (JWK or PEM).",
    },
    status: 'verified',
    source: ALTINN_CLIENT,
    checked: C,
  },
  {
    id: 'two-keys',
    text: {
      nb: 'At den nye nøkkelen kan ligge på klienten ved siden av den gamle mens dere bytter, er vår slutning fra at klienten tar imot flere nøkler med hver sin kid; kildene sier det ikke rett ut.',
      en: 'That the new key can sit on the client next to the old one while you switch is our inference from the client taking several keys, each with its own kid; the sources do not say it outright.',
    },
    status: 'inference',
    source: ALTINN_CLIENT,
    checked: C,
  },
];

export function certificateFact(id: CertificateFact['id']): CertificateFact {
  const fact = CERTIFICATE_FACTS.find((f) => f.id === id);
  if (!fact) throw new Error(`no certificate fact ${id}`);
  return fact;
}
