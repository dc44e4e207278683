/**
 * `npm run bench:site`: this site against a bare Docusaurus classic TypeScript template of the same version.
 * Builds ours (SITE_BUILD=<folder> measures a build made before) and the template (scaffolded into
 * .bench-cache/ once, built once), serves both on loopback with gzip, and prints, for every current page of both
 * locales (BENCH_PAGES=<regexp> for some of them):
 * - script work at load: Chromium's TaskDuration (less the harness's DevTools commands) from navigation until the page has hydrated and the network is
 *   quiet (test/perf/script-work.ts), JavaScript on minus off, at
 *   phone width, median of SCRIPT_RUNS (5) loads each in a fresh context, interleaved with the bare page, and its
 *   ratio to the bare page's (issue 23: at most 1.10);
 * - the longest task at load at phone width, with the CPU slowed 4× and unthrottled, median of LONGTASK_RUNS (3);
 * - the JS a first visit downloads (gzip; the byte budget's measurement, test/perf/measure.ts).
 * Then Lighthouse 12 mobile (median of LIGHTHOUSE_RUNS, 3; the tools page VERKTOY_RUNS, 5; LIGHTHOUSE_RUNS=0
 * skips it) and desktop (once) for three pages and the bare one, with the per-chunk breakdown of /verktoy. The
 * same figures go to test-results/site-bench.{json,md}. Ports: BENCH_PORT (3101) and the next one.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {chromium} from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {measureFirstVisit, kb, type FirstVisit} from '../perf/measure';
import {readChunkMaps, type ChunkEntry} from '../perf/chunk-map';
import {serveStatic} from '../perf/static-server';
import {longestTask, median, PHONE_VIEWPORT, taskDuration} from '../perf/script-work';
import {CHROMIUM_ARGS} from '../../playwright.config';
import {siteUrl, baseUrl} from '../../site.config';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const VERKTOY_RUNS = Number(process.env.VERKTOY_RUNS ?? 5);
/** Loads per page for script work (each with and without JavaScript), and for the longest task. */
const SCRIPT_RUNS = Number(process.env.SCRIPT_RUNS ?? 5);
const LONGTASK_RUNS = Number(process.env.LONGTASK_RUNS ?? 3);
const BARE_EVERY = 6;
// Two loopback ports, BENCH_PORT and the next one (another bench may hold the defaults).
const PORT = Number(process.env.BENCH_PORT ?? 3101);
const siteDir = resolve('.');
const cacheDir = resolve('.bench-cache');
const bareDir = join(cacheDir, 'bare-classic');
const docusaurusVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as {dependencies: Record<string, string>})
  .dependencies['@docusaurus/core']!;

function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}): number {
  const started = Date.now();
  const result = spawnSync(command, args, {cwd, stdio: 'inherit', env: {...process.env, ...env}});
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  return (Date.now() - started) / 1000;
}

/**
 * The bare page: Docusaurus's own classic TypeScript template (create-docusaurus, from the npm cache when it is
 * there), with the same `future: {v4, faster}` as ours, built with this repository's node_modules (a symlink:
 * the same @docusaurus, React and bundler versions, no second install; BARE_INSTALL=1 installs its own instead).
 * Scaffolded and built once into .bench-cache/bare-classic; delete that folder to make it again.
 */
