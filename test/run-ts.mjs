#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, measurements) on Node 20, which cannot strip types itself, through
// Vite's module runner (Vite comes with vitest). Packages load natively, so ESM-only ones like lighthouse work.
// Usage: node test/run-ts.mjs <script.ts> [args…]  — the script sees its own args in process.argv.slice(2).
import {resolve} from 'node:path';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node test/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
const {runnerImport} = await import('vite');
await runnerImport(resolve(script));
