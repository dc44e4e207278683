import type {ComponentType} from 'react';
import type {PrismTheme} from 'prism-react-renderer';

/** What a code block's lines are drawn from. */
export interface LinesProps {
  readonly code: string;
  readonly language: string;
  readonly lineClassNames: Readonly<Record<number, string[]>>;
  readonly showLineNumbers: boolean;
  readonly theme: PrismTheme;
}

let highlighted: ComponentType<LinesProps> | undefined;

/** Called by Highlighted.tsx when it loads: from then on code blocks draw their lines with it. */
export function registerHighlightedLines(component: ComponentType<LinesProps>): void {
  highlighted = component;
}

/** The highlighting lines component, once some page's code has loaded it. */
export function highlightedLines(): ComponentType<LinesProps> | undefined {
  return highlighted;
}
