import React from 'react';
import Translate from '../lazyTranslate';
import type {CertificateDescription} from '@site/src/lib/certificates';
import {certificateFact, type CertificateFact} from '@site/src/lib/certificate-facts';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import CertificateRows from '../CertificateRows';
import t from '../tools.module.css';
import styles from './styles.module.css';

function Fact({fact, lang}: {readonly fact: CertificateFact; readonly lang: 'nb' | 'en'}): React.JSX.Element {
  return (
    <li data-fact={fact.id}>
      {fact.text[lang]}{' '}
      <a href={fact.source} rel="noreferrer">
        <Translate id="tools.cert.fact.source">Kilde</Translate>
      </a>
    </li>
  );
}

interface Props {
  readonly certificate: CertificateDescription;
  readonly environment: ActiveEnvironmentId;
  readonly lang: 'nb' | 'en';
  readonly locale: string;
}

/** What the certificate says (the rows the token inspector shows too), and what the sources say about it. */
export default function CertificateDetails({certificate: c, environment, lang, locale}: Props): React.JSX.Element {
  const facts: CertificateFact[] = [certificateFact('test-vs-prod')];
  if (environment === 'test' || c.keyUsage?.includes('digitalSignature') === false)
    facts.unshift(certificateFact('signing-certificate-test'));
  return (
    <section aria-labelledby={`cert-details-${c.serialNumber}`}>
      <p className={t.subheading} id={`cert-details-${c.serialNumber}`}>
        <Translate id="tools.cert.details.heading">Sertifikatet</Translate>
      </p>
      <CertificateRows certificate={c} locale={locale} />
      <p className={t.subheading}>
        <Translate id="tools.cert.facts.heading">Fra kildene</Translate>
      </p>
      <ul className={styles.facts}>
        {facts.map((f) => (
          <Fact key={f.id} fact={f} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
