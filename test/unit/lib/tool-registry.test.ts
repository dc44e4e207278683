// The tool registry (src/lib/tools.ts) is the one list of tools: each row has everything a tool needs to appear
// on the tools page, the home page, in MDX and in the browser tests, in both languages. (Its loader is a type
// error when missing; its showcase example is clicked by the browser tests' showFindings.)
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {RESERVE_WIDTHS, TOOLS, toolTextIds} from '../../../src/lib/tools';
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

  it('the frame picks each reserved height at the band widths the registry gives', () => {
    // styles.module.css cannot import the widths: its container queries must list the same ones, in order.
    const css = readFileSync('src/components/ToolShell/styles.module.css', 'utf8');
    const queried = [
      ...css.matchAll(/@container \(min-width: (\d+)px\)\s*\{\s*\.body\s*\{\s*min-height: var\(--tool-reserve-(\d)/g),
    ];
    expect(queried.map((m) => [Number(m[1]), Number(m[2])])).toEqual(
      RESERVE_WIDTHS.slice(1).map((width, index) => [width, index + 1]),
    );
    expect(css).toMatch(/\.body\s*\{\s*min-height: var\(--tool-reserve-0/);
  });

  it.each(TOOLS.map((row) => [row.id, row] as const))('%s: a wider frame never keeps more room', (_id, row) => {
    expect(row.reserve).toHaveLength(RESERVE_WIDTHS.length);
    for (let band = 1; band < row.reserve.length; band++)
      expect(row.reserve[band]).toBeLessThanOrEqual(row.reserve[band - 1]!);
  });
});
