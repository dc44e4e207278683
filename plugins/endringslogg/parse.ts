/**
 * Reads the endringslogg table at the foot of one doc page. Pure: no file system, never throws.
 * The same function feeds the build (aggregated page, feed, "changed since" notes) and the content check,
 * so what the check accepts is exactly what the build shows.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import {parse as parseYaml} from 'yaml';
import type {Heading, Root, RootContent, Table, TableRow} from 'mdast';

export type ChangelogLocale = 'nb' | 'en';

export interface ChangelogRow {
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** The date as the editor wrote it, dd.mm.yyyy. */
  dateText: string;
  /** Plain text of the "Endring" cell. */
  text: string;
  /** Target of the link in the third column, as written. */
  link: string;
  /** 1-based line of the row in the source file. */
  line: number;
}

export interface ChangelogProblem {
  file: string;
  line: number;
  /** Norwegian: what is wrong, and how to fix it. */
  message: string;
  /** Stable code, e.g. `endringslogg.date.invalid`. */
  code: string;
}

export interface ParseResult {
  rows: ChangelogRow[];
  problems: ChangelogProblem[];
  frontMatter: Record<string, unknown>;
  /** Front matter `title`, else the first `# heading`, else undefined. */
  title: string | undefined;
}

export interface ParseOptions {
  /** Which table form to require. Without it, the form is taken from the heading. */
  locale?: ChangelogLocale;
  /** Site paths (no base URL, no locale prefix) that an internal link may point at. */
  knownPaths?: ReadonlySet<string>;
}

interface TableForm {
  heading: string;
  columns: readonly [string, string, string];
  /** A header the frozen archives still carry (written before «Lenke» became the site's word): accepted, not asked for. */
  legacyColumns?: readonly [string, string, string];
}

export const TABLE_FORMS: Readonly<Record<ChangelogLocale, TableForm>> = {
  nb: {
    heading: 'Endringslogg',
    columns: ['Dato', 'Endring', 'Lenke i dokumentasjon'],
    legacyColumns: ['Dato', 'Endring', 'Link i dokumentasjon'],
  },
  en: {heading: 'Change log', columns: ['Date', 'Change', 'Link in documentation']},
};

const DATE_PATTERN = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const HTTPS_PATTERN = /^https:\/\/[^/\s?#]+\.[^/\s?#]+(?:[/?#]\S*)?$/;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

export function parseChangelog(source: string, filePath: string, options: ParseOptions = {}): ParseResult {
  const problems: ChangelogProblem[] = [];
  const report = (line: number, code: string, message: string): void => {
    problems.push({file: filePath, line, code, message});
  };
  const empty = (): ParseResult => ({rows: [], problems, frontMatter: {}, title: undefined});

  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const {line, reason} = describeError(error);
    report(
      line,
      'endringslogg.mdx.syntax',
      `Siden kan ikke leses som MDX: ${reason}. Rett syntaksfeilen på denne linjen (Docusaurus ville også stoppet her).`,
    );
    return empty();
  }

  try {
    const frontMatter = readFrontMatter(tree, report);
    const title = typeof frontMatter.title === 'string' ? frontMatter.title : firstH1(tree);
    const optOut = frontMatter.endringslogg === false;
    const rows = readTable(tree, {optOut, locale: options.locale}, report);
    if (options.knownPaths) {
      problems.push(...checkRowLinks(rows, filePath, options.knownPaths));
    }
    return {rows, problems, frontMatter, title};
  } catch (error) {
    // A bug here must not hide the page's other problems behind a stack trace: report it as a problem.
    report(1, 'endringslogg.internal', `Intern feil i endringslogg-leseren: ${describeError(error).reason}.`);
    return empty();
  }
}

