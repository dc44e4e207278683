// The code samples page shows the tested files themselves: what CodeSamples imports is byte for byte the file
// that samples.test.ts runs.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CODE_SAMPLES} from '../../src/components/CodeSamples/samples';

const ROOT = path.resolve(__dirname, '../..');

describe('CodeSamples shows the files in examples/', () => {
  it('has one tab per language, in a fixed order', () => {
    expect(CODE_SAMPLES.map((s) => s.id)).toEqual(['curl', 'node', 'java', 'python']);
  });

  for (const sample of CODE_SAMPLES) {
    it(`${sample.label}: the imported text equals ${sample.file} on disk`, () => {
      expect(sample.text).toBe(readFileSync(path.join(ROOT, sample.file), 'utf8'));
      expect(sample.text.length).toBeGreaterThan(500);
    });
  }

  it('every token sample in examples/ is on the page (the key-pair examples are below)', () => {
    const files = readdirSync(path.join(ROOT, 'examples'), {recursive: true, encoding: 'utf8'})
      .filter((f) => /\.(sh|mjs|java|py)$/.test(f) && !f.startsWith(`keys${path.sep}`))
      .map((f) => `examples/${f.split(path.sep).join('/')}`)
      .sort();
    expect(files).toEqual(CODE_SAMPLES.map((s) => s.file).sort());
  });

  it('each run command names the file it runs', () => {
    for (const sample of CODE_SAMPLES) expect(sample.command).toContain(path.basename(sample.file));
  });
});

describe('«Lag et nøkkelpar» shows the files in examples/keys/', () => {
  const keyFiles = readdirSync(path.join(ROOT, 'examples/keys')).map((f) => `examples/keys/${f}`);
  it('its samples import each key-pair example as it is on disk and title it with its path', () => {
    const text = readFileSync(path.join(ROOT, 'src/components/KeyPairSamples/Samples.tsx'), 'utf8');
    expect(keyFiles.length).toBe(4);
    for (const file of keyFiles) {
      expect(text).toContain(`from '@site/${file}?raw'`);
      expect(text).toContain(`title="${file}"`);
    }
  });
  for (const page of ['docs/nokkelpar.mdx', 'i18n/en/docusaurus-plugin-content-docs/current/nokkelpar.mdx']) {
    it(`${page} shows the samples`, () => {
      const text = readFileSync(path.join(ROOT, page), 'utf8');
      expect(text).toContain("import KeyPairSamples from '@site/src/components/KeyPairSamples';");
      expect(text).toContain('<KeyPairSamples />');
      expect(text).toContain('slug: /nokkelpar');
    });
  }
});
