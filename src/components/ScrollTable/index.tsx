import React, {Children, cloneElement, isValidElement, type ComponentProps, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import StaticHtml from '../StaticHtml';
import styles from './styles.module.css';

/** Marks the scrolling box: src/components/ScrollTable/enhance.ts names it and measures it once the page is shown. */
export const SCROLL_TABLE = 'data-scroll-table';

type Props = ComponentProps<'table'> & {
  /**
   * The rows never change after load (a fact table, a Markdown table): the table is not hydrated on the first
   * load (StaticHtml). A table whose rows change (the change log's filter) leaves this out.
   */
  readonly static?: boolean;
};

/** A node's text as the reader sees it, in the page's language (a `<Translate>` is read through translate()). */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (!isValidElement(node)) return '';
  const props = node.props as {id?: string; children?: ReactNode; description?: string};
  if (node.type === Translate && props.id && typeof props.children === 'string') {
    return translate({id: props.id, message: props.children, description: props.description});
  }
  return textOf(props.children);
}

function elementsOf(node: ReactNode): React.ReactElement<{children?: ReactNode}>[] {
  return Children.toArray(node).filter(isValidElement) as React.ReactElement<{children?: ReactNode}>[];
}

/**
 * On a phone a table of three or more columns is shown as one block per row, each cell under its column's name
 * (src/css/custom.css): each body cell gets its column's name in `data-label`, and ARIA roles keep the table a
 * table for screen readers, which lose it when CSS changes a table's display. Done while rendering, so the
 * server's HTML already has it (no shift when scripts run, and the same without JavaScript). A cell made by a
 * component (SourceCell) passes the attributes on to its `<td>`.
 */
function labelled(children: ReactNode): {children: ReactNode; stacks: boolean} {
  const groups = elementsOf(children);
  const head = groups.find((g) => g.type === 'thead');
  const headerRow = head ? elementsOf(head.props.children).at(-1) : undefined;
  const names = headerRow ? elementsOf(headerRow.props.children).map((cell) => textOf(cell).trim()) : [];
  if (names.length < 3) return {children, stacks: false};
  const row = (tr: React.ReactElement<{children?: ReactNode}>, inHead: boolean): ReactNode =>
    cloneElement(
      tr,
      {role: 'row'} as object,
      Children.map(tr.props.children, (cell, index) => {
        if (!isValidElement(cell)) return cell;
        const header = cell.type === 'th';
        const role = inHead ? 'columnheader' : header ? 'rowheader' : 'cell';
        return cloneElement(cell, {role, ...(!inHead && names[index] ? {'data-label': names[index]} : {})} as object);
      }),
    );
  const labelledGroups = Children.map(children, (group) => {
    if (!isValidElement(group)) return group;
    const g = group as React.ReactElement<{children?: ReactNode}>;
    if (g.type !== 'thead' && g.type !== 'tbody') return group;
    return cloneElement(
      g,
      {role: 'rowgroup'} as object,
      Children.map(g.props.children, (tr) =>
        isValidElement(tr) ? row(tr as React.ReactElement<{children?: ReactNode}>, g.type === 'thead') : tr,
      ),
    );
  });
  return {children: labelledGroups, stacks: true};
}

/**
 * A table that scrolls sideways when it is wider than the page. The server renders the scrolling box as a named
 * region that takes keyboard focus (WCAG 2.1.1, axe scrollable-region-focusable), so it can be scrolled
 * without a mouse even without JavaScript; once the page is shown, one pass over all tables (enhance.ts, run
 * from src/theme/Root.tsx) names each box after its caption or heading and takes a table that fits out of the
 * tab order, and one ResizeObserver keeps that right. Long addresses in cells wrap (src/css/custom.css), so a
 * phone scrolls only the tables with many columns.
 */
export default function ScrollTable({static: isStatic = false, children, ...props}: Props): React.JSX.Element {
  const {children: rows, stacks} = labelled(children);
  const box = {
    className: styles.scroll,
    [SCROLL_TABLE]: '',
    ...(stacks ? {'data-stack': ''} : {}),
    tabIndex: 0,
    role: 'region',
    'aria-label': translate({id: 'table.scroll.label', message: 'Tabell, kan rulles sidelengs'}),
  };
  const table = (
    <table {...props} {...(stacks ? {role: 'table'} : {})}>
      {rows}
    </table>
  );
  return isStatic ? (
    <StaticHtml as="div" {...box}>
      {table}
    </StaticHtml>
  ) : (
    <div {...box}>{table}</div>
  );
}
