import React, {type ComponentProps} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * A table that scrolls sideways when it is wider than the page (an address in a cell keeps its line on a
 * phone). The scrolling box takes keyboard focus and has a name, so it can be scrolled without a mouse.
 */
export default function ScrollTable(props: ComponentProps<'table'>): React.JSX.Element {
  return (
    // Focusable so keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
    <div
      className={styles.scroll}
      tabIndex={0}
      role="region"
      aria-label={translate({id: 'table.scroll.label', message: 'Tabell, kan rulles sidelengs'})}>
      <table {...props} />
    </div>
  );
}
