/**
 * `npm run bench:site`: this site against a bare Docusaurus classic TypeScript template of the same version.
 * Builds both (the template is scaffolded from the npm registry into .bench-cache/ once), serves both on
 * loopback with gzip, counts the JS and CSS a first visit downloads once the page's tools are ready (Playwright,
 * Debian chromium, the same measurement as the byte budget), runs Lighthouse 12 mobile (median of
 * LIGHTHOUSE_RUNS, 3; the tools page VERKTOY_RUNS, 5) and desktop (once), times both builds, and prints one
 * table and the per-chunk breakdown of /verktoy; the same figures go to test-results/site-bench.{json,md}.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {chromium} from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {measureFirstVisit, kb, type FirstVisit} from '../perf/measure';
import {readChunkMaps, type ChunkEntry} from '../perf/chunk-map';
import {serveStatic} from '../perf/static-server';
import {CHROMIUM_ARGS} from '../../playwright.config';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const VERKTOY_RUNS = Number(process.env.VERKTOY_RUNS ?? 5);
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

function scaffoldBare(): void {
  if (existsSync(join(bareDir, 'node_modules'))) return;
  mkdirSync(cacheDir, {recursive: true});
  if (!existsSync(join(bareDir, 'package.json'))) {
    console.log(`Scaffolding a bare Docusaurus ${docusaurusVersion} classic TypeScript site into ${bareDir} …`);
    sh(
      'npx',
      ['--yes', `create-docusaurus@${docusaurusVersion}`, 'bare-classic', 'classic', '--typescript', '--skip-install'],
      cacheDir,
    );
  }
  // The same build settings as ours (future.v4 + faster), so the comparison is of the sites, not of bundlers.
  const configPath = join(bareDir, 'docusaurus.config.ts');
  writeFileSync(
    configPath,
    readFileSync(configPath, 'utf8').replace(/future: \{[^}]*\}/s, 'future: {v4: true, faster: true}'),
  );
  const pkgPath = join(bareDir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    dependencies: Record<string, string>;
    overrides?: Record<string, string>;
  };
  pkg.dependencies['@docusaurus/faster'] = docusaurusVersion;
  pkg.overrides = {'@swc/html': '1.16.2'};
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
  sh('npm', ['install', '--no-audit', '--no-fund'], bareDir);
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
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

async function main(): Promise<void> {
  scaffoldBare();
  const ourBuildSeconds = sh('npx', ['docusaurus', 'build', '--out-dir', join(cacheDir, 'site-build')], siteDir);
  const bareBuildSeconds = sh('npx', ['docusaurus', 'build'], bareDir);

  const ours = await serveStatic(join(cacheDir, 'site-build'), PORT);
  const bare = await serveStatic(join(bareDir, 'build'), PORT + 1);
  // docs/ is at /docs/next/… while a released copy still sits at /docs/…, and at /docs/… once that is gone.
  const docs = existsSync(join(cacheDir, 'site-build', 'docs', 'next')) ? '/docs/next' : '/docs';
  const pages = [
    {page: 'guide page (klient-og-integrasjon)', url: `http://127.0.0.1:${PORT}${docs}/klient-og-integrasjon`},
    {page: 'guide page with a tool (scopes)', url: `http://127.0.0.1:${PORT}${docs}/scopes`},
    {page: 'tools page (/verktoy)', url: `http://127.0.0.1:${PORT}/verktoy`},
    {page: 'bare template doc page', url: `http://127.0.0.1:${PORT + 1}/docs/intro`},
  ];
  const rows: Row[] = [];
  try {
    const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
    for (const p of pages) {
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
    await browser.close();
  } finally {
    ours.close();
    bare.close();
  }

  const bareJs = rows.at(-1)!.visit.js.gzip;
  const header =
    '| page | JS gzip | of it after hydration | CSS gzip | JS ratio to bare | mobile perf / a11y / BP / SEO (runs) | mobile LCP | mobile TBT | desktop perf / a11y / BP / SEO |';
  const lines = [header, '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  const afterHydration = (r: Row): number =>
    r.visit.assets.filter((a) => a.afterHydration).reduce((sum, a) => sum + a.gzip, 0);
  const score = (f: LighthouseFigures) =>
    [f.performance, f.accessibility, f.bestPractices, f.seo].map((s) => s.toFixed(2)).join(' / ');
  for (const r of rows) {
    lines.push(
      `| ${r.page} | ${kb(r.visit.js.gzip)} | ${kb(afterHydration(r))} | ${kb(r.visit.css.gzip)} | ${(r.visit.js.gzip / bareJs).toFixed(2)} | ${score(r.mobile)} (${r.mobileRuns}) | ${(r.mobile.lcpMs / 1000).toFixed(2)} s | ${Math.round(r.mobile.tbtMs)} ms | ${score(r.desktop)} |`,
    );
  }
  // Where the tools page's weight comes from, so the next change can see what to move.
  const chunks = readChunkMaps(join(cacheDir, 'site-build'));
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
  lines.push(
    '',
    `Build time: this site ${ourBuildSeconds.toFixed(1)} s (nb + en, 3 docs versions); bare template ${bareBuildSeconds.toFixed(1)} s. Lighthouse mobile: median of the runs shown, desktop: one run; Debian chromium; served with gzip on loopback.`,
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
        lighthouseRuns: {mobile: RUNS, verktoyMobile: VERKTOY_RUNS, desktop: 1},
        buildSeconds: {site: ourBuildSeconds, bare: bareBuildSeconds},
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
