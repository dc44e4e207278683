import React, {Suspense, lazy} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {usePrismTheme} from '@docusaurus/theme-common';
import {Code, Pre} from './parts';
import {highlightedLines, type LinesProps} from './lines';

/**
 * Docusaurus's code block content, with the highlighter out of the bundle every page loads. Docusaurus's own
 * imports prism-react-renderer there, and Prism builds its grammars when that bundle starts: on a mid-range phone a
 * quarter of a second of blocked main thread on every page, code or not.
 *
 * A page whose Markdown has a code block imports the highlighter with its own code (plugins/prism-languages), so
 * it is registered before React hydrates the page and the lines render as in the built HTML. A code block that
 * appears otherwise (a component's) loads it on first use: its lines show in the theme's base colour until then.
 * The <pre> and <code> are rendered here, as prism-react-renderer would (class `prism-code language-…`, the theme's
 * base colours), so the word-wrap button can measure the block at once.
 */
const LazyHighlightedLines = lazy(() => import('./Highlighted'));

/**
 * The lines in the theme's base colour, for the moment until the highlighter has loaded (see above), as
 * prism-react-renderer marks them: a `token-line` with one plain token. Line numbers come with the highlighter.
 */
function PlainLines({code, lineClassNames, theme}: LinesProps): React.JSX.Element {
  const color = theme.plain.color;
  return (
    <>
      {code.split('\n').map((text, i) => (
        // The lines of one block never reorder: the index is their identity, as in Docusaurus's own.
        <div key={i} className={clsx('token-line', lineClassNames[i])} style={{color}}>
          <span className="token plain">{text}</span>
          <br />
        </div>
      ))}
    </>
  );
}

export default function CodeBlockContent({className}: {readonly className?: string}): React.JSX.Element {
  const {
    metadata,
    wordWrap: {codeBlockRef},
  } = useCodeBlockContext();
  const theme = usePrismTheme();
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const showLineNumbers = lineNumbersStart !== undefined;
  const props: LinesProps = {code, language, lineClassNames, showLineNumbers, theme};
  const Highlighted = highlightedLines();
  const lines = Highlighted ? (
    // A component defined once in Highlighted.tsx and registered when that module loads; nothing is made here.
    // eslint-disable-next-line react-hooks/static-components
    <Highlighted {...props} />
  ) : (
    <Suspense fallback={<PlainLines {...props} />}>
      <LazyHighlightedLines {...props} />
    </Suspense>
  );
  return (
    <Pre
      ref={codeBlockRef}
      className={clsx(className, 'prism-code', `language-${language.toLowerCase()}`)}
      style={theme.plain}>
      <Code>{lines}</Code>
    </Pre>
  );
}
