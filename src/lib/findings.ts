// The finding contract shared by every check in src/lib. The rows (severity, MP code, params, Norwegian texts)
// are data in finding-catalogue.ts; the components render them in the page's language.
import {troubleshootingAnchor} from './anchors';
import {FINDING_CATALOGUE} from './finding-catalogue';
import type {FindingRow, ParamKind, Severity} from './finding-types';

export {FINDING_CATALOGUE};
export type {FindingRow, ParamKind, Severity};

export type FindingCode = keyof typeof FINDING_CATALOGUE;

/** Every finding code, in catalogue order. */
export const FINDING_CODES: readonly FindingCode[] = Object.freeze(Object.keys(FINDING_CATALOGUE) as FindingCode[]);

/** The catalogue row of a code, typed as a row (the catalogue itself is a literal type per code). */
export function findingRow(code: FindingCode): FindingRow {
  return FINDING_CATALOGUE[code];
}

export {troubleshootingAnchor};

interface ParamTypes {
  value: string | number;
  count: number;
  environment: string;
  field: string;
  optional: string | number;
  bilingual: string;
  'aud-reason': string;
  'scope-part': 'prefix' | 'subscope';
}

type ParamSpec<C extends FindingCode> = (typeof FINDING_CATALOGUE)[C]['params'];
type KeysOfKind<C extends FindingCode, Kind extends ParamKind> = {
  [K in keyof ParamSpec<C>]: ParamSpec<C>[K] extends Kind ? K : never;
}[keyof ParamSpec<C>];
type RequiredKeys<C extends FindingCode> = Exclude<keyof ParamSpec<C>, KeysOfKind<C, 'optional' | 'bilingual'>>;
type OptionalKeys<C extends FindingCode> = KeysOfKind<C, 'optional'>;
type BilingualKeys<C extends FindingCode> = KeysOfKind<C, 'bilingual'> & string;

/** The params a code takes, with their types: a missing or misspelt param is a type error at the call. */
export type ParamsOf<C extends FindingCode> = {
  readonly [K in RequiredKeys<C>]: ParamTypes[ParamSpec<C>[K] & ParamKind];
} & {
  readonly [K in OptionalKeys<C>]?: ParamTypes[ParamSpec<C>[K] & ParamKind];
} & {
  readonly [K in BilingualKeys<C> as `${K}Nb` | `${K}En`]: string;
};

export type FindingParams = Record<string, string | number>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Where the problem is, e.g. `header.alg`, `claims.aud`, `scopes[1]`. */
  path?: string;
  params: FindingParams;
}

/** Builds a finding with the catalogue's severity, so a code never changes severity between checks. */
export function finding<C extends FindingCode>(
  code: C,
  ...[params, path]: RequiredKeys<C> | BilingualKeys<C> extends never
    ? [params?: ParamsOf<C>, path?: string]
    : [params: ParamsOf<C>, path?: string]
): Finding {
  const f: Finding = {code, severity: FINDING_CATALOGUE[code].severity, params: (params ?? {}) as FindingParams};
  if (path !== undefined) f.path = path;
  return f;
}

/** A short, printable rendering of any value for use in finding params (never throws). */
export function showValue(value: unknown, max = 200): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) s = String(value);
  else if (value === undefined) s = 'undefined';
  else {
    try {
      s = JSON.stringify(value) ?? String(typeof value);
    } catch (error) {
      // A cycle or a BigInt (TypeError) or a value too deep to write out (RangeError): shown as its shape.
      if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
      s = Array.isArray(value) ? '[…]' : '{…}';
    }
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

export {own, hasOwn} from './is-object';
