import React, {useEffect, useRef, useState, type ComponentProps} from 'react';
import {translate} from '@docusaurus/Translate';
import {headingText, placeInPage} from './nameInPage';
import styles from './styles.module.css';

/** Marks the scrolling box, so each table can number itself among the tables under the same heading. */
const SCROLL_TABLE = 'data-scroll-table';

/**
 * The table's name, unique on the page: its caption, else the heading above it (and its number when a section
 * has several tables).
 */
function nameInPage(box: HTMLElement): {caption?: string; heading?: string; nth: number} {
  const caption = box.querySelector('caption');
  if (caption && headingText(caption) !== '') return {caption: headingText(caption), nth: 1};
  return placeInPage(box, `[${SCROLL_TABLE}]`);
}

/**
 * On a phone a table of three or more columns is shown as one block per row, each cell under its column's
 * name (src/css/custom.css): the cells get the name in `data-label`, and ARIA roles keep the table a table
 * for screen readers, which lose it when CSS changes a table's display. Run after every render, as a
 * component's rows (the change log's filter) can change.
 */
function labelCells(table: HTMLTableElement): boolean {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
  const names = headerRow ? [...headerRow.cells].map((cell) => headingText(cell)) : [];
  if (names.length < 3) return false;
  table.setAttribute('role', 'table');
  for (const group of [table.tHead, ...table.tBodies]) group?.setAttribute('role', 'rowgroup');
  for (const row of table.rows) {
    row.setAttribute('role', 'row');
    [...row.cells].forEach((cell, index) => {
      const header = cell.tagName === 'TH';
      const inHead = row.parentElement === table.tHead;
      cell.setAttribute('role', inHead ? 'columnheader' : header ? 'rowheader' : 'cell');
      if (!inHead && names[index]) cell.setAttribute('data-label', names[index]);
    });
  }
  return true;
}

/**
 * A table that scrolls sideways when it is wider than the page. While it does, the scrolling box is a named
 * region that takes keyboard focus (WCAG 2.1.1, axe scrollable-region-focusable), so it can be scrolled
 * without a mouse; a table that fits is no extra tab stop. Long addresses in cells wrap (src/css/custom.css),
 * so a phone scrolls only the tables with many columns.
 */
export default function ScrollTable(props: ComponentProps<'table'>): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  // Server-rendered: focusable with a generic name (works without JavaScript); refined once in the browser.
  const [scrolls, setScrolls] = useState(true);
  const [label, setLabel] = useState(() =>
    translate({id: 'table.scroll.label', message: 'Tabell, kan rulles sidelengs'}),
  );
  const [stacks, setStacks] = useState(false);
  // After every render (no dependency list): rows may have changed. setStacks only when the answer changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    const table = box.current?.querySelector('table');
    const stackable = table ? labelCells(table) : false;
    if (stackable !== stacks) setStacks(stackable);
  });
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const {caption, heading, nth} = nameInPage(element);
    const title = caption ?? heading;
    if (title !== undefined) {
      setLabel(
        nth > 1
          ? translate(
              {id: 'table.scroll.labelNumbered', message: 'Tabell {nth} under «{title}»'},
              {nth: String(nth), title},
            )
          : translate({id: 'table.scroll.labelTitled', message: 'Tabell: {title}'}, {title}),
      );
    }
    // A box that is not laid out (zero width: hidden, or no layout engine) keeps the server's focusable default.
    const measure = (): void => {
      if (element.clientWidth > 0) setScrolls(element.scrollWidth > element.clientWidth + 1);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={styles.scroll}
      {...{[SCROLL_TABLE]: '', ...(stacks ? {'data-stack': ''} : {})}}
      {...(scrolls ? {tabIndex: 0, role: 'region', 'aria-label': label} : {})}>
      <table {...props} />
    </div>
  );
}
