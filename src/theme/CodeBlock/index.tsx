import React, {useCallback, useEffect, useId, useRef, useState} from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {Kept, fromServer, STATIC_ATTRIBUTE} from '@site/src/components/StaticHtml';
import {useWhenNear} from '@site/src/components/StaticHtml/near';
import {useColorMode} from '@docusaurus/theme-common';
import {codeLanguage, highlightingReady, loadAfterFirstInteraction, loadHighlighting} from './highlighting';

type Props = WrapperProps<typeof CodeBlockType>;

/** `kept`: the server's HTML, not hydrated; `plain`: drawn, its highlighter loading; `highlighted`: drawn, coloured. */
type State = 'kept' | 'plain' | 'highlighted';

/**
 * Docusaurus's code block (a wrapper: the theme draws it). On the first load a block is kept as the server drew
 * it, highlighted, copyable by selection and searchable, with no fibers and no Prism run for it (StaticHtml's
 * adoption), until the reader touches it (a pointer over it, a tap, focus) or, in dark mode, comes near it: then
 * the highlighter and the block's language load, and the theme's block is drawn in its place with the same markup,
 * now with its buttons (copy, wrap) and the colours of the reader's light or dark mode; focus stays on it. Drawn
 * in the browser (after a link inside the site, in a tab opened later), a block renders at once; if the
 * highlighter is not there yet its lines show in the theme's base colour until it is (one load per visit).
 */
export default function CodeBlockWrapper(props: Props): React.JSX.Element {
  const id = useId();
  const language = codeLanguage(props);
  const [state, setState] = useState<State>(() =>
    fromServer(id) ? 'kept' : highlightingReady(language) ? 'highlighted' : 'plain',
  );
  const element = useRef<HTMLDivElement>(null);
  /** Whether the kept block had focus when it came to life: the drawn one takes it over. */
  const hadFocus = useRef(false);
  const highlight = useCallback(() => {
    loadHighlighting(language).then(
      () => {
        hadFocus.current = element.current?.contains(document.activeElement) ?? false;
        setState('highlighted');
      },
      // Offline before the highlighter ever loaded: a kept block stays as the server drew it, a drawn one plain.
      () => undefined,
    );
  }, [language]);
  // The server draws in the light theme's colours: in dark mode a kept block is brought to life before the reader
  // sees it; in light mode only when touched (its buttons are drawn then), its highlighter loaded after the
  // reader's first interaction with the page.
  const dark = useColorMode().colorMode === 'dark';
  useWhenNear(element, state === 'kept', highlight, !dark);
  useEffect(() => {
    if (state === 'plain') highlight();
    if (state === 'kept') loadAfterFirstInteraction(language);
    if (state === 'highlighted' && hadFocus.current) {
      hadFocus.current = false;
      element.current?.querySelector('pre')?.focus();
    }
  }, [state, highlight, language]);

  if (state === 'kept') return <Kept as="div" key="kept" ref={element} id={id} data-code-block="kept" />;
  // On the server the marker says which element a first load may keep; in the browser a drawn block has none.
  const onServer = typeof window === 'undefined';
  if (onServer && !highlightingReady(language))
    throw new Error(`CodeBlock: the highlighter for "${language}" had not loaded when the server rendered the page`);
  return (
    <div
      key={state}
      ref={element}
      {...(onServer ? {[STATIC_ATTRIBUTE]: id} : {})}
      data-code-block={onServer ? 'kept' : state}>
      <CodeBlock {...props} />
    </div>
  );
}
