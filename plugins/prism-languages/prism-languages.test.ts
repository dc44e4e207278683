import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Root} from 'mdast';
import remarkPrismLanguages, {HIGHLIGHTER_MODULE, languageModules} from './index';

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
