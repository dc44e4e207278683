// Renders any finding in the page's language from its catalogue row (src/lib/finding-catalogue.ts): the
// Norwegian text is the row's, the English one is in i18n/en/code.json under `finding.<code>.message` and
// `finding.<code>.explanation`. Params are filled in from the template only, so a value that itself holds
// `{word}` is shown as it is.
import {translate} from './lazyTranslate';
import findingTexts from '@lazy-translations/findings';
import {lazyText} from './lazyTranslator';
import {visibleText} from '@site/src/lib/display';
import {environmentName, fieldName} from './fieldNames';
import {findingRow, type Finding, type FindingCode, type FindingParams, type ParamKind} from '@site/src/lib/findings';

export {environmentName, fieldName};

/** Params that hold an environment id in some findings (`expected`/`actual` hold a URL in others). */
const ENVIRONMENT_NAMED = new Set(['environment', 'apiEnvironment', 'certificateKind', 'expected', 'actual']);
const ENVIRONMENT_IDS = new Set(['prod', 'test', 'unknown']);

/**
 * A `finding.*` text in the page's language: the locale's translation from code.json, which loads with this
 * module (on a tool's first use) instead of with every page (plugins/lazy-translations), or the catalogue's
 * Norwegian.
 */
function findingTranslation(id: string, norwegian: string): string {
  return lazyText(findingTexts, id) ?? norwegian;
}

/** Why an aud is not the exact issuer, as words. */
function notExactReasonText(reason: string): string {
  switch (reason) {
    case 'whitespace':
      return findingTranslation('finding.grant.aud.not-exact.reason.whitespace', 'mellomrom eller linjeskift');
    case 'userinfo':
      return findingTranslation('finding.grant.aud.not-exact.reason.userinfo', 'brukernavn foran vertsnavnet');
    case 'port':
      return findingTranslation('finding.grant.aud.not-exact.reason.port', 'port');
    case 'query':
      return findingTranslation('finding.grant.aud.not-exact.reason.query', 'spørring (?)');
    case 'fragment':
      return findingTranslation('finding.grant.aud.not-exact.reason.fragment', 'fragment (#)');
    case 'percent-encoding':
      return findingTranslation('finding.grant.aud.not-exact.reason.percent-encoding', 'prosentkoding');
    case 'dot-segments':
      return findingTranslation('finding.grant.aud.not-exact.reason.dot-segments', 'punktum-segmenter');
    case 'case':
      return findingTranslation('finding.grant.aud.not-exact.reason.case', 'store bokstaver');
    default:
      return findingTranslation('finding.grant.aud.not-exact.reason.other', 'andre tegn');
  }
}

function readableParam(name: string, kind: ParamKind | undefined, value: string | number): string | number {
  if (kind === 'aud-reason')
    return String(value)
      .split(',')
      .filter((reason) => reason !== '')
      .map(notExactReasonText)
      .join(', ');
  if (kind === 'field' || (name === 'field' && typeof value === 'string')) return fieldName(String(value));
  if (
    typeof value === 'string' &&
    ENVIRONMENT_IDS.has(value) &&
    (kind === 'environment' || ENVIRONMENT_NAMED.has(name))
  )
    return environmentName(value);
  return value;
}

/** `Nb` or `En`: the side of a bilingual param this page shows (the English translation says `en`). */
function paramLanguage(): 'Nb' | 'En' {
  // code.json: 'finding.params.language' is the language code of the translation (nb or en); it picks the side
  // of a text a finding carries in both.
  const lang = findingTranslation('finding.params.language', 'nb');
  return lang === 'en' ? 'En' : 'Nb';
}

