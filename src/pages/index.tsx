import React from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './index.module.css';

interface Step {
  readonly to: string;
  readonly title: string;
  readonly text: string;
}

const STEPS: readonly Step[] = [
  {
    to: '/docs/miljoer',
    title: translate({id: 'home.steps.environments.title', message: 'Velg miljø'}),
    text: translate({
      id: 'home.steps.environments.text',
      message: 'Test eller produksjon: riktig utsteder, token-endepunkt og sertifikat.',
    }),
  },
  {
    to: '/docs/klient-og-integrasjon',
    title: translate({id: 'home.steps.client.title', message: 'Opprett integrasjon'}),
    text: translate({
      id: 'home.steps.client.text',
      message: 'Tilgang til Samarbeidsportalen og en Maskinporten-integrasjon.',
    }),
  },
  {
    to: '/docs/scopes',
    title: translate({id: 'home.steps.scopes.title', message: 'Legg til scopes'}),
    text: translate({
      id: 'home.steps.scopes.text',
      message: 'De fire scopene for DSOP ajourhold hos Skatteetaten og NAV.',
    }),
  },
  {
    to: '/docs/virksomhetssertifikat',
    title: translate({id: 'home.steps.certificate.title', message: 'Signer med sertifikat'}),
    text: translate({
      id: 'home.steps.certificate.text',
      message: 'Virksomhetssertifikat, x5c og nøkler for JWT-grant.',
    }),
  },
  {
    to: '/docs/delegering',
    title: translate({id: 'home.steps.delegation.title', message: 'Deleger til leverandør'}),
    text: translate({
      id: 'home.steps.delegation.text',
      message: 'Når en systemleverandør henter token på vegne av pensjonsinnretningen.',
    }),
  },
  {
    to: '/docs/feilsoking',
    title: translate({id: 'home.steps.troubleshooting.title', message: 'Feilsøk'}),
    text: translate({
      id: 'home.steps.troubleshooting.text',
      message: 'Hva MP-110, MP-130 og de andre feilkodene betyr, og hva du gjør.',
    }),
  },
];

const TOOLS: readonly Step[] = [
  {
    to: '/verktoy#token-inspector',
    title: translate({id: 'home.tools.token.title', message: 'Token-inspektør'}),
    text: translate({
      id: 'home.tools.token.text',
      message: 'Lim inn et JWT-grant eller et access token og se hva som er galt.',
    }),
  },
  {
    to: '/verktoy#scope-validator',
    title: translate({id: 'home.tools.scopes.title', message: 'Scope-validator'}),
    text: translate({id: 'home.tools.scopes.text', message: 'Sjekk skrivemåten og finn riktig scope.'}),
  },
  {
    to: '/verktoy#environment-checker',
    title: translate({id: 'home.tools.environment.title', message: 'Miljøsjekk'}),
    text: translate({id: 'home.tools.environment.text', message: 'Finn adresser som hører til feil miljø.'}),
  },
  {
    to: '/verktoy#grant-builder',
    title: translate({id: 'home.tools.grant.title', message: 'Grant-bygger'}),
    text: translate({id: 'home.tools.grant.text', message: 'Lag header, claims og token-forespørselen.'}),
  },
  {
    to: '/verktoy#error-explainer',
    title: translate({id: 'home.tools.error.title', message: 'Feilforklarer'}),
    text: translate({id: 'home.tools.error.text', message: 'Lim inn feilsvaret fra Maskinporten og få forklaringen.'}),
  },
];

function CardList({items}: {readonly items: readonly Step[]}): React.JSX.Element {
  return (
    <ul className={styles.cards}>
      {items.map((item) => (
        <li key={item.to}>
          <Link to={item.to} className={clsx('card', styles.card)}>
            <span className={styles.cardTitle}>{item.title}</span>
            <span className={styles.cardText}>{item.text}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default function Home(): React.JSX.Element {
  return (
    <Layout
      title={translate({id: 'home.title', message: 'Maskinporten for pensjonsinnretninger'})}
      description={translate({
        id: 'home.description',
        message:
          'Veiledning og verktøy for pensjonsinnretninger som henter Maskinporten-token til NAVs og Skatteetatens API-er.',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            <Translate id="home.title">Maskinporten for pensjonsinnretninger</Translate>
          </Heading>
          <p className={styles.heroLead}>
            <Translate id="home.lead">
              Få ditt første Maskinporten-token til NAVs og Skatteetatens API-er for DSOP ajourhold riktig: miljøer,
              scopes, virksomhetssertifikat, delegering og feilsøking.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/oversikt">
              <Translate id="home.start">Les veiledningen</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/verktoy">
              <Translate id="home.tools">Åpne verktøyene</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="steps">
          <Heading as="h2" id="steps">
            <Translate id="home.steps.heading">Steg for steg</Translate>
          </Heading>
          <CardList items={STEPS} />
        </section>
        <section aria-labelledby="tools" className="margin-top--lg">
          <Heading as="h2" id="tools">
            <Translate id="home.tools.heading">Verktøy i nettleseren</Translate>
          </Heading>
          <p>
            <Translate id="home.tools.privacy">
              Verktøyene kjører bare i nettleseren din. Et token, en nøkkel eller en feilmelding du limer inn, sendes
              ikke over nettet, lagres ikke og havner aldri i adressen.
            </Translate>
          </p>
          <CardList items={TOOLS} />
        </section>
      </main>
    </Layout>
  );
}
