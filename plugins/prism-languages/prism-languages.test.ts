import {describe, expect, it} from 'vitest';
import {existsSync, readFileSync} from 'node:fs';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Root} from 'mdast';
import remarkPageHighlighting, {
  HIGHLIGHTING_MODULE,
  HIGHLIGHT_STAND_IN,
  THEME_CODE_BLOCK_CONTENT,
  THEME_PRISM_CLIENT_MODULE,
  checkPrismInternals,
  codeLanguages,
} from './index';

const tree = (markdown: string): Root => unified().use(remarkParse).parse(markdown);

describe('remarkPageHighlighting', () => {
  it("makes a page with code blocks await its languages' highlighting, each language once", () => {
    const page = tree(
      '# T\n\n```sh\nopenssl x509\n```\n\n```Java\nclass A {}\n```\n\n```sh\nls\n```\n\n```\nplain\n```\n',
    );
    expect(codeLanguages(page)).toEqual(['', 'java', 'sh']);
    remarkPageHighlighting()(page);
    const esm = page.children[0] as unknown as {type: string; value: string; data: {estree: {body: {type: string}[]}}};
    expect(esm.type).toBe('mdxjsEsm');
    expect(esm.value).toContain(`from '${HIGHLIGHTING_MODULE}'`);
    expect(esm.value).toContain('await __pageHighlighting(["","java","sh"])');
    expect(esm.data.estree.body.map((n) => n.type)).toEqual(['ImportDeclaration', 'ExportNamedDeclaration']);
    expect(JSON.stringify(esm.data.estree)).toContain('"AwaitExpression"');
  });

  it('leaves a page without code blocks as it is', () => {
    const page = tree('# Tittel\n\nTekst med `bash` og `java` i en setning.\n');
    const before = JSON.stringify(page);
    remarkPageHighlighting()(page);
    expect(JSON.stringify(page)).toBe(before);
  });
});

describe('prismOnDemandPlugin, on what it leans on in the installed theme', () => {
  const clientModules = (paths: string[]): string =>
    `export default [\n${paths.map((p) => `  require(${JSON.stringify(p)}),`).join('\n')}\n];\n`;
  const theme = {
    clientModulesSource: clientModules([
      '/site/node_modules/infima/dist/css/default/default.css',
      THEME_PRISM_CLIENT_MODULE,
    ]),
    contentSource: readFileSync(THEME_CODE_BLOCK_CONTENT, 'utf8'),
  };
  const oneLine = (error: RegExp): RegExp =>
    new RegExp(String.raw`^\[prism-on-demand\] expected [^\n]*${error.source}[^\n]*$`);

  it("passes with the installed theme's code block content and client module", () => {
    expect(() => checkPrismInternals(theme)).not.toThrow();
    expect(existsSync(`${THEME_PRISM_CLIENT_MODULE}.js`)).toBe(true);
    expect(existsSync(HIGHLIGHT_STAND_IN)).toBe(true);
  });

  it('stops the build with one line when the client module is renamed or listed with a .js suffix', () => {
    const renamed = THEME_PRISM_CLIENT_MODULE.replace('prism-include-languages', 'prism-languages');
    expect(() => checkPrismInternals({...theme, clientModulesSource: clientModules([renamed])})).toThrow(
      oneLine(/client-modules\.js to list .*; found .*prism-languages$/),
    );
    expect(() =>
      checkPrismInternals({...theme, clientModulesSource: clientModules([`${THEME_PRISM_CLIENT_MODULE}.js`])}),
    ).toThrow(oneLine(/found .*prism-include-languages\.js$/));
    expect(() => checkPrismInternals({...theme, clientModulesSource: clientModules([])})).toThrow(
      oneLine(/no prism client module/),
    );
    expect(() => checkPrismInternals({...theme, clientModulesSource: undefined})).toThrow(
      oneLine(/client-modules\.js/),
    );
  });

  it("stops the build when the theme's code block content imports something else from prism-react-renderer", () => {
    const source = (imports: string): string =>
      `import React from 'react';\n${imports}\nexport default function C() {}`;
    expect(() =>
      checkPrismInternals({...theme, contentSource: source("import {Highlight, Prism} from 'prism-react-renderer';")}),
    ).toThrow(oneLine(/\{Highlight\} .* nothing else; found \{Highlight,Prism\}$/));
    expect(() =>
      checkPrismInternals({...theme, contentSource: source("import Highlight from '@theme/CodeBlock/Highlight';")}),
    ).toThrow(oneLine(/found no import from prism-react-renderer$/));
    expect(() => checkPrismInternals({...theme, contentSource: undefined})).toThrow(oneLine(/no such file$/));
  });
});
