import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // need-node.js is plain JavaScript that must run on any Node, before TypeScript can.
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'public/',
      'bench/out/',
      'e2e/out/',
      'scripts/need-node.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-warning-comments': [
        'error',
        { terms: ['todo', 'fixme', 'xxx', 'hack'], location: 'anywhere' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule guards React Compiler's memoisation, which the project does not use; it would
      // flag @tanstack/react-virtual's useVirtualizer, a documented and supported hook.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // The core is shared by the Node ingest and the browser: no React, no DOM, no Node built-ins.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*'],
              message: 'src/core is shared with the browser: no Node built-ins.',
            },
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react/*'],
              message: 'src/core knows nothing of React.',
            },
            { group: ['maplibre-gl', 'recharts', '@tanstack/*'], message: 'src/core is UI-free.' },
            {
              group: ['fs', 'path', 'os', 'url', 'child_process'],
              message: 'src/core: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core runs outside the browser too.' },
        { name: 'document', message: 'src/core runs outside the browser too.' },
        { name: 'process', message: 'src/core runs in the browser too.' },
        { name: 'Buffer', message: 'src/core runs in the browser too: use Uint8Array.' },
      ],
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
