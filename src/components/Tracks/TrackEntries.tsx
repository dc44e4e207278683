import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import homeTexts from '@lazy-translations/home';
import {lazyTranslator} from '@site/src/components/lazyTranslator';
import styles from './entries.module.css';

// The home page's texts load with it, not with every page (plugins/lazy-translations).
const {Translate} = lazyTranslator(homeTexts);

/**
 * The home page's way into «Kom i gang»: one entry per track, landing on the track's heading (`#spor-<id>`), so a
 * vendor does not scroll past the pension institution's steps to find its own.
 */
export default function TrackEntries(): React.JSX.Element {
  return (
    <section aria-labelledby="tracks" className="margin-bottom--lg">
      <Heading as="h2" id="tracks">
        <Translate id="home.tracks.heading">Hvem integrerer?</Translate>
      </Heading>
      <ul className={styles.entries}>
        <li>
          <Link to="/docs/kom-i-gang#spor-selv" className={clsx('card', styles.entry)} data-track-entry="selv">
            <span className={styles.title}>
              <Translate id="home.tracks.self.title">Pensjonsinnretningen integrerer selv</Translate>
            </span>
            <span className={styles.text}>
              <Translate id="home.tracks.self.text">
                Egen klient, grantet signert med virksomhetssertifikatet, og hele veien fra søknaden hos NAV til
                produksjon.
              </Translate>
            </span>
          </Link>
        </li>
        <li>
          <Link
            to="/docs/kom-i-gang#spor-leverandor"
            className={clsx('card', styles.entry)}
            data-track-entry="leverandor">
            <span className={styles.title}>
              <Translate id="home.tracks.vendor.title">Systemleverandøren integrerer for kundene sine</Translate>
            </span>
            <span className={styles.text}>
              <Translate id="home.tracks.vendor.text">
                Egen klient og egne nøkler med kid, delegering fra pensjonsinnretningen i Altinn og kundens
                organisasjonsnummer i grantet.
              </Translate>
            </span>
          </Link>
        </li>
      </ul>
    </section>
  );
}
