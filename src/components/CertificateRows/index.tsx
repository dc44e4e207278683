// What a certificate says, as rows: holder, organisation number, issuer, key, key usages, validity. One component
// for the token inspector (the certificate in x5c) and the certificate tool.
import React from 'react';
import Translate, {translate} from '../lazyTranslate';
import type {CertificateDescription} from '@site/src/lib/certificates';
import {environmentName} from '../fieldNames';
import {formatUnixTime} from '../toolHooks';
import {InputValue, Note, Row, rowStyles} from './Row';

// Names for the extended key usages a business certificate carries; others are shown as their OID.
const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
};

function keyText(c: CertificateDescription): string {
  if (c.key.type === 'RSA' && c.key.size !== undefined)
    return translate({id: 'tools.cert.key.rsa', message: 'RSA, {bits} bit'}, {bits: c.key.size});
  if (c.key.type === 'EC') return `EC ${c.key.curve ?? ''}`.trim();
  return c.key.algorithm;
}

interface Props {
  readonly certificate: CertificateDescription;
  readonly locale: string;
}

export default function CertificateRows({certificate: c, locale}: Props): React.JSX.Element {
  const from = formatUnixTime(c.notBeforeSeconds, locale);
  const to = formatUnixTime(c.notAfterSeconds, locale);
  return (
    <dl className={rowStyles.rows} data-certificate-details="">
      <Row field="holder" term={<Translate id="tools.cert.details.holder">Innehaver</Translate>}>
        <span>{c.subjectCommonName ?? c.organization ?? '–'}</span>
        <InputValue value={c.subject} />
      </Row>
      <Row field="orgnr" term={<Translate id="tools.cert.details.orgnr">Organisasjonsnummer</Translate>}>
        <span>{c.orgnr ?? '–'}</span>
        {c.orgnrSource ? (
          <Note>
            {c.orgnrSource === 'organizationIdentifier' ? (
              <Translate id="tools.cert.details.orgnr.seid2">SEID 2: organizationIdentifier (NTRNO-…)</Translate>
            ) : (
              <Translate id="tools.cert.details.orgnr.seid1">SEID 1: serialNumber</Translate>
            )}
          </Note>
        ) : null}
      </Row>
      <Row field="issuer" term={<Translate id="tools.cert.details.issuer">Utsteder</Translate>}>
        <InputValue value={c.issuer} />
        <Note>
          {c.knownIssuer ? (
            <Translate
              id="tools.cert.details.knownIssuer"
              values={{
                ca: c.knownIssuer.ca,
                seid: c.knownIssuer.seid,
                environment: environmentName(c.knownIssuer.environment),
              }}>
              {'{ca}, SEID {seid}, {environment}'}
            </Translate>
          ) : c.selfSigned ? (
            <Translate id="tools.cert.details.selfSigned">Selvsignert</Translate>
          ) : (
            <Translate id="tools.cert.details.unknownIssuer">Ikke i tabellen over kjente utstedere</Translate>
          )}
        </Note>
      </Row>
      <Row field="environment" term={<Translate id="tools.token.cert.environment">Miljø</Translate>}>
        {environmentName(c.environment)}
      </Row>
      <Row field="key" term={<Translate id="tools.cert.details.key">Nøkkel</Translate>}>
        {keyText(c)}
      </Row>
      <Row field="keyUsage" term={<Translate id="tools.cert.details.keyUsage">Nøkkelbruk</Translate>}>
        {c.keyUsage ? (
          <code>{c.keyUsage.join(', ') || '–'}</code>
        ) : (
          <Translate id="tools.cert.details.keyUsage.none">Ingen begrensning (utvidelsen mangler)</Translate>
        )}
      </Row>
      <Row field="extendedKeyUsage" term={<Translate id="tools.cert.details.eku">Utvidet nøkkelbruk</Translate>}>
        {c.extendedKeyUsage && c.extendedKeyUsage.length > 0 ? (
          <code>{c.extendedKeyUsage.map((oid) => EKU_NAMES[oid] ?? oid).join(', ')}</code>
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
          <Note data-days-left={c.daysLeft}>
            {c.daysLeft >= 0 ? (
              <Translate id="tools.cert.details.daysLeft" values={{days: c.daysLeft}}>
                {'{days} dager igjen'}
              </Translate>
            ) : (
              <Translate id="tools.cert.details.expiredDays" values={{days: -c.daysLeft}}>
                {'Utløpt for {days} dager siden'}
              </Translate>
            )}
          </Note>
        ) : null}
      </Row>
    </dl>
  );
}
