import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {CERTIFICATE_FACTS, type CertificateFact} from '@site/src/lib/certificate-facts';
import {needsMarker} from '@site/src/lib/fact-status';
import {useLanguage} from '../localeHooks';
import NotConfirmed from '../NotConfirmed';

interface Props {
  /** Which facts, in this order. */
  readonly ids: readonly CertificateFact['id'][];
}

/** What the sources say about keys and certificates (src/lib/certificate-facts.ts), each with its source. */
export default function CertificateFacts({ids}: Props): React.JSX.Element {
  const lang = useLanguage();
  const facts = ids.flatMap((id) => CERTIFICATE_FACTS.filter((f) => f.id === id));
  return (
    <ul data-fact-list="certificate">
      {facts.map((fact) => (
        <li key={fact.id} data-fact={fact.id}>
          {fact.text[lang]}{' '}
          {needsMarker(fact.status) ? (
            <NotConfirmed href={fact.source} />
          ) : (
            <Link href={fact.source}>
              <Translate id="facts.source">Kilde</Translate>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
