// A claim the sources do not confirm (src/lib/unconfirmed.ts) is stated only with its «ikke bekreftet» marker:
// every paragraph, list item or table cell that states it carries `<NotConfirmed fact="<id>" />`, and every
// marker names a claim of the table.
import {allMarkers, proseBlocks} from './prose.mjs';

const CHANGELOG_HEADINGS = new Set(['Endringslogg', 'Change log']);

/** Problems on one current page; `facts` is UNCONFIRMED_FACTS, `lang` the page's language. */
export function checkUnconfirmed(file, tree, facts, lang) {
  const problems = [];
  for (const {line, fact} of allMarkers(tree)) {
    if (Object.prototype.hasOwnProperty.call(facts, fact)) continue;
    problems.push({
      file,
      line,
      message: fact
        ? `\`<NotConfirmed fact="${fact}" />\` viser til en påstand som ikke finnes`
        : '`<NotConfirmed />` mangler `fact`',
      fix: `bruk en av id-ene i src/lib/unconfirmed.ts (${Object.keys(facts).join(', ')}), eller legg påstanden til der med kilde og dato`,
    });
  }
  const patterns = Object.entries(facts).map(([id, fact]) => [id, new RegExp(fact.states[lang], 'iu')]);
  // The change log says what changed, e.g. that a claim got its marker; it does not state the claims.
  for (const block of proseBlocks(tree).filter((b) => !CHANGELOG_HEADINGS.has(b.heading))) {
    for (const [id, pattern] of patterns) {
      const match = block.text.match(pattern);
      if (!match || block.markers.includes(id)) continue;
      problems.push({
        file,
        line: block.line,
        message: `«${match[0]}» er en påstand kildene ikke bekrefter (${id} i src/lib/unconfirmed.ts), men står uten merket «ikke bekreftet»`,
        fix: `sett \`<NotConfirmed fact="${id}" />\` rett etter påstanden i samme avsnitt, eller ta påstanden ut`,
      });
    }
  }
  return problems;
}
