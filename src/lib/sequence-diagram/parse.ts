/**
 * The sequence diagrams on the guide pages, written in the small part of Mermaid's syntax they need, so an
 * editor who knows Mermaid can change one, and the site draws it at build time (no diagram library in the
 * browser). Supported lines, one statement each:
 *
 *   sequenceDiagram                      (optional first line)
 *   autonumber                           (number the messages 1, 2, 3 …)
 *   participant F as Fagsystem           (or `participant F`: the id is the label)
 *   F->>M: text                          (a call: solid line)
 *   M-->>F: text                         (an answer: dashed line)
 *   Note over F: text / Note over F,M: text
 *
 * Empty lines and `%%` comments are skipped. Anything else is an error with its line number: the build
 * reports it rather than drawing half a diagram.
 */

export interface Participant {
  readonly id: string;
  readonly label: string;
}
export interface Message {
  readonly kind: 'message';
  readonly from: string;
  readonly to: string;
  readonly text: string;
  /** `-->>`: an answer, drawn dashed. */
  readonly reply: boolean;
}
export interface Note {
  readonly kind: 'note';
  /** The participant(s) the note spans, left to right as written. */
  readonly over: readonly [string] | readonly [string, string];
  readonly text: string;
}
export type Step = Message | Note;
export interface SequenceDiagram {
  readonly autonumber: boolean;
  readonly participants: readonly Participant[];
  readonly steps: readonly Step[];
}
export interface ParseError {
  /** 1-based line of the source. */
  readonly line: number;
  readonly code: 'unknown-statement' | 'duplicate-participant' | 'empty-text' | 'no-messages';
  readonly text: string;
}
export interface ParseResult {
  readonly diagram: SequenceDiagram;
  readonly errors: readonly ParseError[];
}

// No `-` in an id: `M-->>F` is M, the arrow, F.
const ID = String.raw`[A-Za-z]\w*`;
const PARTICIPANT = new RegExp(String.raw`^(?:participant|actor)\s+(${ID})(?:\s+as\s+(.+))?$`);
const MESSAGE = new RegExp(String.raw`^(${ID})\s*(-->>|->>)\s*(${ID})\s*:(.*)$`);
const NOTE = new RegExp(String.raw`^note\s+over\s+(${ID})(?:\s*,\s*(${ID}))?\s*:(.*)$`, 'i');

export function parseSequenceDiagram(source: string): ParseResult {
  const participants: Participant[] = [];
  const steps: Step[] = [];
  const errors: ParseError[] = [];
  let autonumber = false;
  const known = new Set<string>();
  // A participant first named in a message is added where it appears, as Mermaid does.
  const ensure = (id: string): void => {
    if (known.has(id)) return;
    known.add(id);
    participants.push({id, label: id});
  };

  const lines = source.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNo = index + 1;
    if (line === '' || line.startsWith('%%')) return;
    if (line === 'sequenceDiagram' || line === 'autonumber') {
      if (line === 'autonumber') autonumber = true;
      return;
    }
    let match = PARTICIPANT.exec(line);
    if (match) {
      const id = match[1]!;
      if (known.has(id)) {
        errors.push({line: lineNo, code: 'duplicate-participant', text: line});
        return;
      }
      known.add(id);
      participants.push({id, label: match[2]?.trim() || id});
      return;
    }
    match = MESSAGE.exec(line);
    if (match) {
      const text = match[4]!.trim();
      if (text === '') errors.push({line: lineNo, code: 'empty-text', text: line});
      ensure(match[1]!);
      ensure(match[3]!);
      steps.push({kind: 'message', from: match[1]!, to: match[3]!, text, reply: match[2] === '-->>'});
      return;
    }
    match = NOTE.exec(line);
    if (match) {
      const text = match[3]!.trim();
      if (text === '') errors.push({line: lineNo, code: 'empty-text', text: line});
      ensure(match[1]!);
      if (match[2]) ensure(match[2]);
      steps.push({kind: 'note', over: match[2] ? [match[1]!, match[2]] : [match[1]!], text});
      return;
    }
    errors.push({line: lineNo, code: 'unknown-statement', text: line});
  });
  if (!steps.some((s) => s.kind === 'message')) errors.push({line: lines.length, code: 'no-messages', text: ''});
  return {diagram: {autonumber, participants, steps}, errors};
}
