import React from 'react';
import Translate from '../lazyTranslate';
import type {CertificateDescription} from '@site/src/lib/certificates';
import {environmentName} from '../fieldNames';
import styles from './styles.module.css';

/**
 * What is known of the issuer, as the signatures showed it. A CA is named as a fact (Buypass, SEID 2, test)
 * only when the chain verified up to a CA certificate the site carries; otherwise the note says what was not
 * checked, and the issuer stays the certificate's own text above it.
 */
export default function IssuerNote({
  certificate: c,
}: {
  readonly certificate: CertificateDescription;
}): React.JSX.Element {
  const status = c.issuerStatus;
  let note: React.ReactNode;
  if (status === 'verified' && c.verifiedBy) {
    const known = c.knownIssuer;
    note = (
      <>
        <span>
          {known ? (
            <Translate
              id="tools.cert.issuer.verified"
              values={{ca: known.ca, seid: known.seid, environment: environmentName(known.environment)}}>
              {'Kontrollert: {ca}, SEID {seid}, {environment}'}
            </Translate>
          ) : (
            <Translate id="tools.cert.issuer.verifiedOnly">Kontrollert</Translate>
          )}
        </span>
        <span className={styles.note}>
          <Translate
            id="tools.cert.issuer.verifiedBy"
            values={{
              anchor: c.verifiedBy.commonName,
              source: (
                <a href={c.verifiedBy.source} rel="noreferrer">
                  <Translate id="tools.cert.issuer.source">kilde</Translate>
                </a>
              ),
              checked: c.verifiedBy.checked,
            }}>
            {'Signaturen går opp til CA-sertifikatet {anchor}, som nettstedet har ({source}, kontrollert {checked}).'}
          </Translate>
        </span>
      </>
    );
  } else if (status === 'named') {
    note = (
      <Translate id="tools.cert.issuer.named">
        Bare navngitt i sertifikatet, ikke kontrollert: nettstedet har ikke CA-sertifikatet, så signaturen er ikke
        sjekket.
      </Translate>
    );
  } else if (status === 'signature-invalid') {
    note = (
      <Translate id="tools.cert.issuer.signatureInvalid">
        Ikke utstedt av den utstederen det oppgir: signaturen stemmer ikke med CA-sertifikatet med det navnet.
      </Translate>
    );
  } else if (status === 'chain-broken') {
    note = <Translate id="tools.cert.issuer.chainBroken">Ikke kontrollert: kjeden brytes (se funnene).</Translate>;
  } else if (status === 'self-signed') {
    note = <Translate id="tools.cert.details.selfSigned">Selvsignert</Translate>;
  } else if (status === 'look-alike') {
    note = (
      <Translate id="tools.cert.issuer.lookAlike">
        Ligner navnet til en kjent utsteder, men er ikke det samme navnet. Ikke kontrollert.
      </Translate>
    );
  } else {
    note = <Translate id="tools.cert.details.unknownIssuer">Ikke i tabellen over kjente utstedere</Translate>;
  }
  return (
    <span className={styles.issuerNote} data-issuer-status={status}>
      {note}
    </span>
  );
}
