import React, {useId, useMemo} from 'react';
import Translate, {translate} from '../lazyTranslate';
import CopyButton from '../CopyButton';
import FindingList from '../Findings';
import {useRemembered} from '../toolMemory';
import {ExampleButtons} from '../ToolShell';
import {TextArea} from '../ToolFields';
import {useDebounced, useFindingHref, useLanguage, useModule} from '../toolHooks';

const loadErrorRules = () => import('@site/src/lib/errors');
/** The report builder and the finding texts, loaded once there is something to report. */
const loadReport = () =>
  Promise.all([import('@site/src/lib/check-reports'), import('../findingTexts')]).then(([reports, texts]) => ({
    format: reports.formatErrorReport,
    texts: texts.FINDING_TEXTS,
  }));
import t from '../tools.module.css';
import styles from './styles.module.css';

/** Error responses as Maskinporten's troubleshooting page describes them. */
export const ERROR_EXAMPLES: Record<string, string> = {
  'mp-110': JSON.stringify(
    {
      error: 'invalid_grant',
      error_description: 'Invalid assertion. Client authentication failed. Invalid JWT claim aud (MP-110)',
    },
    null,
    2,
  ),
  'mp-251':
    'Forbidden: Consumer 910753614 has not delegated access to the scope skatteetaten:inntektsmottakere to supplier 991825827 (MP-251)',
  'mp-200': '{"error":"invalid_scope","error_description":"Token request contains invalid scopes for client (MP-200)"}',
  // An API's own rejection (src/lib/api-errors.ts): the token was issued, the API said no.
  'otp-005': '{"kode":"OTP-005","melding":"Ikke autorisert","korrelasjonsid":"7f3c2a9e-1b4d-4c6e-9a8f-2d5e6b7c8a9f"}',
  mismatch: '{"error":"invalid_grant","error_description":"Token has expired (MP-110)"}',
  'invalid-grant': '{"error":"invalid_grant"}',
  // A log as it comes out of an integration: Maskinporten's answer and then an API's, with trace ids.
  log: [
    '2026-11-25T10:15:02.114Z ERROR [traceId=5e1f0c2a9b7d4e11] MaskinportenClient - token request failed: 400',
    '{"error":"invalid_scope","error_description":"Token request contains invalid scopes for client (MP-200): Skatteetaten:inntekt"}',
    '2026-11-25T10:15:03.530Z ERROR [traceId=77aa01c3e2f94b6d] SkatteetatenClient - 403',
    '{"kode":"IM-005","melding":"Ikke autorisert","korrelasjonsid":"9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f"}',
  ].join('\n'),
};

interface Props {
  readonly initialValue?: string;
}

