// The built command (dist/cli.mjs) for the tests that run the artifact: built once per state of its sources into a
// folder under the system's temp dir, named by a hash of those sources, so every test file of a run (and the next
// run, if nothing changed) shares one build, and parallel files never see a half-written one.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
export const PACKAGE_DIR = join(ROOT, 'packages/maskinporten-sjekk');
const SOURCES = [
  'src/lib',
  'packages/maskinporten-sjekk/src',
  'packages/maskinporten-sjekk/build.mjs',
  'packages/maskinporten-sjekk/package.json',
  'i18n/en/code.json',
  'site.config.ts',
];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES)
    for (const file of files(join(ROOT, source))) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The folder holding the built dist (cli.mjs and its chunks). */
export function builtDist(): string {
  const final = join(tmpdir(), `maskinporten-sjekk-dist-${sourceHash()}`);
  if (existsSync(join(final, 'cli.mjs'))) return final;
  const work = mkdtempSync(join(tmpdir(), 'maskinporten-sjekk-build-'));
  const out = join(work, 'dist');
  execFileSync(process.execPath, [join(PACKAGE_DIR, 'build.mjs'), '--out', out], {cwd: ROOT, stdio: 'pipe'});
  try {
    renameSync(out, final);
  } catch (e) {
    // Another test file finished the same build first: use that one.
    if (!existsSync(join(final, 'cli.mjs'))) throw e;
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
  return final;
}

export const CLI_ROOT = ROOT;
