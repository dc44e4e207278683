import {translate} from '@docusaurus/Translate';
import {headingText} from './nameInPage';
import {nameCodeBlock} from '@site/src/theme/CodeBlock/Content/name';
import {STATIC_ATTRIBUTE} from '../StaticHtml';

const BOXES = '[data-scroll-table]';
const GENERIC = (): string => translate({id: 'table.scroll.label', message: 'Tabell, kan rulles sidelengs'});

/** Each box's name, unique on the page: its caption, else the heading above it (and its number under it). */
function names(boxes: readonly HTMLElement[]): Map<HTMLElement, string> {
  const out = new Map<HTMLElement, string>();
  let heading: string | undefined;
  let nth = 0;
  const counts = new Map<HTMLElement, {heading?: string; nth: number}>();
  // One walk over the page's headings and boxes (placeInPage per box would walk it once per table).
  for (const element of document.querySelectorAll<HTMLElement>(`h1, h2, h3, h4, ${BOXES}`)) {
    if (element.matches(BOXES)) counts.set(element, {heading, nth: ++nth});
    else {
      heading = headingText(element);
      nth = 0;
    }
  }
  for (const box of boxes) {
    const caption = box.querySelector('caption');
    const captionText = caption ? headingText(caption) : '';
    const {heading: title, nth} = captionText ? {heading: captionText, nth: 1} : (counts.get(box) ?? {nth: 1});
    out.set(
      box,
      title === undefined
        ? GENERIC()
        : nth > 1
          ? translate(
              {id: 'table.scroll.labelNumbered', message: 'Tabell {nth} under «{title}»'},
              {nth: String(nth), title},
            )
          : translate({id: 'table.scroll.labelTitled', message: 'Tabell: {title}'}, {title}),
    );
  }
  return out;
}

let observer: ResizeObserver | undefined;
const labels = new WeakMap<Element, string>();

/**
 * A box that scrolls is a named region in the tab order; one that fits is neither. All reads first, then all
 * writes, so the page is laid out once, not once per table. A box that is not laid out (zero width: hidden)
 * keeps what it has.
 */
function measure(boxes: readonly Element[]): void {
  const scrolls = boxes.map((b) => (b.clientWidth > 0 ? b.scrollWidth > b.clientWidth + 1 : undefined));
  boxes.forEach((box, i) => {
    if (scrolls[i] === undefined) return;
    if (scrolls[i]) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', labels.get(box) ?? GENERIC());
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  });
}

/**
 * Names and measures every table box on the page, and watches them all with one ResizeObserver (its first
 * report, after layout, is the first measurement). Run after each page is shown (src/theme/Root.tsx).
 */
export function enhanceTables(): void {
  // Code blocks kept from the server's HTML (StaticHtml) were never mounted, so their wrapper did not name them.
  for (const pre of document.querySelectorAll<HTMLPreElement>(`[${STATIC_ATTRIBUTE}] pre:not([data-code-region])`))
    nameCodeBlock(pre);
  const boxes = [...document.querySelectorAll<HTMLElement>(BOXES)];
  for (const [box, name] of names(boxes)) labels.set(box, name);
  observer?.disconnect();
  if (typeof ResizeObserver === 'undefined') {
    measure(boxes);
    return;
  }
  observer = new ResizeObserver((entries) => measure(entries.map((e) => e.target)));
  for (const box of boxes) observer.observe(box);
}