/** Error explainer: the token endpoint's error response, matched to Maskinporten's list of errors. */
export default function ErrorExplainer({initialValue = ''}: Props): React.JSX.Element {
  const inputId = useId();
  const lang = useLanguage();
  const href = useFindingHref();
  const [text, setText] = useRemembered('error-explainer.text', initialValue);
  const settled = useDebounced(text);
  const rules = useModule(loadErrorRules, text.trim() !== '');
  const explainError = rules.module?.explainError;
  const errorSection = rules.module?.errorSection ?? ((code: string) => code);
  const result = useMemo(
    () => (settled.trim() === '' || !explainError ? undefined : explainError(settled)),
    [settled, explainError],
  );
  const reporter = useModule(loadReport, result !== undefined);
  const report = useMemo(
    () => (result && reporter.module ? reporter.module.format(result, reporter.module.texts) : undefined),
    [result, reporter.module],
  );

  return (
    <div>
      <ExampleButtons
        examples={[
          {id: 'mp-110', label: translate({id: 'tools.error.example.mp110', message: 'MP-110 (feil aud)'})},
          {id: 'mp-251', label: translate({id: 'tools.error.example.mp251', message: 'MP-251 (mangler delegering)'})},
          {id: 'mp-200', label: translate({id: 'tools.error.example.mp200', message: 'MP-200 (ugyldig scope)'})},
          {id: 'otp-005', label: translate({id: 'tools.error.example.otp005', message: 'OTP-005 (API-et sier nei)'})},
          {
            id: 'mismatch',
            label: translate({id: 'tools.error.example.mismatch', message: 'MP-110 med en annen melding'}),
          },
          {
            id: 'invalid-grant',
            label: translate({id: 'tools.error.example.invalidGrant', message: 'invalid_grant uten kode'}),
          },
          {id: 'log', label: translate({id: 'tools.error.example.log', message: 'Logg med flere koder'})},
        ]}
        onLoad={(id) => setText(ERROR_EXAMPLES[id] ?? '')}
      />
      <TextArea
        id={inputId}
        label={<Translate id="tools.error.input.label">Feilsvar fra token-endepunktet eller API-et</Translate>}
        hint={
          <Translate id="tools.error.input.hint">
            Lim inn JSON-svaret, teksten i feilmeldingen eller et utdrag av loggen. Ingenting sendes noe sted.
          </Translate>
        }
        value={text}
        onChange={setText}
        rows={4}
      />

      {result?.parsed && (result.parsed.error || result.parsed.error_description) ? (
        <dl className={styles.parsed}>
          {result.parsed.error ? (
            <>
              <dt>error</dt>
              <dd>
                <code>{result.parsed.error}</code>
              </dd>
            </>
          ) : null}
          {result.parsed.error_description ? (
            <>
              <dt>error_description</dt>
              <dd>{result.parsed.error_description}</dd>
            </>
          ) : null}
          {result.parsed.error_uri ? (
            <>
              <dt>error_uri</dt>
              <dd>{result.parsed.error_uri}</dd>
            </>
          ) : null}
        </dl>
      ) : null}

      {result && result.matches.length > 0 ? (
        <div className={styles.matches}>
          {result.matches.map((m) => (
            <article key={m.code} className={styles.match} data-error-code={m.code}>
              <p className={t.subheading}>
                {m.mpCodes.length > 0 ? `${m.mpCodes.join(', ')}: ` : ''}
                {m.message}
              </p>
              <p>
                <strong>
                  <Translate id="tools.error.cause">Årsak:</Translate>
                </strong>{' '}
                {m.cause[lang]}
              </p>
              <p>
                <strong>
                  <Translate id="tools.error.fix">Slik retter dere det:</Translate>
                </strong>{' '}
                {m.fix[lang]}
              </p>
              <a href={href(errorSection(m.code))}>
                <Translate id="tools.error.section" values={{code: m.mpCodes[0] ?? m.code}}>
                  {'Se {code} under Feilsøking'}
                </Translate>
              </a>
            </article>
          ))}
        </div>
      ) : null}

      {result?.oauth && result.oauth.likely.length > 0 ? (
        <section className={styles.matches} data-oauth-error={result.oauth.error}>
          <p className={t.subheading}>
            <Translate id="tools.error.likely.heading" values={{error: <code>{result.oauth.error}</code>}}>
              {'De vanligste årsakene til {error}, i rekkefølge'}
            </Translate>
          </p>
          <ol className={styles.likely}>
            {result.oauth.likely.map((m) => (
              <li key={m.code} data-error-code={m.code}>
                <a href={href(errorSection(m.code))}>{m.mpCodes.length > 0 ? m.mpCodes.join(', ') : m.message}</a>
                {': '}
                {m.cause[lang]} {m.fix[lang]}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <FindingList findings={result?.findings ?? []} pending={settled.trim() !== '' && !result} failed={rules.failed} />
      {report !== undefined ? (
        <p data-report="">
          <CopyButton text={report} label={translate({id: 'tools.error.copyReport', message: 'Kopier rapport'})} />
        </p>
      ) : null}
    </div>
  );
}
