import React from 'react';
import Translate from '@docusaurus/Translate';
import {FIREWALL, type FirewallEntry} from '@site/src/lib/network';
import {needsMarker} from '@site/src/lib/fact-status';
import FactTable, {SourceCell} from '../FactTable';
import NotConfirmed from '../NotConfirmed';
import styles from '../factTables.module.css';

function Environment({entry}: {readonly entry: FirewallEntry}): React.JSX.Element {
  switch (entry.environment) {
    case 'test':
      return <Translate id="facts.firewall.test">Test</Translate>;
    case 'prod':
      return <Translate id="facts.firewall.prod">Produksjon</Translate>;
    case 'both':
      return (
        <>
          <Translate id="facts.firewall.both">Test og produksjon</Translate>
          <br />
          <span className={styles.note}>
            <Translate id="facts.firewall.swapped">
              Kildene bytter om hvilken adresse som er test og produksjon
            </Translate>
          </span>
        </>
      );
  }
}

function Lines({values}: {readonly values: readonly string[]}): React.JSX.Element {
  return (
    <>
      {values.map((value, index) => (
        <React.Fragment key={value}>
          {index > 0 ? <br /> : null}
          <code>{value}</code>
        </React.Fragment>
      ))}
    </>
  );
}

/** What the client system's firewall must let out to, from src/lib/network.ts. */
export default function FirewallTable(): React.JSX.Element {
  return (
    <FactTable
      name="firewall"
      columns={[
        <Translate id="facts.firewall.owner">Til</Translate>,
        <Translate id="facts.firewall.hosts">Vertsnavn</Translate>,
        <Translate id="facts.firewall.ips">IP-adresser</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {FIREWALL.map((entry) => (
        <tr key={`${entry.owner}-${entry.environment}`} data-firewall={`${entry.owner}-${entry.environment}`}>
          <th scope="row">
            {entry.owner}
            <br />
            <span className={styles.note}>
              <Environment entry={entry} />
            </span>
            {needsMarker(entry.status) ? <NotConfirmed href={entry.source} /> : null}
          </th>
          <td>
            <Lines values={entry.hosts} />
          </td>
          <td>
            {entry.ips.length > 0 ? (
              <Lines values={entry.ips} />
            ) : (
              <Translate id="facts.firewall.noIps">
                Ikke publisert, så vidt vi har funnet: åpne for vertsnavnet
              </Translate>
            )}
          </td>
          <SourceCell href={entry.source} checked={entry.checked}>
            {entry.owner === 'Maskinporten' ? 'Digdir' : entry.owner}
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
