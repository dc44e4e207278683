// A code block's name for screen readers, from the headings around it. Its own module: the page-wide pass over
// server HTML that was not hydrated (src/components/ScrollTable/enhance.ts) names code blocks too, without
// loading the code block component.
import {translate} from '@docusaurus/Translate';
import {placeInPage} from '@site/src/components/ScrollTable/nameInPage';

export const CODE_REGION = 'pre[data-code-region]';

/** "Kode under «Grantet»" (numbered when a section has several), so a screen reader says which box has focus. */
export function nameCodeBlock(pre: HTMLPreElement): void {
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
}
