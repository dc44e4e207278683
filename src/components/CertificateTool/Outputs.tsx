import React from 'react';
import Translate, {translate} from '../lazyTranslate';
import type {CertificateOutputs, CheckedJwk} from '@site/src/lib/certificate-tool';
import CopyButton from '../CopyButton';
import t from '../tools.module.css';
import styles from './styles.module.css';

function Output({
  id,
  title,
  hint,
  value,
  copyLabel,
}: {
  readonly id: string;
  readonly title: React.ReactNode;
  readonly hint?: React.ReactNode;
  readonly value: string;
  readonly copyLabel: string;
}): React.JSX.Element {
  return (
    <div className={styles.output} data-output={id}>
      <p className={t.subheading}>{title}</p>
      {hint ? <p className={styles.note}>{hint}</p> : null}
      <pre className={t.pre}>
        <code>{value}</code>
      </pre>
      <CopyButton text={value} label={copyLabel} />
    </div>
  );
}

/** The values to copy: the JWK for self-service, the grant header's x5c, x5t#S256 and the leaf PEM. */
export default function Outputs({outputs}: {readonly outputs: CertificateOutputs}): React.JSX.Element {
  return (
    <section className={styles.outputs}>
      {outputs.jwk ? (
        <Output
          id="jwk"
          title={
            <Translate id="tools.cert.output.jwk">Offentlig JWK (bare hvis klienten skal signere med kid)</Translate>
          }
          hint={
            <Translate id="tools.cert.output.jwk.hint">
              Signerer klienten med x5c, som pensjonsinnretningen gjør, registrerer dere ingen nøkkel. Skal
              sertifikatets nøkkel likevel registreres og brukes med kid, limer dere den inn i feltet «JWK eller
              PEM-format» når dere legger til en nøkkel på klienten i selvbetjeningsportalen; nøkkelen gjelder da i
              høyst ett år. kid er RFC 7638-tommelavtrykket hvis dere ikke har skrevet inn en selv.
            </Translate>
          }
          value={JSON.stringify(outputs.jwk, null, 2)}
          copyLabel={translate({id: 'tools.cert.copy.jwk', message: 'Kopier JWK'})}
        />
      ) : null}
      <Output
        id="x5c"
        title={<Translate id="tools.cert.output.x5c">x5c til grantets header</Translate>}
        hint={
          outputs.x5c.length === 1 ? (
            <Translate id="tools.cert.output.x5c.single">
              Bare virksomhetssertifikatet er gitt. Digdir beskriver x5c som sertifikatet med kjeden: hent alle
              sertifikatene med openssl pkcs12 -nokeys (uten -clcerts) og lim dem inn for å få kjeden med.
            </Translate>
          ) : (
            <Translate id="tools.cert.output.x5c.chain" values={{count: outputs.x5c.length}}>
              {'Kjeden med {count} sertifikater, virksomhetens først.'}
            </Translate>
          )
        }
        value={JSON.stringify(outputs.x5c)}
        copyLabel={translate({id: 'tools.cert.copy.x5c', message: 'Kopier x5c'})}
      />
      <Output
        id="x5t"
        title="x5t#S256"
        value={outputs.x5tS256}
        copyLabel={translate({id: 'tools.cert.copy.x5t', message: 'Kopier x5t#S256'})}
      />
      <Output
        id="pem"
        title={<Translate id="tools.cert.output.pem">Virksomhetssertifikatet alene (PEM)</Translate>}
        value={outputs.leafPem}
        copyLabel={translate({id: 'tools.cert.copy.pem', message: 'Kopier PEM'})}
      />
    </section>
  );
}

/** A checked public JWK or JWKS: each RSA key as it is registered, with its thumbprint as kid if it had none. */
export function JwkOutputs({keys}: {readonly keys: readonly CheckedJwk[]}): React.JSX.Element {
  return (
    <section className={styles.outputs}>
      {keys.map((k, i) => (
        <Output
          key={k.thumbprint}
          id={`jwk-${i}`}
          title={
            <Translate id="tools.cert.output.checkedJwk" values={{thumbprint: k.thumbprint}}>
              {'Offentlig RSA-nøkkel, tommelavtrykk {thumbprint}'}
            </Translate>
          }
          value={JSON.stringify(k.jwk, null, 2)}
          copyLabel={translate({id: 'tools.cert.copy.jwk', message: 'Kopier JWK'})}
        />
      ))}
    </section>
  );
}
