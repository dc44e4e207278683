import React from 'react';
import Translate from '../lazyTranslate';
import type {ChainLink} from '@site/src/lib/certificate-chain';
import t from '../tools.module.css';
import styles from './styles.module.css';

function LinkCheck({link}: {readonly link: ChainLink}): React.JSX.Element {
  if (link.checkedWith === 'carried' && link.carried) {
    const values = {
      anchor: link.carried.commonName,
      source: (
        <a href={link.carried.source} rel="noreferrer">
          <Translate id="tools.cert.issuer.source">kilde</Translate>
        </a>
      ),
    };
    return link.valid ? (
      <Translate id="tools.cert.chain.carriedValid" values={values}>
        {'✓ signert av {anchor}, CA-sertifikatet nettstedet har ({source})'}
      </Translate>
    ) : (
      <Translate id="tools.cert.chain.carriedInvalid" values={values}>
        {'✗ ikke signert av {anchor}, selv om det oppgir den som utsteder ({source})'}
      </Translate>
    );
  }
  if (link.checkedWith === 'next') {
    return link.valid ? (
      <Translate id="tools.cert.chain.nextValid">✓ signert av det neste sertifikatet</Translate>
    ) : (
      <Translate id="tools.cert.chain.nextInvalid">✗ ikke signert av det neste sertifikatet</Translate>
    );
  }
  if (link.checkedWith === 'self') {
    return (
      <Translate id="tools.cert.chain.self">signert av seg selv (rotsertifikat), ikke kontrollert mot noe</Translate>
    );
  }
  return (
    <Translate id="tools.cert.chain.none">
      ikke kontrollert: utstederen er ikke med, og nettstedet har den ikke
    </Translate>
  );
}

/** The chain as the tool read it, the business certificate first: each certificate and how it was checked. */
export default function ChainView({links}: {readonly links: readonly ChainLink[]}): React.JSX.Element {
  return (
    <section aria-labelledby="cert-chain-heading">
      <p className={t.subheading} id="cert-chain-heading">
        <Translate id="tools.cert.chain.heading">Kjeden</Translate>
      </p>
      <ol className={styles.chain} data-chain="">
        {links.map((link, i) => (
          <li
            key={`${link.position}-${i}`}
            data-chain-link={link.position}
            data-valid={String(link.valid ?? 'unchecked')}>
            <span>
              {link.subjectCommonName ?? link.subject}{' '}
              <span className={styles.note}>
                {link.isCa ? (
                  <Translate id="tools.cert.chain.ca" values={{position: link.position}}>
                    {'(CA-sertifikat, nr. {position} i det dere ga)'}
                  </Translate>
                ) : (
                  <Translate id="tools.cert.chain.leaf" values={{position: link.position}}>
                    {'(virksomhetssertifikat, nr. {position} i det dere ga)'}
                  </Translate>
                )}
              </span>
            </span>
            <span className={styles.note}>
              <LinkCheck link={link} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
