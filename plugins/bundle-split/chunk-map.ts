import {mkdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';

/** The parts of rspack's `stats.toJson()` this plugin reads. */
export interface StatsModule {
  name?: string;
  modules?: StatsModule[];
}
export interface StatsChunk {
  files?: string[];
  initial?: boolean;
  modules?: StatsModule[];
  origins?: {moduleName?: string}[];
}
export interface StatsLike {
  toJson: (options: Record<string, boolean | number>) => {chunks?: StatsChunk[]};
}

/** One emitted JavaScript file: the source modules bundled into it, and the modules whose `import()` made it. */
export interface ChunkEntry {
  modules: string[];
  origins: string[];
  initial: boolean;
}
export interface ChunkMap {
  /** The build folder this map describes (absolute). */
  outputPath: string;
  /** Keyed by the file's path inside `outputPath`, e.g. `assets/js/4498.9c3ce141.js`. */
  chunks: Record<string, ChunkEntry>;
}

/** Where the maps are written: one file per output folder (nb's `build`, en's `build/en`, the bench's copy). */
export const chunkMapDir = (generatedFilesDir: string): string => join(generatedFilesDir, 'bundle-split');

/**
 * A module's stable name: its path from the site folder, with loaders and query stripped. A concatenated module
 * (`./a.ts + 3 modules`) is listed through its inner modules, so a module inlined into two chunks is seen in both.
 */
function moduleNames(module: StatsModule, into: Set<string>): void {
  if (module.modules?.length) {
    for (const inner of module.modules) moduleNames(inner, into);
    return;
  }
  const name = module.name?.split('!').pop()?.replace(/\?.*$/, '');
  if (name && !/ \+ \d+ modules?$/.test(name)) into.add(name);
}

export function chunkMapFromStats(outputPath: string, stats: StatsLike): ChunkMap {
  const json = stats.toJson({
    all: false,
    chunks: true,
    chunkModules: true,
    chunkOrigins: true,
    nestedModules: true,
    // Without these, stats leaves out modules it thinks uninteresting (cached, inlined, "dependent") and cuts
    // long lists: the map must list every module.
    cachedModules: true,
    dependentModules: true,
    orphanModules: true,
    runtimeModules: false,
    chunkModulesSpace: Number.MAX_SAFE_INTEGER,
    nestedModulesSpace: Number.MAX_SAFE_INTEGER,
  });
  const chunks: Record<string, ChunkEntry> = {};
  for (const chunk of json.chunks ?? []) {
    const names = new Set<string>();
    for (const module of chunk.modules ?? []) moduleNames(module, names);
    const origins = [...new Set((chunk.origins ?? []).map((o) => o.moduleName ?? '').filter(Boolean))].sort();
    for (const file of chunk.files ?? []) {
      if (!file.endsWith('.js')) continue;
      chunks[file] = {modules: [...names].sort(), origins, initial: chunk.initial ?? false};
    }
  }
  return {outputPath, chunks};
}

export function writeChunkMap(generatedFilesDir: string, outputPath: string, stats: StatsLike): void {
  const dir = chunkMapDir(generatedFilesDir);
  mkdirSync(dir, {recursive: true});
  const key = relative(process.cwd(), outputPath).replace(/[^\w.-]+/g, '_') || 'root';
  writeFileSync(join(dir, `${key}.json`), JSON.stringify(chunkMapFromStats(outputPath, stats)));
}
