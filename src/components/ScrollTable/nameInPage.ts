/** Heading text as a reader sees it: without the hash link's zero-width space. */
export function headingText(element: Element): string {
  return (element.textContent ?? '').replace(/\u200b/g, '').trim();
}

/**
 * What names a scrolling box on the page: the heading above it and its number among the boxes of the same kind
 * (`kind`, a selector) under that heading. Read from the page, because an MDX table or code block does not
 * know the heading it sits under.
 */
export function placeInPage(box: Element, kind: string): {heading?: string; nth: number} {
  let heading: string | undefined;
  let nth = 0;
  for (const element of document.querySelectorAll(`h1, h2, h3, h4, ${kind}`)) {
    if (element.matches(kind)) {
      nth += 1;
      if (element === box) break;
    } else {
      heading = headingText(element);
      nth = 0;
    }
  }
  return {heading, nth};
}
