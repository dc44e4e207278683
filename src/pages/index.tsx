import React from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import homeTexts from '@lazy-translations/home';
import {lazyTranslator} from '@site/src/components/lazyTranslator';
import {GUIDE_PATH, type GuideStepId} from '@site/src/lib/guide-path';
import {TOOLS} from '@site/src/lib/tools';
import {TOOL_REGISTRY} from '@site/src/components/LazyTools/registry';
import {toolIntro} from '@site/src/components/LazyTools/toolPageTexts';
import TrackEntries from '@site/src/components/Tracks/TrackEntries';
import styles from './index.module.css';

// This page's texts load with it, not with every page (plugins/lazy-translations).
const {Translate, translate} = lazyTranslator(homeTexts);

interface Step {
  readonly to: string;
  readonly title: string;
  readonly text: string;
}

/** One card per step of the guide's path, in the path's order (the record type makes a missing card a type error). */
const STEP_CARDS: Record<GuideStepId, {readonly title: string; readonly text: string}> = {
  miljoer: {
    title: translate({id: 'home.steps.environments.title', message: 'Velg miljø'}),
    text: translate({
      id: 'home.steps.environments.text',
      message: 'Test eller produksjon: riktig utsteder, token-endepunkt og sertifikat.',
    }),
  },
  virksomhetssertifikat: {
    title: translate({id: 'home.steps.certificate.title', message: 'Skaff sertifikat'}),
    text: translate({
      id: 'home.steps.certificate.text',
      message: 'Virksomhetssertifikat for test og produksjon, x5c eller egen nøkkel.',
    }),
  },
  'klient-og-integrasjon': {
    title: translate({id: 'home.steps.client.title', message: 'Opprett klient'}),
    text: translate({
      id: 'home.steps.client.text',
      message: 'Digdirs selvbetjeningsportal, rettighetene i Altinn og den offentlige nøkkelen.',
    }),
  },
  scopes: {
    title: translate({id: 'home.steps.scopes.title', message: 'Legg til scopes'}),
    text: translate({
      id: 'home.steps.scopes.text',
      message: 'De fire scopene for DSOP ajourhold hos Skatteetaten og NAV.',
    }),
  },
  delegering: {
    title: translate({id: 'home.steps.delegation.title', message: 'Deleger til leverandør'}),
    text: translate({
      id: 'home.steps.delegation.text',
      message: 'Når en systemleverandør henter token på vegne av pensjonsinnretningen.',
    }),
  },
  kodeeksempler: {
    title: translate({id: 'home.steps.token.title', message: 'Hent token'}),
    text: translate({
      id: 'home.steps.token.text',
      message: 'Lag grantet, signer det og send token-forespørselen (curl, Node.js, Java, Python).',
    }),
  },
  'consumer-og-supplier': {
    title: translate({id: 'home.steps.consumer.title', message: 'Sjekk tokenet'}),
    text: translate({
      id: 'home.steps.consumer.text',
      message: 'consumer, supplier og det API-et ser etter i tokenet.',
    }),
  },
  testdata: {
    title: translate({id: 'home.steps.testdata.title', message: 'Test med testdata'}),
    text: translate({
      id: 'home.steps.testdata.text',
      message: 'Tenor, TT02, syntetiske organisasjoner og testsertifikat.',
    }),
  },
  'kalle-api-ene': {
    title: translate({id: 'home.steps.apis.title', message: 'Kall API-ene'}),
    text: translate({
      id: 'home.steps.apis.text',
      message: 'Gjenbruk tokenet, hold grensene og forstå API-enes egne feilkoder.',
    }),
  },
  feilsoking: {
    title: translate({id: 'home.steps.troubleshooting.title', message: 'Feilsøk'}),
    text: translate({
      id: 'home.steps.troubleshooting.text',
      message: 'Hva MP-110, IM-005, AA-101 og de andre feilkodene betyr, og hva dere gjør.',
    }),
  },
};

const STEPS: readonly Step[] = GUIDE_PATH.map((id) => ({to: `/docs/${id}`, ...STEP_CARDS[id]}));

/** One card per tool of the registry, with the tool's own title and intro, as on the tools page. */
const TOOL_CARDS: readonly Step[] = TOOLS.map((row) => ({
  to: `/verktoy#${row.id}`,
  title: TOOL_REGISTRY[row.id].title(),
  text: toolIntro(row.id),
}));

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
              Hele veien til det første Maskinporten-tokenet for NAVs og Skatteetatens API-er for DSOP ajourhold:
              miljøer, sertifikat, klient, scopes, delegering, testdata og feilsøking.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/kom-i-gang">
              <Translate id="home.start">Kom i gang</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/verktoy">
              <Translate id="home.tools">Åpne verktøyene</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <TrackEntries />
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
              Verktøyene kjører bare i nettleseren. Et token, en nøkkel eller en feilmelding dere limer inn, sendes ikke
              over nettet, lagres ikke og havner aldri i adressen.
            </Translate>
          </p>
          <CardList items={TOOL_CARDS} />
        </section>
      </main>
    </Layout>
  );
}
