import {test, expect} from './fixtures';
import {existsSync, readFileSync} from 'node:fs';
import {sitemapPaths} from './helpers';
import {kb, measureFirstVisit, measurePages, type FirstVisit} from '../perf/measure';
import {duplicatedModules, librariesIn, readChunkMaps, type ChunkEntry} from '../perf/chunk-map';
import {catalogueTexts, duplicatedTexts} from '../perf/texts';

interface Budget {
  bareDocPageJsGzip: number;
  guidePageFactor: number;
  toolAllowanceGzip: number;
  /** What the code blocks' highlighter may add after hydration on a page that shows code blocks. */
  highlighterAllowanceGzip: number;
  /** What each part kept from the server may add after hydration when it comes to life near the reader. */
  livePartAllowanceGzip: number;
  /** Scripts a page may ask for before it has hydrated. */
  maxOwnScripts: number;
  maxCssGzip: number;
  mustNotLoad: string[];
  /** Libraries a page may load only when it shows a code block. */
  onlyWithCodeBlocks: string[];
  exceptions: Exception[];
}
interface Exception {
  /** Regular expression on the page's path. */
  pages: string;
  maxJsGzip?: number;
  maxOwnJsGzip?: number;
  maxAfterHydrationGzip?: number;
  libraries?: string[];
  todo: string;
}
const budget = JSON.parse(readFileSync('test/perf/budget.json', 'utf8')) as Budget;
const BUILD = 'build';

/** Everything wrong with one page's first visit, as readable lines (empty: within budget). */
function judge(
  path: string,
  visit: FirstVisit,
  chunks: Map<string, ChunkEntry>,
  texts: readonly string[],
  used: Set<Exception>,
  /** What librariesIn finds in the scripts the page loaded. */
  libraries: readonly string[],
): string[] {
  const problems: string[] = [];
  const scripts = visit.assets.filter((a) => a.path.endsWith('.js'));
  const own = scripts.filter((a) => !a.afterHydration).reduce((sum, a) => sum + a.gzip, 0);
  const lazy = visit.js.gzip - own;
  const tools = new Set(visit.tools).size;
  const exceptions = budget.exceptions.filter((e) => new RegExp(e.pages).test(path));
  const relaxed = (key: 'maxJsGzip' | 'maxOwnJsGzip' | 'maxAfterHydrationGzip'): Exception | undefined =>
    exceptions.find((e) => e[key] !== undefined);
  /** Checks value ≤ the real limit, or ≤ an exception's figure (and notes that the exception was needed). */
  const check = (
    what: string,
    value: number,
    limit: number,
    key: 'maxJsGzip' | 'maxOwnJsGzip' | 'maxAfterHydrationGzip',
  ): void => {
    if (value <= limit) return;
    const exception = relaxed(key);
    if (exception) used.add(exception);
    const allowed = exception?.[key] ?? limit;
    if (value > allowed) problems.push(`${what} ${kb(value)} > ${kb(allowed)}${exception ? ' (exception)' : ''}`);
  };
  const ownLimit = Math.round(budget.bareDocPageJsGzip * budget.guidePageFactor);
  const whole = relaxed('maxJsGzip');
  if (whole) {
    // A page whose whole first visit has one figure for now (the tools page); its target is ownLimit.
    if (visit.js.gzip > ownLimit) used.add(whole);
    if (visit.js.gzip > whole.maxJsGzip!)
      problems.push(`JS ${kb(visit.js.gzip)} > ${kb(whole.maxJsGzip!)} (exception)`);
  } else {
    check(`own JS (limit ${budget.guidePageFactor} × bare)`, own, ownLimit, 'maxOwnJsGzip');
    const highlighter = visit.codeBlocks > 0 ? budget.highlighterAllowanceGzip : 0;
    check(
      `JS after hydration (limit ${tools} tool(s) × allowance${highlighter ? ' + the highlighter' : ''}${visit.liveParts ? ` + ${visit.liveParts} live part(s)` : ''})`,
      lazy,
      tools * budget.toolAllowanceGzip + highlighter + visit.liveParts * budget.livePartAllowanceGzip,
      'maxAfterHydrationGzip',
    );
  }
  const ownScripts = scripts.filter((a) => !a.afterHydration).length;
  if (ownScripts > budget.maxOwnScripts)
    problems.push(`asks for ${ownScripts} scripts before hydrating > ${budget.maxOwnScripts}`);
  if (visit.css.gzip > budget.maxCssGzip) problems.push(`CSS ${kb(visit.css.gzip)} > ${kb(budget.maxCssGzip)}`);

  const unknown = scripts.filter((a) => !chunks.has(a.path)).map((a) => a.path);
  if (unknown.length)
    problems.push(`not in the build's chunk map (stale .docusaurus/bundle-split? rebuild): ${unknown.join(', ')}`);
  const files = scripts.map((a) => a.path);
  for (const library of budget.mustNotLoad.filter((l) => libraries.includes(l))) {
    const exception = exceptions.find((e) => e.libraries?.includes(library));
    if (exception) used.add(exception);
    else problems.push(`loads ${library} on first visit`);
  }
  if (visit.codeBlocks === 0)
    for (const library of budget.onlyWithCodeBlocks.filter((l) => libraries.includes(l)))
      problems.push(`loads ${library} with no code block on the page`);
  for (const [module, inFiles] of duplicatedModules(chunks, files))
    problems.push(`module ${module} is in ${inFiles.length} of the chunks it loads: ${inFiles.join(', ')}`);
  for (const [text, inFiles] of duplicatedTexts(texts, scripts))
    problems.push(`catalogue text «${text}» is in ${inFiles.length} of its chunks: ${inFiles.join(', ')}`);
  return problems;
}