function scaffoldBare(): void {
  mkdirSync(cacheDir, {recursive: true});
  if (!existsSync(join(bareDir, 'package.json'))) {
    console.log(`Scaffolding a bare Docusaurus ${docusaurusVersion} classic TypeScript site into ${bareDir} …`);
    sh(
      'npx',
      [
        '--prefer-offline',
        '--yes',
        `create-docusaurus@${docusaurusVersion}`,
        'bare-classic',
        'classic',
        '--typescript',
        '--skip-install',
      ],
      cacheDir,
    );
    // The same build settings as ours (future.v4 + faster), so the comparison is of the sites, not of bundlers.
    const configPath = join(bareDir, 'docusaurus.config.ts');
    writeFileSync(
      configPath,
      readFileSync(configPath, 'utf8').replace(/future: \{[^}]*\}/s, 'future: {v4: true, faster: true}'),
    );
  }
  if (existsSync(join(bareDir, 'node_modules'))) return;
  if (process.env.BARE_INSTALL) {
    const pkgPath = join(bareDir, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
      dependencies: Record<string, string>;
      overrides?: Record<string, string>;
    };
    pkg.dependencies['@docusaurus/faster'] = docusaurusVersion;
    pkg.overrides = {'@swc/html': '1.16.2'};
    writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
    sh('npm', ['install', '--no-audit', '--no-fund'], bareDir);
  } else {
    symlinkSync(join(siteDir, 'node_modules'), join(bareDir, 'node_modules'), 'dir');
  }
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
}

async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop', count: number): Promise<LighthouseFigures> {
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < count; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
      userDataDir: false,
    });
    try {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result!.lhr;
      runs.push({
        performance: lhr.categories.performance!.score ?? 0,
        accessibility: lhr.categories.accessibility!.score ?? 0,
        bestPractices: lhr.categories['best-practices']!.score ?? 0,
        seo: lhr.categories.seo!.score ?? 0,
        lcpMs: lhr.audits['largest-contentful-paint']!.numericValue ?? 0,
        tbtMs: lhr.audits['total-blocking-time']!.numericValue ?? 0,
      });
    } finally {
      await chrome.kill();
    }
  }
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
    seo: median(runs.map((r) => r.seo)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
  };
}

interface Row {
  page: string;
  url: string;
  visit: Pick<FirstVisit, 'js' | 'css' | 'assets' | 'tools'>;
  mobileRuns: number;
  mobile: LighthouseFigures;
  desktop: LighthouseFigures;
}

/** What a chunk holds, in a few words: its modules grouped by package or source folder, biggest groups first. */
export function describeChunk(entry: ChunkEntry | undefined): string {
  if (!entry) return '(not in the chunk map)';
  const groups = new Map<string, number>();
  for (const module of entry.modules) {
    const path = module.replace(/^\.\//, '');
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const group = pkg ?? (path.startsWith('.docusaurus/') ? 'generated' : path.split('/').slice(0, 3).join('/'));
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  const sorted = [...groups].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, 4).map(([g, n]) => `${g}${n > 1 ? ` (${n})` : ''}`);
  return shown.join(', ') + (sorted.length > 4 ? ` + ${sorted.length - 4} more` : '');
}

/** Every current page of both locales, from the build's sitemaps: not the frozen archives (/docs/<version>/…). */
function currentPages(buildDir: string): string[] {
  const origin = siteUrl.replace(/\/$/, '') + baseUrl.replace(/\/$/, '');
  const archived = existsSync('versions.json') ? (JSON.parse(readFileSync('versions.json', 'utf8')) as string[]) : [];
  const paths: string[] = [];
  for (const prefix of ['', '/en']) {
    const xml = readFileSync(join(buildDir, prefix, 'sitemap.xml'), 'utf8');
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = loc!.replace(origin, '') || '/';
      if (archived.some((v) => path.startsWith(`${prefix}/docs/${v}/`))) continue;
      paths.push(path);
    }
  }
  return paths;
}

interface ScriptRow {
  page: string;
  url: string;
  /** TaskDuration per load, ms, JavaScript on / off. */
  withJs: number[];
  withoutJs: number[];
  /** Longest task per load, ms, phone width with 4× CPU slowdown. */
  longest: number[];
  /** Longest task per load, ms, phone width, unthrottled (as script work is measured). */
  longestUnthrottled: number[];
  jsGzip?: number;
}
const scriptWork = (r: ScriptRow): number => median(r.withJs) - median(r.withoutJs);

