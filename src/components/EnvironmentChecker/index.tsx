import React, {useId, useMemo, useState} from 'react';
import Translate, {translate} from '../lazyTranslate';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import type {EnvironmentValues} from '@site/src/lib/environment-check';
import type {ConfigValue, ConfigValueKind} from '@site/src/lib/config-scan';
import FindingList from '../Findings';
import {ExampleButtons} from '../ToolShell';
import {environmentName, fieldName} from '../fieldNames';
import {EnvironmentChoice, TextArea, TextField} from '../ToolFields';
import {useDebounced, useEngaged, useModule} from '../toolHooks';

const loadEnvironmentRules = () => import('@site/src/lib/environment-check');
import t from '../tools.module.css';

type UrlField = 'tokenEndpoint' | 'audience' | 'issuer' | 'jwksUrl' | 'apiBaseUrl';
type CertificateKind = '' | 'test' | 'prod';

interface State {
  readonly environment: ActiveEnvironmentId;
  readonly values: Record<UrlField, string>;
  readonly certificateKind: CertificateKind;
}

const EMPTY: State = {
  environment: 'test',
  values: {tokenEndpoint: '', audience: '', issuer: '', jwksUrl: '', apiBaseUrl: ''},
  certificateKind: '',
};

/** Realistic set-ups: the old seed page's test values, a production config that still points at VER2, a good one. */
export const ENVIRONMENT_EXAMPLES: Record<string, State> = {
  seed: {
    environment: 'test',
    values: {
      tokenEndpoint: 'https://test.maskinporten.no/',
      audience: 'https://maskinporten.no/',
      issuer: 'https://test.maskinporten.no',
      jwksUrl: 'https://test.maskinporten.no/jwk',
      apiBaseUrl: 'https://inntektsmottakere.api.skatteetaten.no/v1',
    },
    certificateKind: 'prod',
  },
  retired: {
    environment: 'test',
    values: {
      tokenEndpoint: 'https://ver2.maskinporten.no/token',
      audience: 'https://ver2.maskinporten.no/',
      issuer: '',
      jwksUrl: '',
      apiBaseUrl: '',
    },
    certificateKind: 'test',
  },
  valid: {
    environment: 'prod',
    values: {
      tokenEndpoint: 'https://maskinporten.no/token',
      audience: 'https://maskinporten.no/',
      issuer: 'https://maskinporten.no/',
      jwksUrl: 'https://maskinporten.no/jwk',
      apiBaseUrl: 'https://arbeidsforhold-gw.nav.no/aareg/v1/arbeidsforhold/otp/graphql',
    },
    certificateKind: 'prod',
  },
};

/** A whole `.env` that mixes test and production, the way a copied configuration often does. */
export const CONFIG_EXAMPLE = [
  '# .env for the pension integration',
  'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token',
  'MASKINPORTEN_AUDIENCE=https://maskinporten.no/',
  'MASKINPORTEN_ISSUER="https://Test.Maskinporten.no:443/"',
  'SKATTEETATEN_INNTEKTSMOTTAKERE_URL=https://inntektsmottakere.api.skatteetaten-test.no/v1',
  'NAV_AAREG_URL=https://arbeidsforhold-gw.nav.no/aareg/v1/arbeidsforhold/otp/graphql',
  'KEYSTORE_PATH=/run/secrets/virksomhetssertifikat-test.p12',
].join('\n');

const URL_FIELDS: readonly UrlField[] = ['tokenEndpoint', 'audience', 'issuer', 'jwksUrl', 'apiBaseUrl'];

function placeholder(field: UrlField, environment: ActiveEnvironmentId): string {
  const host = environment === 'prod' ? 'https://maskinporten.no' : 'https://test.maskinporten.no';
  switch (field) {
    case 'tokenEndpoint':
      return `${host}/token`;
    case 'jwksUrl':
      return `${host}/jwk`;
    case 'apiBaseUrl':
      return environment === 'prod'
        ? 'https://inntektsmottakere.api.skatteetaten.no/v1'
        : 'https://inntektsmottakere.api.skatteetaten-test.no/v1';
    default:
      return `${host}/`;
  }
}

