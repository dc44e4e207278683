// What Docusaurus's own code block content (theme-classic CodeBlock/Content, not swizzled) gets when it imports
// `{Highlight} from 'prism-react-renderer'`: plugins/prism-languages points that one import here. Docusaurus's
// import would put prism-react-renderer in the bundle every page loads, and Prism builds its grammars when that
// bundle starts: on a mid-range phone a quarter of a second of blocked main thread on every page, code or not.
//
// This `Highlight` takes the same props and calls its render function the same way. Once the real one has loaded
// (Highlighted.tsx registers it) it is simply that. A page whose Markdown has a code block imports it with its own
// code, so it is there before React hydrates the page and the lines render as in the built HTML. A code block that
// appears otherwise (a component's) loads it on first use and shows its lines in the theme's base colour until then.
import React, {Suspense, lazy, type ComponentProps} from 'react';
import clsx from 'clsx';
import type {Highlight as RealHighlight, Token} from 'prism-react-renderer';

type HighlightProps = ComponentProps<typeof RealHighlight>;
type RenderProps = Parameters<HighlightProps['children']>[0];

let registered: typeof RealHighlight | undefined;
let registeredLanguages: Readonly<Record<string, unknown>> | undefined;

/**
 * Called by Highlighted.tsx when it loads: from then on code blocks draw their lines with it. `languages` is its
 * Prism's grammar table, which the language files extend (src/theme/prism-languages).
 */
export function registerHighlight(
  component: typeof RealHighlight,
  languages?: Readonly<Record<string, unknown>>,
): void {
  registered = component;
  registeredLanguages = languages;
}

/** Whether the registered highlighter has a grammar for this language. */
export function hasGrammar(language: string): boolean {
  return registeredLanguages?.[language] !== undefined;
}

/** prism-react-renderer's `Highlight`, once some page's code has loaded it. */
export function registeredHighlight(): typeof RealHighlight | undefined {
  return registered;
}

const LoadedHighlight = lazy(() => import('./Highlighted'));

/** The lines as prism-react-renderer gives them before any grammar: one plain token each. */
function plainTokens(code: string): Token[][] {
  return code
    .split(/\r\n|\r|\n/)
    .map((line) => [line === '' ? {types: ['plain'], content: '\n', empty: true} : {types: ['plain'], content: line}]);
}

/** prism-react-renderer's render props for plain lines in the theme's base colours (as its own hooks make them). */
export function plainRenderProps({code, language, theme}: HighlightProps): RenderProps {
  const plain = theme?.plain ?? {};
  return {
    tokens: plainTokens(code),
    className: `prism-code language-${language.toLowerCase()}`,
    style: plain,
    getLineProps: ({className, style, line: _line, ...rest}) => ({
      ...rest,
      className: clsx('token-line', className),
      style: {...plain, backgroundColor: undefined, ...style},
    }),
    getTokenProps: ({token, className, style, ...rest}) => ({
      ...rest,
      className: clsx('token', ...token.types, className),
      children: token.content,
      style: token.empty ? {display: 'inline-block', ...style} : style,
    }),
  };
}

export function Highlight(props: HighlightProps): React.JSX.Element {
  const Loaded = registeredHighlight();
  if (Loaded)
    // prism-react-renderer's own component, registered when its module loaded; nothing is made here.
    // eslint-disable-next-line react-hooks/static-components
    return <Loaded {...props} />;
  return (
    <Suspense fallback={props.children(plainRenderProps(props))}>
      <LoadedHighlight {...props} />
    </Suspense>
  );
}
