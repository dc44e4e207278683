// A remark plugin for the docs: a page with a ```bash or ```java code block imports that language's Prism
// file (src/theme/prism-languages), so only those pages load it. Docusaurus's `prism.additionalLanguages`
// would put every language in the bundle that every page loads. Prism's built-in languages (json, python, …)
// need nothing.
import type {Root} from 'mdast';

/** Code block language (as written after ```) -> the module that registers it. */
export const PRISM_LANGUAGE_MODULES: Readonly<Record<string, string>> = {
  bash: '@site/src/theme/prism-languages/bash',
  sh: '@site/src/theme/prism-languages/bash',
  shell: '@site/src/theme/prism-languages/bash',
  zsh: '@site/src/theme/prism-languages/bash',
  java: '@site/src/theme/prism-languages/java',
};

/** The language modules the code blocks of a tree need, in a fixed order. */
export function languageModules(tree: Root): string[] {
  const modules = new Set<string>();
  const visit = (node: {type: string; lang?: string | null; children?: unknown[]}): void => {
    if (node.type === 'code' && node.lang) {
      const module = PRISM_LANGUAGE_MODULES[node.lang.toLowerCase()];
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
