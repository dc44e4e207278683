import React, {useEffect, useId, useState} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '../lazyTranslate';
import type {Finding} from '@site/src/lib/findings';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import type {TokenKind} from '@site/src/lib/jwt/analyse';
import {GRANT_CLAIMS, ACCESS_TOKEN_CLAIMS} from '@site/src/lib/jwt/claims';
// Types only: the analysis (and jose, @peculiar/x509 and the catalogue with it) loads when a token is pasted.
import type {AnalysisResult} from '@site/src/lib/jwt/analyse';
import type {CertificateDescription} from '@site/src/lib/certificates';
import {displayValue} from '@site/src/lib/display';
import type {ClaimDescription} from '@site/src/lib/jwt/claims';
import FindingList from '../Findings';
import {countText} from '../FindingList/counts';
import CopyButton from '../CopyButton';
import {ExampleButtons} from '../ToolShell';
import {environmentName} from '../fieldNames';
import {EnvironmentChoice, TextArea, TextField} from '../ToolFields';
import {formatUnixTime, useDebounced, useLanguage, useNowSeconds, usePageLocale} from '../toolHooks';
import t from '../tools.module.css';
import styles from './styles.module.css';

const TIME_CLAIMS = new Set(['iat', 'exp', 'nbf']);

function kindLabel(kind: TokenKind): string {
  switch (kind) {
    case 'grant':
      return translate({
        id: 'tools.token.kind.grant',
        message: 'Grant (client assertion) som dere sender til Maskinporten',
      });
    case 'access-token':
      return translate({id: 'tools.token.kind.accessToken', message: 'Access token fra Maskinporten'});
    case 'other-jwt':
      return translate({
        id: 'tools.token.kind.other',
        message: 'Et JWT, men verken grant eller access token fra Maskinporten',
      });
    case 'jwe':
      return translate({id: 'tools.token.kind.jwe', message: 'Kryptert token (JWE)'});
    default:
      return translate({id: 'tools.token.kind.invalid', message: 'Ikke et gyldig JWT'});
  }
}

function Countdown({exp, now}: {readonly exp: number; readonly now: number}): React.JSX.Element {
  const left = exp - now;
  const abs = Math.abs(left);
  const minutes = Math.floor(abs / 60);
  const seconds = abs % 60;
  return (
    <p className={clsx(styles.countdown, left <= 0 && styles.expired)} data-countdown={left}>
      {left > 0 ? (
        <Translate id="tools.token.expiresIn" values={{minutes, seconds}}>
          {'Utløper om {minutes} min {seconds} s'}
        </Translate>
      ) : (
        <Translate id="tools.token.expiredAgo" values={{minutes, seconds}}>
          {'Utløpt for {minutes} min {seconds} s siden'}
        </Translate>
      )}
    </p>
  );
}

interface RowProps {
  readonly term: React.ReactNode;
  /** Value of the row's `data-claim` attribute (`claims.exp`), for claim rows. */
  readonly claim?: string;
  /** Findings about this row, marked in place and linked to the finding. */
  readonly marks?: readonly {readonly finding: Finding; readonly id: string}[];
  readonly children: React.ReactNode;
}

/** One name–value row in a description list of claims or certificate fields. */
function Row({term, claim, marks = [], children}: RowProps): React.JSX.Element {
  const worst = marks[0]?.finding.severity;
  return (
    <div className={clsx(styles.claim, worst && styles[`marked-${worst}`])} data-claim={claim}>
      <dt>{term}</dt>
      <dd>
        {children}
        {marks.length > 0 ? (
          <span className={styles.marks} data-claim-marks="">
            {marks.map(({finding, id}) => (
              <a key={id} href={`#${id}`} className={styles.mark} data-mark={finding.code}>
                <Translate id="tools.token.mark" values={{code: finding.code}}>
                  {'Se funnet {code}'}
                </Translate>
              </a>
            ))}
          </span>
        ) : null}
      </dd>
    </div>
  );
}

/** A value from the token: capped, hidden characters named, in <bdi>, with "forkortet" when cut. */
export function ClaimValue({value}: {readonly value: unknown}): React.JSX.Element {
  const shown = displayValue(value);
  return (
    <>
      <bdi>
        <code className={styles.value}>{shown.text}</code>
      </bdi>
      {shown.shortened ? (
        <span className={styles.shortened} data-shortened="">
          <Translate id="tools.token.shortened">(forkortet)</Translate>
        </span>
      ) : null}
    </>
  );
}

