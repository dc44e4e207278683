// Runs a case input through the lib the way each tool's component does, and returns the findings the reader
// would see (code and severity). One function per tool, each a copy of its component's call:
// - token: src/components/TokenInspector/useTokenAnalysis.ts (analyseToken, expected scopes split on whitespace)
// - scope: src/components/ScopeValidator (checkScopes)
// - config: src/components/EnvironmentChecker (checkEnvironment on the form, checkConfig on the pasted text)
// - cert: src/components/CertificateTool (analyseCertificateInput, a file before pasted text)
// - explain: src/components/ErrorExplainer (explainError)
// - grant-builder: src/components/GrantBuilder (buildGrant)
// The clock is the real one, as on the site: cases make their times relative to it.
import {analyseToken} from '../../src/lib/jwt/analyse';
import {checkScopes} from '../../src/lib/scopes';
import {checkConfig, checkEnvironment} from '../../src/lib/environment-check';
import {analyseCertificateInput} from '../../src/lib/certificate-tool';
import {explainError} from '../../src/lib/errors';
import {buildGrant} from '../../src/lib/grant-builder';
import type {ActiveEnvironmentId} from '../../src/lib/environments';
import type {Finding, FindingCode, Severity} from '../../src/lib/findings';
import type {
  CertInput,
  ConfigInput,
  ExplainInput,
  FindingCase,
  GrantBuilderInput,
  InputOf,
  ScopeInput,
  TokenInput,
  Tool,
} from './case-input';

export interface RunFinding {
  readonly code: FindingCode;
  readonly severity: Severity;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const brief = (findings: readonly Finding[]): RunFinding[] => findings.map(({code, severity}) => ({code, severity}));

/**
 * An environment as typed: the lib checks it and says env.choice.invalid for anything but test or prod, so it is
 * handed on as it is (the site's radio never gives anything else).
 */
const asTyped = (environment: string): ActiveEnvironmentId => environment as ActiveEnvironmentId;

export async function runToken(input: TokenInput): Promise<RunFinding[]> {
  const scopes = (input.scope ?? '').split(/\s+/).filter((s) => s !== '');
  const result = await analyseToken(input.token, {
    environment: input.environment,
    now: nowSeconds(),
    keyText: input.key ?? '',
    ...(scopes.length > 0 ? {expectedScopes: scopes} : {}),
  });
  return brief(result.findings);
}

export function runScope(input: ScopeInput): RunFinding[] {
  return brief(checkScopes(input.text).findings);
}

export function runConfig(input: ConfigInput): RunFinding[] {
  const environment = asTyped(input.environment);
  const out: Finding[] = [];
  const form = input.form;
  // The form is checked once a field has a value, as the component does.
  if (form && Object.values(form).some((v) => typeof v === 'string' && v.trim() !== ''))
    out.push(...checkEnvironment(environment, {...form}).findings);
  for (const file of input.files ?? []) {
    if (file.text.trim() !== '') out.push(...checkConfig(environment, file.text).findings);
  }
  return brief(out);
}

export async function runCert(input: CertInput): Promise<RunFinding[]> {
  const result = await analyseCertificateInput(
    input.file ? {bytes: input.file.bytes, fileName: input.file.name} : {text: input.text ?? ''},
    {environment: input.environment, now: nowSeconds(), kid: input.kid ?? ''},
  );
  return brief(result.findings);
}

export function runExplain(input: ExplainInput): RunFinding[] {
  return brief(explainError(input.text).findings);
}

export function runGrantBuilder(input: GrantBuilderInput): RunFinding[] {
  const built = buildGrant({
    environment: asTyped(input.environment),
    clientId: input.clientId,
    scopes: input.scopes,
    ...(input.consumerOrg !== undefined && input.consumerOrg.trim() !== '' ? {consumerOrg: input.consumerOrg} : {}),
    keyKind: input.keyKind,
    ...(input.keyKind === 'kid' ? {kid: input.kid ?? ''} : {}),
    now: nowSeconds(),
    jti: crypto.randomUUID(),
  });
  return brief(built.findings);
}

const RUNNERS: {readonly [T in Tool]: (input: InputOf[T]) => Promise<RunFinding[]> | RunFinding[]} = {
  token: runToken,
  scope: runScope,
  config: runConfig,
  cert: runCert,
  explain: runExplain,
  'grant-builder': runGrantBuilder,
};

/** The findings the tool gives for the input. */
export async function runTool<T extends Tool>(tool: T, input: InputOf[T]): Promise<RunFinding[]> {
  const run = RUNNERS[tool] as (input: InputOf[T]) => Promise<RunFinding[]> | RunFinding[];
  return run(input);
}

/** Runs a case: its input made now, then its tool's lib call. */
export async function runCase(c: FindingCase): Promise<RunFinding[]> {
  switch (c.tool) {
    case 'token':
      return runTool('token', await c.input());
    case 'scope':
      return runTool('scope', await c.input());
    case 'config':
      return runTool('config', await c.input());
    case 'cert':
      return runTool('cert', await c.input());
    case 'explain':
      return runTool('explain', await c.input());
    case 'grant-builder':
      return runTool('grant-builder', await c.input());
  }
}