/**
 * What each change of issue 23 bought, measured with this bench (script work at load, × bare), so the next
 * change can see what moved what. Figures are from a shared 2-core machine under load: read the ratios.
 */
const CHANGES: readonly [string, string][] = [
  [
    'Adopt what never changes from the server HTML without hydrating it (StaticHtml): MDX paragraphs, lists, quotes and tables of plain HTML, fact tables, the troubleshooting reference, sequence diagrams; their links routed by one delegated listener',
    'hydrated article elements (test/e2e/hydration-cost.spec.ts) feilsoking 2 781 → 182, kalle-api-ene 682 → 117, miljoer 381 → 130; script work × bare (3 rounds, loaded machine) miljoer 2.19 → 0.98, ordliste 1.17 → 0.65, /verktoy 1.11 → 0.45',
  ],
  [
    'Tables: labels and roles for the phone layout rendered on the server; naming and measuring in one pass at idle with one ResizeObserver for all tables (was two effects, three states and one observer per table, with a forced layout each)',
    'no re-render of any table after hydration; no forced layout per table',
  ],
  [
    'Code samples kept from the server HTML until near (LiveWhenNear); the key-pair page renders only the chosen tab',
    'byte budget exceptions for kodeeksempler gone (190.6 KB → within 189.1 KB own JS); hydrated-element exception gone',
  ],
  [
    'Code blocks kept from the server HTML (highlighted) until touched, or near in dark mode; Prism loads then, or at idle after the first interaction, not with the page; a page reached by a link inside the site awaits it in its module',
    'script work × bare (5 rounds, quiet machine, before → after): sjekk-i-ci-og-test-lokalt 1.72 → 1.10, kodeeksempler 1.53 → 1.14, virksomhetssertifikat 1.59 → 1.14, nokkelpar 1.57 → 1.33 (Tabs draw again after load); sjekk-i-ci first-visit JS 181.5 → 153.9 KB',
  ],
  [
    'The closed phone menu switches to the guide’s panel without sliding (src/css/custom.css): the slide crossed the screen’s edge after load, every guide link in it counted as seen, and Docusaurus prefetched every guide page’s code',
    'prefetch requests on a first visit to /docs/miljoer 257 → 2 (test/e2e/prefetch.spec.ts); script work × bare (5 rounds, 6 pages, quiet machine) consumer-og-supplier 1.21 → 1.05, delegering 1.25 → 0.98, miljoer 1.31 → 1.07, feilsoking 1.44 → 1.04',
  ],
  [
    'Key-pair samples (Docusaurus Tabs, which remount after load) kept from the server HTML until near (LiveWhenNear, src/components/KeyPairSamples)',
    'nokkelpar 1.43 → 1.07 (en 0.98) in the same quick run; its samples and Prism load after hydration (35 KB, livePartAllowanceGzip), its total 186.6 → 187.6 KB',
  ],
  [
    'Measured until hydrated and quiet, not until network idle (test/perf/script-work.ts)',
    'the longest task at 4× CPU is now found in every load: evaluating the main bundle, 460–970 ms on every page against 1 039 ms for the bare page (before, 60–120 ms in the loads where the network fell quiet before it ran). Full run: 5 of 37 rows over 1.10 × (feilsoking 1.22, kodeeksempler 1.16, nokkelpar 1.15 and en 1.19, kalle-api-ene 1.13), was 18',
  ],
  [
    'Kept code samples (key pairs, code samples) come to life when touched, not when near: a click or tap before that is held and given to the same tab; near only in dark mode or with a stored tab choice; their code loads when near, at idle after the first interaction (src/components/StaticHtml/LiveWhenNear.tsx, near.ts)',
    'nokkelpar 1.15 → 0.77 (en 1.19 → 0.82) in a quick 5-round run of the 4 pages still over; its first-visit JS 187.6 → 153.4 KB. Two full quiet runs after it: the first had every page at or under 1.10 × (highest: kodeeksempler 1.10, en feilsoking 1.09, klient-og-integrasjon 1.09); the second had three over (feilsoking 1.18, en 1.20, en kodeeksempler 1.15), with the bare page at 545 ms against 603. Between runs feilsoking moves between 1.04 and 1.22; blocking every script requested after hydration (its tools) does not lower it, so what is left is hydrating a long page and the style and layout that follow. Longest task unthrottled at phone width: 77–164 ms on every page (bare 157); at 4× CPU 289–745 ms (bare 525), the main bundle’s evaluation. Tried and left out: content-visibility on the troubleshooting reference (its script work went from 1.39 to 0.91 × bare in an ad-hoc measurement of 5 loads), because a link to a finding code then lands beside its entry (test/e2e/anchors.spec.ts failed)',
  ],
  [
    'The small modules every doc page needs travel in one chunk, and the tool frame in another (plugins/bundle-split: doc-page-frame, tool-frame), instead of one chunk each; a tool far down a page fetches its code at idle after the reader’s first interaction, not at idle after load (src/components/StaticHtml/firstInteraction.ts)',
    'scripts a doc page asks for before hydrating 21–30 → 13–22 (test/perf/budget.json maxOwnScripts), first-visit JS 0.3–1.7 KB less; interleaved A/B, 5 rounds: feilsoking 1.35 → 1.20 and 1.21 → 0.94 in two runs, kodeeksempler 1.09 → 0.80, virksomhetssertifikat 0.98 → 0.85. Full quiet run after both (bare 531 ms): 4 of 37 rows over 1.10 × (feilsoking 1.20, en feilsoking 1.11, en delegering 1.13 where nb is 0.88, en kodeeksempler 1.13 where nb is 1.05); longest task at 4× CPU 283–797 ms (bare 598), unthrottled 84–218 ms (bare 203)',
  ],
  [
    'The small modules that show facts and findings in words (display, words, fact status, fact table, severity marks) in a third chunk, fact-frame',
    'scripts before hydrating on feilsoking 22 → 16 (maximum over all pages now 17, miljoer), its first-visit JS 186.3 → 185.4 KB; interleaved A/B, 5–7 rounds, against the two-frame build: feilsoking 1.39 → 1.01 and 1.20 → 1.30 in two runs (its script duration 463 → 398 and 394 → 372 ms), en feilsoking 1.14 → 0.97, miljoer 0.98 → 1.18 and 0.82 → 0.90, scopes 0.99 → 0.84: within this machine’s noise, the request count is what it certainly bought',
  ],
  [
    'The troubleshooting reference’s groups are laid out only when near the viewport (content-visibility: auto, until a jump within the page lays it all out: src/components/FindingReference/layoutOnDemand.ts); the client entry runs in two tasks, React first, then Docusaurus’s entry with the route preload (plugins/yielding-entry)',
    'main.js’s top-level run 74 → 35 ms in the CPU profile (the rest moves to the next task); feilsoking’s layout at load 167–190 → 125–128 ms. Longest task at load, phone width, interleaved A/B against the build before both, 5 rounds: unthrottled feilsoking 166 → 144 ms (max 229 → 200), kom-i-gang 164 → 82, miljoer 207 → 81, en virksomhetssertifikat 131 → 72, kalle-api-ene 148 → 89 (max 187 → 214, one load), bare page 219 (max 343); at 4× CPU, 3 rounds: feilsoking 552 → 329, miljoer 541 → 448, kom-i-gang 412 → 468, bare 928. Script work, 5 rounds: feilsoking 1.12 → 1.01, kom-i-gang 0.85 → 0.82, miljoer 0.87 → 0.89. Tried and left out: the same skipping for every paragraph, list, table and code block of a guide page (layout at load fell further, but blocks near the fold moved once laid out: layout shift 0.05 on kodeeksempler at load)',
  ],
  [
    'The phone menu is drawn on the reader’s first reach for the page (a press, a key, focus or a click), not right after load (src/theme/Navbar/MobileSidebar); the bench waits for hydration with one MutationObserver instead of Playwright’s polling selector engine, and leaves out the time the renderer spends on the harness’s own DevTools commands (test/perf/script-work.ts)',
    'React components on a phone after load: feilsoking 1 466 → 1 185 (navbar 470 → 166; the bare page’s navbar 217), effects 212 → 159. Interleaved A/B, 7 rounds: script work feilsoking 571 → 536 ms, en kom-i-gang 432 → 365, scopes 579 → 442 (bare 579). Harness: Playwright’s polling cost 31 ms of a load on feilsoking and 68 on kodeeksempler against 4 on the bare page (CPU profile); DevTools command time with scripts on 122 ms on the bare page, 141 on scopes, 158 on feilsoking, none with scripts off. Full quiet run with the menu and the polling fix (bare 533 ms): 36 of 37 rows at or under 1.10 ×, the next highest en sjekk-i-ci-og-test-lokalt 0.97; the one over is feilsoking 1.22 (en 1.01), which moves between 0.82 and 1.36 from run to run and in quick runs stays the heaviest page (1.10–1.17 after the DevTools correction). Longest task at load unthrottled 65–164 ms on every page (bare 213), at 4× CPU 214–577 ms (bare 775)',
  ],
];

