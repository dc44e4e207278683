// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import React from 'react';
import {render, waitFor} from '@testing-library/react';
import {Highlight as RealHighlight, themes, type Token} from 'prism-react-renderer';
import {Highlight, plainRenderProps, registeredHighlight} from '@site/src/theme/CodeBlock/Content/LazyHighlight';

type RenderProps = Parameters<React.ComponentProps<typeof RealHighlight>['children']>[0];

/** Draws lines as Docusaurus's CodeBlock/Content and Line do: a <pre>, a div per line, a span per token. */
function draw({className, style, tokens, getLineProps, getTokenProps}: RenderProps): React.JSX.Element {
  return (
    <pre className={className} style={style}>
      {tokens.map((line: Token[], i: number) => (
        <div key={i} {...getLineProps({line, className: 'extra'})}>
          {line.map((token, j) => (
            <span key={j} {...getTokenProps({token})} />
          ))}
        </div>
      ))}
    </pre>
  );
}

const code = 'første linje\n\n  tredje linje';

describe("the highlighter stand-in Docusaurus's code block gets", () => {
  it("draws a block's plain lines as prism-react-renderer draws a language it has no grammar for", () => {
    const theme = themes.github;
    const real = render(
      <RealHighlight theme={theme} code={code} language="Plaintext">
        {draw}
      </RealHighlight>,
    );
    const plain = render(draw(plainRenderProps({theme, code, language: 'Plaintext', children: draw})));
    expect(plain.container.innerHTML).toBe(real.container.innerHTML);
    expect(plain.container.querySelectorAll('.token-line')).toHaveLength(3);
  });

  it("shows a block's lines in the theme's base colour at once when no page has loaded it, then loads it and highlights", async () => {
    expect(registeredHighlight()).toBeUndefined();
    const {container} = render(
      <Highlight theme={themes.github} code={'{"a": 1}'} language="json">
        {draw}
      </Highlight>,
    );
    expect(container.querySelector('pre')?.textContent).toBe('{"a": 1}');
    expect(container.querySelector('.token.property')).toBeNull();
    await waitFor(() => expect(container.querySelector('.token.property')?.textContent).toBe('"a"'));
    expect(registeredHighlight()).toBe(RealHighlight);
  });

  it('is prism-react-renderer itself once a page has loaded it', async () => {
    await import('@site/src/theme/CodeBlock/Content/Highlighted');
    expect(registeredHighlight()).toBe(RealHighlight);
    const {container} = render(
      <Highlight theme={themes.github} code={'{"a": 1}'} language="json">
        {draw}
      </Highlight>,
    );
    expect(container.querySelector('.token.property')?.textContent).toBe('"a"');
  });
});
