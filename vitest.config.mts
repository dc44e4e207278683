import {defineConfig} from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  // @docusaurus/tsconfig sets "jsx": "preserve"; vitest needs the automatic runtime to run components.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: '@site', replacement: import.meta.dirname},
      // The unit tests render the Norwegian texts: no English finding texts (plugins/lazy-translations).
      {
        find: /^@lazy-translations\/\w+$/,
        replacement: path.resolve(import.meta.dirname, 'test/unit/mocks/lazy-translations.json'),
      },
      {
        find: /^@finding-reference$/,
        replacement: path.resolve(import.meta.dirname, 'test/unit/mocks/finding-reference.ts'),
      },
      // A swizzled wrapper's theme component (src/theme/*): a stand-in that renders its children.
      {
        find: /^@theme-original\/.+$/,
        replacement: path.resolve(import.meta.dirname, 'test/unit/mocks/theme-original.tsx'),
      },
      {
        find: /^@docusaurus\/(Translate|Link|useDocusaurusContext|useGlobalData|useBrokenLinks|BrowserOnly|useIsBrowser|ExecutionEnvironment|router)$/,
        replacement: path.resolve(import.meta.dirname, 'test/unit/mocks/docusaurus-$1.tsx'),
      },
    ],
  },
  test: {
    include: [
      'test/unit/**/*.test.{ts,tsx}',
      'test/samples/**/*.test.ts',
      'plugins/**/*.test.ts',
      'test/content/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 30000,
    // Both cores (the default leaves one free): the unit step is a third of npm test's time before the build.
    maxWorkers: 2,
  },
});
