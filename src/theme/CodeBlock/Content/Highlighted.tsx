// The code block's lines with Prism's colours: prism-react-renderer and its grammars. A page whose Markdown has
// a code block imports this file (plugins/prism-languages), so it is loaded with the page, before React hydrates
// it; any other code block loads it on first use (index.tsx). Pages without code never load it.
import React from 'react';
import {Highlight} from 'prism-react-renderer';
import Line from '@theme/CodeBlock/Line';
import {registerHighlightedLines, type LinesProps} from './lines';

function HighlightedLines({code, language, lineClassNames, showLineNumbers, theme}: LinesProps): React.JSX.Element {
  return (
    <Highlight theme={theme} code={code} language={language}>
      {({tokens: lines, getLineProps, getTokenProps}) => (
        <>
          {lines.map((line, i) => (
            <Line
              key={i}
              line={line}
              getLineProps={getLineProps}
              getTokenProps={getTokenProps}
              classNames={lineClassNames[i]}
              showLineNumbers={showLineNumbers}
            />
          ))}
        </>
      )}
    </Highlight>
  );
}

registerHighlightedLines(HighlightedLines);

export default HighlightedLines;
