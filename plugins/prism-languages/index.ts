// A remark plugin for the docs: a page with a code block imports the code block's highlighter
// (src/theme/CodeBlock/Content/Highlighted.tsx), and a page with a ```bash or ```java block that language's Prism
// file (src/theme/prism-languages), so only those pages load them, with the page's own code and so before React
// hydrates it. Docusaurus would put the highlighter and every `prism.additionalLanguages` language in the bundle
// that every page loads. Prism's built-in languages (json, python, …) need nothing more.
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {InternalDetailChanged} from '../internal-detail';
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

const PLUGIN = 'prism-on-demand';
const themeClassicLib = dirname(createRequire(import.meta.url).resolve('@docusaurus/theme-classic'));

/**
 * The client module of Docusaurus's classic theme that runs `prism-include-languages` with Prism: importing it
 * puts prism-react-renderer (and Prism building its grammars at start-up) into the bundle every page loads, even
 * with the no-op src/theme/prism-include-languages.ts. The code block's highlighter and the languages above load
 * instead with the pages that have code blocks (the remark plugin above; src/theme/CodeBlock/Content).
 * Written as Docusaurus lists it in its generated client-modules.js: the alias below matches that exact request.
 */
export const THEME_PRISM_CLIENT_MODULE = join(themeClassicLib, 'prism-include-languages');

/**
 * Docusaurus's own code block content (not swizzled). Its one import of prism-react-renderer, `{Highlight}`, is
 * pointed at a stand-in that loads the real one only where there is code (src/theme/CodeBlock/Content/LazyHighlight).
 */
export const THEME_CODE_BLOCK_CONTENT = join(themeClassicLib, 'theme', 'CodeBlock', 'Content', 'index.js');
export const HIGHLIGHT_STAND_IN = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'src',
  'theme',
  'CodeBlock',
  'Content',
  'LazyHighlight.tsx',
);

/** The imports from prism-react-renderer in a module's source, as written (`{Highlight}`, `{Prism}`, …). */
export function prismRendererImports(source: string): string[] {
  return [...source.matchAll(/import\s+([^;]*?)\s+from\s+['"]prism-react-renderer['"]/g)].map((m) =>
    (m[1] ?? '').replace(/\s+/g, ''),
  );
}

/**
 * Checks what the plugin leans on in the installed theme (none of it public API) and throws one line naming what
 * changed: the client module's path as Docusaurus writes it in client-modules.js (a rename, or a `.js` suffix,
 * would leave the alias matching nothing), and the code block content importing exactly `{Highlight}` from
 * prism-react-renderer (anything else, and the stand-in would be missing it or take nothing out).
 */
export function checkPrismInternals(files: {
  clientModulesSource: string | undefined;
  contentSource: string | undefined;
}): void {
  const {clientModulesSource, contentSource} = files;
  if (clientModulesSource === undefined)
    throw new InternalDetailChanged(
      PLUGIN,
      'Docusaurus to write client-modules.js in its generated files',
      'no such file',
    );
  const request = JSON.stringify(THEME_PRISM_CLIENT_MODULE);
  if (!clientModulesSource.includes(request)) {
    const prism = [...clientModulesSource.matchAll(/"([^"]*prism[^"]*)"/g)].map((m) => m[1]);
    throw new InternalDetailChanged(
      PLUGIN,
      `client-modules.js to list the theme's ${request}`,
      prism.length > 0 ? prism.join(', ') : 'no prism client module',
    );
  }
  if (contentSource === undefined)
    throw new InternalDetailChanged(
      PLUGIN,
      `the theme's code block content at ${THEME_CODE_BLOCK_CONTENT}`,
      'no such file',
    );
  const imports = prismRendererImports(contentSource);
  if (imports.length !== 1 || imports[0] !== '{Highlight}')
    throw new InternalDetailChanged(
      PLUGIN,
      "the theme's CodeBlock/Content to import {Highlight} from 'prism-react-renderer' and nothing else",
      imports.length > 0 ? imports.join(', ') : 'no import from prism-react-renderer',
    );
}

const readIfThere = (file: string): string | undefined => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/**
 * A Docusaurus plugin that leaves THEME_PRISM_CLIENT_MODULE out of the bundle (an empty module in its place) and
 * gives the theme's code block content the stand-in highlighter.
 */
export function prismOnDemandPlugin(context: LoadContext): Plugin {
  return {
    name: PLUGIN,
    configureWebpack: () => {
      checkPrismInternals({
        clientModulesSource: readIfThere(join(context.generatedFilesDir, 'client-modules.js')),
        contentSource: readIfThere(THEME_CODE_BLOCK_CONTENT),
      });
      return {
        resolve: {alias: {[THEME_PRISM_CLIENT_MODULE]: false}},
        module: {
          rules: [
            {
              // The requests this module makes resolve with this alias: prism-react-renderer is the stand-in.
              test: (path: string) => path === THEME_CODE_BLOCK_CONTENT,
              resolve: {alias: {'prism-react-renderer$': HIGHLIGHT_STAND_IN}},
            },
          ],
        },
      };
    },
  };
}
