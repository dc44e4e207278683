// A finding as text in a language, from its catalogue row (src/lib/finding-catalogue.ts): the Norwegian texts
// are the row's, the English ones are in i18n/en/code.json under `finding.<code>.message` and
// `finding.<code>.explanation`. Each param is shown by the kind its row declares (an environment id as a word, a
// field id as the form's label, reasons as words), never by guessing from its name or value. Values are filled
// in from the template only, so a value that itself holds `{word}` is shown as it is. Pure: the tools, the
// report and the command line all render findings through this module.
import type {TextLookup, Texts} from './i18n';
import {hasOwn} from './is-object';
import {visibleText} from './display';
import {environmentName, fieldName, scopePartName} from './words';
import {findingRow, type Finding, type FindingCode, type FindingParams, type ParamKind} from './findings';

/** Why an aud (or an address) is not the exact issuer, as words. */
function notExactReasonText(reason: string, texts: TextLookup): string {
  const id = (name: string): string => `finding.grant.aud.not-exact.reason.${name}`;
  switch (reason) {
    case 'whitespace':
      return texts.text(id('whitespace'), 'mellomrom eller linjeskift');
    case 'userinfo':
      return texts.text(id('userinfo'), 'brukernavn foran vertsnavnet');
    case 'port':
      return texts.text(id('port'), 'port');
    case 'query':
      return texts.text(id('query'), 'spørring (?)');
    case 'fragment':
      return texts.text(id('fragment'), 'fragment (#)');
    case 'percent-encoding':
      return texts.text(id('percent-encoding'), 'prosentkoding');
    case 'dot-segments':
      return texts.text(id('dot-segments'), 'punktum-segmenter');
    case 'case':
      return texts.text(id('case'), 'store bokstaver');
    default:
      return texts.text(id('other'), 'andre tegn');
  }
}

/** A param's value as the reader should see it, by the kind its row declares. */
function readableParam(kind: ParamKind, value: string | number, texts: TextLookup): string | number {
  switch (kind) {
    case 'aud-reason':
      return String(value)
        .split(',')
        .filter((reason) => reason !== '')
        .map((reason) => notExactReasonText(reason, texts))
        .join(', ');
    case 'field':
      return fieldName(String(value), texts);
    case 'environment':
      return environmentName(String(value), texts);
    case 'scope-part':
      return scopePartName(String(value), texts);
    default:
      return value;
  }
}

function readableParams(code: FindingCode, params: FindingParams, texts: Texts): Record<string, string | number> {
  const spec = findingRow(code).params;
  const out: Record<string, string | number> = {};
  const side = texts.language === 'en' ? 'En' : 'Nb';
  for (const [name, kind] of Object.entries(spec)) {
    const key = kind === 'bilingual' ? `${name}${side}` : name;
    const value = hasOwn(params, key) ? params[key] : undefined;
    // Only `optional` params can be absent (the type of `finding()` requires the others); show a dash.
    out[name] = value === undefined ? '–' : readableParam(kind, value, texts);
  }
  return out;
}

/** `one|other`: the form for the row's count param (bokmål and English both have one form for 1). */
function pluralForm(code: FindingCode, params: FindingParams, text: string): string {
  const forms = text.split('|');
  if (forms.length !== 2) return text;
  const countParam = Object.entries(findingRow(code).params).find(([, kind]) => kind === 'count')?.[0];
  const count = countParam === undefined ? undefined : params[countParam];
  // A case that does not count (the param is absent) reads as the singular form.
  return (count === undefined || count === 1 ? forms[0] : forms[1]) ?? text;
}

export interface MessagePart {
  readonly text: string;
  /** A value from the input (shown in `<bdi>`), not the message's own words. */
  readonly value: boolean;
}

/**
 * The finding's message in parts: the words, and each value with its hidden and bidirectional characters named
 * by code point. `{name}` in the template is replaced by its value; values are never looked into again.
 */
