import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import ScrollTable from '../ScrollTable';
import {formatDate} from '../Changelog/formatDate';
import {wrapParts} from '@site/src/lib/display';
import styles from '../factTables.module.css';

interface FactTableProps {
  /** Value of the wrapper's `data-fact-table` attribute, e.g. `scopes`. */
  readonly name: string;
  /** The column headings, in order; the last is usually the source column. */
  readonly columns: readonly ReactNode[];
  /** The rows (`<tr>` elements). */
  readonly children: ReactNode;
}

/** A table of facts from src/lib, scrolling sideways on narrow screens; not hydrated on the first load (it never changes). */
export default function FactTable({name, columns, children}: FactTableProps): React.JSX.Element {
  return (
    <div data-fact-table={name}>
      <ScrollTable className={styles.table} static>
        <thead>
          <tr>
            {columns.map((column, index) => (
              // Columns are fixed per table, so their position is a stable key.
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </ScrollTable>
    </div>
  );
}

interface SourceCellProps {
  readonly href: string;
  /** The date the fact was last checked against the source. */
  readonly checked: string;
  /** The link text: who published the source. */
  readonly children: ReactNode;
  /** What the table puts on every cell (ScrollTable: `role`, `data-label`). */
  readonly role?: string;
  readonly 'data-label'?: string;
}

/** The last column of every fact table: where the fact comes from and when it was checked. */
export function SourceCell({href, checked, children, ...cell}: SourceCellProps): React.JSX.Element {
  return (
    <td {...cell}>
      <Link href={href}>{children}</Link>
      <br />
      <span className={styles.checked}>
        <Translate id="facts.checked" values={{date: formatDate(checked)}}>
          {'kontrollert {date}'}
        </Translate>
      </span>
    </td>
  );
}

/**
 * An address, scope or host in a fact table: it may wrap only between its parts (after `/`, `:`, `.`, …), never
 * inside one (not even at a hyphen), so on a wide screen each part stays whole and the table does not need to scroll (see the fact
 * table rule in src/css/custom.css).
 */
export function Value({children}: {readonly children: string}): React.JSX.Element {
  const parts = wrapParts(children);
  return (
    <code data-wrap-parts="">
      {parts.map((part, index) => (
        // A part's position in a fixed value is a stable key.
        <React.Fragment key={index}>
          {index > 0 && <wbr />}
          <span>{part}</span>
        </React.Fragment>
      ))}
    </code>
  );
}
