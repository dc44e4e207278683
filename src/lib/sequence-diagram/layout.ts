import type {SequenceDiagram} from './parse';

/**
 * Geometry of a sequence diagram: where each box, line, arrow and line of text goes, in SVG user units. Pure
 * and deterministic, so the page's SVG is the same in every build and is drawn on the server. Text widths are
 * estimated from a per-character table (no DOM at build time); the estimate errs wide, so text stays inside
 * its box in the usual sans-serif fonts.
 */

export const FONT_SIZE = 14;
export const LINE_HEIGHT = 18;
const PAD = 8;
const MARGIN = 8;
const COLUMN_GAP = 220;
const BOX_MAX_TEXT = 170;
const SELF_LOOP = 26;
const SELF_TEXT = 190;
const NOTE_TEXT = 200;
const STEP_GAP = 14;
const NUMBER_RADIUS = 9;

export interface Point {
  readonly x: number;
  readonly y: number;
}
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
/** Lines of text; `y` is the first line's baseline, each next line is LINE_HEIGHT lower. */
export interface TextBlock {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly lines: readonly string[];
}
export interface LaidParticipant {
  readonly id: string;
  readonly box: Rect;
  readonly text: TextBlock;
  readonly lifeline: {readonly x: number; readonly y1: number; readonly y2: number};
}
export interface LaidMessage {
  readonly kind: 'message';
  readonly number?: number;
  readonly reply: boolean;
  /** The line from start to the arrow's tip. */
  readonly points: readonly Point[];
  /** Triangle at the tip. */
  readonly head: readonly [Point, Point, Point];
  readonly text: TextBlock;
  readonly numberAt?: Point;
}
export interface LaidNote {
  readonly kind: 'note';
  readonly box: Rect;
  readonly text: TextBlock;
}
export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly participants: readonly LaidParticipant[];
  readonly steps: readonly (LaidMessage | LaidNote)[];
}

/** Advance widths in em of a typical sans-serif (system-ui, Segoe UI, Roboto), rounded up. */
function charWidth(c: string): number {
  if (' '.includes(c)) return 0.3;
  if ("il.,:;'|!Iíj()[]/`".includes(c)) return 0.32;
  if ('ftr-"'.includes(c)) return 0.4;
  if ('mwMW@%'.includes(c)) return 0.92;
  if (/[A-ZÆØÅ]/.test(c)) return 0.7;
  if (/[0-9]/.test(c)) return 0.58;
  return 0.56;
}
/** Participant names are bold, about a tenth wider. */
const BOLD = 1.12;
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontSize;
}

/** Greedy word wrap to `maxWidth`; a word longer than the line stays whole on its own line. */
export function wrap(text: string, maxWidth: number, scale = 1): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate) * scale > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines.length ? lines : [''];
}
const widest = (lines: readonly string[], scale = 1): number => Math.max(0, ...lines.map((l) => textWidth(l) * scale));

