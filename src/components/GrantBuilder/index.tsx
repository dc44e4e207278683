import React, {useId, useMemo, useState} from 'react';
import {TOOL_TEXTS} from '../toolTexts';
import {useRemembered} from '../toolMemory';
import Translate, {translate} from '../lazyTranslate';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import Findings from '../Findings';
import {ExampleButtons} from '../ToolShell';
import CopyButton from '../CopyButton';
import {EnvironmentChoice, RadioChoice, TextField} from '../ToolFields';
import {useDebounced, useEngaged, useModule} from '../toolHooks';

const loadGrantRules = () => import('@site/src/lib/grant-builder');
import t from '../tools.module.css';

interface State {
  readonly environment: ActiveEnvironmentId;
  readonly clientId: string;
  readonly scopes: string;
  readonly consumerOrg: string;
  readonly keyKind: 'x5c' | 'kid';
  readonly kid: string;
}

const EMPTY: State = {environment: 'test', clientId: '', scopes: '', consumerOrg: '', keyKind: 'x5c', kid: ''};

export const GRANT_BUILDER_EXAMPLES: Record<string, State> = {
  delegated: {
    environment: 'test',
    clientId: '0f6c1b2e-3d4a-4b5c-9e8f-7a6b5c4d3e2f',
    scopes: 'skatteetaten:inntektsmottakere',
    consumerOrg: '910753614',
    keyKind: 'x5c',
    kid: '',
  },
  kid: {
    environment: 'prod',
    clientId: '0f6c1b2e-3d4a-4b5c-9e8f-7a6b5c4d3e2f',
    scopes: 'nav:aareg/v1/arbeidsforhold/otp',
    consumerOrg: '',
    keyKind: 'kid',
    kid: 'pensjon-2026-11',
  },
  garbled: {
    environment: 'test',
    clientId: '0f6c1b2e-3d4a-4b5c-9e8f-7a6b5c4d3e2f',
    scopes: 'NAV:aareg/v1/arbeidsforhold/otplan/v1/saldoopplysninger',
    consumerOrg: '',
    keyKind: 'x5c',
    kid: '',
  },
};

function newJti(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : '00000000-0000-4000-8000-000000000000';
}

/** A Node.js snippet with jose that signs the same grant; the private key stays in the reader's own system. */
function codeSnippet(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const {aud, iss, scope, consumer_org: consumerOrg} = claims;
  const payload: Record<string, unknown> = {scope};
  if (consumerOrg !== undefined) payload.consumer_org = consumerOrg;
  const keyHeader =
    header.kid !== undefined ? `kid: ${JSON.stringify(header.kid)}` : 'x5c: [certificateBase64, intermediateBase64]';
  return [
    "import {SignJWT, importPKCS8} from 'jose';",
    "import {randomUUID} from 'node:crypto';",
    '',
    "const privateKey = await importPKCS8(process.env.MASKINPORTEN_PRIVATE_KEY, 'RS256');",
    `const grant = await new SignJWT({...${JSON.stringify(payload)}, jti: randomUUID()})`,
    `  .setProtectedHeader({alg: ${JSON.stringify(header.alg ?? 'RS256')}, ${keyHeader}})`,
    `  .setAudience(${JSON.stringify(aud)})`,
    `  .setIssuer(${JSON.stringify(iss)})`,
    '  .setIssuedAt()',
    "  .setExpirationTime('120s')",
    '  .sign(privateKey);',
  ].join('\n');
}

interface OutputProps {
  /** Value of the `pre`'s `data-output` attribute. */
  readonly name: string;
  readonly heading: React.ReactNode;
  readonly text: string;
  readonly copyLabel: string;
}

/** One generated text under its heading, with a button that copies it. */
function Output({name, heading, text, copyLabel}: OutputProps): React.JSX.Element {
  return (
    <>
      <p className={t.subheading}>{heading}</p>
      <pre className={t.pre} data-output={name}>
        <code>{text}</code>
      </pre>
      <CopyButton text={text} label={copyLabel} />
    </>
  );
}

