import {describe, expect, it} from 'vitest';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

// Every UI string id used by the tools, tables and tools page has an English text.
const english = JSON.parse(readFileSync('i18n/en/code.json', 'utf8')) as Record<string, {message: string}>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'Changelog' || name === 'CodeSamples' ? [] : files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('tool UI strings', () => {
  it('have an English translation', () => {
    const ids = new Set<string>();
    for (const file of [...files('src/components'), 'src/pages/verktoy.tsx']) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /(?:translate(?:<string>)?\(\{\s*id:\s*'|<Translate\s+id="|findingTranslation\(')([^'"]+)/g,
      ))
        ids.add(m[1] ?? '');
    }
    expect(ids.size).toBeGreaterThan(100);
    expect([...ids].filter((id) => !english[id]?.message)).toEqual([]);
  });
});
