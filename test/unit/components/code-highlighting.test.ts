// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {Prism} from 'prism-react-renderer';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {
  PRISM_LANGUAGE_LOADERS,
  codeLanguage,
  highlightingReady,
  loadHighlighting,
} from '@site/src/theme/CodeBlock/highlighting';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Every code block language the site uses: Markdown fences, and `language=` on JSX code blocks. */
function languagesInUse(): Map<string, string> {
  const found = new Map<string, string>();
  const sources = [
    ...['docs', 'versioned_docs', 'i18n', 'src/pages'].flatMap((d) => {
      try {
        return files(d, /\.mdx?$/);
      } catch {
        return [];
      }
    }),
    ...files('src/components', /\.tsx$/),
  ];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    const visit = (node: {type: string; lang?: string | null; children?: unknown[]}): void => {
      if (node.type === 'code' && node.lang) found.set(node.lang.toLowerCase(), file);
      for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
    };
    if (!file.endsWith('.tsx')) visit(unified().use(remarkParse).parse(text));
    for (const m of text.matchAll(/language[=:]\s*["']([\w+#-]+)["']/g))
      found.set((m[1] as string).toLowerCase(), file);
  }
  return found;
}

describe('code highlighting on demand', () => {
  it('knows every language the pages use: built into prism-react-renderer, or loaded from the table', () => {
    const used = languagesInUse();
    expect(used.size).toBeGreaterThan(3);
    const unknown = [...used].filter(
      ([language]) => !(language in Prism.languages) && !(language in PRISM_LANGUAGE_LOADERS),
    );
    expect(unknown.map(([l, f]) => `${l} (${f})`)).toEqual([]);
    // The table holds only languages the highlighter lacks: a built-in one there would load for nothing.
    for (const language of Object.keys(PRISM_LANGUAGE_LOADERS)) expect(Prism.languages[language]).toBeUndefined();
  });

  it("reads a block's language from its props or its Markdown class", () => {
    expect(codeLanguage({language: 'Java'})).toBe('java');
    expect(codeLanguage({className: 'language-bash'})).toBe('bash');
    expect(codeLanguage({className: 'foo language-yaml bar'})).toBe('yaml');
    expect(codeLanguage({})).toBe('');
  });

  it('loads the highlighter, then the language, once; a built-in language needs only the highlighter', async () => {
    expect(highlightingReady('json')).toBe(false);
    expect(highlightingReady('bash')).toBe(false);
    const first = loadHighlighting('bash');
    expect(loadHighlighting('bash')).toBe(first);
    await first;
    expect(highlightingReady('bash')).toBe(true);
    expect(highlightingReady('json')).toBe(true);
    expect(Prism.languages.bash).toBeDefined();
    // Each name in the table is one its language file defines (sh and shell come with bash).
    for (const name of ['sh', 'shell']) expect(highlightingReady(name)).toBe(true);
    expect(highlightingReady('java')).toBe(false);
    await loadHighlighting('java');
    expect(Prism.languages.java).toBeDefined();
  });
});
