// Every Maskinporten, Skatteetaten and NAV address a page or a tool text writes is one of the addresses in the
// src/lib tables, and is used in its role: a sentence or code line that fetches or posts a token names the token
// endpoint, one about `aud` (or `iss`) names the issuer. A sentence that says what is wrong ("ikke", "feil",
// "mangler", "utfaset", "gamle" …) may show a wrong address: that is how the pages warn about one.
import {codeLines, proseBlocks, sentences} from './prose.mjs';

/**
 * The addresses of the tables: `exact` maps a URL to its role and environment; `bases` are API base URLs, under
 * which any path is allowed. Takes the tables as arguments so the tests can pass their own.
 */
export function addressBook({environments, scopes, eventApis}) {
  const exact = new Map();
  const roles = [
    ['issuer', 'issuer'],
    ['tokenEndpoint', 'token-endpoint'],
    ['jwksUri', 'jwks'],
    ['wellKnown', 'metadata'],
  ];
  for (const env of environments)
    for (const [key, role] of roles) if (env[key]) exact.set(env[key], {role, environment: env.id});
  const bases = [
    ...scopes.flatMap((s) => [s.testBaseUrl, s.prodBaseUrl]),
    ...eventApis.flatMap((a) => [a.testBaseUrl, a.prodBaseUrl]),
  ];
  return {exact, bases};
}

/** True for hosts whose addresses the tables hold: Maskinporten's, Skatteetaten's APIs and NAV's APIs. */
export function inScope(host) {
  const h = host.toLowerCase();
  if (h === 'maskinporten.no' || h.endsWith('.maskinporten.no')) return true;
  if (h.endsWith('.api.skatteetaten.no') || h.endsWith('.api.skatteetaten-test.no')) return true;
  // nav.no and www.nav.no are NAV's web pages, not API addresses.
  return h.endsWith('.nav.no') && h !== 'www.nav.no';
}

const URL_PATTERN = /\bhttps?:\/\/[^\s`'"<>)\]}»,]+/giu;

/** The in-scope URLs in a text, trailing punctuation removed. */
export function addressesIn(text) {
  const found = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.;:!?]+$/, '');
    let host;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    if (inScope(host)) found.push(url);
  }
  return found;
}

function lookup(book, url) {
  const exact = book.exact.get(url);
  if (exact) return exact;
  if (book.bases.some((base) => url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)))
    return {role: 'api'};
  return undefined;
}

const WARNING =
  /(?<![\p{L}\p{N}])(?:ikke|feil\w*|mangler|uten|utfas\w*|faset|i stedet|gaml?e|tidligere|aldri|not|wrong|missing|without|retired|instead|old|never|no longer)(?![\p{L}\p{N}])/iu;
const FETCH_PROSE =
  /\b(?:POST|curl)\b|\b(?:hent\w*|be om|ber om|fetch\w*|get|gets|request\w*|ask\w* for)\s+(?:(?:et|nytt|første|det|a|an|the|new|first)\s+){0,2}(?:access\s+)?token(?:et|s)?\b|\btoken(?:et|s)?\s+(?:fra|from)\b|\bsend\w*\s+(?:(?:the|a)\s+)?grant(?:et)?\b|\bgrant(?:et)?\s+(?:sendes|is sent)\b/iu;
const FETCH_CODE = /\b(?:curl|POST|fetch|requests\.post|HttpRequest|tokenEndpoint|token_endpoint|TOKEN_ENDPOINT)\b/;
const ISSUER_ROLE = /(?<![\w-])(?:aud|iss|audience)(?![\w-])/i;

function sameHost(book, url) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return [];
  }
  return [...book.exact.keys(), ...book.bases].filter((known) => new URL(known).hostname === host);
}

function addressOf(book, role, url) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return [...book.exact.entries()].find(
    ([known, entry]) => entry.role === role && new URL(known).hostname === host,
  )?.[0];
}

/** Problems in one sentence or code line. */
export function checkAddressText(file, line, text, book, {code = false} = {}) {
  const problems = [];
  const urls = addressesIn(text);
  if (urls.length === 0 || WARNING.test(text)) return problems;
  const fetches = (code ? FETCH_CODE : FETCH_PROSE).test(text);
  const issuerRole = ISSUER_ROLE.test(text);
  for (const url of urls) {
    const entry = lookup(book, url);
    if (!entry) {
      const known = sameHost(book, url);
      problems.push({
        file,
        line,
        message: `adressen «${url}» står ikke i tabellene i src/lib`,
        fix: known.length
          ? `bruk en av adressene for verten: ${known.join(', ')}`
          : 'skriv en adresse fra src/lib/environments.ts, src/lib/scope-catalogue.ts eller src/lib/network.ts, eller legg den til der med kilde og dato',
      });
      continue;
    }
    if (!url.includes('maskinporten.no')) continue;
    const want =
      fetches && !issuerRole
        ? ['token-endpoint']
        : issuerRole && !fetches
          ? ['issuer']
          : fetches
            ? ['token-endpoint', 'issuer']
            : [];
    if (want.length === 0 || want.includes(entry.role)) continue;
    const right = addressOf(book, want[0], url);
    problems.push({
      file,
      line,
      message:
        want[0] === 'token-endpoint'
          ? `her hentes eller sendes et token til «${url}», som ikke er token-endepunktet`
          : `her står «${url}» for \`aud\`/\`iss\`, som skal være utstederen`,
      fix:
        want[0] === 'token-endpoint'
          ? `bruk token-endepunktet ${right ?? '…/token'}`
          : `bruk utstederen ${right ?? '(med skråstrek til slutt)'}`,
    });
  }
  return problems;
}

/** Problems on one MDX page: its prose, sentence by sentence, and its code blocks, line by line. */
export function checkPageAddresses(file, tree, book) {
  const problems = [];
  for (const block of proseBlocks(tree))
    for (const sentence of sentences(block.text)) problems.push(...checkAddressText(file, block.line, sentence, book));
  for (const {line, text} of codeLines(tree)) problems.push(...checkAddressText(file, line, text, book, {code: true}));
  return problems;
}
