import React, {useEffect, useRef, type ComponentProps} from 'react';
import Content from '@theme-original/CodeBlock/Content';
import {translate} from '@docusaurus/Translate';
import {placeInPage} from '@site/src/components/ScrollTable/nameInPage';

type Props = ComponentProps<typeof Content>;

const CODE_REGION = 'pre[data-code-region]';

/**
 * Docusaurus's code block, whose <pre> scrolls sideways and takes focus, with a name of its own: "Kode under
 * «Grantet»" (numbered when a section has several), so a screen reader says which box has focus.
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const pre = wrapper.current?.querySelector('pre');
    if (!pre) return;
    pre.setAttribute('data-code-region', '');
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
  });
  return (
    <div ref={wrapper} style={{display: 'contents'}}>
      <Content {...props} />
    </div>
  );
}