async function main(): Promise<void> {
  scaffoldBare();
  // SITE_BUILD=<folder> measures a build made before (e.g. `build`) instead of building again.
  const siteBuild = process.env.SITE_BUILD ? resolve(process.env.SITE_BUILD) : join(cacheDir, 'site-build');
  const ourBuildSeconds = process.env.SITE_BUILD
    ? 0
    : sh('npx', ['docusaurus', 'build', '--out-dir', siteBuild], siteDir);
  const bareBuildSeconds = existsSync(join(bareDir, 'build', 'index.html'))
    ? 0
    : sh('npx', ['docusaurus', 'build'], bareDir);

  const ours = await serveStatic(siteBuild, PORT);
  const bare = await serveStatic(join(bareDir, 'build'), PORT + 1);
  const origin = `http://127.0.0.1:${PORT}`;
  const bareUrl = `http://127.0.0.1:${PORT + 1}/docs/intro`;
  const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : undefined;
  const scriptRows: ScriptRow[] = currentPages(siteBuild)
    .filter((path) => !only || only.test(path))
    .map((path) => ({page: path, url: origin + path, withJs: [], withoutJs: [], longest: [], longestUnthrottled: []}));
  const bareRow: ScriptRow = {
    page: 'bare template /docs/intro',
    url: bareUrl,
    withJs: [],
    withoutJs: [],
    longest: [],
    longestUnthrottled: [],
  };
  const docs = existsSync(join(siteBuild, 'docs', 'next')) ? '/docs/next' : '/docs';
  const lighthousePages = [
    {page: 'guide page (klient-og-integrasjon)', url: `${origin}${docs}/klient-og-integrasjon`},
    {page: 'guide page with a tool (scopes)', url: `${origin}${docs}/scopes`},
    {page: 'tools page (/verktoy)', url: `${origin}/verktoy`},
    {page: 'bare template doc page', url: bareUrl},
  ];
  const rows: Row[] = [];
  try {
    const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
    // Script work: SCRIPT_RUNS rounds over every page, the bare page again after every BARE_EVERY pages, so a
    // machine that gets busier or quieter during the run moves both sides of the ratio alike.
    for (let round = 0; round < SCRIPT_RUNS; round++) {
      console.log(`script work, round ${round + 1} of ${SCRIPT_RUNS} (${scriptRows.length} pages) …`);
      for (const [index, row] of scriptRows.entries()) {
        for (const r of index % BARE_EVERY === 0 ? [bareRow, row] : [row]) {
          r.withJs.push(await taskDuration(browser, r.url, true));
          r.withoutJs.push(await taskDuration(browser, r.url, false));
        }
      }
    }
    for (let round = 0; round < LONGTASK_RUNS; round++) {
      console.log(`longest task (4× CPU slowdown and unthrottled), round ${round + 1} of ${LONGTASK_RUNS} …`);
      for (const r of [bareRow, ...scriptRows]) {
        r.longest.push(await longestTask(browser, r.url));
        r.longestUnthrottled.push(await longestTask(browser, r.url, 1));
      }
    }
    for (const r of [bareRow, ...scriptRows]) {
      const context = await browser.newContext();
      r.jsGzip = (await measureFirstVisit(await context.newPage(), r.url)).js.gzip;
      await context.close();
    }
    if (RUNS > 0) {
      for (const p of lighthousePages) {
        const context = await browser.newContext();
        const visit = await measureFirstVisit(await context.newPage(), p.url);
        await context.close();
        const mobileRuns = p.url.endsWith('/verktoy') ? VERKTOY_RUNS : RUNS;
        console.log(`${p.page}: JS ${kb(visit.js.gzip)} gzip; Lighthouse ${mobileRuns}× mobile, 1× desktop …`);
        rows.push({
          ...p,
          visit,
          mobileRuns,
          mobile: await runLighthouse(p.url, 'mobile', mobileRuns),
          desktop: await runLighthouse(p.url, 'desktop', 1),
        });
      }
    }
    await browser.close();
  } finally {
    ours.close();
    bare.close();
  }

  const bareWork = scriptWork(bareRow);
  const lines = [
    `Script work at load, ${SCRIPT_RUNS} rounds, bare page ${bareRow.withJs.length} loads:`,
    '',
    '| page | script work | × bare | with JS / without (median) | longest task, 4× CPU / unthrottled | JS gzip | × bare |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const over: string[] = [];
  for (const r of [bareRow, ...scriptRows]) {
    const ratio = scriptWork(r) / bareWork;
    if (ratio > 1.1) over.push(r.page);
    lines.push(
      `| ${r.page} | ${Math.round(scriptWork(r))} ms | ${ratio.toFixed(2)} | ${Math.round(median(r.withJs))} / ${Math.round(median(r.withoutJs))} ms | ${Math.round(median(r.longest))} / ${Math.round(median(r.longestUnthrottled))} ms | ${kb(r.jsGzip ?? 0)} | ${((r.jsGzip ?? 0) / (bareRow.jsGzip ?? 1)).toFixed(2)} |`,
    );
  }
  lines.push(
    '',
    over.length
      ? `Over 1.10 × bare: ${over.join(', ')}.`
      : 'Every page at or under 1.10 × the bare page’s script work.',
    '',
    'How: script work is Chromium’s TaskDuration (CDP Performance.getMetrics, the page’s main thread, every task, less the part running this harness’s own DevTools commands, DevToolsCommandDuration) from ' +
      'navigation until the page has hydrated (data-has-hydrated) and then no request has been in flight for 500 ms, with JavaScript on minus with it off (the same page, to network idle, ' +
      'parsed and laid out without scripts), median of the loads; each load in a fresh browser context (cold cache), ' +
      `${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height} CSS px, no throttling; the pages interleaved with the bare page (again after every ${BARE_EVERY} pages). ` +
      `Longest task: two more loads per page and round (median of ${LONGTASK_RUNS}), same viewport, one with the CPU slowed 4× ` +
      '(CDP Emulation.setCPUThrottlingRate) and one unthrottled, the longest entry a `longtask` PerformanceObserver saw until hydrated and quiet as above ' +
      '(until network idle alone, the evaluation of the main bundle was missed in about half the loads). ' +
      'JS gzip: what a first visit downloads, tools scrolled to and ready (test/perf/measure.ts, as the byte budget). ' +
      `Bare: create-docusaurus@${docusaurusVersion} classic TypeScript template with future v4 + faster, built with this repository’s node_modules ` +
      '(.bench-cache/bare-classic), its /docs/intro. Debian chromium, served with gzip on loopback (test/perf/static-server.ts).',
  );
  if (CHANGES.length) {
    lines.push('', 'What each change bought (issue 23):', '', '| change | effect |', '| --- | --- |');
    for (const [change, effect] of CHANGES) lines.push(`| ${change} | ${effect} |`);
  }
  if (rows.length) {
    const bareJs = rows.at(-1)!.visit.js.gzip;
    lines.push(
      '',
      '| page | JS gzip | of it after hydration | CSS gzip | JS ratio to bare | mobile perf / a11y / BP / SEO (runs) | mobile LCP | mobile TBT | desktop perf / a11y / BP / SEO |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    const afterHydration = (r: Row): number =>
      r.visit.assets.filter((a) => a.afterHydration).reduce((sum, a) => sum + a.gzip, 0);
    const score = (f: LighthouseFigures) =>
      [f.performance, f.accessibility, f.bestPractices, f.seo].map((x) => x.toFixed(2)).join(' / ');
    for (const r of rows) {
      lines.push(
        `| ${r.page} | ${kb(r.visit.js.gzip)} | ${kb(afterHydration(r))} | ${kb(r.visit.css.gzip)} | ${(r.visit.js.gzip / bareJs).toFixed(2)} | ${score(r.mobile)} (${r.mobileRuns}) | ${(r.mobile.lcpMs / 1000).toFixed(2)} s | ${Math.round(r.mobile.tbtMs)} ms | ${score(r.desktop)} |`,
      );
    }
    // Where the tools page's weight comes from, so the next change can see what to move.
    const chunks = readChunkMaps(siteBuild);
    const tools = rows.find((r) => r.url.endsWith('/verktoy'))!;
    lines.push(
      '',
      `/verktoy, chunk by chunk (first visit, ${tools.visit.tools.length} tools ready):`,
      '',
      '| chunk | gzip | when | what is in it |',
      '| --- | --- | --- | --- |',
    );
    for (const a of [...tools.visit.assets].filter((x) => x.path.endsWith('.js')).sort((x, y) => y.gzip - x.gzip)) {
      lines.push(
        `| ${a.path.split('/').pop()} | ${kb(a.gzip)} | ${a.afterHydration ? 'after hydration' : 'route'} | ${describeChunk(chunks.get(a.path))} |`,
      );
    }
    lines.push('', 'Lighthouse mobile: median of the runs shown, desktop: one run.');
  }
  lines.push(
    '',
    `Build time: this site ${ourBuildSeconds ? `${ourBuildSeconds.toFixed(1)} s` : `not built (SITE_BUILD=${process.env.SITE_BUILD})`}; bare template ${bareBuildSeconds ? `${bareBuildSeconds.toFixed(1)} s` : 'cached'}.`,
  );
  const markdown = lines.join('\n');
  console.log(`\n${markdown}\n`);
  mkdirSync('test-results', {recursive: true});
  writeFileSync('test-results/site-bench.md', markdown + '\n');
  writeFileSync(
    'test-results/site-bench.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        docusaurusVersion,
        scriptRuns: SCRIPT_RUNS,
        longTaskRuns: LONGTASK_RUNS,
        lighthouseRuns: {mobile: RUNS, verktoyMobile: VERKTOY_RUNS, desktop: 1},
        buildSeconds: {site: ourBuildSeconds, bare: bareBuildSeconds},
        scriptWork: [bareRow, ...scriptRows].map((r) => ({
          ...r,
          scriptWorkMs: scriptWork(r),
          ratio: scriptWork(r) / bareWork,
        })),
        rows,
      },
      null,
      2,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
