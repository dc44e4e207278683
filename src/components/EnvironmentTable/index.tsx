import React from 'react';
import Translate from '@docusaurus/Translate';
import {ENVIRONMENTS, type Environment} from '@site/src/lib/environments';
import {useLanguage} from '../localeHooks';
import FactTable, {SourceCell, Value} from '../FactTable';

interface Props {
  /** `active` (default) lists test and production; `all` adds the retired VER1 and VER2. */
  readonly show?: 'active' | 'all';
}

function Url({href}: {readonly href?: string}): React.JSX.Element {
  return href ? <Value>{href}</Value> : <span>–</span>;
}

function Status({env}: {readonly env: Environment}): React.JSX.Element {
  if (env.status === 'active') return <Translate id="facts.environment.active">I bruk</Translate>;
  return env.retiredOn ? (
    <Translate id="facts.environment.retiredOn" values={{date: env.retiredOn}}>
      {'Faset ut {date}'}
    </Translate>
  ) : (
    <Translate id="facts.environment.retired">Faset ut</Translate>
  );
}

/**
 * Maskinporten's environments from src/lib/environments.ts, the one place the hosts are written down: one column
 * per environment and one row per address, so each address has a column's width and wraps only between its parts
 * (Value), and the source is in view on a desktop.
 */
export default function EnvironmentTable({show = 'active'}: Props): React.JSX.Element {
  const lang = useLanguage();
  const environments = ENVIRONMENTS.filter((e) => show === 'all' || e.status === 'active');
  const addresses = [
    {id: 'issuer', label: <Translate id="facts.environment.issuer">Utsteder (aud i grantet)</Translate>},
    {id: 'tokenEndpoint', label: <Translate id="facts.environment.tokenEndpoint">Token-endepunkt</Translate>},
    {id: 'jwksUri', label: 'JWKS'},
    {id: 'wellKnown', label: <Translate id="facts.environment.wellKnown">Metadata</Translate>},
  ] as const;
  return (
    <FactTable
      name="environments"
      columns={[
        <Translate id="facts.environment.address">Adresse</Translate>,
        ...environments.map((env) => (
          <span key={env.id} data-environment={env.id}>
            {env.label[lang]}
          </span>
        )),
      ]}>
      {addresses.map(({id, label}) => (
        <tr key={id} data-address={id}>
          <th scope="row">{label}</th>
          {environments.map((env) => (
            <td key={env.id}>
              <Url href={env[id]} />
            </td>
          ))}
        </tr>
      ))}
      <tr>
        <th scope="row">
          <Translate id="facts.environment.status">Status</Translate>
        </th>
        {environments.map((env) => (
          <td key={env.id}>
            <Status env={env} />
          </td>
        ))}
      </tr>
      <tr>
        <th scope="row">
          <Translate id="facts.source">Kilde</Translate>
        </th>
        {environments.map((env) => (
          <SourceCell key={env.id} href={env.source} checked={env.checked}>
            <Translate id="facts.sourceLink">Digdir</Translate>
          </SourceCell>
        ))}
      </tr>
    </FactTable>
  );
}
