import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';

describe('repository', () => {
  it('pins every dependency exactly, so a fresh install cannot drift to a Node-22-only release', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const ranges = Object.entries({...pkg.dependencies, ...pkg.devDependencies}).filter(([, v]) => /[\^~*<>]/.test(v));
    expect(ranges).toEqual([]);
  });
});