/** Environment checker: does every value in the integration's configuration belong to the chosen environment? */
export default function EnvironmentChecker(): React.JSX.Element {
  const baseId = useId();
  const [state, setState] = useState<State>(EMPTY);
  const [configText, setConfigText] = useState('');
  const settled = useDebounced(state);
  const settledConfig = useDebounced(configText);

  const [engaged, engagedHandlers] = useEngaged();
  const typed = URL_FIELDS.some((f) => state.values[f].trim() !== '') || state.certificateKind !== '';
  const rules = useModule(loadEnvironmentRules, engaged || typed || configText.trim() !== '');
  const checkEnvironment = rules.module?.checkEnvironment;
  const checkConfig = rules.module?.checkConfig;
  const anyValue = URL_FIELDS.some((f) => settled.values[f].trim() !== '') || settled.certificateKind !== '';
  const result = useMemo(() => {
    if (!anyValue || !checkEnvironment) return undefined;
    const values: EnvironmentValues = {...settled.values, certificateKind: settled.certificateKind};
    return checkEnvironment(settled.environment, values);
  }, [settled, anyValue, checkEnvironment]);

  const configResult = useMemo(
    () => (settledConfig.trim() === '' || !checkConfig ? undefined : checkConfig(settled.environment, settledConfig)),
    [settled.environment, settledConfig, checkConfig],
  );

  const invalidFields = new Set(
    (result?.findings ?? []).filter((f) => f.severity !== 'info' && f.path).map((f) => f.path ?? ''),
  );
  const setValue = (field: UrlField, value: string): void =>
    setState((s) => ({...s, values: {...s.values, [field]: value}}));

  return (
    <div {...engagedHandlers}>
      <ExampleButtons
        examples={[
          {id: 'seed', label: translate({id: 'tools.env.example.seed', message: 'Blandet test og produksjon'})},
          {id: 'retired', label: translate({id: 'tools.env.example.retired', message: 'Gammelt VER2-oppsett'})},
          {id: 'valid', label: translate({id: 'tools.env.example.valid', message: 'Riktig produksjonsoppsett'})},
          {
            id: 'config',
            label: translate({id: 'tools.env.config.example', message: 'Hele oppsettet, test og produksjon blandet'}),
          },
        ]}
        onLoad={(id) => {
          if (id === 'config') {
            setState((s) => ({...s, environment: 'test'}));
            setConfigText(CONFIG_EXAMPLE);
          } else setState(ENVIRONMENT_EXAMPLES[id] ?? EMPTY);
        }}
      />
      <EnvironmentChoice
        name={`${baseId}-environment`}
        legend={<Translate id="tools.env.environment.legend">Miljø</Translate>}
        test={<Translate id="tools.env.environment.test">Test (test.maskinporten.no)</Translate>}
        prod={<Translate id="tools.env.environment.prod">Produksjon (maskinporten.no)</Translate>}
        value={state.environment}
        onChange={(env) => setState((s) => ({...s, environment: env}))}
      />
      <div className={t.grid}>
        {URL_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`${baseId}-${field}`}
            name={field}
            inputMode="url"
            label={fieldName(field)}
            value={state.values[field]}
            placeholder={placeholder(field, state.environment)}
            invalid={invalidFields.has(field)}
            onChange={(v) => setValue(field, v)}
          />
        ))}
        <div className={t.field}>
          <label htmlFor={`${baseId}-certificateKind`} className={t.label}>
            {fieldName('certificateKind')}
          </label>
          <select
            id={`${baseId}-certificateKind`}
            name="certificateKind"
            className={t.select}
            value={state.certificateKind}
            aria-invalid={invalidFields.has('certificateKind') || undefined}
            onChange={(e) => setState((s) => ({...s, certificateKind: e.target.value as CertificateKind}))}>
            <option value="">{translate({id: 'tools.env.certificate.none', message: 'Ikke valgt'})}</option>
            <option value="test">{translate({id: 'tools.env.certificate.test', message: 'Testsertifikat'})}</option>
            <option value="prod">
              {translate({id: 'tools.env.certificate.prod', message: 'Produksjonssertifikat'})}
            </option>
          </select>
        </div>
      </div>
      <FindingList findings={result?.findings ?? []} pending={anyValue && !result} failed={rules.failed} />

      <p className={t.subheading}>
        <Translate id="tools.env.config.heading">Eller lim inn hele oppsettet</Translate>
      </p>
      <TextArea
        id={`${baseId}-config`}
        label={<Translate id="tools.env.config.label">Hele oppsettet</Translate>}
        hint={
          <Translate id="tools.env.config.hint">
            .env, application.properties, application.yml, appsettings.json eller vanlige linjer. Ingenting sendes noe
            sted.
          </Translate>
        }
        value={configText}
        onChange={setConfigText}
        rows={7}
      />
      {configResult && configResult.values.length > 0 ? <ConfigValues values={configResult.values} /> : null}
      <FindingList
        findings={configResult?.findings ?? []}
        pending={settledConfig.trim() !== '' && !configResult}
        failed={rules.failed}
      />
    </div>
  );
}

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
function ConfigValues({values}: {readonly values: readonly ConfigValue[]}): React.JSX.Element {
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
              </td>
              <td>{v.environment !== undefined ? environmentName(v.environment) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
