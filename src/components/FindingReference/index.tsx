import React from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Translate from '@docusaurus/Translate';
import {FINDING_CATALOGUE, FINDING_CODES, type FindingCode, type FindingRow} from '@site/src/lib/findings';
import {findingExplanation} from '../findingText';
import {SeverityIcon, severityLabel} from '../FindingList';
import styles from './styles.module.css';

type Group = 'jwt' | 'grant' | 'token' | 'scope' | 'env' | 'sig' | 'cert' | 'builder' | 'error' | 'api';

const GROUPS: readonly Group[] = ['error', 'grant', 'token', 'jwt', 'sig', 'cert', 'scope', 'env', 'builder', 'api'];

function GroupTitle({group}: {readonly group: Group}): React.JSX.Element {
  switch (group) {
    case 'error':
      return <Translate id="facts.findings.group.error">Feilsvar fra Maskinporten</Translate>;
    case 'grant':
      return <Translate id="facts.findings.group.grant">Grantet (JWT-en dere signerer)</Translate>;
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

function Entry({code}: {readonly code: FindingCode}): React.JSX.Element {
  const def: FindingRow = FINDING_CATALOGUE[code];
  return (
    <div id={code} className={styles.entry} data-finding-reference={code}>
      <p className={styles.head}>
        <span className={styles[def.severity]}>
          <SeverityIcon severity={def.severity} />
        </span>
        <code className={styles.code}>{code}</code>
        <span>{severityLabel(def.severity)}</span>
        {def.mpCode ? (
          <span className={styles.mp}>
            <Translate id="facts.findings.mpCode" values={{mpCode: def.mpCode}}>
              {'Maskinporten-kode {mpCode}'}
            </Translate>
          </span>
        ) : null}
      </p>
      <p className={styles.text}>{findingExplanation(code)}</p>
    </div>
  );
}

/**
 * One entry per finding code, each with `id="<code>"`, so every tool's "Les mer" link lands on it. The anchors
 * are registered with Docusaurus, which fails the build on a link to an anchor that does not exist.
 */
export default function FindingReference(): React.JSX.Element {
  const brokenLinks = useBrokenLinks();
  for (const code of FINDING_CODES) brokenLinks.collectAnchor(code);
  return (
    <div className={styles.reference} data-finding-reference-list="">
      {GROUPS.map((group) => {
        const codes = FINDING_CODES.filter((c) => c.startsWith(`${group}.`));
        if (codes.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`funn-${group}`}>
            <h3 id={`funn-${group}`} className={styles.groupTitle}>
              <GroupTitle group={group} />
            </h3>
            {codes.map((code) => (
              <Entry key={code} code={code} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
