// Prism on demand: Docusaurus would put the code blocks' highlighter (prism-react-renderer) and every
// `prism.additionalLanguages` language in the bundle that every page loads. The plugin below leaves them out; a
// code block loads them when the reader touches it or comes near it (src/theme/CodeBlock/highlighting.ts and
// index.tsx). The remark plugin here makes a page with code blocks wait, when it is reached by a link inside the
// site, until its languages are loaded, so its blocks are drawn highlighted from the start.
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Root} from 'mdast';
import {InternalDetailChanged} from '../internal-detail';

/** The client module that loads the highlighter and languages (src/theme/CodeBlock/highlighting.ts). */
export const HIGHLIGHTING_MODULE = '@site/src/theme/CodeBlock/highlighting';

/** The languages (as written after ```, lower case) of a tree's code blocks, each once, sorted; '' for none given. */
export function codeLanguages(tree: Root): string[] {
  const languages = new Set<string>();
  const visit = (node: {type: string; lang?: string | null; children?: unknown[]}): void => {
    if (node.type === 'code') languages.add((node.lang ?? '').toLowerCase());
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(tree);
  return [...languages].sort();
}

const identifier = (name: string) => ({type: 'Identifier' as const, name});
const literal = (value: string) => ({type: 'Literal' as const, value, raw: JSON.stringify(value)});

/**
 * A page with code blocks gets, in its own module:
 *   import {pageHighlighting as __pageHighlighting} from '@site/src/theme/CodeBlock/highlighting';
 *   export const __highlighting = await __pageHighlighting(['bash', 'json']);
 * On the first load (and on the server) that awaits nothing. After a link inside the site it awaits the
 * highlighter and the page's languages: Docusaurus shows the new page once its module has loaded, so its blocks
 * are drawn highlighted at once, with no plain stage.
 */
export default function remarkPageHighlighting() {
  return (tree: Root): void => {
    const languages = codeLanguages(tree);
    if (languages.length === 0) return;
    const code =
      `import {pageHighlighting as __pageHighlighting} from '${HIGHLIGHTING_MODULE}';\n` +
      `export const __highlighting = await __pageHighlighting(${JSON.stringify(languages)});`;
    const estree = {
      type: 'Program' as const,
      sourceType: 'module' as const,
      body: [
        {
          type: 'ImportDeclaration' as const,
          specifiers: [
            {
              type: 'ImportSpecifier' as const,
              imported: identifier('pageHighlighting'),
              local: identifier('__pageHighlighting'),
            },
          ],
          source: literal(HIGHLIGHTING_MODULE),
        },
        {
          type: 'ExportNamedDeclaration' as const,
          specifiers: [],
          source: null,
          declaration: {
            type: 'VariableDeclaration' as const,
            kind: 'const' as const,
            declarations: [
              {
                type: 'VariableDeclarator' as const,
                id: identifier('__highlighting'),
                init: {
                  type: 'AwaitExpression' as const,
                  argument: {
                    type: 'CallExpression' as const,
                    callee: identifier('__pageHighlighting'),
                    arguments: [{type: 'ArrayExpression' as const, elements: languages.map(literal)}],
                    optional: false,
                  },
                },
              },
            ],
          },
        },
      ],
    };
    tree.children.unshift({type: 'mdxjsEsm', value: code, data: {estree}} as unknown as Root['children'][number]);
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