export function findingMessageParts(f: Pick<Finding, 'code' | 'params'>, texts: Texts): MessagePart[] {
  const row = findingRow(f.code);
  // The template is read without values: they are filled in here, part by part.
  const template = pluralForm(f.code, f.params, texts.text(`finding.${f.code}.message`, row.message));
  const values = readableParams(f.code, f.params, texts);
  return template
    .split(/(\{\w+\})/)
    .filter((segment) => segment !== '')
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (name !== undefined && hasOwn(values, name)) return {text: visibleText(String(values[name])), value: true};
      return {text: segment, value: false};
    });
}

/** The finding as a sentence, with its params filled in. */
export function findingMessage(f: Pick<Finding, 'code' | 'params'>, texts: Texts): string {
  return findingMessageParts(f, texts)
    .map((part) => part.text)
    .join('');
}

/** What a code means and how to fix it, without the values of one case. */
export function findingExplanation(code: FindingCode, texts: TextLookup): string {
  return texts.text(`finding.${code}.explanation`, findingRow(code).explanation);
}

const CLAIM_LABELS: Readonly<Record<string, readonly [id: string, norwegian: string]>> = {
  aud: ['tools.path.claim.aud', 'Audience (aud)'],
  iss: ['tools.path.claim.iss', 'Klient-ID (iss)'],
  scope: ['tools.path.claim.scope', 'Scopes (scope)'],
  exp: ['tools.path.claim.exp', 'Utløpstid (exp)'],
  iat: ['tools.path.claim.iat', 'Utstedt (iat)'],
  jti: ['tools.path.claim.jti', 'Token-ID (jti)'],
  consumer_org: ['tools.path.claim.consumer_org', 'Konsumentens organisasjonsnummer (consumer_org)'],
  consumer: ['tools.path.claim.consumer', 'Konsument (consumer)'],
};
const HEADER_LABELS: Readonly<Record<string, readonly [id: string, norwegian: string]>> = {
  alg: ['tools.path.header.alg', 'Algoritme (alg)'],
  kid: ['tools.path.header.kid', 'Nøkkel-ID (kid)'],
  x5c: ['tools.path.header.x5c', 'Sertifikatkjede (x5c)'],
};

/**
 * Where a finding is, as the reader knows it: the form's label for a field ("Audience (aud)"), not the
 * internal path (`claims.aud`). An unknown path is shown as it is.
 */
export function pathLabel(path: string, texts: TextLookup): string {
  const claim = /^claims\.(\w+)$/.exec(path)?.[1];
  if (claim !== undefined) {
    const label = hasOwn(CLAIM_LABELS, claim) ? CLAIM_LABELS[claim] : undefined;
    return label ? texts.text(...label) : texts.text('tools.path.claim', 'Claimet {name}', {name: claim});
  }
  const header = /^header\.(\w+)$/.exec(path)?.[1];
  if (header !== undefined) {
    const label = hasOwn(HEADER_LABELS, header) ? HEADER_LABELS[header] : undefined;
    return label ? texts.text(...label) : texts.text('tools.path.header.other', '{name} i headeren', {name: header});
  }
  const scope = /^(?:scopes|claims\.scope)\[(\d+)\]$/.exec(path)?.[1];
  if (scope !== undefined) return texts.text('tools.path.scope', 'Scope nr. {n}', {n: Number(scope) + 1});
  const line = /^L(\d+)$/.exec(path)?.[1];
  if (line !== undefined) return texts.text('tools.path.line', 'Linje {line}', {line: Number(line)});
  switch (path) {
    case 'header':
      return texts.text('tools.path.header', 'Headeren');
    case 'signature':
      return texts.text('tools.path.signature', 'Signaturen');
    case 'notBefore':
      return texts.text('tools.path.notBefore', 'Sertifikatet gyldig fra');
    case 'notAfter':
      return texts.text('tools.path.notAfter', 'Sertifikatet gyldig til');
    default:
      return fieldName(path, texts);
  }
}
