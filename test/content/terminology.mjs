// The terminology check: the word list in terminology.json holds on every current page and tool text, in both
// locales. Pure functions over text; run.mjs reads the files. A problem is `{file, line, message, fix}` like
// the other content checks.
import {readFileSync} from 'node:fs';

export function loadTerms(path = new URL('./terminology.json', import.meta.url)) {
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  // `\b` in the list means a word boundary in any script, so «ø» and «å» count as letters.
  const W = '[\\p{L}\\p{N}_]';
  const boundary = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
  const compile = (rule) => ({
    ...rule,
    pattern: new RegExp(rule.ban.replaceAll('\\b', boundary), 'gu'),
    allow: rule.allow ?? [],
    pendingIn: rule.pendingIn ?? {},
  });
  return {nb: raw.nb.map(compile), en: raw.en.map(compile), explain: raw.explainOnEnglishPages ?? []};
}

/** Problems in one piece of prose that starts on `line`. */
export function checkText(file, line, text, rules, {markdown = false} = {}) {
  const problems = [];
  for (const rule of rules) {
    if (rule.markdown && !markdown) continue;
    let checked = text;
    // `pendingIn` lists phrases in files this list's owner may not edit, waiting for the file's owner to fix them.
    for (const phrase of [...rule.allow, ...(rule.pendingIn[file] ?? [])])
      checked = checked.split(phrase).join(' '.repeat(phrase.length));
    for (const match of checked.matchAll(rule.pattern)) {
      const before = checked.slice(0, match.index);
      problems.push({
        file,
        line: line + (before.match(/\n/g)?.length ?? 0),
        message: `«${match[0]}» er en skrivemåte vi har valgt bort (${rule.why})`,
        fix: `skriv «${rule.use}» (se /docs/ordliste og test/content/terminology.json)`,
      });
    }
  }
  return problems;
}

function visit(node, fn) {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}

/** The prose of an MDX page (text, not code), plus the title and description from front matter. */
export function checkPage(file, source, tree, rules) {
  const problems = [];
  visit(tree, (node) => {
    if (node.type === 'text') problems.push(...checkText(file, node.position?.start.line ?? 1, node.value, rules));
    if (node.type === 'yaml') {
      for (const key of ['title', 'description']) {
        const m = node.value.match(new RegExp(`^${key}:\\s*(.*)$`, 'm'));
        if (m) problems.push(...checkText(file, node.position.start.line, m[1], rules));
      }
    }
  });
  // Link texts such as [Link](…) are text nodes; the bare markdown form is checked on the source.
  problems.push(
    ...checkText(
      file,
      1,
      source,
      rules.filter((r) => r.markdown),
      {markdown: true},
    ),
  );
  return problems;
}

const EN_STRINGS = [/\ben:\s*(['"`])((?:\\.|(?!\1).)*)\1/gs];

const TS_STRINGS = [
  // translate({id, message: '…'}) and description-free message fields
  /\bmessage:\s*(['"`])((?:\\.|(?!\1).)*)\1/gs,
  // the finding catalogue's explanations (src/lib/finding-catalogue.ts)
  /\bexplanation:\s*(['"`])((?:\\.|(?!\1).)*)\1/gs,
  // {nb: '…', en: '…'} pairs in src/lib tables
  /\bnb:\s*(['"`])((?:\\.|(?!\1).)*)\1/gs,
  // <Translate id="…">text</Translate>
  /<Translate\b[^>]*>([^<{]*)<\/Translate>/gs,
];

/** The user-facing strings of a TypeScript or TSX source file, `{line, text}`: Norwegian ones, or the `en:` side of tables. */
export function toolStrings(source, locale = 'nb') {
  const strings = [];
  for (const pattern of locale === 'en' ? EN_STRINGS : TS_STRINGS) {
    for (const m of source.matchAll(pattern)) {
      // Placeholders ({orgnr}) and example markup (<orgnr>) are not prose.
      const text = (m[2] ?? m[1] ?? '').replace(/\{[^{}]*\}|<[^<>]*>/g, ' ');
      strings.push({line: source.slice(0, m.index).split('\n').length, text});
    }
  }
  return strings;
}

export function checkToolSource(file, source, rules, locale = 'nb') {
  return toolStrings(source, locale).flatMap(({line, text}) => checkText(file, line, text, rules));
}

/** The English tool texts of i18n/en/code.json, `{line, text}`, placeholders blanked. */
export function codeJsonStrings(source) {
  const strings = [];
  source.split('\n').forEach((text, index) => {
    const m = text.match(/^\s*"message":\s*"(.*)",?$/);
    if (m) strings.push({line: index + 1, text: m[1].replace(/\{[^{}]*\}|<[^<>]*>/g, ' ')});
  });
  return strings;
}

/** The English tool texts in i18n/en/code.json. */
export function checkCodeJson(file, source, rules) {
  return codeJsonStrings(source).flatMap(({line, text}) => checkText(file, line, text, rules));
}

/**
 * On an English page, a Norwegian term (DSOP, ajourhold, OTP) is explained where the reader first meets it: the
 * page spells out what it means, or the first use in running text (headings aside) links to the glossary entry.
 */
export function checkFirstUse(file, source, tree, explain) {
  const problems = [];
  for (const {term, anchor, explained} of explain) {
    if (source.replace(/\s+/g, ' ').toLowerCase().includes(explained.toLowerCase())) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${term}(?![\\p{L}\\p{N}])`, 'u');
    let first;
    const walk = (node, link, inHeading) => {
      if (first) return;
      if (node.type === 'heading') inHeading = true;
      if (node.type === 'link') link = node;
      if (node.type === 'text' && !inHeading && word.test(node.value)) {
        first = {node, link};
        return;
      }
      for (const child of node.children ?? []) walk(child, link, inHeading);
    };
    walk(tree, undefined, false);
    if (!first) continue;
    const url = first.link?.url ?? '';
    if (/ordliste(\.mdx)?#/.test(url) && url.endsWith(`#${anchor}`)) continue;
    problems.push({
      file,
      line: first.node.position?.start.line ?? 1,
      message: `«${term}» brukes her første gang uten forklaring`,
      fix: `lenk første forekomst til ordlisten, [${term}](./ordliste.mdx#${anchor}), eller forklar ordet («${explained}»)`,
    });
  }
  return problems;
}

/**
 * The comments of a code sample in examples/ (`//`, `#`, `/* … *\/`, `/** … *\/` and Python docstrings): the
 * Norwegian words a reader of the code samples page meets. Code and strings are not prose.
 */
export function checkExampleComments(file, source, rules) {
  const problems = [];
  const lines = source.split('\n');
  let inBlock = false;
  lines.forEach((line, index) => {
    let comment = '';
    if (inBlock) {
      comment = line;
      if (/\*\/|"""/.test(line)) inBlock = false;
    } else {
      const block = line.match(/(?:\/\*+|""")(.*)$/);
      const single = line.match(/(?:^|\s)(?:\/\/|#)(?!!)\s?(.*)$/);
      if (block && !(single && single.index < block.index)) {
        comment = block[1];
        inBlock = !/\*\/|"""/.test(block[1]);
      } else if (single) comment = single[1];
    }
    if (comment) problems.push(...checkText(file, index + 1, comment.replace(/\*\/|"""/g, ' '), rules));
  });
  return problems;
}
