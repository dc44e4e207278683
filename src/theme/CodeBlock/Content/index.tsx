import React, {useEffect, useRef} from 'react';
import Content from '@theme-original/CodeBlock/Content';
import type ContentType from '@theme/CodeBlock/Content';
import type {WrapperProps} from '@docusaurus/types';
import {nameCodeBlock} from './name';

type Props = WrapperProps<typeof ContentType>;

/**
 * Docusaurus's code block content (a wrapper: the theme draws it; the highlighter it imports is a stand-in that
 * loads prism-react-renderer only with pages that have code, see LazyHighlight.tsx and plugins/prism-languages).
 * What this adds: the <pre> scrolls sideways and takes focus, so it gets a name of its own, set after mounting
 * because it depends on the headings around it, and again if the <pre> is replaced (a code block that loads
 * its highlighter on first use draws a new one). The wrapping element takes no box of its own.
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const name = (): void => {
      const pre = element.querySelector('pre');
      if (pre && !pre.hasAttribute('data-code-region')) nameCodeBlock(pre);
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(element, {childList: true});
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} style={{display: 'contents'}}>
      <Content {...props} />
    </div>
  );
}
