// The tool registry (src/lib/tools.ts) is the one list of tools: each row has everything a tool needs to appear
// on the tools page, the home page, in MDX and in the browser tests, in both languages. (Its loader is a type
// error when missing; its showcase example is clicked by the browser tests' showFindings.)
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {TOOLS, toolTextIds} from '../../../src/lib/tools';
import {lazyGroupOf} from '../../../plugins/lazy-translations';

const codeJson = (locale: string): Record<string, {message: string}> =>
  JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as Record<string, {message: string}>;

describe('tool registry', () => {
  const en = codeJson('en');
  const nb = codeJson('nb');

  it.each(TOOLS.map((row) => [row.id, row] as const))('%s: its texts exist in both languages', (_id, row) => {
    const ids = toolTextIds(row);
    expect(row.title.trim()).not.toBe('');
    expect(en[ids.title]?.message, ids.title).toBeTruthy();
    for (const id of [ids.intro, ids.guideLabel]) {
      expect(nb[id]?.message, `nb ${id}`).toBeTruthy();
      expect(en[id]?.message, `en ${id}`).toBeTruthy();
    }
  });

  it.each(TOOLS.map((row) => [row.id, row] as const))('%s: its own texts load with its body', (_id, row) => {
    const own = Object.keys(en).filter((id) => id.startsWith(row.texts));
    expect(own.length).toBeGreaterThan(0);
    for (const id of own) expect(lazyGroupOf(id), id).toBe('tools');
    // The title is shown in the tool's frame on every page that has the tool: it stays in every page's texts.
    expect(lazyGroupOf(toolTextIds(row).title)).toBeUndefined();
  });

  it('ids, MDX names and text prefixes are unique', () => {
    for (const key of ['id', 'component', 'texts'] as const)
      expect(new Set(TOOLS.map((row) => row[key])).size).toBe(TOOLS.length);
  });
});
