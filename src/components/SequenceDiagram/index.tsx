import React, {useId} from 'react';
import {translate} from '@docusaurus/Translate';
import {
  FONT_SIZE,
  LINE_HEIGHT,
  layoutSequenceDiagram,
  parseSequenceDiagram,
  type Message,
  type Participant,
  type SequenceDiagram as Diagram,
  type TextBlock,
} from '@site/src/lib/sequence-diagram';
import StaticHtml from '../StaticHtml';
import styles from './styles.module.css';

interface Props {
  /** The diagram's name: the SVG's `<title>` and the scroll region's label. */
  readonly title: string;
  /** The diagram in Mermaid's sequence syntax (the subset in src/lib/sequence-diagram/parse.ts). */
  readonly source: string;
}

function Text({block, className}: {block: TextBlock; className: string}): React.JSX.Element {
  return (
    <text x={block.x} y={block.y} textAnchor={block.anchor} className={className}>
      {block.lines.map((line, i) => (
        <tspan key={i} x={block.x} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** What the picture says, in words, for a screen reader (an image role hides the SVG's own text). */
function describe(diagram: Diagram): string {
  const label = new Map(diagram.participants.map((p: Participant) => [p.id, p.label]));
  const name = (id: string): string => label.get(id) ?? id;
  const parts = [
    translate(
      {id: 'sequenceDiagram.participants', message: 'Deltakere: {participants}.'},
      {participants: diagram.participants.map((p) => p.label).join(', ')},
    ),
  ];
  let n = 0;
  for (const step of diagram.steps) {
    if (step.kind === 'note') {
      parts.push(
        translate(
          {id: 'sequenceDiagram.note', message: 'Merknad ved {over}: {text}.'},
          {
            over: step.over.map(name).join(', '),
            text: step.text,
          },
        ),
      );
      continue;
    }
    const m: Message = step;
    const number = diagram.autonumber ? `${++n}. ` : '';
    parts.push(
      m.from === m.to
        ? translate(
            {id: 'sequenceDiagram.self', message: '{number}{from}: {text}.'},
            {
              number,
              from: name(m.from),
              text: m.text,
            },
          )
        : translate(
            {id: 'sequenceDiagram.message', message: '{number}{from} til {to}: {text}.'},
            {
              number,
              from: name(m.from),
              to: name(m.to),
              text: m.text,
            },
          ),
    );
  }
  return parts.join(' ');
}

/**
 * A sequence diagram drawn as inline SVG when the page is built: no diagram library is downloaded, the text is
 * real text (selectable, found by the browser's search), and colours come from the theme's CSS variables, so
 * it follows light and dark mode. Wider than the page (a phone), it scrolls sideways in a focusable region.
 */
export default function SequenceDiagram(props: Props): React.JSX.Element {
  // Drawn once, on the server: the first load adopts the figure without parsing, laying out or hydrating it.
  return (
    <StaticHtml as="figure" className={styles.figure}>
      <Drawing {...props} />
    </StaticHtml>
  );
}

function Drawing({title, source}: Props): React.JSX.Element {
  const id = useId();
  const {diagram, errors} = parseSequenceDiagram(source);
  if (errors.length > 0) {
    // Authored content, not user input: stop the build and say which line is wrong.
    throw new Error(
      `SequenceDiagram «${title}»: ${errors.map((e) => `line ${e.line}: ${e.code} ${JSON.stringify(e.text)}`).join('; ')}`,
    );
  }
  const layout = layoutSequenceDiagram(diagram);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <>
      {/* Focusable so keyboard users can scroll it on a narrow screen (WCAG 2.1.1). */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={title}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={{maxWidth: layout.width, minWidth: Math.round(layout.width * 0.8)}}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          fontSize={FONT_SIZE}
          data-sequence-diagram="">
          <title id={titleId}>{title}</title>
          <desc id={descId}>{describe(diagram)}</desc>
          {layout.participants.map((p) => (
            <g key={p.id} data-participant={p.id}>
              <line
                className={styles.lifeline}
                x1={p.lifeline.x}
                x2={p.lifeline.x}
                y1={p.lifeline.y1}
                y2={p.lifeline.y2}
              />
              <rect className={styles.box} rx={4} {...p.box} />
              <Text block={p.text} className={styles.boxText!} />
            </g>
          ))}
          {layout.steps.map((step, i) =>
            step.kind === 'note' ? (
              <g key={i} data-note="">
                <rect className={styles.note} rx={3} {...step.box} />
                <Text block={step.text} className={styles.text!} />
              </g>
            ) : (
              <g key={i} data-message={step.number ?? i + 1}>
                <polyline
                  className={step.reply ? styles.reply : styles.call}
                  points={step.points.map((p) => `${p.x},${p.y}`).join(' ')}
                />
                <polygon className={styles.head} points={step.head.map((p) => `${p.x},${p.y}`).join(' ')} />
                <Text block={step.text} className={styles.text!} />
                {step.numberAt && (
                  <g aria-hidden="true">
                    <circle className={styles.number} cx={step.numberAt.x} cy={step.numberAt.y} r={9} />
                    <text className={styles.numberText} x={step.numberAt.x} y={step.numberAt.y + 4} textAnchor="middle">
                      {step.number}
                    </text>
                  </g>
                )}
              </g>
            ),
          )}
        </svg>
      </div>
    </>
  );
}
