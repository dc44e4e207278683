import React from 'react';
import Translate, {translate} from '../lazyTranslate';
import type {ConfigValue, ConfigValueKind} from '@site/src/lib/config-scan';
import {environmentName, fieldName} from '../fieldNames';
import t from '../tools.module.css';

/** What a configuration value is, as the table names it: a form field's label, or the kind's own word. */
function kindLabel(kind: ConfigValueKind): string {
  switch (kind) {
    case 'certificate':
      return translate({id: 'tools.env.config.certificate', message: 'Sertifikat'});
    case 'altinn':
      return translate({id: 'tools.env.config.kind.altinn', message: 'Altinn-adresse'});
    case 'scope':
      return translate({id: 'tools.env.config.kind.scope', message: 'Scopes'});
    case 'consumerOrg':
      return translate({id: 'tools.env.config.kind.consumerOrg', message: 'consumer_org'});
    default:
      return fieldName(kind);
  }
}

/** The values found in the pasted configuration, one row each: where, which key, what, and which environment. */
export default function ConfigValues({values}: {readonly values: readonly ConfigValue[]}): React.JSX.Element {
  return (
    <div className={t.tableWrap}>
      <table className={t.table} data-config-values="">
        <caption className={t.subheading}>
          <Translate id="tools.env.config.values">Verdier i oppsettet</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="tools.env.config.line">Linje</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.env.config.key">Nøkkel</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.env.config.kind">Hva</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.env.config.value">Verdi</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.env.config.environment">Miljø</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={`${v.line} ${v.value}`} data-environment={v.environment}>
              <td>{v.line}</td>
              <td>{v.key ? <code>{v.key}</code> : null}</td>
              <td>{kindLabel(v.kind)}</td>
              <td>
                <code>{v.value}</code>
                {v.placeholder !== undefined ? (
                  <span className={t.hint}>
                    {' '}
                    <Translate id="tools.env.config.placeholder" values={{name: <code>{v.placeholder}</code>}}>
                      {'(standardverdien til {name})'}
                    </Translate>
                  </span>
                ) : null}
              </td>
              <td>{v.environment !== undefined ? environmentName(v.environment) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
