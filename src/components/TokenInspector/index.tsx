import React, {useEffect, useId, useMemo, useState} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {Finding} from '@site/src/lib/findings';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import {inspectToken, GRANT_CLAIMS, ACCESS_TOKEN_CLAIMS, type InspectResult, type TokenKind} from '@site/src/lib/jwt';
import {verifySignature} from '@site/src/lib/jwt/signature';
import {describeCertificate, type DescribeCertificateResult} from '@site/src/lib/certificates';
import type {ClaimDescription} from '@site/src/lib/jwt/claims';
import FindingList from '../FindingList';
import {ExampleButtons} from '../ToolShell';
import {environmentName} from '../findingText';
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

/** A claim value as text: strings as they are, anything else as JSON. Never parsed as HTML. */
function showClaim(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 1) ?? String(value);
  } catch {
    return String(value);
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
  readonly children: React.ReactNode;
}

/** One name–value row in a description list of claims or certificate fields. */
function Row({term, claim, children}: RowProps): React.JSX.Element {
  return (
    <div className={styles.claim} data-claim={claim}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface ClaimRowsProps {
  readonly values: Record<string, unknown>;
  readonly location: 'header' | 'claims';
  readonly table: readonly ClaimDescription[];
  readonly locale: string;
}

function ClaimRows({values, location, table, locale}: ClaimRowsProps): React.JSX.Element {
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
            ? value.map((v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…` : showClaim(v)))
            : undefined;
        return (
          <Row key={name} claim={`${location}.${name}`} term={<code>{name}</code>}>
            <code className={styles.value}>{shown ? showClaim(shown) : showClaim(value)}</code>
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

function Certificate({
  result,
  locale,
}: {
  readonly result: DescribeCertificateResult;
  readonly locale: string;
}): React.JSX.Element | null {
  const c = result.certificate;
  if (!c) return null;
  const from = formatUnixTime(c.notBeforeSeconds, locale);
  const to = formatUnixTime(c.notAfterSeconds, locale);
  return (
    <dl className={styles.claims} data-certificate="">
      <Row term={<Translate id="tools.token.cert.subject">Innehaver</Translate>}>
        <code className={styles.value}>{c.subject}</code>
      </Row>
      <Row term={<Translate id="tools.token.cert.orgnr">Organisasjonsnummer</Translate>}>{c.orgnr ?? '–'}</Row>
      <Row term={<Translate id="tools.token.cert.issuer">Utsteder</Translate>}>
        <code className={styles.value}>{c.issuer}</code>
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

type SignatureState = {status: 'none'} | {status: 'pending'} | {status: 'done'; findings: Finding[]};

interface Props {
  readonly initialToken?: string;
}

/**
 * Token inspector: paste → decode → classify → check → findings → translate → render. The signature check
 * (jose) runs asynchronously against the pasted key or the token's own x5c; nothing is fetched.
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

  const analysis = useMemo((): {result?: InspectResult; certificate?: DescribeCertificateResult} => {
    if (settledToken.trim() === '') return {};
    const first = inspectToken(settledToken, {environment, now: checkedAt});
    const x5c = first.header?.x5c;
    const consumerOrg = first.claims?.consumer_org;
    const certificate =
      Array.isArray(x5c) && typeof x5c[0] === 'string'
        ? describeCertificate(x5c[0], {
            environment,
            now: checkedAt,
            ...(typeof consumerOrg === 'string' ? {consumerOrg} : {}),
          })
        : undefined;
    const scopes = settledScopes.split(/\s+/).filter((s) => s !== '');
    const clientOrgnr = certificate?.certificate?.orgnr;
    const result = inspectToken(settledToken, {
      environment,
      now: checkedAt,
      ...(scopes.length > 0 ? {expectedScopes: scopes} : {}),
      ...(clientOrgnr ? {clientOrgnr} : {}),
    });
    return {result, ...(certificate ? {certificate} : {})};
  }, [settledToken, environment, settledScopes, checkedAt]);
  const {result, certificate} = analysis;

  const exp = result?.times?.exp;
  const now = useNowSeconds(exp !== undefined);
  useEffect(() => {
    // The countdown passed exp: check again, so "expired" appears without the reader touching anything.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (exp !== undefined && now >= exp && checkedAt < exp) setCheckedAt(now);
  }, [exp, now, checkedAt]);

  const [signature, setSignature] = useState<SignatureState>({status: 'none'});
  const compact = result?.token;
  const hasX5c = Array.isArray(result?.header?.x5c);
  useEffect(() => {
    // Signature checks are asynchronous (WebCrypto): the effect resets, then reports when jose is done.
    if (!compact || (settledKey.trim() === '' && !hasX5c) || result?.kind === 'jwe' || result?.kind === 'invalid') {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSignature({status: 'none'});
      return undefined;
    }
    let current = true;
    setSignature({status: 'pending'});
    verifySignature(compact, settledKey).then(
      (r) => {
        if (current) setSignature({status: 'done', findings: r.findings});
      },
      () => {
        if (current) setSignature({status: 'done', findings: []});
      },
    );
    return () => {
      current = false;
    };
  }, [compact, settledKey, hasX5c, result?.kind]);

  const findings: Finding[] = [
    ...(result?.findings ?? []),
    // The grant check already reports consumer_org = certificate orgnr; avoid saying it twice.
    ...(certificate?.findings.filter(
      (f) => !(f.code === 'cert.consumer-org-same' && result?.findings.some((g) => g.code === f.code)),
    ) ?? []),
    ...(signature.status === 'done' ? signature.findings : []),
  ];

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
          <p className={styles.kind} data-token-kind={result.kind}>
            <Translate id="tools.token.kind" values={{kind: kindLabel(result.kind)}}>
              {'Type: {kind}'}
            </Translate>
          </p>
          {exp !== undefined ? <Countdown exp={exp} now={now} /> : null}
          {signature.status === 'pending' ? (
            <p className={t.hint}>
              <Translate id="tools.token.signature.pending">Kontrollerer signaturen …</Translate>
            </p>
          ) : null}
          {result.header ? (
            <>
              <p className={t.subheading}>
                <Translate id="tools.token.header">Header</Translate>
              </p>
              <ClaimRows values={result.header} location="header" table={claimTable} locale={locale} />
            </>
          ) : null}
          {result.claims ? (
            <>
              <p className={t.subheading}>
                <Translate id="tools.token.claims">Claims</Translate>
              </p>
              <ClaimRows values={result.claims} location="claims" table={claimTable} locale={locale} />
            </>
          ) : null}
          {certificate?.certificate ? (
            <>
              <p className={t.subheading}>
                <Translate id="tools.token.certificate">Sertifikatet i x5c</Translate>
              </p>
              <Certificate result={certificate} locale={locale} />
            </>
          ) : null}
        </div>
      ) : null}
      <FindingList findings={findings} />
    </div>
  );
}
