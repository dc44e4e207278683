import type {Highlight} from 'prism-react-renderer';

/** prism-react-renderer's `Highlight` component (the real one, not the stand-in in LazyHighlight.tsx). */
export type HighlightComponent = typeof Highlight;

let highlight: HighlightComponent | undefined;

/** Called by Highlighted.tsx when it loads: from then on code blocks draw their lines with it. */
export function registerHighlight(component: HighlightComponent): void {
  highlight = component;
}

/** prism-react-renderer's `Highlight`, once some page's code has loaded it. */
export function registeredHighlight(): HighlightComponent | undefined {
  return highlight;
}
