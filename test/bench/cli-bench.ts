// Benchmark for the maskinporten-sjekk command (npm run bench:cli): start-up to answer for `scope` and `cert`
// (median of several runs of the built dist, each a fresh node process), and `config` over 1 000 generated files
// in one run. Prints figures next to the aims from issue 22; it passes or fails nothing.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {builtDist} from '../unit/cli/built-cli';
import {makeCert} from '../unit/lib/cert-fixtures';

const dist = join(builtDist(), 'cli.mjs');
const work = mkdtempSync(join(tmpdir(), 'mp-sjekk-bench-'));

function seconds(args: readonly string[], script: readonly string[] = [dist]): number {
  const start = process.hrtime.bigint();
  const ran = spawnSync(process.execPath, [...script, ...args], {cwd: work, encoding: 'utf8'});
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (ran.status !== 0 && ran.status !== 1) throw new Error(`exit ${ran.status}: ${ran.stderr}`);
  return elapsed;
}

function median(args: readonly string[], runs: number, script?: readonly string[]): number {
  const times = Array.from({length: runs}, () => seconds(args, script)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

try {
  writeFileSync(join(work, 'virksomhet.pem'), (await makeCert({serial: '51'})).pem);
  const files: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const name = `app-${i}.env`;
    const host = i % 10 === 0 ? 'test.maskinporten.no' : 'maskinporten.no';
    writeFileSync(
      join(work, name),
      `MASKINPORTEN_TOKEN_ENDPOINT=https://${host}/token\nMASKINPORTEN_AUDIENCE=https://maskinporten.no/\n` +
        `MASKINPORTEN_SCOPES=skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp\nUNRELATED_${i}=verdi\n`,
    );
    files.push(name);
  }
  seconds(['--version']); // warm the file cache
  const rows: [string, number, string][] = [
    // What node alone costs on this machine now: the rest of a figure is the command's own.
    ['node itself, `node -e 0` (median of 9)', median([], 9, ['-e', '0']), '(baseline)'],
    ['scope (median of 9)', median(['scope', 'skatteetaten:inntekt'], 9), '< 0.3 s'],
    ['cert (median of 9)', median(['cert', 'virksomhet.pem', '--jwk'], 9), '< 0.3 s'],
    [
      'config, 1 000 files (median of 3)',
      median(['config', ...files, '--env', 'prod', '--format', 'json'], 3),
      '< 3 s',
    ],
  ];
  console.log('maskinporten-sjekk, built dist, node', process.version);
  for (const [what, s, aim] of rows) console.log(`${what.padEnd(40)} ${s.toFixed(3)} s   aim ${aim}`);
} finally {
  rmSync(work, {recursive: true, force: true});
}