function readableParams(code: FindingCode, params: FindingParams): Record<string, string | number> {
  const spec = findingRow(code).params;
  const out: Record<string, string | number> = {};
  const side = paramLanguage();
  for (const [name, kind] of Object.entries(spec)) {
    const key = kind === 'bilingual' ? `${name}${side}` : name;
    const value = Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
    // Only `optional` params can be absent (the type of `finding()` requires the others); show a dash.
    out[name] = value === undefined ? '–' : readableParam(name, kind, value);
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
 * by code point. `{name}` in the template is replaced by its value; values are never looked into again, so a
 * value that holds `{word}` is shown as it is.
 */
export function findingMessageParts(f: Pick<Finding, 'code' | 'params'>): MessagePart[] {
  const row = findingRow(f.code);
  const template = pluralForm(f.code, f.params, findingTranslation(`finding.${f.code}.message`, row.message));
  const values = readableParams(f.code, f.params);
  return template
    .split(/(\{\w+\})/)
    .filter((segment) => segment !== '')
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (name !== undefined && Object.prototype.hasOwnProperty.call(values, name))
        return {text: visibleText(String(values[name])), value: true};
      return {text: segment, value: false};
    });
}

/** The finding as a sentence in the page's language, with its params filled in. */
export function findingMessage(f: Pick<Finding, 'code' | 'params'>): string {
  return findingMessageParts(f)
    .map((part) => part.text)
    .join('');
}

const CLAIM_LABELS: Record<string, () => string> = {
  aud: () => translate({id: 'tools.path.claim.aud', message: 'Audience (aud)'}),
  iss: () => translate({id: 'tools.path.claim.iss', message: 'Klient-ID (iss)'}),
  scope: () => translate({id: 'tools.path.claim.scope', message: 'Scopes (scope)'}),
  exp: () => translate({id: 'tools.path.claim.exp', message: 'Utløpstid (exp)'}),
  iat: () => translate({id: 'tools.path.claim.iat', message: 'Utstedt (iat)'}),
  jti: () => translate({id: 'tools.path.claim.jti', message: 'Token-ID (jti)'}),
  consumer_org: () =>
    translate({id: 'tools.path.claim.consumer_org', message: 'Konsumentens organisasjonsnummer (consumer_org)'}),
  consumer: () => translate({id: 'tools.path.claim.consumer', message: 'Konsument (consumer)'}),
};
const HEADER_LABELS: Record<string, () => string> = {
  alg: () => translate({id: 'tools.path.header.alg', message: 'Algoritme (alg)'}),
  kid: () => translate({id: 'tools.path.header.kid', message: 'Nøkkel-ID (kid)'}),
  x5c: () => translate({id: 'tools.path.header.x5c', message: 'Sertifikatkjede (x5c)'}),
};

/**
 * Where a finding is, as the reader knows it: the form's label for a field ("Audience (aud)"), not the
 * internal path (`claims.aud`). An unknown path is shown as it is.
 */
export function pathLabel(path: string): string {
  const claim = /^claims\.(\w+)$/.exec(path)?.[1];
  if (claim !== undefined)
    return CLAIM_LABELS[claim]?.() ?? translate({id: 'tools.path.claim', message: 'Claimet {name}'}, {name: claim});
  const header = /^header\.(\w+)$/.exec(path)?.[1];
  if (header !== undefined)
    return (
      HEADER_LABELS[header]?.() ??
      translate({id: 'tools.path.header.other', message: '{name} i headeren'}, {name: header})
    );
  const scope = /^scopes\[(\d+)\]$/.exec(path)?.[1];
  if (scope !== undefined) return translate({id: 'tools.path.scope', message: 'Scope nr. {n}'}, {n: Number(scope) + 1});
  switch (path) {
    case 'header':
      return translate({id: 'tools.path.header', message: 'Headeren'});
    case 'signature':
      return translate({id: 'tools.path.signature', message: 'Signaturen'});
    case 'notBefore':
      return translate({id: 'tools.path.notBefore', message: 'Sertifikatet gyldig fra'});
    case 'notAfter':
      return translate({id: 'tools.path.notAfter', message: 'Sertifikatet gyldig til'});
    default:
      return fieldName(path);
  }
}
