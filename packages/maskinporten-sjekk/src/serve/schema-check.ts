// Checks a parsed config against schema/serve-config.schema.json itself: a small interpreter for the JSON Schema
// keywords that schema uses, so the published schema and what `serve` accepts cannot drift apart. A keyword the
// interpreter does not know makes it throw at start (a programming error, caught by the tests), never pass
// silently.

import {isPlainObject} from '../../../../src/lib/is-object';

export interface SchemaProblem {
  /** Where, as a path into the config: `clients[0].keys[1].file`, or `(rot)` for the whole file. */
  readonly path: string;
  readonly problem: SchemaProblemKind;
  /** What was expected: a type, the allowed values, a pattern, a number or the property name. */
  readonly expected?: string;
}

export type SchemaProblemKind =
  | 'type'
  | 'enum'
  | 'required'
  | 'unknown-property'
  | 'min-items'
  | 'min-length'
  | 'max-length'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  | 'one-of'
  | 'date';

/** The keywords this interpreter implements; anything else in the schema is refused. */
const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'default',
  'type',
  'enum',
  'required',
  'additionalProperties',
  'properties',
  'items',
  'minItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'oneOf',
  'format',
]);

/** At most this many problems are reported: a wrong file gives a readable list, not thousands of lines. */
export const MAX_PROBLEMS = 20;

type Schema = Readonly<Record<string, unknown>>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  if (type === 'object') return isPlainObject(value);
  if (type === 'number') return actual === 'number' || actual === 'integer';
  return actual === type;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key.slice(0, 60));
  return path === '' ? name : `${path}.${name}`;
}

/** Length in code points, as JSON Schema counts it. */
function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A calendar date YYYY-MM-DD that exists (RFC 3339 full-date). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function compiledPattern(schema: Schema, cache: Map<string, RegExp>): RegExp | undefined {
  const source = schema.pattern;
  if (typeof source !== 'string') return undefined;
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    cache.set(source, re);
  }
  return re;
}

function check(value: unknown, schema: Schema, path: string, out: SchemaProblem[], cache: Map<string, RegExp>): void {
  if (out.length >= MAX_PROBLEMS) return;
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN.has(keyword)) throw new Error(`serve-config.schema.json: keyword ${keyword} is not implemented`);
  }
  const at = path === '' ? '(rot)' : path;
  if (Array.isArray(schema.enum)) {
    if (!schema.enum.includes(value)) out.push({path: at, problem: 'enum', expected: schema.enum.join(' | ')});
    return;
  }
  if (typeof schema.type === 'string' && !matchesType(value, schema.type)) {
    out.push({path: at, problem: 'type', expected: schema.type});
    return;
  }
  if (typeof value === 'string') {
    const n = length(value);
    if (typeof schema.minLength === 'number' && n < schema.minLength)
      out.push({path: at, problem: 'min-length', expected: String(schema.minLength)});
    if (typeof schema.maxLength === 'number' && n > schema.maxLength)
      out.push({path: at, problem: 'max-length', expected: String(schema.maxLength)});
    const re = compiledPattern(schema, cache);
    if (re && !re.test(value)) out.push({path: at, problem: 'pattern', expected: re.source});
    if (schema.format === 'date' && !isIsoDate(value)) out.push({path: at, problem: 'date', expected: 'YYYY-MM-DD'});
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      out.push({path: at, problem: 'minimum', expected: String(schema.minimum)});
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      out.push({path: at, problem: 'maximum', expected: String(schema.maximum)});
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      out.push({path: at, problem: 'min-items', expected: String(schema.minItems)});
    if (isPlainObject(schema.items)) {
      for (let i = 0; i < value.length && out.length < MAX_PROBLEMS; i++)
        check(value[i], schema.items, join(path, i), out, cache);
    }
  }
  if (isPlainObject(value)) {
    const properties = isPlainObject(schema.properties) ? schema.properties : {};
    if (Array.isArray(schema.required)) {
      for (const name of schema.required) {
        if (typeof name === 'string' && !Object.prototype.hasOwnProperty.call(value, name))
          out.push({path: at, problem: 'required', expected: name});
      }
    }
    for (const [name, member] of Object.entries(value)) {
      if (out.length >= MAX_PROBLEMS) return;
      const sub = Object.prototype.hasOwnProperty.call(properties, name) ? properties[name] : undefined;
      if (isPlainObject(sub)) check(member, sub, join(path, name), out, cache);
      else if (schema.additionalProperties === false)
        out.push({path: join(path, name), problem: 'unknown-property', expected: Object.keys(properties).join(', ')});
    }
  }
  if (Array.isArray(schema.oneOf)) {
    const passing = schema.oneOf.filter((sub) => {
      if (!isPlainObject(sub)) return false;
      const trial: SchemaProblem[] = [];
      check(value, sub, path, trial, cache);
      return trial.length === 0;
    }).length;
    if (passing !== 1) {
      const options = schema.oneOf
        .map((sub) => (isPlainObject(sub) && Array.isArray(sub.required) ? sub.required.join('+') : '?'))
        .join(' | ');
      out.push({path: at, problem: 'one-of', expected: options});
    }
  }
}

/** Every place `value` breaks `schema` (at most MAX_PROBLEMS), in document order. Never throws on the value. */
export function checkAgainstSchema(value: unknown, schema: Schema): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  check(value, schema, '', out, new Map());
  return out.slice(0, MAX_PROBLEMS);
}
