// What a reader gives each tool, as data only: the text they type or paste, the file they open, the options they
// choose. The same a command line gets (`maskinporten-sjekk token|scope|config|cert|explain`): token text with
// `--env`, `--key` (a file's text) and `--scope`; configuration files; a certificate file's bytes; scope text;
// error text. No functions and no src/lib objects, so one table of inputs serves the unit test and the command line.
import type {FindingCode} from '../../src/lib/findings';

export type Tool = 'token' | 'scope' | 'config' | 'cert' | 'explain' | 'grant-builder';

/** The environment radio on the site: test or production. */
export type Environment = 'test' | 'prod';

/** The token inspector: the pasted text, the environment, the public key field and the expected scopes field. */
export interface TokenInput {
  readonly token: string;
  readonly environment: Environment;
  /** The public key field (JWK, JWKS, PEM or certificate); a command line's `--key` file text. */
  readonly key?: string;
  /** The expected scopes field, space separated; a command line's `--scope`. */
  readonly scope?: string;
}

/** The scope validator's text field. */
export interface ScopeInput {
  readonly text: string;
}

/** The environment checker's form fields (a command line would take each as an option). */
export interface EnvironmentForm {
  readonly tokenEndpoint?: string;
  readonly audience?: string;
  readonly issuer?: string;
  readonly jwksUrl?: string;
  readonly apiBaseUrl?: string;
  readonly certificateKind?: 'test' | 'prod' | '';
}

export interface ConfigFile {
  readonly name: string;
  readonly text: string;
}

/** The environment checker: the environment, the form, and pasted configuration (one text per file). */
export interface ConfigInput {
  /**
   * As typed after `--env`. The site's radio gives only `test` or `prod`; a command line that passes what was
   * typed on to the lib gets `env.choice.invalid` for anything else.
   */
  readonly environment: string;
  readonly form?: EnvironmentForm;
  readonly files?: readonly ConfigFile[];
}

/** The certificate tool: an opened file (name and bytes) or pasted text, the environment and the kid field. */
export interface CertInput {
  readonly environment: Environment;
  readonly file?: {readonly name: string; readonly bytes: Uint8Array};
  readonly text?: string;
  readonly kid?: string;
}

/** The error explainer's text field. */
export interface ExplainInput {
  readonly text: string;
}

/** The grant builder's fields. */
export interface GrantBuilderInput {
  /** As for ConfigInput: the site's radio gives only `test` or `prod`. */
  readonly environment: string;
  readonly clientId: string;
  readonly scopes: string;
  readonly consumerOrg?: string;
  readonly keyKind: 'x5c' | 'kid';
  readonly kid?: string;
}

export interface InputOf {
  readonly token: TokenInput;
  readonly scope: ScopeInput;
  readonly config: ConfigInput;
  readonly cert: CertInput;
  readonly explain: ExplainInput;
  readonly 'grant-builder': GrantBuilderInput;
}

export type CaseInput = InputOf[Tool];

/** One finding code and one input that gives it, for the tool named. */
export type FindingCase = {
  readonly [T in Tool]: {
    readonly code: FindingCode;
    readonly tool: T;
    /** Made when the case runs (keys, certificates and times are made then, relative to the clock). */
    readonly input: () => Promise<InputOf[T]> | InputOf[T];
  };
}[Tool];
