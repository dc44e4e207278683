import React from 'react';
import Translate from '@docusaurus/Translate';
import {ENVIRONMENTS, type Environment} from '@site/src/lib/environments';
import {useLanguage} from '../localeHooks';
import FactTable, {SourceCell} from '../FactTable';

interface Props {
  /** `active` (default) lists test and production; `all` adds the retired VER1 and VER2. */
  readonly show?: 'active' | 'all';
}

function Url({href}: {readonly href?: string}): React.JSX.Element {
  return href ? <code>{href}</code> : <span>–</span>;
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

/** Maskinporten's environments from src/lib/environments.ts, the one place the hosts are written down. */
export default function EnvironmentTable({show = 'active'}: Props): React.JSX.Element {
  const lang = useLanguage();
  const rows = ENVIRONMENTS.filter((e) => show === 'all' || e.status === 'active');
  return (
    <FactTable
      name="environments"
      columns={[
        <Translate id="facts.environment.name">Miljø</Translate>,
        <Translate id="facts.environment.issuer">Utsteder (aud i grantet)</Translate>,
        <Translate id="facts.environment.tokenEndpoint">Token-endepunkt</Translate>,
        'JWKS',
        <Translate id="facts.environment.wellKnown">Metadata</Translate>,
        <Translate id="facts.environment.status">Status</Translate>,
        <Translate id="facts.source">Kilde</Translate>,
      ]}>
      {rows.map((env) => (
        <tr key={env.id} data-environment={env.id}>
          <th scope="row">{env.label[lang]}</th>
          <td>
            <Url href={env.issuer} />
          </td>
          <td>
            <Url href={env.tokenEndpoint} />
          </td>
          <td>
            <Url href={env.jwksUri} />
          </td>
          <td>
            <Url href={env.wellKnown} />
          </td>
          <td>
            <Status env={env} />
          </td>
          <SourceCell href={env.source} checked={env.checked}>
            <Translate id="facts.sourceLink">Digdir</Translate>
          </SourceCell>
        </tr>
      ))}
    </FactTable>
  );
}
