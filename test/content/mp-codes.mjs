// The MP codes a finding text names agree with the error table (src/lib/errors.ts): a sentence that names an MP
// code for a cause names the code the table gives for that cause. Causes are read from the table itself, as
// concepts (aud, client, certificate …) in each entry's message and cause, so a corrected table corrects the check.
import {sentences} from './prose.mjs';

/** What a sentence can be about, in both languages. */
export const CONCEPTS = {
  aud: /(?<![\w-])aud(?![\w-])|\baudience\b/iu,
  client:
    /\bklient(?:-ID-en|-ID|en|er|ene)?(?![\p{L}-])|\bclient(?: ID)?\b(?! (?:authentication|owner))|(?<![\w-])iss(?![\w-])/iu,
  certificate: /sertifikat|certificate/iu,
  key: /nøkkel|\bkeys?\b/iu,
  signature: /signatur|\bsignature\b/iu,
  x5c: /\bx5c\b/iu,
  jti: /\bjti\b|brukt før|used before/iu,
  scope: /\bscope/iu,
  orgnr: /organisasjonsnummer|organi[sz]ation number|\borgno\b/iu,
  delegation: /deleg/iu,
  clock: /klokke|\bclock\b/iu,
  whitespace: /linjeskift|line break|mellomrom|whitespace/iu,
  clientType: /klienttype|integrasjonstype|integration type|client type|riktig type|correct type/iu,
};
const ENVIRONMENT = /miljø|environment|(?<![\w-])test(?![\w-])|produksjon|production/iu;
/** What, in another environment than the rest, gives which code: the table's causes that name an environment. */
const IN_ENVIRONMENT = ['aud', 'client', 'certificate'];

/** concept -> the MP codes whose table entry names it; `env:<concept>` for the entries that also name an environment. */
export function causeCodes(tokenErrors) {
  const codes = new Map();
  const add = (key, mpCodes) => codes.set(key, new Set([...(codes.get(key) ?? []), ...mpCodes]));
  for (const entry of tokenErrors) {
    if (entry.mpCodes.length === 0) continue;
    const text = `${entry.message} ${entry.cause.nb} ${entry.cause.en}`;
    for (const [name, pattern] of Object.entries(CONCEPTS)) {
      if (!pattern.test(text)) continue;
      add(name, entry.mpCodes);
      if (ENVIRONMENT.test(`${entry.cause.nb} ${entry.cause.en}`)) add(`env:${name}`, entry.mpCodes);
    }
  }
  return codes;
}

const CODE = /\bMP-\d{3}\b/g;
const list = (set) => [...set].sort().join(' eller ');

/** Problems in one finding text. */
export function checkFindingText(file, line, text, codes) {
  const problems = [];
  for (const sentence of sentences(text)) {
    const named = new Set(sentence.match(CODE) ?? []);
    if (named.size === 0) continue;
    const concepts = Object.keys(CONCEPTS).filter((name) => CONCEPTS[name].test(sentence));
    const overlaps = (key) => [...(codes.get(key) ?? [])].some((code) => named.has(code));
    if (ENVIRONMENT.test(sentence)) {
      // Environments mixed in general: the table has no one code for that, only one per value.
      const perValue = IN_ENVIRONMENT.filter((c) => codes.has(`env:${c}`));
      if (!concepts.some((c) => IN_ENVIRONMENT.includes(c)) && perValue.some((c) => overlaps(`env:${c}`))) {
        problems.push({
          file,
          line,
          message: `«${sentence.trim()}» gir ${list(named)} for blandede miljøer, men feiltabellen gir en kode per verdi: ${perValue
            .map((c) => `${c} ${list(codes.get(`env:${c}`))}`)
            .join(', ')}`,
          fix: 'si hvilken verdi som hører til feil miljø og koden den gir, eller la være å nevne en kode',
        });
      }
      for (const concept of concepts.filter((c) => IN_ENVIRONMENT.includes(c))) {
        const expected = codes.get(`env:${concept}`);
        if (!expected || overlaps(`env:${concept}`)) continue;
        problems.push({
          file,
          line,
          message: `«${sentence.trim()}» gir ${list(named)} når ${concept} hører til et annet miljø, men feiltabellen gir ${list(expected)} for det`,
          fix: `nevn ${list(expected)} for ${concept} fra feil miljø (se src/lib/errors.ts og /docs/feilsoking), eller skriv om setningen`,
        });
      }
    }
    const known = concepts.filter((c) => codes.has(c));
    if (known.length > 0 && !known.some(overlaps)) {
      const expected = new Set(known.flatMap((c) => [...codes.get(c)]));
      problems.push({
        file,
        line,
        message: `«${sentence.trim()}» gir ${list(named)}, men i feiltabellen hører ${known.join(', ')} til ${list(expected)}`,
        fix: 'nevn koden feiltabellen (src/lib/errors.ts) gir for årsaken, eller skriv om setningen',
      });
    }
  }
  return problems;
}

/** Problems in every finding text, Norwegian (the catalogue) and English (code.json). */
export function checkFindingCodes({catalogue, catalogueSource, codeJson, codeJsonSource, tokenErrors}) {
  const codes = causeCodes(tokenErrors);
  const problems = [];
  const lineOf = (source, needle) => {
    const index = source.indexOf(needle);
    return index < 0 ? 1 : source.slice(0, index).split('\n').length;
  };
  for (const [code, row] of Object.entries(catalogue)) {
    for (const key of ['message', 'explanation']) {
      const nb = row[key];
      if (typeof nb === 'string')
        problems.push(
          ...checkFindingText('src/lib/finding-catalogue.ts', lineOf(catalogueSource, nb.slice(0, 40)), nb, codes),
        );
      const id = `finding.${code}.${key}`;
      const en = codeJson[id]?.message;
      if (typeof en === 'string')
        problems.push(...checkFindingText('i18n/en/code.json', lineOf(codeJsonSource, `"${id}"`) + 1, en, codes));
    }
  }
  return problems;
}
