import React from 'react';
import Translate from '@docusaurus/Translate';
import {CERTIFICATE_ISSUERS, type CertificateIssuer} from '@site/src/lib/certificate-issuers';
import FactTable, {SourceCell} from '../FactTable';

const KINDS = [
  {ca: 'Buypass', seid: 1},
  {ca: 'Buypass', seid: 2},
  {ca: 'Commfides', seid: 1},
  {ca: 'Commfides', seid: 2},
] as const;

function Names({issuers}: {readonly issuers: readonly CertificateIssuer[]}): React.JSX.Element {
  return (
    <>
      {issuers.map((issuer, index) => (
        <React.Fragment key={issuer.commonName}>
          {index > 0 ? <br /> : null}
          <code>{issuer.commonName}</code>
        </React.Fragment>
      ))}
    </>
  );
}

/**
 * The CAs that issue business certificates, test and production, from src/lib/certificate-issuers.ts: the same
 * table the token inspector uses to tell a test certificate from a production one.
 */
export default function CertificateIssuerTable(): React.JSX.Element {
  return (
    <FactTable
      name="certificate-issuers"
      columns={[
        <Translate id="facts.issuer.kind">Leverandør og type</Translate>,
        <Translate id="facts.issuer.test">Test</Translate>,
        <Translate id="facts.issuer.prod">Produksjon</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {KINDS.map(({ca, seid}) => {
        const issuers = CERTIFICATE_ISSUERS.filter((i) => i.ca === ca && i.seid === seid);
        const first = issuers[0];
        return (
          <tr key={`${ca}-${seid}`} data-issuer={`${ca}-seid${seid}`}>
            <th scope="row">
              {ca}, SEID {seid}
            </th>
            <td>
              <Names issuers={issuers.filter((i) => i.environment === 'test')} />
            </td>
            <td>
              <Names issuers={issuers.filter((i) => i.environment === 'prod')} />
            </td>
            {first ? (
              <SourceCell href={first.source} checked={first.checked}>
                sertifikatsok
              </SourceCell>
            ) : (
              <td />
            )}
          </tr>
        );
      })}
    </FactTable>
  );
}
