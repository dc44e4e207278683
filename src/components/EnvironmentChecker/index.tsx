import React, {useId, useMemo} from 'react';
import Translate, {translate} from '../lazyTranslate';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import type {EnvironmentValues} from '@site/src/lib/environment-check';
import CopyButton from '../CopyButton';
import FindingList from '../Findings';
import {useRemembered} from '../toolMemory';
import {ExampleButtons} from '../ToolShell';
import {fieldName} from '../fieldNames';
import {EnvironmentChoice, TextArea, TextField} from '../ToolFields';
import {useDebounced, useEngaged, useModule} from '../toolHooks';
import ConfigValues from './ConfigValues';
import {
  CONFIG_EXAMPLES,
  EMPTY_FORM,
  ENVIRONMENT_EXAMPLES,
  type CertificateKind,
  type FormState,
  type UrlField,
} from './examples';
import t from '../tools.module.css';

const loadEnvironmentRules = () => import('@site/src/lib/environment-check');
/** The report builder and the finding texts, loaded once there is something to report. */
const loadReport = () =>
  Promise.all([import('@site/src/lib/check-reports'), import('../findingTexts')]).then(([reports, texts]) => ({
    format: reports.formatEnvironmentReport,
    texts: texts.FINDING_TEXTS,
  }));

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
  const [state, setState] = useRemembered<FormState>('environment-checker.form', EMPTY_FORM);
  const [configText, setConfigText] = useRemembered('environment-checker.config', '');
  const settled = useDebounced(state);
  const settledConfig = useDebounced(configText);

  const [engaged, engagedHandlers] = useEngaged();
  const typed = URL_FIELDS.some((f) => state.values[f].trim() !== '') || state.certificateKind !== '';
  const rules = useModule(loadEnvironmentRules, engaged || typed || configText.trim() !== '');
  const checkEnvironment = rules.module?.checkEnvironment;
  const checkConfig = rules.module?.checkConfig;
  const anyValue = URL_FIELDS.some((f) => settled.values[f].trim() !== '') || settled.certificateKind !== '';
  const formValues: EnvironmentValues = useMemo(
    () => ({...settled.values, certificateKind: settled.certificateKind}),
    [settled],
  );
  const result = useMemo(
    () => (!anyValue || !checkEnvironment ? undefined : checkEnvironment(settled.environment, formValues)),
    [settled.environment, formValues, anyValue, checkEnvironment],
  );

  const configResult = useMemo(
    () => (settledConfig.trim() === '' || !checkConfig ? undefined : checkConfig(settled.environment, settledConfig)),
    [settled.environment, settledConfig, checkConfig],
  );

  const reporter = useModule(loadReport, result !== undefined || configResult !== undefined);
  const report = useMemo(() => {
    if (!reporter.module || (!result && !configResult)) return undefined;
    return reporter.module.format(
      {
        environment: settled.environment,
        ...(result ? {form: {values: formValues, findings: result.findings}} : {}),
        ...(configResult ? {config: configResult} : {}),
      },
      reporter.module.texts,
    );
  }, [reporter.module, result, configResult, settled.environment, formValues]);

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
          {
            id: 'profiles',
            label: translate({id: 'tools.env.config.example.profiles', message: 'application.yml med to profiler'}),
          },
        ]}
        onLoad={(id) => {
          const config = CONFIG_EXAMPLES[id];
          if (config) {
            setState((s) => ({...s, environment: config.environment}));
            setConfigText(config.text);
          } else setState(ENVIRONMENT_EXAMPLES[id] ?? EMPTY_FORM);
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
            .env, application.properties, application.yml (også med flere profiler), appsettings.json eller vanlige
            linjer. Ingenting sendes noe sted; en privat nøkkel i teksten blir ikke lest.
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
      {report !== undefined ? (
        <p data-report="">
          <CopyButton text={report} label={translate({id: 'tools.env.copyReport', message: 'Kopier rapport'})} />
        </p>
      ) : null}
    </div>
  );
}
