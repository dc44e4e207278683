import React, {useId, useMemo, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import {checkEnvironment, type EnvironmentValues} from '@site/src/lib/environment-check';
import FindingList from '../FindingList';
import {ExampleButtons} from '../ToolShell';
import {fieldName} from '../findingText';
import {EnvironmentChoice, TextField} from '../ToolFields';
import {useDebounced} from '../toolHooks';
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
  const settled = useDebounced(state);

  const result = useMemo(() => {
    const anyValue = URL_FIELDS.some((f) => settled.values[f].trim() !== '') || settled.certificateKind !== '';
    if (!anyValue) return undefined;
    const values: EnvironmentValues = {...settled.values, certificateKind: settled.certificateKind};
    return checkEnvironment(settled.environment, values);
  }, [settled]);

  const invalidFields = new Set(
    (result?.findings ?? []).filter((f) => f.severity !== 'info' && f.path).map((f) => f.path ?? ''),
  );
  const setValue = (field: UrlField, value: string): void =>
    setState((s) => ({...s, values: {...s.values, [field]: value}}));

  return (
    <div>
      <ExampleButtons
        examples={[
          {id: 'seed', label: translate({id: 'tools.env.example.seed', message: 'Blandet test og produksjon'})},
          {id: 'retired', label: translate({id: 'tools.env.example.retired', message: 'Gammelt VER2-oppsett'})},
          {id: 'valid', label: translate({id: 'tools.env.example.valid', message: 'Riktig produksjonsoppsett'})},
        ]}
        onLoad={(id) => setState(ENVIRONMENT_EXAMPLES[id] ?? EMPTY)}
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
      <FindingList findings={result?.findings ?? []} />
    </div>
  );
}