test('byte budget: every page in both sitemaps, first visit, once its tools are ready', async ({
  browser,
  request,
  baseURL,
}) => {
  // About 20 s on a quiet 2-core machine; generous, because other work may share it.
  test.setTimeout(240_000);
  expect(existsSync(`${BUILD}/sitemap.xml`), 'run the build first').toBe(true);
  const chunks = readChunkMaps(BUILD);
  const texts = catalogueTexts();
  const paths = [...(await sitemapPaths(request, '')), ...(await sitemapPaths(request, '/en'))];
  expect(paths.length).toBeGreaterThan(10);
  for (const e of budget.exceptions)
    expect(
      paths.some((p) => new RegExp(e.pages).test(p)),
      `budget.json exception ${e.pages} matches no page`,
    ).toBe(true);

  const context = await browser.newContext({baseURL});
  const visits = await measurePages(context, paths, (page, path) => measureFirstVisit(page, path, {keepText: true}));
  await context.close();

  const rows: string[] = [];
  const failures: string[] = [];
  const used = new Set<Exception>();
  let textsSeen = 0;
  let highlighterSeen = 0;
  for (const path of paths) {
    const visit = visits.get(path)!;
    const scripts = visit.assets.filter((a) => a.path.endsWith('.js'));
    const lazy = scripts.filter((a) => a.afterHydration).reduce((sum, a) => sum + a.gzip, 0);
    if (visit.tools.length && scripts.some((a) => texts.some((t) => a.text?.includes(t)))) textsSeen++;
    const libraries = librariesIn(scripts.flatMap((a) => chunks.get(a.path)?.modules ?? []));
    if (visit.codeBlocks && libraries.includes('prism')) highlighterSeen++;
    rows.push(
      `${path.padEnd(48)} JS ${kb(visit.js.gzip).padStart(9)} (after hydration ${kb(lazy).padStart(8)}, ${visit.tools.length} tool(s), ${visit.codeBlocks} code block(s))  CSS ${kb(visit.css.gzip).padStart(8)}  ${scripts.length} files, ${scripts.filter((a) => !a.afterHydration).length} before hydrating`,
    );
    for (const problem of judge(path, visit, chunks, texts, used, libraries)) failures.push(`${path}: ${problem}`);
  }
  for (const e of budget.exceptions.filter((x) => !used.has(x)))
    failures.push(`exception ${e.pages} is no longer needed by any page: delete it from budget.json (${e.todo})`);
  console.log(rows.join('\n'));
  // The duplicate-text check must see the texts on some page with a tool, or it checks nothing.
  expect(textsSeen, 'no catalogue text found in any tool page’s chunks').toBeGreaterThan(0);
  // Likewise the highlighter rule must recognise the highlighter where it is meant to load.
  expect(highlighterSeen, 'no page with a code block loads the highlighter: is LIBRARIES.prism stale?').toBeGreaterThan(
    0,
  );
  expect(failures, failures.join('\n')).toEqual([]);
});
