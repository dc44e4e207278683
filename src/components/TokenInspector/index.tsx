// The token inspector: the whole analysis is analyseToken in src/lib (through useTokenAnalysis); this view renders
// the verdict first, then the findings, then the decoded header, claims and certificate, with each claim a
// finding is about marked in place. What the reader typed is remembered in memory while they read more and
// come back (toolMemory), never stored.
import React, {useCallback, useId, useState} from 'react';
import Translate, {translate} from '../lazyTranslate';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import {ACCESS_TOKEN_CLAIMS, GRANT_CLAIMS} from '@site/src/lib/jwt/claims';
import Findings from '../Findings';
import CopyButton from '../CopyButton';
import CertificateRows from '../CertificateRows';
import {ExampleButtons} from '../ToolShell';
import {EnvironmentChoice, TextArea, TextField} from '../ToolFields';
import {useLanguage, usePageLocale} from '../toolHooks';
import {useRemembered} from '../toolMemory';
import type {TokenExampleId} from './examples';
import ClaimRows from './ClaimRows';
import Countdown from './Countdown';
import Verdict from './Verdict';
import {useTokenAnalysis} from './useTokenAnalysis';
import t from '../tools.module.css';
import styles from './styles.module.css';

interface Props {
  readonly initialToken?: string;
}

export default function TokenInspector({initialToken = ''}: Props): React.JSX.Element {
  const baseId = useId();
  const locale = usePageLocale();
  const lang = useLanguage();
  const [token, setToken] = useRemembered('token-inspector.token', initialToken);
  const [environment, setEnvironment] = useRemembered<ActiveEnvironmentId>('token-inspector.environment', 'test');
  const [expectedScopes, setExpectedScopes] = useRemembered('token-inspector.scopes', '');
  const [keyText, setKeyText] = useRemembered('token-inspector.key', '');
  const [loadingExample, setLoadingExample] = useState(false);
  const {result, report, pending, failed} = useTokenAnalysis({token, environment, expectedScopes, keyText});

  const loadExample = async (id: TokenExampleId): Promise<void> => {
    setLoadingExample(true);
    try {
      const {makeTokenExample} = await import('./examples');
      const example = await makeTokenExample(id);
      setEnvironment(example.environment);
      setKeyText(example.key);
      setExpectedScopes('');
      setToken(example.token);
    } finally {
      setLoadingExample(false);
    }
  };

  const claimTable = result?.kind === 'access-token' ? ACCESS_TOKEN_CLAIMS : GRANT_CLAIMS;
  const findings = result?.findings ?? [];
  const findingId = useCallback((index: number): string => `${baseId}-finding-${index}`, [baseId]);
  const exp = result?.times?.exp;

  return (
    <div>
      <ExampleButtons<TokenExampleId>
        examples={[
          {id: 'valid-grant', label: translate({id: 'tools.token.example.validGrant', message: 'Gyldig grant (test)'})},
          {
            id: 'wrong-audience',
            label: translate({id: 'tools.token.example.wrongAudience', message: 'Grant med feil aud'}),
          },
          {
            id: 'delegated-token',
            label: translate({id: 'tools.token.example.delegated', message: 'Delegert access token'}),
          },
        ]}
        onLoad={(id) => void loadExample(id)}
      />
      {loadingExample ? (
        <p role="status" className={t.hint}>
          <Translate id="tools.token.example.loading">Lager eksempelet med en engangsnøkkel …</Translate>
        </p>
      ) : null}
      <TextArea
        id={`${baseId}-token`}
        label={<Translate id="tools.token.input.label">Token (grant eller access token)</Translate>}
        value={token}
        onChange={setToken}
        rows={5}
      />
      <EnvironmentChoice
        name={`${baseId}-environment`}
        legend={<Translate id="tools.token.environment.legend">Miljø tokenet skal brukes i</Translate>}
        test={<Translate id="tools.token.environment.test">Test</Translate>}
        prod={<Translate id="tools.token.environment.prod">Produksjon</Translate>}
        value={environment}
        onChange={setEnvironment}
      />
      <div className={t.grid}>
        <TextField
          id={`${baseId}-scopes`}
          label={<Translate id="tools.token.expectedScopes">Forventede scopes (valgfritt)</Translate>}
          value={expectedScopes}
          onChange={setExpectedScopes}
        />
        <TextArea
          id={`${baseId}-key`}
          label={
            <Translate id="tools.token.key.label">
              Offentlig nøkkel (valgfritt): JWK, JWKS, PEM eller sertifikat
            </Translate>
          }
          value={keyText}
          onChange={setKeyText}
          rows={3}
        />
      </div>

      {result ? (
        <div className={styles.result}>
          <Verdict result={result} pending={pending} />
          {exp !== undefined ? <Countdown exp={exp} locale={locale} /> : null}
        </div>
      ) : null}
      <Findings
        findings={findings}
        idFor={(_f, index) => findingId(index)}
        pending={pending && !result}
        failed={failed}
      />
      {result ? (
        <div className={styles.result}>
          <p className={styles.report}>
            <CopyButton
              text={report ?? ''}
              label={translate({id: 'tools.token.copyReport', message: 'Kopier rapport'})}
            />
          </p>
          {result.header ? (
            <>
              <p className={t.subheading}>
                <Translate id="tools.token.header">Header</Translate>
              </p>
              <ClaimRows
                values={result.header}
                location="header"
                table={claimTable}
                locale={locale}
                lang={lang}
                findings={findings}
                findingId={findingId}
              />
            </>
          ) : null}
          {result.claims ? (
            <>
              <p className={t.subheading}>
                <Translate id="tools.token.claims">Claims</Translate>
              </p>
              <ClaimRows
                values={result.claims}
                location="claims"
                table={claimTable}
                locale={locale}
                lang={lang}
                findings={findings}
                findingId={findingId}
              />
            </>
          ) : null}
          {result.certificate ? (
            <>
              <p className={t.subheading}>
                <Translate id="tools.token.certificate">Sertifikatet i x5c</Translate>
              </p>
              <CertificateRows certificate={result.certificate} locale={locale} />
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
