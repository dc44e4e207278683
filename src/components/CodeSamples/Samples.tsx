import React from 'react';
import Tabs from '@theme/Tabs';
import {LANGUAGE_TAB_GROUP} from '../StaticHtml/tabChoice';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
// Its code blocks are drawn here, not in Markdown, so it imports itself what plugins/prism-languages adds to an
// MDX page with code blocks: the highlighter, and the samples' languages that Prism does not have built in.
import '@site/src/theme/CodeBlock/Content/Highlighted';
import '@site/src/theme/prism-languages/bash';
import '@site/src/theme/prism-languages/java';
import codeSamplesTexts from '@lazy-translations/codeSamples';
import {lazyTranslator} from '../lazyTranslator';
import {CODE_SAMPLES, type SampleId} from './samples';
import styles from './styles.module.css';
import ScrollTable from '../ScrollTable';

// This page's texts load with it, not with every page (plugins/lazy-translations).
const {Translate} = lazyTranslator(codeSamplesTexts);

/** What each sample needs besides the settings all samples share. */
function Needs({id}: {id: SampleId}): React.JSX.Element {
  switch (id) {
    case 'curl':
      return (
        <Translate id="codeSamples.curl.needs">
          Trenger bash og curl, og et ferdig signert grant i GRANT, for eksempel laget med createGrant i
          Node.js-eksemplet. Grantet gjelder i 120 sekunder og kan brukes én gang. Skriptet skriver ut svaret og
          HTTP-statusen.
        </Translate>
      );
    case 'node':
      return (
        <Translate id="codeSamples.node.needs">
          Trenger Node.js 20 eller nyere og pakken jose. Nøkkelen og sertifikatkjeden leses fra PEM-filer
          (PRIVATE_KEY_PATH og CERT_CHAIN_PATH, virksomhetssertifikatet først i kjeden); openssl henter dem ut av
          PKCS#12-filen.
        </Translate>
      );
    case 'java':
      return (
        <Translate id="codeSamples.java.needs">
          Trenger bare JDK 17 eller nyere, ingen biblioteker. Virksomhetssertifikatet leses fra PKCS#12-filen
          (KEYSTORE_PATH og KEYSTORE_PASSWORD, eventuelt KEYSTORE_ALIAS), og java kjører kildefilen direkte.
        </Translate>
      );
    case 'python':
      return (
        <Translate id="codeSamples.python.needs">
          Trenger Python 3 med PyJWT og cryptography (på Debian og Ubuntu: apt-get install python3-jwt
          python3-cryptography). Virksomhetssertifikatet leses fra PKCS#12-filen (KEYSTORE_PATH og KEYSTORE_PASSWORD).
        </Translate>
      );
  }
}

/**
 * The code samples in one tab set per language. Each tab shows a file from examples/ as it is (the same file
 * test/samples runs against a local token endpoint), and how to run it. groupId={LANGUAGE_TAB_GROUP} keeps the
 * reader's choice on every page with the same tabs.
 */
export default function CodeSamples(): React.JSX.Element {
  return (
    <div className={styles.samples}>
      <p>
        <Translate id="codeSamples.settings">Alle eksemplene leser innstillingene fra miljøvariabler:</Translate>
      </p>
      <ScrollTable className={styles.settings} static>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="codeSamples.settings.variable">Variabel</Translate>
            </th>
            <th scope="col">
              <Translate id="codeSamples.settings.meaning">Betydning</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <code>CLIENT_ID</code>
            </th>
            <td>
              <Translate id="codeSamples.settings.clientId">
                Klient-ID-en fra selvbetjeningsportalen (påkrevd).
              </Translate>
            </td>
          </tr>
          <tr>
            <th scope="row">
              <code>MASKINPORTEN_ENV</code>
            </th>
            <td>
              <Translate id="codeSamples.settings.env" values={{test: <code>test</code>, prod: <code>prod</code>}}>
                {'{test} (standard) eller {prod}.'}
              </Translate>
            </td>
          </tr>
          <tr>
            <th scope="row">
              <code>MASKINPORTEN_KID</code>
              <br />
              <code>PRIVATE_KEY_PATH</code>
            </th>
            <td>
              <Translate id="codeSamples.settings.kid" values={{x5c: <code>x5c</code>}}>
                {
                  'kid-en til nøkkelen registrert på klienten, og filen med den private nøkkelen (PEM): da signerer eksemplet med kid. Uten dem signerer det med virksomhetssertifikatet i {x5c} (Java og Python: KEYSTORE_PATH og KEYSTORE_PASSWORD; Node.js: PRIVATE_KEY_PATH og CERT_CHAIN_PATH).'
                }
              </Translate>
            </td>
          </tr>
          <tr>
            <th scope="row">
              <code>SCOPE</code>
            </th>
            <td>
              <Translate id="codeSamples.settings.scope" values={{scope: <code>skatteetaten:inntektsmottakere</code>}}>
                {'Ett eller flere scope, skilt med mellomrom (standard {scope}).'}
              </Translate>
            </td>
          </tr>
          <tr>
            <th scope="row">
              <code>CONSUMER_ORG</code>
            </th>
            <td>
              <Translate id="codeSamples.settings.consumerOrg">
                Kundens organisasjonsnummer, bare når en leverandør henter token på vegne av kunden.
              </Translate>
            </td>
          </tr>
          <tr>
            <th scope="row">
              <code>MASKINPORTEN_TOKEN_ENDPOINT</code>
              <br />
              <code>MASKINPORTEN_AUDIENCE</code>
            </th>
            <td>
              <Translate id="codeSamples.settings.overrides">
                Overstyrer token-endepunktet og aud. Bare for testing: ellers gir eksemplene riktige verdier for
                miljøet.
              </Translate>
            </td>
          </tr>
        </tbody>
      </ScrollTable>
      <p>
        <Translate id="codeSamples.output">
          Eksemplene skriver ut token-svaret (access_token, expires_in, scope). Avviser Maskinporten grantet, skriver de
          «Maskinporten svarte med feil:» fulgt av error og error_description, og avslutter med feilkode.
        </Translate>
      </p>
      <Tabs groupId={LANGUAGE_TAB_GROUP}>
        {CODE_SAMPLES.map((sample) => (
          <TabItem key={sample.id} value={sample.id} label={sample.label}>
            <p>
              <Needs id={sample.id} />
            </p>
            <CodeBlock
              language="bash"
              title={<Translate id="codeSamples.run.title">Slik kjører dere eksemplet</Translate>}>
              {sample.command}
            </CodeBlock>
            <CodeBlock language={sample.language} title={sample.file} showLineNumbers>
              {sample.text}
            </CodeBlock>
          </TabItem>
        ))}
      </Tabs>
    </div>
  );
}
