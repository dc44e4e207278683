// The build-time sequence diagram: the Mermaid subset parser and the layout that becomes the overview's SVG.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {readFileSync} from 'node:fs';
import {
  LINE_HEIGHT,
  layoutSequenceDiagram,
  parseSequenceDiagram,
  textWidth,
  wrap,
  type Layout,
  type Rect,
} from '../../../src/lib/sequence-diagram';

const RUNS = Number(process.env.FC_RUNS ?? 500);

const FLOW = `
  sequenceDiagram
  autonumber
  participant F as Fagsystem (pensjonsinnretning eller leverandør)
  participant M as Maskinporten
  F->>F: Lager grant
  F->>M: POST /token
  M-->>F: access_token
  Note over F,M: Tokenet lever kort
`;

describe('parseSequenceDiagram', () => {
  it('reads participants, calls, answers, self-messages and notes', () => {
    const {diagram, errors} = parseSequenceDiagram(FLOW);
    expect(errors).toEqual([]);
    expect(diagram.autonumber).toBe(true);
    expect(diagram.participants).toEqual([
      {id: 'F', label: 'Fagsystem (pensjonsinnretning eller leverandør)'},
      {id: 'M', label: 'Maskinporten'},
    ]);
    expect(diagram.steps).toEqual([
      {kind: 'message', from: 'F', to: 'F', text: 'Lager grant', reply: false},
      {kind: 'message', from: 'F', to: 'M', text: 'POST /token', reply: false},
      {kind: 'message', from: 'M', to: 'F', text: 'access_token', reply: true},
      {kind: 'note', over: ['F', 'M'], text: 'Tokenet lever kort'},
    ]);
  });

  it('reads `M-->>F` as an answer from M, not as a participant "M-"', () => {
    const {diagram} = parseSequenceDiagram('A->>B: x\nB-->>A: y');
    expect(diagram.participants.map((p) => p.id)).toEqual(['A', 'B']);
    expect(diagram.steps[1]).toMatchObject({from: 'B', to: 'A', reply: true});
  });

  it('says which line is wrong', () => {
    const {errors} = parseSequenceDiagram('participant A\nA->B: one dash\nparticipant A\nA->>B:   ');
    expect(errors).toEqual([
      {line: 2, code: 'unknown-statement', text: 'A->B: one dash'},
      {line: 3, code: 'duplicate-participant', text: 'participant A'},
      {line: 4, code: 'empty-text', text: 'A->>B:'},
    ]);
  });

  it('wants at least one message', () => {
    expect(parseSequenceDiagram('participant A').errors.map((e) => e.code)).toEqual(['no-messages']);
  });

  it('never throws, and every step names a known participant', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 400}), (source) => {
        const {diagram} = parseSequenceDiagram(source);
        const ids = new Set(diagram.participants.map((p) => p.id));
        expect(ids.size).toBe(diagram.participants.length);
        for (const s of diagram.steps) {
          if (s.kind === 'message') expect(ids.has(s.from) && ids.has(s.to)).toBe(true);
          else for (const id of s.over) expect(ids.has(id)).toBe(true);
        }
      }),
      {numRuns: RUNS},
    );
  });
});

describe('wrap', () => {
  it('keeps every word, in order, and breaks only between words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zæøå/=_]{1,14}$/), {maxLength: 30}),
        fc.integer({min: 40, max: 300}),
        (words, max) => {
          const lines = wrap(words.join(' '), max);
          expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words);
          // A line is wider than the limit only when it is a single word.
          for (const line of lines) if (textWidth(line) > max) expect(line).not.toContain(' ');
        },
      ),
      {numRuns: RUNS},
    );
  });
});

const inside = (r: Rect, layout: Layout): boolean =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= layout.width && r.y + r.height <= layout.height;