export function layoutSequenceDiagram(diagram: SequenceDiagram): Layout {
  const labels = diagram.participants.map((p) => wrap(p.label, BOX_MAX_TEXT, BOLD));
  const boxWidths = labels.map((lines) => Math.max(110, widest(lines, BOLD) + 2 * PAD));
  const boxHeight = Math.max(...labels.map((l) => l.length), 1) * LINE_HEIGHT + 2 * PAD;

  // Column centres: far enough apart for both boxes, and for a message's text between neighbours.
  const centres: number[] = [];
  boxWidths.forEach((w, i) => {
    if (i === 0) centres.push(MARGIN + w / 2);
    else centres.push(centres[i - 1]! + Math.max(COLUMN_GAP, (boxWidths[i - 1]! + w) / 2 + 24));
  });
  const column = new Map(diagram.participants.map((p, i) => [p.id, i]));
  const x = (id: string): number => centres[column.get(id) ?? 0] ?? MARGIN;

  let right = Math.max(...boxWidths.map((w, i) => centres[i]! + w / 2), MARGIN);
  let y = MARGIN + boxHeight + STEP_GAP + 6;
  let number = 0;
  const steps: (LaidMessage | LaidNote)[] = [];

  for (const step of diagram.steps) {
    if (step.kind === 'note') {
      const xs = step.over.map(x);
      const left = Math.min(...xs);
      const spanRight = Math.max(...xs);
      const lines = wrap(step.text, Math.max(NOTE_TEXT, spanRight - left));
      const width = Math.max(widest(lines) + 2 * PAD, spanRight - left + 2 * PAD + 20);
      const centre = (left + spanRight) / 2;
      const box = {x: centre - width / 2, y, width, height: lines.length * LINE_HEIGHT + 2 * PAD};
      steps.push({
        kind: 'note',
        box,
        text: {x: centre, y: y + PAD + FONT_SIZE, anchor: 'middle', lines},
      });
      right = Math.max(right, box.x + box.width);
      y += box.height + STEP_GAP;
      continue;
    }
    const n = diagram.autonumber ? ++number : undefined;
    const from = x(step.from);
    const to = x(step.to);
    if (step.from === step.to) {
      // A message to itself: a loop to the right, the text beside it; on the last lifeline the text goes to
      // its left (no message crosses there on this row), which keeps the diagram narrow.
      const last = diagram.participants.length > 1 && column.get(step.from) === diagram.participants.length - 1;
      const lines = wrap(step.text, last ? Math.min(SELF_TEXT, COLUMN_GAP - 24) : SELF_TEXT);
      const loopHeight = Math.max(24, lines.length * LINE_HEIGHT);
      const textX = last ? from - NUMBER_RADIUS - 8 : from + SELF_LOOP + 10;
      const points = [
        {x: from, y},
        {x: from + SELF_LOOP, y},
        {x: from + SELF_LOOP, y: y + loopHeight},
        {x: from + 6, y: y + loopHeight},
      ];
      steps.push({
        kind: 'message',
        number: n,
        reply: step.reply,
        points,
        head: arrowHead({x: from, y: y + loopHeight}, -1),
        text: {x: textX, y: y + FONT_SIZE - 2, anchor: last ? 'end' : 'start', lines},
        numberAt: n === undefined ? undefined : {x: from, y},
      });
      right = Math.max(right, last ? from + SELF_LOOP : textX + widest(lines));
      y += loopHeight + STEP_GAP + 8;
      continue;
    }
    const direction: 1 | -1 = to > from ? 1 : -1;
    const lines = wrap(step.text, Math.abs(to - from) - 2 * NUMBER_RADIUS - 16);
    const textTop = y;
    const arrowY = textTop + lines.length * LINE_HEIGHT + 6;
    steps.push({
      kind: 'message',
      number: n,
      reply: step.reply,
      points: [
        {x: from, y: arrowY},
        {x: to - direction * 8, y: arrowY},
      ],
      head: arrowHead({x: to, y: arrowY}, direction),
      text: {x: (from + to) / 2, y: textTop + FONT_SIZE - 2, anchor: 'middle', lines},
      numberAt: n === undefined ? undefined : {x: from, y: arrowY},
    });
    y = arrowY + STEP_GAP + 8;
  }

  const bottom = y + 4;
  const participants = diagram.participants.map((p, i): LaidParticipant => {
    const cx = centres[i]!;
    const width = boxWidths[i]!;
    const lines = labels[i]!;
    const textTop = MARGIN + (boxHeight - lines.length * LINE_HEIGHT) / 2;
    return {
      id: p.id,
      box: {x: cx - width / 2, y: MARGIN, width, height: boxHeight},
      text: {x: cx, y: textTop + FONT_SIZE, anchor: 'middle', lines},
      lifeline: {x: cx, y1: MARGIN + boxHeight, y2: bottom},
    };
  });
  return {width: Math.ceil(right + MARGIN), height: Math.ceil(bottom + MARGIN), participants, steps};
}

/** A filled triangle pointing along x (`direction` 1 = right, -1 = left) with its tip at `tip`. */
function arrowHead(tip: Point, direction: 1 | -1): [Point, Point, Point] {
  return [tip, {x: tip.x - direction * 10, y: tip.y - 5}, {x: tip.x - direction * 10, y: tip.y + 5}];
}