/** Problems for internal links in the third column that point at no known page. */
export function checkRowLinks(
  rows: readonly ChangelogRow[],
  filePath: string,
  knownPaths: ReadonlySet<string>,
): ChangelogProblem[] {
  const problems: ChangelogProblem[] = [];
  for (const row of rows) {
    if (!row.link.startsWith('/')) continue;
    const path = normalizeSitePath(row.link);
    if (!knownPaths.has(path)) {
      // Until 01.12.2026 the guide was at /docs/next/…; it is at /docs/… now.
      const current = path.replace(/^\/docs\/next(?=\/|$)/, '/docs');
      const anchor = row.link.includes('#') ? row.link.slice(row.link.indexOf('#')) : '';
      const hint =
        current !== path && knownPaths.has(current)
          ? `Den gjeldende veiledningen ligger på /docs/…: lenk til ${current}${anchor}.`
          : 'Bruk stien til en eksisterende side, f.eks. /docs/<slug fra front matter> eller /docs/<versjon>/<slug>.';
      problems.push({
        file: filePath,
        line: row.line,
        code: 'endringslogg.link.unknown-page',
        message: `Lenken «${row.link}» peker på en side som ikke finnes (${path}). ${hint}`,
      });
    }
  }
  return problems;
}

/** `/docs/scopes/#x?y` -> `/docs/scopes`: the page part of an internal link. */
export function normalizeSitePath(link: string): string {
  const withoutHash = link.split('#')[0] ?? '';
  const withoutQuery = withoutHash.split('?')[0] ?? '';
  let path = withoutQuery;
  try {
    path = decodeURI(withoutQuery);
  } catch {
    // A malformed escape stays as written; the page then simply is not found.
  }
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

type Report = (line: number, code: string, message: string) => void;

function readFrontMatter(tree: Root, report: Report): Record<string, unknown> {
  const first = tree.children[0];
  if (!first || first.type !== 'yaml') return {};
  const line = lineOf(first);
  let data: unknown;
  try {
    data = parseYaml(first.value);
  } catch (error) {
    const {line: yamlLine, reason} = describeError(error);
    // yaml counts lines inside the block; the block starts one line below the opening «---».
    report(
      line + yamlLine,
      'endringslogg.frontmatter.yaml',
      `Front matter er ikke gyldig YAML: ${reason}. Rett YAML-en mellom «---»-linjene.`,
    );
    return {};
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(
      line,
      'endringslogg.frontmatter.not-object',
      'Front matter må være nøkkel: verdi-par (f.eks. «title: Scopes»).',
    );
    return {};
  }
  const frontMatter = data as Record<string, unknown>;
  if ('endringslogg' in frontMatter && typeof frontMatter.endringslogg !== 'boolean') {
    report(
      line,
      'endringslogg.frontmatter.flag',
      `«endringslogg» i front matter må være false (eller fjernes), ikke ${JSON.stringify(frontMatter.endringslogg)}.`,
    );
  }
  return frontMatter;
}

function readTable(
  tree: Root,
  {optOut, locale}: {optOut: boolean; locale: ChangelogLocale | undefined},
  report: Report,
): ChangelogRow[] {
  const headingIndexes: number[] = [];
  tree.children.forEach((node, index) => {
    if (node.type === 'heading' && node.depth === 2 && changelogLocaleOfHeading(node) !== undefined) {
      headingIndexes.push(index);
    }
  });
  const expected = TABLE_FORMS[locale ?? 'nb'];
  const example = `«## ${expected.heading}» med tabellen | ${expected.columns.join(' | ')} |`;

  const [headingIndex, ...extra] = headingIndexes;
  for (const index of extra) {
    report(
      lineOf(tree.children[index]),
      'endringslogg.heading.duplicate',
      'Siden har mer enn én endringslogg-overskrift. Slå radene sammen i én tabell nederst på siden.',
    );
  }
  if (headingIndex === undefined) {
    if (!optOut) {
      report(
        1,
        'endringslogg.missing',
        `Siden mangler endringslogg. Legg til ${example} nederst, eller sett «endringslogg: false» i front matter hvis siden ikke skal ha en.`,
      );
    }
    return [];
  }

  const heading = tree.children[headingIndex] as Heading;
  const headingLocale = changelogLocaleOfHeading(heading) ?? 'nb';
  const form = TABLE_FORMS[locale ?? headingLocale];
  if (locale && headingLocale !== locale) {
    report(
      lineOf(heading),
      'endringslogg.heading.language',
      `Overskriften skal være «## ${form.heading}» på denne språkversjonen av siden.`,
    );
  }

  const table = findSectionTable(tree.children, headingIndex);
  if (!table) {
    if (!optOut) {
      report(
        lineOf(heading),
        'endringslogg.table.missing',
        `Endringslogg-seksjonen har ingen tabell. Legg til | ${form.columns.join(' | ')} | med minst én rad, eller sett «endringslogg: false» i front matter.`,
      );
    }
    return [];
  }
  if (optOut) {
    report(
      lineOf(heading),
      'endringslogg.optout.conflict',
      'Front matter sier «endringslogg: false», men siden har en endringslogg. Fjern den ene av dem.',
    );
    return [];
  }

  const [header, ...body] = table.children;
  if (header) checkHeader(header, form, report);
  if (body.length === 0) {
    report(
      lineOf(table),
      'endringslogg.table.empty',
      'Endringsloggtabellen har ingen rader. Legg til minst én rad (nyeste først).',
    );
    return [];
  }

  const rows: ChangelogRow[] = [];
  const seen = new Set<string>();
  let previous: ChangelogRow | undefined;
  for (const tableRow of body) {
    const row = readRow(tableRow, form, report);
    if (!row) continue;
    const key = `${row.date}\n${row.text}`;
    if (seen.has(key)) {
      report(
        row.line,
        'endringslogg.row.duplicate',
        `Raden «${row.dateText} ${row.text}» står to ganger. Slett den ene.`,
      );
      continue;
    }
    seen.add(key);
    if (previous && row.date > previous.date) {
      report(
        row.line,
        'endringslogg.order',
        `Feil rekkefølge: ${row.dateText} står under ${previous.dateText} (linje ${previous.line}). Nyeste rad skal stå øverst; flytt raden opp.`,
      );
    }
    previous = row;
    rows.push(row);
  }
  return rows;
}

/** The first table after the heading, before the next heading of the same or higher level. */
function findSectionTable(children: readonly RootContent[], headingIndex: number): Table | undefined {
  for (const node of children.slice(headingIndex + 1)) {
    if (node.type === 'heading' && node.depth <= 2) return undefined;
    if (node.type === 'table') return node;
  }
  return undefined;
}

function checkHeader(header: TableRow, form: TableForm, report: Report): void {
  const found = header.children.map((cell) => plainText(cell).trim());
  const same = (columns: readonly string[]): boolean =>
    found.length === columns.length &&
    found.every((text, i) => text.toLowerCase() === (columns[i] ?? '').toLowerCase());
  const matches = same(form.columns) || (form.legacyColumns !== undefined && same(form.legacyColumns));
  if (!matches) {
    report(
      lineOf(header),
      'endringslogg.table.header',
      `Tabellhodet skal være | ${form.columns.join(' | ')} |, men er | ${found.join(' | ')} |.`,
    );
  }
}

function readRow(tableRow: TableRow, form: TableForm, report: Report): ChangelogRow | undefined {
  const line = lineOf(tableRow);
  const cells = tableRow.children;
  if (cells.length !== 3) {
    report(
      line,
      'endringslogg.row.columns',
      `Raden har ${cells.length} kolonne${cells.length === 1 ? '' : 'r'}, men skal ha 3: | ${form.columns.join(' | ')} |. Sjekk at raden har fire «|».`,
    );
    return undefined;
  }
  const [dateCell, textCell, linkCell] = cells as [
    TableRow['children'][number],
    TableRow['children'][number],
    TableRow['children'][number],
  ];
  let ok = true;

  const dateText = plainText(dateCell).trim();
  const date = parseDate(dateText);
  if (date === 'format') {
    report(line, 'endringslogg.date.format', `Datoen «${dateText}» må skrives dd.mm.åååå, f.eks. 04.04.2023.`);
    ok = false;
  } else if (date === 'nonexistent') {
    report(line, 'endringslogg.date.invalid', `Datoen «${dateText}» finnes ikke i kalenderen. Rett dag eller måned.`);
    ok = false;
  }

  const text = plainText(textCell).replace(/\s+/g, ' ').trim();
  if (text === '') {
    report(line, 'endringslogg.text.empty', 'Kolonnen «Endring» er tom. Skriv kort hva som ble endret.');
    ok = false;
  }

  const link = readLinkCell(linkCell, line, report);
  if (link === undefined) ok = false;

  if (!ok || typeof date !== 'object' || link === undefined) return undefined;
  return {date: date.iso, dateText, text, link, line};
}

function readLinkCell(cell: TableRow['children'][number], line: number, report: Report): string | undefined {
  const meaningful = cell.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  const [only] = meaningful;
  if (meaningful.length !== 1 || !only || only.type !== 'link') {
    report(
      line,
      'endringslogg.link.missing',
      'Tredje kolonne skal inneholde nøyaktig én lenke, f.eks. [Link](/docs/scopes#skatteetaten) eller [Link](https://…).',
    );
    return undefined;
  }
  const url = only.url.trim();
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  if (HTTPS_PATTERN.test(url)) return url;
  if (/^https?:\/?[^/]/.test(url)) {
    report(
      line,
      'endringslogg.link.malformed',
      `Lenken «${url}» er ikke en gyldig adresse: skriv https:// (med to skråstreker) foran vertsnavnet.`,
    );
  } else if (url.startsWith('http://')) {
    report(line, 'endringslogg.link.insecure', `Lenken «${url}» bruker http. Bruk https://.`);
  } else {
    report(
      line,
      'endringslogg.link.relative',
      `Lenken «${url}» må være en absolutt sti på nettstedet (f.eks. /docs/scopes#skatteetaten) eller en https://-adresse.`,
    );
  }
  return undefined;
}

function parseDate(text: string): {iso: string} | 'format' | 'nonexistent' {
  const match = DATE_PATTERN.exec(text);
  if (!match) return 'format';
  const [, dd = '', mm = '', yyyy = ''] = match;
  const day = Number(dd);
  const month = Number(mm);
  const year = Number(yyyy);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return 'nonexistent';
  }
  return {iso: `${yyyy}-${mm}-${dd}`};
}