/** Whether a finding's path (`claims.scope[1]`, `header.x5c`) is about this claim. */
function isAbout(path: string | undefined, location: string, name: string): boolean {
  if (path === undefined) return false;
  const base = `${location}.${name}`;
  return path === base || path.startsWith(`${base}[`) || path.startsWith(`${base}.`);
}

interface ClaimRowsProps {
  readonly values: Record<string, unknown>;
  readonly location: 'header' | 'claims';
  readonly table: readonly ClaimDescription[];
  readonly locale: string;
  readonly findings: readonly Finding[];
  readonly findingId: (index: number) => string;
}

function ClaimRows({values, location, table, locale, findings, findingId}: ClaimRowsProps): React.JSX.Element {
  const lang = useLanguage();
  return (
    <dl className={styles.claims}>
      {Object.entries(values).map(([name, value]) => {
        const description = table.find((c) => c.name === name && c.location === location);
        const time =
          location === 'claims' && TIME_CLAIMS.has(name) && typeof value === 'number'
            ? formatUnixTime(value, locale)
            : undefined;
        const shown =
          name === 'x5c' && Array.isArray(value)
            ? value.map((v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…` : v))
            : value;
        const marks = findings
          .map((finding, index) => ({finding, id: findingId(index)}))
          .filter(({finding}) => finding.severity !== 'info' && isAbout(finding.path, location, name));
        return (
          <Row key={name} claim={`${location}.${name}`} term={<code>{name}</code>} marks={marks}>
            <ClaimValue value={shown} />
            {time ? (
              <span className={styles.time}>
                <Translate id="tools.token.time" values={{local: time.local, utc: time.utc}}>
                  {'{local} (lokal tid) · {utc} UTC'}
                </Translate>
              </span>
            ) : null}
            {description ? <span className={styles.explanation}>{description.description[lang]}</span> : null}
          </Row>
        );
      })}
    </dl>
  );
}

function Certificate({c, locale}: {readonly c: CertificateDescription; readonly locale: string}): React.JSX.Element {
  const from = formatUnixTime(c.notBeforeSeconds, locale);
  const to = formatUnixTime(c.notAfterSeconds, locale);
  return (
    <dl className={styles.claims} data-certificate="">
      <Row term={<Translate id="tools.token.cert.subject">Innehaver</Translate>}>
        <ClaimValue value={c.subject} />
      </Row>
      <Row term={<Translate id="tools.token.cert.orgnr">Organisasjonsnummer</Translate>}>{c.orgnr ?? '–'}</Row>
      <Row term={<Translate id="tools.token.cert.issuer">Utsteder</Translate>}>
        <ClaimValue value={c.issuer} />
        {c.knownIssuer ? (
          <span className={styles.explanation}>
            <Translate
              id="tools.token.cert.knownIssuer"
              values={{
                ca: c.knownIssuer.ca,
                seid: c.knownIssuer.seid,
                environment: environmentName(c.knownIssuer.environment),
              }}>
              {'{ca}, SEID {seid}, {environment}'}
            </Translate>
          </span>
        ) : null}
      </Row>
      <Row term={<Translate id="tools.token.cert.environment">Miljø</Translate>}>{environmentName(c.environment)}</Row>
      <Row term={<Translate id="tools.token.cert.validity">Gyldig</Translate>}>
        <Translate id="tools.token.cert.validityRange" values={{from: from.local, to: to.local}}>
          {'{from} – {to}'}
        </Translate>
      </Row>
    </dl>
  );
}

/** The answer first: kind, environment, counts, and what the signature check concluded. */
function Verdict({result, pending}: {readonly result: AnalysisResult; readonly pending: boolean}): React.JSX.Element {
  return (
    <div className={styles.verdict} data-verdict="" data-signature={result.signature}>
      <p className={styles.kind} data-token-kind={result.kind}>
        <Translate id="tools.token.kind" values={{kind: kindLabel(result.kind)}}>
          {'Type: {kind}'}
        </Translate>
      </p>
      <p className={styles.verdictLine} data-verdict-counts="">
        <Translate
          id="tools.token.verdict.counts"
          values={{
            environment: environmentName(result.environment),
            errors: countText('error', result.counts.error),
            warnings: countText('warning', result.counts.warning),
          }}>
          {'Miljø: {environment} · {errors}, {warnings}'}
        </Translate>
      </p>
      {pending ? (
        <p className={t.hint}>
          <Translate id="tools.token.signature.pending">Kontrollerer signaturen …</Translate>
        </p>
      ) : result.signature === 'valid' ? (
        <p className={styles.verdictLine}>
          <Translate id="tools.token.signature.valid">Signaturen er kontrollert og gyldig.</Translate>
        </p>
      ) : result.signature === 'invalid' ? (
        <p className={styles.verdictLine}>
          <Translate id="tools.token.signature.invalid">Signaturen er kontrollert og er ugyldig.</Translate>
        </p>
      ) : result.signatureKey !== 'none' ? (
        <p className={styles.verdictLine} data-signature-not-checked="">
          <Translate id="tools.token.signature.keyProblem">
            Signaturen er ikke kontrollert: nøkkelen kunne ikke brukes. Funnene under sier hvorfor.
          </Translate>
        </p>
      ) : result.kind !== 'invalid' && result.kind !== 'jwe' ? (
        <p className={styles.verdictLine} data-signature-not-checked="">
          <Translate id="tools.token.signature.notChecked">
            Signaturen er ikke kontrollert. Lim inn den offentlige nøkkelen (JWK, JWKS, PEM eller sertifikatet) i feltet
            «Offentlig nøkkel» under, så kontrolleres den her i nettleseren.
          </Translate>
        </p>
      ) : null}
    </div>
  );
}

interface Props {
  readonly initialToken?: string;
}

interface AnalysisState {
  readonly result?: AnalysisResult;
  /** The plain-text report for a support ticket (formatReport), made with the result. */
  readonly report?: string;
  readonly pending: boolean;
  readonly failed?: boolean;
}

const loadAnalysis = () =>
  Promise.all([import('@site/src/lib/jwt/analyse'), import('@site/src/lib/report'), import('../findingTexts')]);

/**
 * Token inspector: the whole analysis is analyseToken in src/lib; this view renders the verdict first, then the
 * findings, then the decoded header, claims and certificate, with each claim a finding is about marked in place.
 */
export default function TokenInspector({initialToken = ''}: Props): React.JSX.Element {
  const baseId = useId();
  const locale = usePageLocale();
  const [token, setToken] = useState(initialToken);
  const [environment, setEnvironment] = useState<ActiveEnvironmentId>('test');
  const [expectedScopes, setExpectedScopes] = useState('');
  const [keyText, setKeyText] = useState('');
  const [loadingExample, setLoadingExample] = useState(false);
  const settledToken = useDebounced(token);
  const settledScopes = useDebounced(expectedScopes);
  const settledKey = useDebounced(keyText);
  // The time findings are computed at; moved forward when a live countdown passes exp.
  const [checkedAt, setCheckedAt] = useState(() => Math.floor(Date.now() / 1000));
  // A new token or setting is checked against the clock at that moment (the clock is outside React).
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setCheckedAt(Math.floor(Date.now() / 1000)), [settledToken, environment, settledScopes]);

  const [analysis, setAnalysis] = useState<AnalysisState>({pending: false});
  useEffect(() => {
    if (settledToken.trim() === '') {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setAnalysis({pending: false});
      return undefined;
    }
    let current = true;
    setAnalysis((previous) => ({...previous, pending: true}));
    const scopes = settledScopes.split(/\s+/).filter((s) => s !== '');
    loadAnalysis()
      .then(async ([{analyseToken}, {formatTokenReport}, {FINDING_TEXTS}]) => {
        const result = await analyseToken(settledToken, {
          environment,
          now: checkedAt,
          keyText: settledKey,
          ...(scopes.length > 0 ? {expectedScopes: scopes} : {}),
        });
        return {result, report: formatTokenReport(result, FINDING_TEXTS)};
      })
      .then(
        ({result, report}) => {
          if (current) setAnalysis({result, report, pending: false});
        },
        () => {
          // Only loading can fail here (analyseToken never throws on input): the rules could not be fetched.
          if (current) setAnalysis({pending: false, failed: true});
        },
      );
    return () => {
      current = false;
    };
  }, [settledToken, environment, settledScopes, settledKey, checkedAt]);
  const {result, report, pending, failed} = analysis;

  const exp = result?.times?.exp;
  const now = useNowSeconds(exp !== undefined);
  useEffect(() => {
    // The countdown passed exp: check again, so "expired" appears without the reader touching anything.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (exp !== undefined && now >= exp && checkedAt < exp) setCheckedAt(now);
  }, [exp, now, checkedAt]);

  const loadExample = async (id: string): Promise<void> => {
    setLoadingExample(true);
    try {
      const {makeTokenExample} = await import('./examples');
      const example = await makeTokenExample(id as 'valid-grant' | 'wrong-audience' | 'delegated-token');
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
  const findingId = (index: number): string => `${baseId}-finding-${index}`;

  return (
    <div>
      <ExampleButtons
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
          {exp !== undefined ? <Countdown exp={exp} now={now} /> : null}
        </div>
      ) : null}
      <FindingList
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
              <Certificate c={result.certificate} locale={locale} />
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
