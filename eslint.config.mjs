// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.bench-cache/',
      'i18n/',
      'versioned_docs/',
      'docs/',
      'packages/*/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    plugins: {'react-hooks': reactHooks, 'jsx-a11y': jsxA11y},
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrolling region must take focus to be scrolled by keyboard (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', {tags: [], roles: ['tabpanel', 'region']}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML from strings: user input must stay text.',
        },
        {selector: "CallExpression[callee.name='eval']", message: 'No eval.'},
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['src/lib/**/*.ts', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        {name: 'fetch', message: 'Tools never use the network: a pasted token must not leave the browser.'},
        {name: 'localStorage', message: 'Tools never store what the reader pastes.'},
        {name: 'sessionStorage', message: 'Tools never store what the reader pastes.'},
        {name: 'indexedDB', message: 'Tools never store what the reader pastes.'},
        {name: 'XMLHttpRequest', message: 'Tools never use the network.'},
        {name: 'WebSocket', message: 'Tools never use the network.'},
      ],
    },
  },
);
