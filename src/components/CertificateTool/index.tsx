import React, {useEffect, useId, useMemo, useState} from 'react';
import Translate, {translate} from '../lazyTranslate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
// Types only: the analysis module (and @peculiar/x509 with it) is loaded with import() when input arrives.
import type {CertificateToolResult} from '@site/src/lib/certificate-tool';
import FindingList from '../Findings';
import {useRemembered} from '../toolMemory';
import {ExampleButtons} from '../ToolShell';
import {EnvironmentChoice, TextArea, TextField} from '../ToolFields';
import {useDebounced, useLanguage, useModule, usePageLocale} from '../toolHooks';

const loadFindings = () => import('@site/src/lib/findings');
import t from '../tools.module.css';
import CertificateDetails from './CertificateDetails';
import ChainView from './ChainView';
import Outputs, {JwkOutputs} from './Outputs';
import RenewalPlanView from './RenewalPlan';
import styles from './styles.module.css';

/** Larger files are not read at all: a certificate chain is a few kilobytes (certificate-tool.ts's limit). */
const MAX_FILE_BYTES = 256 * 1024;

interface LoadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface Request {
  readonly file?: LoadedFile;
  readonly text: string;
  readonly kid: string;
  readonly environment: ActiveEnvironmentId;
}

function readFile(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer ? resolve(new Uint8Array(reader.result)) : reject(new Error('read'));
    reader.onerror = () => reject(new Error('read'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Certificate tool: a business certificate (file or PEM) or a public JWK → findings, the JWK to register, the
 * x5c for the grant and a dated renewal plan. The file is read with FileReader; nothing leaves the browser.
 */
export default function CertificateTool(): React.JSX.Element {
  const baseId = useId();
  const lang = useLanguage();
  const locale = usePageLocale();
  const {siteConfig} = useDocusaurusContext();
  const [environment, setEnvironment] = useRemembered<ActiveEnvironmentId>('certificate.environment', 'test');
  const [text, setText] = useRemembered('certificate.text', '');
  const [file, setFile] = useRemembered<LoadedFile | undefined>('certificate.file', undefined);
  const [fileProblem, setFileProblem] = useState<{size: number} | 'read' | undefined>();
  const [kid, setKid] = useRemembered('certificate.kid', '');
  const [done, setDone] = useState<{request: Request; result: CertificateToolResult; now: number} | undefined>();
  const settledText = useDebounced(text);
  const settledKid = useDebounced(kid);
  const request = useMemo(
    (): Request | undefined =>
      !file && settledText.trim() === ''
        ? undefined
        : {...(file ? {file} : {}), text: settledText, kid: settledKid, environment},
    [file, settledText, settledKid, environment],
  );

  useEffect(() => {
    if (!request) return undefined;
    let cancelled = false;
    const now = Math.floor(Date.now() / 1000);
    const {file: f, text: pasted, kid: typedKid, environment: env} = request;
    void import('@site/src/lib/certificate-tool')
      .then(({analyseCertificateInput}) =>
        analyseCertificateInput(f ? {bytes: f.bytes, fileName: f.name} : {text: pasted}, {
          environment: env,
          now,
          kid: typedKid,
        }),
      )
      .then((result) => {
        if (!cancelled) setDone({request, result, now});
      });
    return () => {
      cancelled = true;
    };
  }, [request]);

  const openFile = async (picked: File | undefined): Promise<void> => {
    setFileProblem(undefined);
    if (!picked) return;
    if (picked.size > MAX_FILE_BYTES) {
      setFile(undefined);
      setFileProblem({size: picked.size});
      return;
    }
    try {
      const bytes = await readFile(picked);
      setText('');
      setFile({name: picked.name, bytes});
    } catch {
      setFile(undefined);
      setFileProblem('read');
    }
  };

  const loadExample = async (): Promise<void> => {
    const {makeExampleCertificate} = await import('./example');
    const pem = await makeExampleCertificate();
    setFile(undefined);
    setFileProblem(undefined);
    setText(pem);
  };

  const result = request !== undefined && done?.request === request ? done.result : undefined;
  const working = request !== undefined && result === undefined;
  const findingRules = useModule(loadFindings, fileProblem !== undefined);
  const findings =
    fileProblem !== undefined
      ? findingRules.module
        ? [
            fileProblem === 'read'
              ? findingRules.module.finding('cert.input.unreadable', {})
              : findingRules.module.finding('cert.input.too-large', {size: fileProblem.size, max: MAX_FILE_BYTES}),
          ]
        : []
      : [...(result?.findings ?? [])];

  return (
    <div>
      <ExampleButtons
        examples={[
          {
            id: 'expiring',
            label: translate({id: 'tools.cert.example.expiring', message: 'Testsertifikat som utløper om 45 dager'}),
          },
        ]}
        onLoad={() => void loadExample()}
      />
      <EnvironmentChoice
        name={`${baseId}-environment`}
        legend={<Translate id="tools.cert.environment.legend">Miljøet sertifikatet skal brukes i</Translate>}
        test={<Translate id="tools.cert.environment.test">Test</Translate>}
        prod={<Translate id="tools.cert.environment.prod">Produksjon</Translate>}
        value={environment}
        onChange={setEnvironment}
      />
      <div
        className={styles.drop}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void openFile(e.dataTransfer.files[0]);
        }}>
        <div className={t.field}>
          <label htmlFor={`${baseId}-file`} className={t.label}>
            <Translate id="tools.cert.file.label">Sertifikatfil (.cer, .crt, .der eller .pem)</Translate>
          </label>
          <span id={`${baseId}-file-hint`} className={t.hint}>
            <Translate id="tools.cert.file.hint">
              Åpne eller slipp filen her. Bare sertifikatet: verktøyet tar aldri imot .p12, .pfx eller en privat nøkkel.
            </Translate>
          </span>
          <input
            id={`${baseId}-file`}
            type="file"
            accept=".cer,.crt,.der,.pem,.p7b,.p7c,.json,.p12,.pfx"
            aria-describedby={`${baseId}-file-hint`}
            data-certificate-file=""
            onChange={(e) => {
              void openFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
        {file ? (
          <p className={t.row} data-loaded-file={file.name}>
            <span>
              <Translate id="tools.cert.file.loaded" values={{name: file.name, size: file.bytes.length}}>
                {'Lest: {name} ({size} byte)'}
              </Translate>
            </span>
            <button type="button" className="button button--sm button--secondary" onClick={() => setFile(undefined)}>
              <Translate id="tools.cert.file.clear">Fjern filen</Translate>
            </button>
          </p>
        ) : null}
      </div>
      <TextArea
        id={`${baseId}-text`}
        label={
          <Translate id="tools.cert.text.label">…eller lim inn sertifikatet (PEM) eller en offentlig JWK</Translate>
        }
        hint={
          <Translate id="tools.cert.text.hint">
            Teksten rundt, «Bag Attributes» og en hel kjede går bra; det første sertifikatet er virksomhetens.
          </Translate>
        }
        value={text}
        onChange={(value) => {
          setFile(undefined);
          setFileProblem(undefined);
          setText(value);
        }}
        rows={5}
      />
      <TextField
        id={`${baseId}-kid`}
        label={
          <Translate id="tools.cert.kid.label">kid for nøkkelen (valgfritt; ellers RFC 7638-tommelavtrykket)</Translate>
        }
        value={kid}
        onChange={setKid}
      />

      {working ? (
        <p role="status">
          <Translate id="tools.cert.working">Leser sertifikatet …</Translate>
        </p>
      ) : null}

      {findings.length > 0 || result ? <FindingList findings={findings} /> : null}

      {result?.certificate && fileProblem === undefined ? (
        <>
          <CertificateDetails certificate={result.certificate} environment={environment} lang={lang} locale={locale} />
          {result.chain && result.chain.length > 0 ? <ChainView links={result.chain} /> : null}
          {result.outputs ? <Outputs outputs={result.outputs} /> : null}
          {result.plan ? (
            <RenewalPlanView
              plan={result.plan}
              notAfterSeconds={result.certificate.notAfterSeconds}
              now={done?.now ?? result.certificate.notBeforeSeconds}
              holder={result.certificate.subjectCommonName ?? result.certificate.organization ?? ''}
              locale={locale}
              siteUrl={siteConfig.url}
              baseUrl={siteConfig.baseUrl}
            />
          ) : null}
        </>
      ) : null}
      {result?.keys && result.keys.length > 0 && fileProblem === undefined ? <JwkOutputs keys={result.keys} /> : null}
    </div>
  );
}
