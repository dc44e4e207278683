// A remark plugin for the docs: a page with a code block imports the code block's highlighter
// (src/theme/CodeBlock/Content/Highlighted.tsx), and a page with a ```bash or ```java block that language's Prism
// file (src/theme/prism-languages), so only those pages load them, with the page's own code and so before React
// hydrates it. Docusaurus would put the highlighter and every `prism.additionalLanguages` language in the bundle
// that every page loads. Prism's built-in languages (json, python, …) need nothing more.
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import type {Root} from 'mdast';

/** Code block language (as written after ```) -> the module that registers it. */
export const PRISM_LANGUAGE_MODULES: Readonly<Record<string, string>> = {
  bash: '@site/src/theme/prism-languages/bash',
  sh: '@site/src/theme/prism-languages/bash',
  shell: '@site/src/theme/prism-languages/bash',
  zsh: '@site/src/theme/prism-languages/bash',
  java: '@site/src/theme/prism-languages/java',
};

/** The module that draws a code block's lines with Prism's colours. */
export const HIGHLIGHTER_MODULE = '@site/src/theme/CodeBlock/Content/Highlighted';

/** The modules the code blocks of a tree need (the highlighter, then languages), in a fixed order. */
export function languageModules(tree: Root): string[] {
  const modules = new Set<string>();
  const visit = (node: {type: string; lang?: string | null; children?: unknown[]}): void => {
    if (node.type === 'code') {
      modules.add(HIGHLIGHTER_MODULE);
      const module = node.lang ? PRISM_LANGUAGE_MODULES[node.lang.toLowerCase()] : undefined;
      if (module) modules.add(module);
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(tree);
  return [...modules].sort();
}

export default function remarkPrismLanguages() {
  return (tree: Root): void => {
    const imports = languageModules(tree).map((source) => ({
      type: 'mdxjsEsm' as const,
      value: `import '${source}';`,
      data: {
        estree: {
          type: 'Program' as const,
          sourceType: 'module' as const,
          body: [
            {
              type: 'ImportDeclaration' as const,
              specifiers: [],
              source: {type: 'Literal' as const, value: source, raw: JSON.stringify(source)},
            },
          ],
        },
      },
    }));
    tree.children.unshift(...(imports as unknown as Root['children']));
  };
}

/**
 * The client module of Docusaurus's classic theme that runs `prism-include-languages` with Prism: importing it
 * puts prism-react-renderer (and Prism building its grammars at start-up) into the bundle every page loads, even
 * with the no-op src/theme/prism-include-languages.ts. The code block's highlighter and the languages above load
 * instead with the pages that have code blocks (the remark plugin above; src/theme/CodeBlock/Content).
 */
export const THEME_PRISM_CLIENT_MODULE = join(
  dirname(createRequire(import.meta.url).resolve('@docusaurus/theme-classic')),
  'prism-include-languages',
);

/** A Docusaurus plugin that leaves THEME_PRISM_CLIENT_MODULE out of the bundle (an empty module in its place). */
export function prismOnDemandPlugin(): Plugin {
  return {
    name: 'prism-on-demand',
    configureWebpack: () => ({resolve: {alias: {[THEME_PRISM_CLIENT_MODULE]: false}}}),
  };
}
