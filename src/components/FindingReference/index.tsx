import React from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Translate from '@docusaurus/Translate';
import REFERENCE from '@finding-reference';
import type {FindingReferenceEntry} from '@site/plugins/lazy-translations/reference';
import {SeverityIcon, severityLabel} from '../FindingList/severity';
import StaticHtml from '../StaticHtml';
import styles from './styles.module.css';

type Group = 'jwt' | 'grant' | 'token' | 'scope' | 'env' | 'sig' | 'cert' | 'builder' | 'error' | 'api';

const GROUPS: readonly Group[] = ['error', 'grant', 'token', 'jwt', 'sig', 'cert', 'scope', 'env', 'builder', 'api'];

function GroupTitle({group}: {readonly group: Group}): React.JSX.Element {
  switch (group) {
    case 'error':
      return <Translate id="facts.findings.group.error">Feilsvar fra Maskinporten</Translate>;
    case 'grant':
      return <Translate id="facts.findings.group.grant">Grantet (JWT-et dere signerer)</Translate>;
    case 'token':
      return <Translate id="facts.findings.group.token">Access tokenet fra Maskinporten</Translate>;
    case 'jwt':
      return <Translate id="facts.findings.group.jwt">Teksten dere limte inn</Translate>;
    case 'sig':
      return <Translate id="facts.findings.group.sig">Signatur</Translate>;
    case 'cert':
      return <Translate id="facts.findings.group.cert">Virksomhetssertifikat</Translate>;
    case 'scope':
      return <Translate id="facts.findings.group.scope">Scopes</Translate>;
    case 'env':
      return <Translate id="facts.findings.group.env">Miljø og adresser</Translate>;
    case 'api':
      return <Translate id="facts.findings.group.api">Feilsvar fra etatenes API-er</Translate>;
    default:
      return <Translate id="facts.findings.group.builder">Grant-byggeren</Translate>;
  }
}

function Entry({entry}: {readonly entry: FindingReferenceEntry}): React.JSX.Element {
  const {code, severity, mpCode, explanation} = entry;
  return (
    <div id={code} className={styles.entry} data-finding-reference={code}>
      <p className={styles.head}>
        <span className={styles[severity]}>
          <SeverityIcon severity={severity} />
        </span>
        <code className={styles.code}>{code}</code>
        <span>{severityLabel(severity)}</span>
        {mpCode ? (
          <span className={styles.mp}>
            <Translate id="facts.findings.mpCode" values={{mpCode}}>
              {'Maskinporten-kode {mpCode}'}
            </Translate>
          </span>
        ) : null}
      </p>
      <p className={styles.text}>{explanation}</p>
    </div>
  );
}

/**
 * One entry per finding code (the catalogue's rows with the explanation in the page's language, made at build
 * time by plugins/lazy-translations), each with `id="<code>"`, so every tool's "Les mer" link lands on it. The
 * anchors are registered with Docusaurus, which fails the build on a link to an anchor that does not exist.
 */
export default function FindingReference(): React.JSX.Element {
  // Nothing in it changes after load: the first load adopts the server's HTML without hydrating it (StaticHtml).
  return (
    <StaticHtml as="div" className={styles.reference} data-finding-reference-list="">
      <Groups />
    </StaticHtml>
  );
}

function Groups(): React.JSX.Element {
  const brokenLinks = useBrokenLinks();
  for (const {code} of REFERENCE) brokenLinks.collectAnchor(code);
  return (
    <>
      {GROUPS.map((group) => {
        const entries = REFERENCE.filter(({code}) => code.startsWith(`${group}.`));
        if (entries.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`funn-${group}`}>
            <h3 id={`funn-${group}`} className={styles.groupTitle}>
              <GroupTitle group={group} />
            </h3>
            {entries.map((entry) => (
              <Entry key={entry.code} entry={entry} />
            ))}
          </section>
        );
      })}
    </>
  );
}
