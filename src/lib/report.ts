// Plain-text reports for a support ticket, one builder for every tool: a title, the facts of the case, sections
// of values, and the findings with their codes, Maskinporten codes, places and messages in the reader's
// language. Every text goes through src/lib/i18n.ts like the tools' own texts, and through src/lib/redact.ts:
// no personal data, no key material, no nested token, and the report says at its top what was left out.
// The token report never holds the signature segment or the whole token, so it can be pasted into a ticket
// without handing over a usable grant.

import {findingRow, type Finding} from './findings';
import type {Texts} from './i18n';
import {displayValue} from './display';
import {findingMessage, pathLabel} from './finding-text';
import {environmentName, severityLabel, tokenKindLabel} from './words';
import {inOrder} from './finding-order';
import {redactText, redactValue, RedactionNotes, type RedactionKind} from './redact';
import type {AnalysisResult} from './jwt/analyse';

export interface ReportSection {
  readonly heading: string;
  /** Name and value pairs; values are shown capped, like in the tools. */
  readonly values: readonly (readonly [name: string, value: unknown])[];
  /** Where the values are (`header`, `claims`, `config`), for the places a redaction names. */
  readonly place: string;
}

export interface ReportInput {
  readonly title: string;
  /** Short facts of the case, e.g. the environment and the token's kind, as label and text. */
  readonly facts: readonly (readonly [label: string, text: string])[];
  readonly sections?: readonly ReportSection[];
  readonly findings: readonly Finding[];
  /** What the tool always leaves out, said first on the "left out" line (e.g. the signature). */
  readonly alwaysLeftOut?: string;
}

/** Shown values are capped like in the view, and x5c entries cut to their start. */
const REPORT_DISPLAY = {maxDepth: 6, maxLength: 1000, maxEntries: 30} as const;

function kindText(kind: RedactionKind, texts: Texts): string {
  switch (kind) {
    case 'personal':
      return texts.text('tools.report.leftOut.personal', 'personopplysninger');
    case 'key':
      return texts.text('tools.report.leftOut.key', 'nøkkelmateriale');
    default:
      return texts.text('tools.report.leftOut.token', 'tokener');
  }
}

function leftOutLine(notes: RedactionNotes, texts: Texts, always: string | undefined): string {
  const parts = always ? [always] : [];
  for (const kind of ['personal', 'key', 'token'] as const) {
    const places = [...(notes.places.get(kind) ?? [])];
    if (places.length === 0) continue;
    const shown = places.slice(0, 8).join(', ') + (places.length > 8 ? ', …' : '');
    parts.push(
      texts.text('tools.report.leftOut.at', '{what} ({places})', {what: kindText(kind, texts), places: shown}),
    );
  }
  return parts.length === 0
    ? texts.text('tools.report.leftOut.nothing', 'Ingenting er utelatt.')
    : texts.text('tools.report.leftOut', 'Utelatt: {parts}.', {parts: parts.join('; ')});
}

function sectionLines(section: ReportSection, notes: RedactionNotes): string[] {
  return section.values.map(([name, value]) => {
    const shown =
      name === 'x5c' && Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : v))
        : value;
    const safe = redactValue(shown, `${section.place}.${name}`, notes);
    return `  ${name}: ${displayValue(safe, REPORT_DISPLAY).text.replace(/\n/g, '\n    ')}`;
  });
}

function findingLine(f: Finding, texts: Texts): string {
  const mp = findingRow(f.code).mpCode;
  const where = f.path ? ` · ${pathLabel(f.path, texts)}` : '';
  return `  [${severityLabel(f.severity, texts)}] ${f.code}${mp ? ` (${mp})` : ''}${where}: ${findingMessage(f, texts)}`;
}

/** A report for a support ticket from any tool: redacted, in the reader's language, findings in the one order. */
export function formatReport(input: ReportInput, texts: Texts, notes = new RedactionNotes()): string {
  const body: string[] = input.facts.map(([label, text]) => `${label}: ${text}`);
  for (const section of input.sections ?? []) body.push('', `${section.heading}:`, ...sectionLines(section, notes));
  body.push('', `${texts.text('tools.report.findings', 'Funn')}:`);
  if (input.findings.length === 0) body.push(`  ${texts.text('tools.report.none', 'ingen')}`);
  for (const f of inOrder(input.findings, (x) => x.severity)) body.push(findingLine(f, texts));
  // The text is scrubbed before the "left out" line is written, so that line names what the scrub found too.
  const scrubbed = redactText(body.join('\n'), notes, texts.text('tools.report.place.text', 'teksten'));
  return [input.title, leftOutLine(notes, texts, input.alwaysLeftOut), scrubbed].join('\n');
}

/** The token inspector's report: the analysis, never the signature or the whole token. */
export function formatTokenReport(result: AnalysisResult, texts: Texts): string {
  const notes = new RedactionNotes();
  if (result.token !== undefined) {
    // The whole token and its signature are scrubbed wherever they appear (a claim may hold them too).
    const signature = result.token.slice(result.token.lastIndexOf('.') + 1);
    for (const secret of [result.token, signature]) if (secret.length >= 8) notes.values.add(secret);
  }
  const signature = {
    valid: texts.text('tools.report.signature.valid', 'gyldig'),
    invalid: texts.text('tools.report.signature.invalid', 'ugyldig'),
    'not-checked': texts.text('tools.report.signature.notChecked', 'ikke kontrollert'),
  }[result.signature];
  const sections: ReportSection[] = [];
  if (result.header) sections.push({heading: 'Header', place: 'header', values: Object.entries(result.header)});
  if (result.claims) sections.push({heading: 'Claims', place: 'claims', values: Object.entries(result.claims)});
  if (result.certificate) {
    const c = result.certificate;
    sections.push({
      heading: texts.text('tools.report.certificate', 'Sertifikat i x5c'),
      place: 'x5c',
      values: [
        ['subject', c.subject],
        ['issuer', c.issuer],
        ['orgnr', c.orgnr ?? '–'],
        ['notBefore', c.notBefore],
        ['notAfter', c.notAfter],
      ],
    });
  }
  return formatReport(
    {
      title: texts.text('tools.report.token.title', 'Rapport fra token-inspektøren'),
      alwaysLeftOut: texts.text('tools.report.token.leftOut', 'signaturen og hele tokenet'),
      facts: [
        [texts.text('tools.report.kind', 'Type'), tokenKindLabel(result.kind, texts)],
        [texts.text('tools.report.environment', 'Miljø'), environmentName(result.environment, texts)],
        [texts.text('tools.report.signature', 'Signatur'), signature],
      ],
      sections,
      findings: result.findings,
    },
    texts,
    notes,
  );
}
