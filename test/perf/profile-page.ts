/**
 * `node test/run-ts.mjs test/perf/profile-page.ts <build-folder> <path>… [--cpu=4]`: where a page's main-thread time
 * at load goes. Loads each page once in a fresh context at phone width (390 px) with a Chrome trace on, from
 * navigation to network idle, and prints the tasks of 30 ms and more (what they did: script by chunk, style, layout,
 * forced layouts from script), the time per kind of work, and the JS self time per chunk and function (the CPU
 * profile; names are minified, so the function's source position and the first characters of its code are shown).
 * For finding what to change; the figures themselves are in `npm run bench:site`.
 */
import {chromium} from '@playwright/test';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {serveStatic} from './static-server';
import {readChunkMaps} from './chunk-map';
import {PHONE_VIEWPORT} from './script-work';
import {CHROMIUM_ARGS} from '../../playwright.config';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: {
      url?: string;
      stackTrace?: {url: string; functionName: string; lineNumber: number; columnNumber: number}[];
      cpuProfile?: {
        nodes?: {
          id: number;
          parent?: number;
          callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number};
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
    beginData?: {stackTrace?: {url: string; functionName: string; lineNumber: number; columnNumber: number}[]};
    name?: string;
  };
  id?: string;
}

const dir = process.argv[2]!;
const cpu = Number(process.argv.find((a) => a.startsWith('--cpu='))?.slice(6) ?? 1);
const paths = process.argv.slice(3).filter((a) => !a.startsWith('--'));
const PORT = Number(process.env.BENCH_PORT ?? 3106);
const short = (url: string | undefined): string => (url ?? '').split('/').pop() ?? '';

function codeAt(url: string, line: number, column: number): string {
  try {
    const text = readFileSync(join(dir, new URL(url).pathname), 'utf8').split('\n')[line] ?? '';
    return text.slice(column, column + 70).replace(/\s+/g, ' ');
  } catch {
    return '';
  }
}

(async () => {
  const chunks = readChunkMaps(dir);
  const server = await serveStatic(dir, PORT);
  const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS});
  for (const path of paths) {
    const context = await browser.newContext({viewport: PHONE_VIEWPORT});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
      ],
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${PORT}${path}`, {waitUntil: 'networkidle'});
    const hydrated = await page.evaluate(() => document.documentElement.dataset.hasHydrated === 'true');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {traceEvents: TraceEvent[]};
    await context.close();
    const events = trace.traceEvents;
    // The page's renderer main thread: the one that ran the most script for our origin.
    const main = new Map<string, number>();
    for (const e of events)
      if (e.name === 'EvaluateScript' || e.name === 'FunctionCall')
        main.set(`${e.pid}:${e.tid}`, (main.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
    const [key] = [...main].sort((a, b) => b[1] - a[1])[0]!;
    const onMain = events.filter((e) => `${e.pid}:${e.tid}` === key);
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const start = tasks[0]?.ts ?? 0;
    const inside = (t: TraceEvent, e: TraceEvent): boolean => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
    const kinds = [
      'EvaluateScript',
      'FunctionCall',
      'v8.compile',
      'ParseHTML',
      'UpdateLayoutTree',
      'Layout',
      'Paint',
      'RunMicrotasks',
      'TimerFire',
      'FireAnimationFrame',
      'EventDispatch',
      'ParseAuthorStyleSheet',
      'HitTest',
      'IntersectionObserverController::computeIntersections',
      'ResizeObserverController::DeliverObservations',
    ];
    const total = tasks.reduce((s, t) => s + (t.dur ?? 0), 0);
    console.log(
      `\n## ${path} (CPU ${cpu}×): ${tasks.length} tasks, ${(total / 1000).toFixed(0)} ms in tasks${hydrated ? '' : ', NOT HYDRATED'} ${errors.join('; ')}`,
    );
    const perKind = new Map<string, number>();
    for (const e of onMain)
      if (e.ph === 'X' && kinds.includes(e.name)) perKind.set(e.name, (perKind.get(e.name) ?? 0) + (e.dur ?? 0));
    console.log(
      'by kind (inclusive, nested kinds overlap):',
      [...perKind]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
        .join(', '),
    );
    for (const t of tasks.filter((x) => (x.dur ?? 0) >= 30_000)) {
      const within = onMain.filter((e) => e !== t && e.ph === 'X' && inside(t, e) && kinds.includes(e.name));
      const top = within
        .filter((e) => !within.some((o) => o !== e && inside(o, e) && (o.dur ?? 0) > (e.dur ?? 0)))
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 4)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.url ? ` ${short(e.args.data.url)}` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`,
        );
      const layouts = within.filter((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree');
      const forced = layouts.filter((e) =>
        within.some(
          (o) =>
            (o.name === 'FunctionCall' || o.name === 'EvaluateScript' || o.name === 'RunMicrotasks') && inside(o, e),
        ),
      );
      const forcedMs = forced.reduce((s, e) => s + (e.dur ?? 0), 0);
      console.log(
        `  task at ${((t.ts - start) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(0)} ms — ${top.join('; ')}${forced.length ? `; ${forced.length} style/layout from script, ${(forcedMs / 1000).toFixed(0)} ms` : ''}`,
      );
    }
    // JS self time from the CPU profile.
    const nodes = new Map<number, {functionName: string; url: string; lineNumber: number; columnNumber: number}>();
    const parents = new Map<number, number>();
    const self = new Map<number, number>();
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || String(e.pid) !== key.split(':')[0]) continue;
      const profile = e.args?.data?.cpuProfile;
      for (const n of profile?.nodes ?? []) {
        nodes.set(n.id, n.callFrame);
        if (n.parent !== undefined) parents.set(n.id, n.parent);
      }
      const deltas = e.args?.data?.timeDeltas ?? [];
      (profile?.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
    }
    const byChunk = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const [id, us] of self) {
      const f = nodes.get(id);
      if (!f) continue;
      const chunk = f.url ? short(f.url) : f.functionName || '(native)';
      byChunk.set(chunk, (byChunk.get(chunk) ?? 0) + us);
      const name = f.url
        ? `${short(f.url)}:${f.lineNumber + 1}:${f.columnNumber} ${f.functionName || '(anon)'} «${codeAt(f.url, f.lineNumber, f.columnNumber)}»`
        : f.functionName;
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    }
    // Inclusive time per function (each function once per sample, however deep it recurses).
    const inclusive = new Map<string, number>();
    for (const [id, us] of self) {
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parents.get(n)) {
        const f = nodes.get(n);
        if (!f || !f.url) continue;
        const name = `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber + 1} «${codeAt(f.url, f.lineNumber, f.columnNumber).slice(0, 40)}»`;
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      }
    }
    console.log('JS inclusive time by function:');
    for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60)))
      console.log(`  ${(us / 1000).toFixed(1)} ms ${name}`);
    console.log('JS self time by chunk:');
    for (const [chunk, us] of [...byChunk].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      const modules =
        [...chunks]
          .find(([p]) => p.endsWith(`/${chunk}`))?.[1]
          .modules.filter((m) => !m.includes('node_modules'))
          .slice(0, 4) ?? [];
      console.log(`  ${(us / 1000).toFixed(0)} ms ${chunk} ${modules.join(', ')}`);
    }
    console.log('JS self time by function:');
    for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`  ${(us / 1000).toFixed(1)} ms ${name}`);
  }
  await browser.close();
  server.close();
})();
