// The old DSOP page's anchors and where they land: every heading of the old page (nb and en) is either in the
// table or an anchor the redirect target has itself, and every target anchor exists on both locales' new page.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {readFileSync, readdirSync} from 'node:fs';
import {createSlugger} from '@docusaurus/utils';
import {LEGACY_ANCHORS, LEGACY_ANCHOR_PAGE, resolveLegacyAnchor} from '@site/src/lib/legacy-anchors';
import {LEGACY_REDIRECTS} from '@site/redirects';

const RUNS = Number(process.env.FC_RUNS ?? 500);

const OLD_PAGES = [
  'versioned_docs/version-2023/dsop_ajourhold_Integrasjonmaskinporten.mdx',
  'i18n/en/docusaurus-plugin-content-docs/version-2023/dsop_ajourhold_Integrasjonmaskinporten.mdx',
];
const NEW_PAGE_DIRS = ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'];

/** Heading ids as Docusaurus writes them: an explicit `{#id}`, else github-slugger of the heading's text. */
function headingIds(source: string): string[] {
  const slugger = createSlugger();
  return [...source.matchAll(/^#{2,6} (.+)$/gm)].map((m) => {
    const explicit = /\\?\{#([^}\\]+)\\?\}\s*$/.exec(m[1]!);
    return explicit ? explicit[1]! : slugger.slug(m[1]!.replace(/`/g, '').trim());
  });
}

/** `/docs/<slug>` -> the heading ids of the page with that slug in one docs folder. */
function pageIds(dir: string, docPath: string): string[] | undefined {
  const slug = docPath.replace(/^\/docs/, '');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const source = readFileSync(`${dir}/${file}`, 'utf8');
    const frontSlug = /^slug:\s*["']?([^"'\n]+)["']?$/m.exec(source)?.[1];
    if ((frontSlug ?? `/${file.replace(/\.mdx$/, '')}`) === slug) return headingIds(source);
  }
  return undefined;
}

describe('legacy anchors of the old DSOP page', () => {
  it('reads the headings of the old page the way Docusaurus slugs them', () => {
    const ids = headingIds(readFileSync(OLD_PAGES[0]!, 'utf8'));
    expect(ids).toContain('virksomhetssertifikat');
    expect(ids).toContain('pensjonsinnretning-som-benytter-ekstern-leverandør');
  });

  for (const oldPage of OLD_PAGES) {
    it(`every heading of ${oldPage} lands on a section: in the table or on ${LEGACY_ANCHOR_PAGE} itself`, () => {
      const targetIds = NEW_PAGE_DIRS.flatMap((dir) => pageIds(dir, LEGACY_ANCHOR_PAGE) ?? []);
      const lost = headingIds(readFileSync(oldPage, 'utf8')).filter(
        (id) => resolveLegacyAnchor(id) === undefined && !targetIds.includes(id),
      );
      expect(lost).toEqual([]);
    });
  }

  for (const dir of NEW_PAGE_DIRS) {
    it(`every target page and anchor exists in ${dir}`, () => {
      const missing = LEGACY_ANCHORS.flatMap(({to}) => {
        const [path, anchor] = to.split('#') as [string, string | undefined];
        const ids = pageIds(dir, path);
        if (!ids) return [`${to}: no page`];
        return anchor === undefined || ids.includes(anchor) ? [] : [`${to}: no anchor`];
      });
      expect(missing).toEqual([]);
    });
  }

  it('every old DSOP address redirects to the page that sends anchors on', () => {
    const dsop = LEGACY_REDIRECTS.filter((r) => r.from.includes('dsop_ajourhold_Integrasjonmaskinporten'));
    expect(dsop.length).toBeGreaterThan(0);
    for (const redirect of dsop) expect(redirect.to, redirect.from).toBe(LEGACY_ANCHOR_PAGE);
  });

  it('no old anchor is listed twice, and no target is the old anchor on the same page', () => {
    const all = LEGACY_ANCHORS.flatMap((row) => row.anchors);
    expect(new Set(all).size).toBe(all.length);
    for (const row of LEGACY_ANCHORS) {
      expect(row.to).toMatch(/^\/docs\/[a-z0-9-]+(#[a-z0-9-]+)?$/);
      expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('resolves the anchors in issue 13, with or without #, percent-encoded or not, in any case', () => {
    expect(resolveLegacyAnchor('#virksomhetssertifikat')).toBe('/docs/virksomhetssertifikat');
    expect(resolveLegacyAnchor('opprette-integrasjon')).toBe('/docs/klient-og-integrasjon#opprette-integrasjon');
    expect(resolveLegacyAnchor('#maskinporten-og-consumer')).toBe('/docs/consumer-og-supplier#consumer');
    expect(resolveLegacyAnchor('#pensjonsinnretning-som-benytter-ekstern-leverand%C3%B8r')).toBe('/docs/delegering');
    expect(resolveLegacyAnchor('#Virksomhetssertifikat')).toBe('/docs/virksomhetssertifikat');
    expect(resolveLegacyAnchor('#hva-er-maskinporten')).toBeUndefined();
    expect(resolveLegacyAnchor('#')).toBeUndefined();
    expect(resolveLegacyAnchor('#%E0%A4%A')).toBeUndefined();
  });

  it('never throws, and answers a table target or nothing, for any input', () => {
    const targets = new Set(LEGACY_ANCHORS.map((row) => row.to));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.webFragments()), (input) => {
        const result = resolveLegacyAnchor(input);
        return result === undefined || targets.has(result);
      }),
      {numRuns: RUNS},
    );
  });

  it('an old anchor resolves the same however it is encoded', () => {
    const anchors = LEGACY_ANCHORS.flatMap((row) => row.anchors.map((anchor) => ({anchor, to: row.to})));
    fc.assert(
      fc.property(fc.constantFrom(...anchors), fc.boolean(), fc.boolean(), ({anchor, to}, hashed, upper) => {
        const text = upper ? anchor.toUpperCase() : anchor;
        const encoded = encodeURIComponent(text);
        return resolveLegacyAnchor(`${hashed ? '#' : ''}${encoded}`) === to && resolveLegacyAnchor(text) === to;
      }),
      {numRuns: RUNS},
    );
  });
});
