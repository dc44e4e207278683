import React from 'react';
import Translate, {translate} from '../lazyTranslate';
import type {CertificateDescription} from '@site/src/lib/certificates';
import {validateOrgnr} from '@site/src/lib/orgnr';
import {certificateFact, type CertificateFact} from '@site/src/lib/certificate-facts';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import IssuerNote from './IssuerNote';
import {formatUnixTime} from '../toolHooks';
import t from '../tools.module.css';
import styles from './styles.module.css';

// Names for the extended key usages a business certificate carries; others are shown as their OID.
const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
};

function Row({
  term,
  field,
  children,
}: {
  readonly term: React.ReactNode;
  readonly field: string;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  return (
    <div className={styles.row} data-cert-field={field}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function keyText(c: CertificateDescription): string {
  if (c.key.type === 'RSA' && c.key.size !== undefined)
    return translate({id: 'tools.cert.key.rsa', message: 'RSA, {bits} bit'}, {bits: c.key.size});
  if (c.key.type === 'EC') return `EC ${c.key.curve ?? ''}`.trim();
  return c.key.algorithm;
}

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

/** What the certificate says: holder, orgnr, issuer, key, usages, validity; and what the sources say about it. */
export default function CertificateDetails({certificate: c, environment, lang, locale}: Props): React.JSX.Element {
  const from = formatUnixTime(c.notBeforeSeconds, locale);
  const to = formatUnixTime(c.notAfterSeconds, locale);
  const facts: CertificateFact[] = [certificateFact('test-vs-prod')];
  if (environment === 'test' || c.keyUsage?.includes('digitalSignature') === false)
    facts.unshift(certificateFact('signing-certificate-test'));
  return (
    <section aria-labelledby={`cert-details-${c.serialNumber}`}>
      <p className={t.subheading} id={`cert-details-${c.serialNumber}`}>
        <Translate id="tools.cert.details.heading">Sertifikatet</Translate>
      </p>
      <dl className={styles.details} data-certificate-details="">
        <Row field="holder" term={<Translate id="tools.cert.details.holder">Innehaver</Translate>}>
          <span>
            {c.subjectCommonName ?? c.organization ?? '–'}
            {c.isCa ? (
              <>
                {' '}
                <span className={styles.note} data-ca-certificate="">
                  <Translate id="tools.cert.details.isCa">(CA-sertifikat, ikke et virksomhetssertifikat)</Translate>
                </span>
              </>
            ) : null}
          </span>
          <code className={styles.value}>{c.subject}</code>
        </Row>
        <Row field="orgnr" term={<Translate id="tools.cert.details.orgnr">Organisasjonsnummer</Translate>}>
          <span>
            {c.orgnr ?? '–'}
            {c.orgnr !== undefined && !validateOrgnr(c.orgnr).valid ? (
              <>
                {' '}
                <span className={styles.note} data-orgnr-invalid="">
                  <Translate id="tools.cert.details.orgnrInvalid">
                    (feil kontrollsiffer: ikke et gyldig organisasjonsnummer)
                  </Translate>
                </span>
              </>
            ) : null}
          </span>
          {c.orgnrSource ? (
            <span className={styles.note}>
              {c.orgnrSource === 'organizationIdentifier' ? (
                <Translate id="tools.cert.details.orgnr.seid2">SEID 2: organizationIdentifier (NTRNO-…)</Translate>
              ) : (
                <Translate id="tools.cert.details.orgnr.seid1">SEID 1: serialNumber</Translate>
              )}
            </span>
          ) : null}
        </Row>
        <Row field="issuer" term={<Translate id="tools.cert.details.issuer">Utsteder</Translate>}>
          <code className={styles.value}>{c.issuer}</code>
          <IssuerNote certificate={c} />
        </Row>
        <Row field="key" term={<Translate id="tools.cert.details.key">Nøkkel</Translate>}>
          {keyText(c)}
        </Row>
        <Row field="keyUsage" term={<Translate id="tools.cert.details.keyUsage">Nøkkelbruk</Translate>}>
          {c.keyUsage ? (
            <code className={styles.value}>{c.keyUsage.join(', ') || '–'}</code>
          ) : (
            <Translate id="tools.cert.details.keyUsage.none">Ingen begrensning (utvidelsen mangler)</Translate>
          )}
        </Row>
        <Row field="extendedKeyUsage" term={<Translate id="tools.cert.details.eku">Utvidet nøkkelbruk</Translate>}>
          {c.extendedKeyUsage && c.extendedKeyUsage.length > 0 ? (
            <code className={styles.value}>{c.extendedKeyUsage.map((oid) => EKU_NAMES[oid] ?? oid).join(', ')}</code>
          ) : (
            '–'
          )}
        </Row>
        <Row field="validity" term={<Translate id="tools.cert.details.validity">Gyldig</Translate>}>
          <span>
            <Translate id="tools.cert.details.validityRange" values={{from: from.local, to: to.local}}>
              {'{from} – {to}'}
            </Translate>
          </span>
          {c.daysLeft !== undefined ? (
            <span className={styles.note} data-days-left={c.daysLeft}>
              {c.daysLeft >= 0 ? (
                <Translate id="tools.cert.details.daysLeft" values={{days: c.daysLeft}}>
                  {'{days} dager igjen'}
                </Translate>
              ) : (
                <Translate id="tools.cert.details.expiredDays" values={{days: -c.daysLeft}}>
                  {'Utløpt for {days} dager siden'}
                </Translate>
              )}
            </span>
          ) : null}
        </Row>
      </dl>
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
