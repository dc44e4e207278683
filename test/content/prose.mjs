// The prose of an MDX page as the content checks read it: one block per paragraph, table cell and heading (a
// list item's paragraphs are paragraphs), with its text (inline code included, link targets not), its line and
// the «ikke bekreftet» markers in it; and the lines of its code blocks. Pure functions over a remark tree.

/** The text of a node: text and inline code, in order, line breaks as spaces. */
export function textOf(node) {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.replace(/\s+/g, ' ');
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

function attribute(node, name) {
  const found = (node.attributes ?? []).find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The ids of the `<NotConfirmed fact="…" />` markers inside a node. */
export function markersIn(node) {
  const ids = [];
  const walk = (n) => {
    if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'NotConfirmed')
      ids.push(attribute(n, 'fact') ?? '');
    for (const child of n.children ?? []) walk(child);
  };
  walk(node);
  return ids;
}

/** Every marker on the page, with its line: `{line, fact}` (`fact` is '' when the attribute is missing). */
export function allMarkers(tree) {
  const found = [];
  const walk = (n) => {
    if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'NotConfirmed')
      found.push({line: n.position?.start.line ?? 1, fact: attribute(n, 'fact') ?? ''});
    for (const child of n.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

const BLOCKS = new Set(['paragraph', 'tableCell', 'heading']);

/** The page's prose blocks: `{line, text, markers, heading}` (`heading`: the h2 the block sits under). */
export function proseBlocks(tree) {
  const blocks = [];
  let heading = '';
  const walk = (node) => {
    if (node.type === 'heading' && node.depth === 2)
      heading = textOf(node)
        .replace(/\s*\{#[^}]*\}\s*$/, '')
        .trim();
    if (BLOCKS.has(node.type)) {
      blocks.push({line: node.position?.start.line ?? 1, text: textOf(node), markers: markersIn(node), heading});
      if (node.type !== 'tableCell') return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return blocks;
}

/** The lines of the page's code blocks: `{line, text, lang}`. */
export function codeLines(tree) {
  const lines = [];
  const walk = (node) => {
    if (node.type === 'code') {
      const start = (node.position?.start.line ?? 0) + 1;
      node.value.split('\n').forEach((text, i) => lines.push({line: start + i, text, lang: node.lang ?? ''}));
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return lines;
}

/** Splits prose into sentences (a full stop, question or exclamation mark followed by a space). */
export function sentences(text) {
  return text.split(/(?<=[.!?»:;])\s+(?=[A-ZÆØÅ«"`([]|$)/u).filter((s) => s.trim() !== '');
}
