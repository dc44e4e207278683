// Bundles the command into dist/ with rolldown: src/lib's rules, jose, @peculiar/x509 and the English texts
// inlined, so the packed package has no dependencies. The site's address is baked in as site.config.ts's default:
// a user's own SITE_URL in their pipeline must not change where the command's links point.
import {rm} from 'node:fs/promises';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'rolldown';

const here = fileURLToPath(new URL('.', import.meta.url));
// `--out <dir>`: the tests build into a folder of their own, so parallel test files never share a half-written dist.
const outAt = process.argv.indexOf('--out');
const dist = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]) : `${here}dist`;

await rm(dist, {recursive: true, force: true});
await build({
  input: `${here}src/bin.ts`,
  platform: 'node',
  cwd: here,
  logLevel: 'warn',
  transform: {
    define: {
      'process.env.SITE_URL': 'undefined',
      'process.env.BASE_URL': 'undefined',
      'process.env.REPOSITORY_URL': 'undefined',
      'process.env.EDIT_URL': 'undefined',
    },
  },
  output: {
    dir: dist,
    format: 'esm',
    entryFileNames: 'cli.mjs',
    chunkFileNames: 'chunks/[name]-[hash].mjs',
    banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
    minify: true,
  },
});
