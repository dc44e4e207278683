// What every command hands to the output: its findings, each with where it is (file and line, or the claim), the
// human facts around them, and any value to print (the JWK). One verdict rule for all commands: exit 1 on an error
// finding, or on a warning with --strict.
import {findingRow, type Finding, type Severity} from '../../../../src/lib/findings';
import {findingExplanation, findingMessage, pathLabel} from '../../../../src/lib/finding-text';
import {visibleText} from '../../../../src/lib/display';
import {countText, severityLabel} from '../../../../src/lib/words';
import {troubleshootingAnchor} from '../../../../src/lib/anchors';
import {inOrder} from '../../../../src/lib/finding-order';
import type {Texts} from '../../../../src/lib/i18n';
import {baseUrl, siteUrl} from '../../../../site.config';
import {say} from './texts';

export interface Located extends Finding {
  /** The input the finding is about, as the user named it. */
  readonly file?: string;
  /** 1-based line in that file, when the finding has one (a config value's `L<n>` path). */
  readonly line?: number;
}

export interface CommandReport {
  readonly command: string;
  readonly findings: readonly Located[];
  /** Lines for a person, printed after the verdict (environment, token kind). */
  readonly facts?: readonly string[];
  /** Blocks for a person, printed after the findings (the JWK to register). */
  readonly blocks?: readonly string[];
  /** Members added to the JSON object (the JWK outputs). */
  readonly json?: Readonly<Record<string, unknown>>;
}

export type Format = 'text' | 'json' | 'github';

export interface OutputOptions {
  readonly format: Format;
  readonly texts: Texts;
  readonly strict: boolean;
}

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = {error: 0, warning: 0, info: 0};
  for (const f of findings) c[f.severity]++;
  return c;
}

export function exitCode(findings: readonly Finding[], strict: boolean): 0 | 1 {
  const c = counts(findings);
  return c.error > 0 || (strict && c.warning > 0) ? 1 : 0;
}

/** The finding's section on the site, in the language of the output. */
export function docsUrl(code: string, texts: Texts): string {
  const site = siteUrl.replace(/\/+$/, '');
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${site}${base}${texts.language === 'en' ? 'en/' : ''}${troubleshootingAnchor(code)}`;
}

/** A `L12` path as line 12; any other path is not a line. */
export function lineOfPath(path: string | undefined): number | undefined {
  const m = path === undefined ? null : /^L(\d+)$/.exec(path);
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}

function verdict(findings: readonly Finding[], options: OutputOptions): string {
  const lang = options.texts.language;
  const c = counts(findings);
  const errors = countText('error', c.error, options.texts);
  const warnings = countText('warning', c.warning, options.texts);
  if (c.error > 0) return say(lang, 'verdictFail', {errors, warnings});
  if (c.warning > 0)
    return options.strict ? say(lang, 'verdictWarnStrict', {warnings}) : say(lang, 'verdictWarn', {warnings});
  return say(lang, 'verdictOk', {strictNote: options.strict ? say(lang, 'strictNote') : ''});
}

function place(f: Located, texts: Texts): string {
  const file = f.file !== undefined ? visibleText(f.file) : undefined;
  if (file !== undefined && f.line !== undefined) return `${file}:${f.line}`;
  const where = f.path !== undefined && f.line === undefined ? pathLabel(f.path, texts) : undefined;
  return [file, where].filter((s) => s !== undefined).join(' · ');
}

function textOutput(report: CommandReport, options: OutputOptions): string {
  const {texts} = options;
  const lang = texts.language;
  const c = counts(report.findings);
  const lines = [verdict(report.findings, options), ...(report.facts ?? [])];
  lines.push(
    say(lang, 'counts', {
      errors: countText('error', c.error, texts),
      warnings: countText('warning', c.warning, texts),
      infos: countText('info', c.info, texts),
    }),
  );
  for (const f of inOrder(report.findings, (x) => x.severity)) {
    const mp = findingRow(f.code).mpCode;
    const where = place(f, texts);
    lines.push('', `${severityLabel(f.severity, texts)}  ${f.code}${mp ? ` (${mp})` : ''}${where ? `  ${where}` : ''}`);
    lines.push(`  ${findingMessage(f, texts)}`);
    if (f.severity !== 'info') lines.push(`  ${say(lang, 'fix')}: ${findingExplanation(f.code, texts)}`);
    lines.push(`  ${say(lang, 'readMore')}: ${docsUrl(f.code, texts)}`);
  }
  for (const block of report.blocks ?? []) lines.push('', block);
  return `${lines.join('\n')}\n`;
}

/** GitHub Actions workflow command escaping: data escapes %, CR, LF; properties also `:` and `,`. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function githubOutput(report: CommandReport, options: OutputOptions): string {
  const {texts} = options;
  const lines: string[] = [];
  for (const f of inOrder(report.findings, (x) => x.severity)) {
    const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
    const props: string[] = [];
    if (f.file !== undefined) props.push(`file=${escapeProperty(visibleText(f.file))}`);
    if (f.line !== undefined) props.push(`line=${f.line}`);
    const mp = findingRow(f.code).mpCode;
    props.push(`title=${escapeProperty(`${f.code}${mp ? ` (${mp})` : ''}`)}`);
    const where = f.path !== undefined && f.line === undefined ? ` [${pathLabel(f.path, texts)}]` : '';
    const message = `${findingMessage(f, texts)}${where} ${docsUrl(f.code, texts)}`;
    lines.push(`::${level} ${props.join(',')}::${escapeData(message)}`);
  }
  lines.push(verdict(report.findings, options));
  return `${lines.join('\n')}\n`;
}

function jsonOutput(report: CommandReport, options: OutputOptions): string {
  const {texts} = options;
  const findings = inOrder(report.findings, (x) => x.severity).map((f) => {
    const mp = findingRow(f.code).mpCode;
    return {
      code: f.code,
      severity: f.severity,
      ...(mp ? {mpCode: mp} : {}),
      ...(f.path !== undefined ? {path: f.path} : {}),
      ...(f.file !== undefined ? {file: f.file} : {}),
      ...(f.line !== undefined ? {line: f.line} : {}),
      params: f.params,
      message: findingMessage(f, texts),
      explanation: findingExplanation(f.code, texts),
      docs: docsUrl(f.code, texts),
    };
  });
  const code = exitCode(report.findings, options.strict);
  return `${JSON.stringify(
    {
      command: report.command,
      lang: texts.language,
      strict: options.strict,
      ok: code === 0,
      exitCode: code,
      counts: counts(report.findings),
      findings,
      ...(report.json ?? {}),
    },
    null,
    2,
  )}\n`;
}

/** The report in the asked format. */
export function formatReport(report: CommandReport, options: OutputOptions): string {
  switch (options.format) {
    case 'json':
      return jsonOutput(report, options);
    case 'github':
      return githubOutput(report, options);
    default:
      return textOutput(report, options);
  }
}