function changelogLocaleOfHeading(heading: Heading): ChangelogLocale | undefined {
  const text = plainText(heading).trim().toLowerCase();
  for (const [locale, form] of Object.entries(TABLE_FORMS) as [ChangelogLocale, TableForm][]) {
    if (text === form.heading.toLowerCase()) return locale;
  }
  return undefined;
}

function firstH1(tree: Root): string | undefined {
  const h1 = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return h1 ? plainText(h1).trim() : undefined;
}

/** Visible text of a node; MDX expressions (code) count as nothing. */
function plainText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const {type, value, children} = node as {type?: unknown; value?: unknown; children?: unknown};
  if (type === 'mdxTextExpression' || type === 'mdxFlowExpression') return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(children)) return children.map(plainText).join('');
  return '';
}

function lineOf(node: {position?: {start: {line: number}}} | undefined): number {
  return node?.position?.start.line ?? 1;
}

function describeError(error: unknown): {line: number; reason: string} {
  if (typeof error === 'object' && error !== null) {
    const {line, reason, message, linePos} = error as {
      line?: unknown;
      reason?: unknown;
      message?: unknown;
      linePos?: unknown;
    };
    const yamlLine: unknown = Array.isArray(linePos) ? (linePos[0] as {line?: unknown} | undefined)?.line : undefined;
    const lineNumber = typeof line === 'number' ? line : typeof yamlLine === 'number' ? yamlLine : 1;
    const text = typeof reason === 'string' ? reason : typeof message === 'string' ? message : String(error);
    return {line: lineNumber, reason: text.replace(/\.$/, '')};
  }
  return {line: 1, reason: String(error)};
}
