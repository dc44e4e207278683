// The pieces both forms of a code block share: the scrolling <pre> with its accessible name and the <code>
// with Docusaurus's line numbering. Kept apart from Highlighted.tsx so that they are in the page's bundle and the
// highlighter (prism-react-renderer) is not.
import React, {forwardRef, useCallback, useEffect, useRef, type ComponentProps, type ForwardedRef} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {placeInPage} from '@site/src/components/ScrollTable/nameInPage';
import styles from './styles.module.css';

const CODE_REGION = 'pre[data-code-region]';

/** "Kode under «Grantet»" (numbered when a section has several), so a screen reader says which box has focus. */
function nameCodeBlock(pre: HTMLPreElement): void {
  const {heading, nth} = placeInPage(pre, CODE_REGION);
  if (heading === undefined) return;
  // A group, not a region: a page of code samples would otherwise be a list of landmarks.
  pre.setAttribute('role', 'group');
  pre.setAttribute(
    'aria-label',
    nth > 1
      ? translate(
          {id: 'code.region.labelNumbered', message: 'Kode {nth} under «{title}»'},
          {nth: String(nth), title: heading},
        )
      : translate({id: 'code.region.label', message: 'Kode under «{title}»'}, {title: heading}),
  );
}

/**
 * Docusaurus's code block <pre>: it scrolls sideways and takes focus, so it has a name of its own (set after
 * mounting: it depends on the headings around it). The word-wrap button measures it through the forwarded ref.
 */
export const Pre = forwardRef(function Pre(
  {className, ...props}: ComponentProps<'pre'>,
  forwarded: ForwardedRef<HTMLPreElement>,
): React.JSX.Element {
  const own = useRef<HTMLPreElement | null>(null);
  const ref = useCallback(
    (node: HTMLPreElement | null) => {
      own.current = node;
      if (typeof forwarded === 'function') forwarded(node);
      else if (forwarded) forwarded.current = node;
    },
    [forwarded],
  );
  useEffect(() => {
    if (own.current) nameCodeBlock(own.current);
  });
  return (
    <pre
      ref={ref}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- it scrolls sideways: keyboard users need to reach it
      tabIndex={0}
      data-code-region=""
      {...props}
      className={clsx(className, styles.codeBlock, 'thin-scrollbar')}
    />
  );
});

export function Code(props: ComponentProps<'code'>): React.JSX.Element {
  const {metadata} = useCodeBlockContext();
  return (
    <code
      {...props}
      className={clsx(
        props.className,
        styles.codeBlockLines,
        metadata.lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering,
      )}
      style={{
        ...props.style,
        counterReset:
          metadata.lineNumbersStart === undefined ? undefined : `line-count ${metadata.lineNumbersStart - 1}`,
      }}
    />
  );
}
