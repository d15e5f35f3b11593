// One linter for the whole repo. The boundary rules encode ARCHITECTURE.md:
// shared/ imports neither client/ nor server/, and uses no DOM, React, Dexie or ws.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'bench/results/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/client/**', '**/server/**'],
              message: 'shared/ must not import client/ or server/.',
            },
            {
              group: [
                'react',
                'react-dom',
                'react-dom/*',
                '@tiptap/react',
                'dexie',
                'ws',
                'classic-level',
                'node:*',
              ],
              message: 'shared/ stays free of DOM, React, Dexie, ws and Node APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**'], message: 'client/ may import shared/, never server/.' },
            { group: ['ws', 'classic-level', 'node:*'], message: 'client/ runs in the browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/**'], message: 'server/ may import shared/, never client/.' },
            {
              group: ['react', 'react-dom', 'react-dom/*', '@tiptap/react', 'dexie'],
              message: 'server/ has no DOM.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
