// An endringslogg row sits in the Endringslogg table, nowhere else: a row whose first cell is a date in another
// table is a change log row that landed in the wrong place (and is lost to the change log page and the feed).
import {textOf} from './prose.mjs';

const CHANGELOG_HEADINGS = new Set(['Endringslogg', 'Change log']);
const DATE = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$/;

export function checkChangelogRows(file, tree) {
  const problems = [];
  let heading = '';
  for (const node of tree.children ?? []) {
    if (node.type === 'heading' && node.depth === 2)
      heading = textOf(node)
        .replace(/\s*\{#[^}]*\}\s*$/, '')
        .trim();
    if (node.type !== 'table' || CHANGELOG_HEADINGS.has(heading)) continue;
    for (const row of node.children.slice(1)) {
      const first = textOf(row.children[0] ?? {}).trim();
      if (!DATE.test(first)) continue;
      problems.push({
        file,
        line: row.position?.start.line ?? 1,
        message: `raden som begynner med datoen «${first}», står i en tabell under «${heading || 'sidens start'}»`,
        fix: 'flytt raden til tabellen under `## Endringslogg` nederst på siden (engelsk: `## Change log`), nyeste rad øverst',
      });
    }
  }
  return problems;
}