/** Grant builder: the grant's header and claims, the token request and a code snippet. Never asks for a key. */
export default function GrantBuilder(): React.JSX.Element {
  const baseId = useId();
  const [state, setState] = useRemembered<State>('grant-builder.form', EMPTY);
  const [jti] = useState(newJti);
  const settled = useDebounced(state);
  const [engaged, engagedHandlers] = useEngaged();
  const touched = settled.clientId !== '' || settled.scopes !== '';
  const rules = useModule(loadGrantRules, engaged || touched);
  const buildGrant = rules.module?.buildGrant;
  const built = useMemo(
    () =>
      buildGrant?.({
        environment: settled.environment,
        clientId: settled.clientId,
        scopes: settled.scopes,
        ...(settled.consumerOrg.trim() !== '' ? {consumerOrg: settled.consumerOrg} : {}),
        keyKind: settled.keyKind,
        ...(settled.keyKind === 'kid' ? {kid: settled.kid} : {}),
        // The template is stamped with the time the reader's input settled; it is rebuilt on the next edit,
        // not every second, so the JSON holds still while it is being copied.
        // eslint-disable-next-line react-hooks/purity
        now: Math.floor(Date.now() / 1000),
        jti,
        texts: TOOL_TEXTS,
      }),
    [buildGrant, settled, jti],
  );
  const set = <K extends keyof State>(key: K, value: State[K]): void => setState((s) => ({...s, [key]: value}));

  return (
    <div {...engagedHandlers}>
      <ExampleButtons
        examples={[
          {
            id: 'delegated',
            label: translate({id: 'tools.grant.example.delegated', message: 'Leverandør med delegering (test)'}),
          },
          {
            id: 'kid',
            label: translate({id: 'tools.grant.example.kid', message: 'Forhåndsregistrert nøkkel (produksjon)'}),
          },
          {id: 'garbled', label: translate({id: 'tools.grant.example.garbled', message: 'Sammenflettet scope'})},
        ]}
        onLoad={(id) => setState(GRANT_BUILDER_EXAMPLES[id] ?? EMPTY)}
      />
      <EnvironmentChoice
        name={`${baseId}-environment`}
        legend={<Translate id="tools.grant.environment.legend">Miljø</Translate>}
        test={<Translate id="tools.grant.environment.test">Test</Translate>}
        prod={<Translate id="tools.grant.environment.prod">Produksjon</Translate>}
        value={state.environment}
        onChange={(env) => set('environment', env)}
      />
      <div className={t.grid}>
        <TextField
          id={`${baseId}-client`}
          label={<Translate id="tools.grant.clientId">Klient-ID (iss)</Translate>}
          value={state.clientId}
          onChange={(v) => set('clientId', v)}
        />
        <TextField
          id={`${baseId}-scopes`}
          label={<Translate id="tools.grant.scopes">Scopes (skilt med mellomrom)</Translate>}
          value={state.scopes}
          onChange={(v) => set('scopes', v)}
        />
        <TextField
          id={`${baseId}-consumer`}
          inputMode="numeric"
          label={<Translate id="tools.grant.consumerOrg">consumer_org (valgfritt, ved delegering)</Translate>}
          value={state.consumerOrg}
          onChange={(v) => set('consumerOrg', v)}
        />
      </div>
      <RadioChoice
        name={`${baseId}-key`}
        legend={<Translate id="tools.grant.keyKind.legend">Nøkkel</Translate>}
        options={[
          {value: 'x5c', label: <Translate id="tools.grant.keyKind.x5c">Virksomhetssertifikat (x5c)</Translate>},
          {
            value: 'kid',
            label: <Translate id="tools.grant.keyKind.kid">Nøkkel registrert på klienten (kid)</Translate>,
          },
        ]}
        value={state.keyKind}
        onChange={(kind) => set('keyKind', kind)}
      />
      {state.keyKind === 'kid' ? (
        <TextField id={`${baseId}-kid`} label="kid" value={state.kid} onChange={(v) => set('kid', v)} />
      ) : null}

      {built ? (
        <>
          <Output
            name="header"
            heading={<Translate id="tools.grant.header">Header</Translate>}
            text={JSON.stringify(built.header, null, 2)}
            copyLabel={translate({id: 'tools.grant.copyHeader', message: 'Kopier header'})}
          />
          <Output
            name="claims"
            heading={<Translate id="tools.grant.claims">Claims</Translate>}
            text={JSON.stringify(built.claims, null, 2)}
            copyLabel={translate({id: 'tools.grant.copyClaims', message: 'Kopier claims'})}
          />
          <p className={t.hint}>
            <Translate id="tools.grant.timesHint">
              iat og exp er satt til nå og 120 sekunder fram; lag et nytt grant med ny jti for hver forespørsel.
            </Translate>
          </p>
          <Output
            name="curl"
            heading={<Translate id="tools.grant.curl">Token-forespørsel (curl)</Translate>}
            text={built.curl}
            copyLabel={translate({id: 'tools.grant.copyCurl', message: 'Kopier curl'})}
          />
          <Output
            name="code"
            heading={<Translate id="tools.grant.code">Kode (Node.js med jose)</Translate>}
            text={codeSnippet(built.header, built.claims)}
            copyLabel={translate({id: 'tools.grant.copyCode', message: 'Kopier koden'})}
          />
        </>
      ) : (
        <p className={t.hint} data-grant-placeholder="">
          <Translate id="tools.grant.placeholder">
            Fyll inn klient-ID og scopes (eller velg et eksempel), så lager verktøyet header, claims, token-forespørsel
            og kode her.
          </Translate>
        </p>
      )}
      <Findings findings={touched && built ? built.findings : []} pending={touched && !built} failed={rules.failed} />
    </div>
  );
}
