import {defineConfig} from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  // @docusaurus/tsconfig sets "jsx": "preserve"; vitest needs the automatic runtime to run components.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: '@site', replacement: import.meta.dirname},
      {
        find: /^@docusaurus\/(Translate|Link|useDocusaurusContext|useBrokenLinks|BrowserOnly|useIsBrowser|ExecutionEnvironment)$/,
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
  },
});
