import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import type {ChunkEntry, ChunkMap} from '../../plugins/bundle-split/chunk-map';

export type {ChunkEntry};

/**
 * What the bundler put in each JavaScript file of a build, keyed by the file's URL path (`/assets/js/….js`,
 * `/en/assets/js/….js`): read from the maps that plugins/bundle-split writes at build time, one per output folder.
 */
export function readChunkMaps(buildDir: string, generatedFilesDir = '.docusaurus'): Map<string, ChunkEntry> {
  const dir = join(generatedFilesDir, 'bundle-split');
  const root = resolve(buildDir);
  const chunks = new Map<string, ChunkEntry>();
  if (!existsSync(dir)) return chunks;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const map = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ChunkMap;
    const out = resolve(map.outputPath);
    if (out !== root && !out.startsWith(root + sep)) continue;
    const prefix = relative(root, out).split(sep).filter(Boolean);
    for (const [file, entry] of Object.entries(map.chunks)) chunks.set('/' + [...prefix, file].join('/'), entry);
  }
  return chunks;
}

/** Libraries a page may or may not load, by the paths of their modules in the chunk map. */
export const LIBRARIES: Readonly<Record<string, RegExp>> = {
  jose: /[\\/]node_modules[\\/]jose[\\/]/,
  x509: /[\\/]node_modules[\\/](@peculiar[\\/]x509|reflect-metadata)[\\/]/,
  mermaid: /[\\/]node_modules[\\/](mermaid|@mermaid-js[\\/][^\\/]+)[\\/]/,
  // The code blocks' highlighter (Prism inside prism-react-renderer): only on pages with a code block.
  prism: /[\\/]node_modules[\\/](prism-react-renderer|prismjs)[\\/]/,
};

export function librariesIn(modules: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const module of modules)
    for (const [name, pattern] of Object.entries(LIBRARIES)) if (pattern.test(module)) found.add(name);
  return [...found].sort();
}

/** Modules bundled into more than one of the given chunks (which one page loaded together). */
export function duplicatedModules(chunks: Map<string, ChunkEntry>, files: readonly string[]): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const file of files)
    for (const module of chunks.get(file)?.modules ?? []) where.set(module, [...(where.get(module) ?? []), file]);
  return new Map([...where].filter(([, inFiles]) => inFiles.length > 1));
}
