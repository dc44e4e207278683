#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find.
// Runs all steps even when one fails (a broken build skips only the steps that need the build), prints a
// table of steps and the totals, and exits 1 if anything failed.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, mkdirSync} from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** System packages the tests drive: the browser, and the JDK and Python libraries the code samples run on. */
const SYSTEM_NEEDS = [
  {what: 'Chromium', present: () => existsSync(CHROMIUM), apt: ['chromium']},
  {what: 'Java 17 (JDK)', present: () => hasCommand('javac'), apt: ['openjdk-17-jdk-headless']},
  {
    what: 'Python 3 med PyJWT og cryptography',
    present: () => run('/usr/bin/python3', ['-c', 'import jwt, cryptography'], {quiet: true}).status === 0,
    apt: ['python3', 'python3-jwt', 'python3-cryptography'],
  },
  {what: 'curl', present: () => hasCommand('curl'), apt: ['curl']},
  {what: 'OpenSSL', present: () => hasCommand('openssl'), apt: ['openssl']},
];

function run(command, args, {quiet = false, env = {}} = {}) {
  return spawnSync(command, args, {stdio: quiet ? 'pipe' : 'inherit', env: {...process.env, ...env}});
}
function hasCommand(name) {
  return run('sh', ['-c', `command -v ${name}`], {quiet: true}).status === 0;
}

function ensureSystemPackages() {
  const missing = SYSTEM_NEEDS.filter((need) => !need.present());
  if (missing.length === 0) return;
  const packages = [...new Set(missing.flatMap((m) => m.apt))];
  const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  console.log(`Mangler: ${missing.map((m) => m.what).join(', ')}.`);
  if (!isRoot) {
    console.error(`Kjør dette først (som root), og så npm test igjen:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installerer med: ${command}`);
  const result = run('sh', ['-c', command], {env: {DEBIAN_FRONTEND: 'noninteractive'}});
  const stillMissing = SYSTEM_NEEDS.filter((need) => !need.present());
  if (result.status !== 0 || stillMissing.length) {
    console.error(`Klarte ikke å installere ${stillMissing.map((m) => m.what).join(', ')}. Kjør: ${command}`);
    process.exit(1);
  }
}

ensureSystemPackages();
mkdirSync('test-results', {recursive: true});

const npx = (...args) => ['npx', args];
const FC_RUNS = process.env.FC_RUNS ?? '500';
const steps = [
  {name: 'typecheck', cmd: npx('tsc', '--noEmit')},
  {name: 'eslint', cmd: npx('eslint', '.')},
  {name: 'prettier', cmd: npx('prettier', '--check', '.', '--log-level', 'warn')},
  {name: 'markdownlint', cmd: npx('markdownlint-cli2')},
  {name: 'spelling', cmd: ['npm', ['run', '--silent', 'spellcheck']]},
  {
    name: 'unit',
    cmd: npx('vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'),
    env: {FC_RUNS},
    counts: () => countsFromVitest('test-results/vitest.json'),
  },
  {name: 'content', cmd: ['node', ['test/content/run.mjs']]},
  // CONTRIBUTING.md's promises, end to end: a row and a new page in a copy of the site, built (about a minute).
  {name: 'editor-path', cmd: ['node', ['test/content/editor-path.mjs']]},
  {name: 'build', cmd: npx('docusaurus', 'build'), producesBuild: true},
  {name: 'published-urls', cmd: ['node', ['test/content/run.mjs', '--built', 'build']], needsBuild: true},
  {
    name: 'browser',
    cmd: npx('playwright', 'test'),
    env: {CI: 'true'},
    needsBuild: true,
    counts: () => countsFromPlaywright('test-results/playwright.json'),
  },
];

function countsFromVitest(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}
function countsFromPlaywright(file) {
  if (!existsSync(file)) return undefined;
  const {stats} = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

const results = [];
let buildOk = true;
for (const step of steps) {
  if (step.needsBuild && !buildOk) {
    results.push({name: step.name, status: 'skipped (no build)'});
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const [command, args] = step.cmd;
  const {status} = run(command, args, {env: step.env});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = status === 0;
  if (step.producesBuild) buildOk = ok;
  results.push({name: step.name, status: ok ? 'ok' : 'FAILED', seconds, counts: step.counts?.()});
}

console.log('\n=== summary ===');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of results) {
  const counts = r.counts
    ? ` (${r.counts.passed} passed, ${r.counts.failed} failed${r.counts.skipped ? `, ${r.counts.skipped} skipped` : ''})`
    : '';
  console.log(`${r.name.padEnd(15)} ${r.status.padEnd(18)} ${r.seconds ? `${r.seconds} s` : ''}${counts}`);
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
    skipped += r.counts.skipped;
  }
  // A step without per-test counts counts as one check.
  else if (r.status === 'ok') passed += 1;
  else if (r.status === 'FAILED') failed += 1;
  else skipped += 1;
}
// The counted tests can pass while their runner failed (e.g. a crash after the report): count that too.
for (const r of results) if (r.counts && r.status === 'FAILED' && r.counts.failed === 0) failed += 1;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
