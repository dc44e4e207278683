import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Root} from 'mdast';
import {existsSync, readFileSync} from 'node:fs';
import remarkPrismLanguages, {
  HIGHLIGHTER_MODULE,
  HIGHLIGHT_STAND_IN,
  THEME_CODE_BLOCK_CONTENT,
  THEME_PRISM_CLIENT_MODULE,
  checkPrismInternals,
  languageModules,
} from './index';

const tree = (markdown: string): Root => unified().use(remarkParse).parse(markdown);

describe('remarkPrismLanguages', () => {
  it('imports the highlighter and each language a page’s code blocks need, once, and nothing for built-in languages', () => {
    const page = tree(
      '# T\n\n```sh\nopenssl x509\n```\n\n```bash\ncurl\n```\n\n```java\nclass A {}\n```\n\n```json\n{}\n```\n',
    );
    expect(languageModules(page)).toEqual([
      HIGHLIGHTER_MODULE,
      '@site/src/theme/prism-languages/bash',
      '@site/src/theme/prism-languages/java',
    ]);
    remarkPrismLanguages()(page);
    const imports = page.children.filter((n) => (n.type as string) === 'mdxjsEsm') as unknown as {value: string}[];
    expect(imports.map((n) => n.value)).toEqual([
      "import '@site/src/theme/CodeBlock/Content/Highlighted';",
      "import '@site/src/theme/prism-languages/bash';",
      "import '@site/src/theme/prism-languages/java';",
    ]);
  });

  it('gives a page with only built-in languages the highlighter alone', () => {
    const page = tree('Tekst med `bash` i en setning.\n\n```json\n{"a": 1}\n```\n\n```\nuten språk\n```\n');
    expect(languageModules(page)).toEqual([HIGHLIGHTER_MODULE]);
  });

  it('leaves a page without code blocks as it is', () => {
    const page = tree('# Tittel\n\nTekst med `bash` og `java` i en setning.\n');
    const before = JSON.stringify(page);
    remarkPrismLanguages()(page);
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