// A diagram of 1–5 participants and up to 12 steps, written as source text.
const diagramSource = fc
  .integer({min: 1, max: 5})
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.stringMatching(/^[A-Za-zØø ()]{1,60}$/), {minLength: n, maxLength: n}),
      fc.array(
        fc.tuple(
          fc.integer({min: 0, max: n - 1}),
          fc.integer({min: 0, max: n - 1}),
          fc.boolean(),
          fc.stringMatching(/^[a-z]{1,12}( [a-z=/_]{1,12}){0,8}$/),
        ),
        {minLength: 1, maxLength: 12},
      ),
    ),
  )
  .map(([n, labels, messages]) =>
    [
      'autonumber',
      ...labels.slice(0, n).map((l, i) => `participant P${i} as ${l.trim() || 'x'}`),
      ...messages.map(([a, b, reply, text]) => `P${a}${reply ? '-->>' : '->>'}P${b}: ${text}`),
    ].join('\n'),
  );

describe('layoutSequenceDiagram', () => {
  it('puts every box and every line of text inside the picture, and steps top to bottom', () => {
    fc.assert(
      fc.property(diagramSource, (source) => {
        const {diagram, errors} = parseSequenceDiagram(source);
        expect(errors).toEqual([]);
        const layout = layoutSequenceDiagram(diagram);
        expect(layout.participants).toHaveLength(diagram.participants.length);
        expect(layout.steps).toHaveLength(diagram.steps.length);
        for (const p of layout.participants) {
          expect(inside(p.box, layout)).toBe(true);
          expect(p.lifeline.y2).toBeLessThanOrEqual(layout.height);
        }
        let previousBottom = 0;
        layout.steps.forEach((step, i) => {
          const {text} = step;
          const width = Math.max(...text.lines.map((l) => textWidth(l)));
          const left = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - width : text.x - width / 2;
          const top = text.y - 14;
          const bottom = text.y + (text.lines.length - 1) * LINE_HEIGHT + 4;
          // Single words longer than a line may stick out; the sample words are short enough not to.
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left + width).toBeLessThanOrEqual(layout.width);
          expect(bottom).toBeLessThanOrEqual(layout.height);
          // No step's text starts above the end of the one before.
          expect(top).toBeGreaterThanOrEqual(previousBottom - 1);
          const ys = step.kind === 'note' ? [step.box.y + step.box.height] : step.points.map((p) => p.y);
          previousBottom = Math.max(bottom, ...ys);
          if (step.kind === 'message') expect(step.number).toBe(i + 1);
        });
      }),
      {numRuns: Math.min(RUNS, 100)},
    );
  });

  it('draws answers dashed and arrows towards the receiver', () => {
    const layout = layoutSequenceDiagram(parseSequenceDiagram(FLOW).diagram);
    const [self, call, answer] = layout.steps;
    const [f, m] = layout.participants;
    expect(call).toMatchObject({kind: 'message', reply: false});
    expect(answer).toMatchObject({kind: 'message', reply: true});
    if (call?.kind !== 'message' || answer?.kind !== 'message' || self?.kind !== 'message') throw new Error('shape');
    expect(call.head[0].x).toBe(m!.lifeline.x);
    expect(answer.head[0].x).toBe(f!.lifeline.x);
    // The self-message loops back to its own lifeline.
    expect(self.head[0].x).toBe(f!.lifeline.x);
  });

  it('lays out the overview pages’ diagrams (nb and en) without errors', () => {
    for (const page of ['docs/oversikt.mdx', 'i18n/en/docusaurus-plugin-content-docs/current/oversikt.mdx']) {
      const source = /<SequenceDiagram[\s\S]*?source=\{`([\s\S]*?)`\}/.exec(readFileSync(page, 'utf8'))?.[1];
      expect(source, page).toBeDefined();
      const {diagram, errors} = parseSequenceDiagram(source!);
      expect(errors, page).toEqual([]);
      expect(diagram.participants, page).toHaveLength(3);
      expect(layoutSequenceDiagram(diagram).width, page).toBeLessThan(800);
    }
  });
});
