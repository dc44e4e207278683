// The support reports of the environment checker and the error explainer: what each tool read and found, through
// the one report builder (report.ts), so they are redacted, in the reader's language and say what was left out
// exactly as the token inspector's report does. Neither copies the pasted text itself: a configuration holds
// passwords and keys the checker never read, a log holds tokens and personal data; only the values a tool read and
// its findings go into the report.

import type {Finding} from './findings';
import type {Texts} from './i18n';
import {formatReport, type ReportSection} from './report';
import {environmentName, fieldName} from './words';
import {pathLabel} from './finding-text';
import type {ActiveEnvironmentId} from './environments';
import type {EnvironmentValues} from './environment-check';
import type {ConfigValue} from './config-scan';
import type {ParsedErrorResponse} from './errors';

export interface EnvironmentReportInput {
  readonly environment: ActiveEnvironmentId;
  /** The form's fields as typed, and what the checker found in them (absent when none was filled in). */
  readonly form?: {readonly values: EnvironmentValues; readonly findings: readonly Finding[]};
  /** The pasted configuration's values as read, and its findings (absent when nothing was pasted). */
  readonly config?: {readonly values: readonly ConfigValue[]; readonly findings: readonly Finding[]};
}

const FORM_FIELDS = ['tokenEndpoint', 'audience', 'issuer', 'jwksUrl', 'apiBaseUrl', 'certificateKind'] as const;

/** The environment checker's report: the chosen environment, the fields and the config values it read, its findings. */
export function formatEnvironmentReport(input: EnvironmentReportInput, texts: Texts): string {
  const sections: ReportSection[] = [];
  if (input.form) {
    const values = FORM_FIELDS.flatMap((field) => {
      const value = input.form?.values[field];
      return typeof value === 'string' && value.trim() !== '' ? [[fieldName(field, texts), value] as const] : [];
    });
    if (values.length > 0)
      sections.push({heading: texts.text('tools.report.env.fields', 'Feltene'), place: 'form', values});
  }
  if (input.config && input.config.values.length > 0) {
    sections.push({
      heading: texts.text('tools.report.env.config', 'Verdier i oppsettet'),
      place: 'config',
      values: input.config.values.map((v) => {
        const where = `${pathLabel(`L${v.line}`, texts)}${v.key ? ` (${v.key})` : ''}`;
        const environment = v.environment !== undefined ? ` [${environmentName(v.environment, texts)}]` : '';
        return [where, `${v.value}${environment}`] as const;
      }),
    });
  }
  return formatReport(
    {
      title: texts.text('tools.report.env.title', 'Rapport fra miljøsjekken'),
      alwaysLeftOut: input.config
        ? texts.text('tools.report.env.leftOut', 'resten av oppsettet (bare verdiene miljøsjekken leste, er med)')
        : undefined,
      facts: [[texts.text('tools.report.environment', 'Miljø'), environmentName(input.environment, texts)]],
      sections,
      findings: [...(input.form?.findings ?? []), ...(input.config?.findings ?? [])],
    },
    texts,
  );
}

/** The error explainer's report: the fields of the error response it read, and its findings. */
export function formatErrorReport(
  result: {readonly parsed?: ParsedErrorResponse; readonly findings: readonly Finding[]},
  texts: Texts,
): string {
  const parsed = result.parsed;
  const fields = parsed
    ? (['error', 'error_description', 'error_uri'] as const).flatMap((name) => {
        const value = parsed[name];
        return value !== undefined ? [[name, value] as const] : [];
      })
    : [];
  return formatReport(
    {
      title: texts.text('tools.report.error.title', 'Rapport fra feilforklareren'),
      alwaysLeftOut: texts.text(
        'tools.report.error.leftOut',
        'teksten dere limte inn (bare det feilforklareren leste ut av den, er med)',
      ),
      facts: [],
      sections:
        fields.length > 0
          ? [{heading: texts.text('tools.report.error.response', 'Feilsvaret'), place: 'response', values: fields}]
          : [],
      findings: result.findings,
    },
    texts,
  );
}
