import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-server/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'data/',
      'dev-dist/',
      'src/types/message-key.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Client code reports through the UI, never the console.
    files: ['src/app/**', 'src/core/**', 'src/platform/**', 'src/sw/**', 'src/dashboard/**'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    // Preact's hooks follow React's rules: called in the same order every render, and an effect
    // lists what it reads (or says why not). Only the two classic rules: the React Compiler's
    // rules in the plugin's newer presets assume React's runtime.
    files: ['src/app/**/*.tsx', 'src/app/**/*.ts', 'src/dashboard/**/*.tsx', 'src/dashboard/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Arrows point inward: core imports nothing of the other runtimes.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/app/**',
            '**/platform/**',
            '**/server/**',
            '**/sw/**',
            '**/build/**',
            '**/dashboard/**',
            'node:*',
            'preact',
            'preact/*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**', 'src/platform/**', 'src/sw/**', 'src/dashboard/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/build/**', 'node:*'] }] },
  },
  {
    files: ['src/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', '**/platform/**', '**/dashboard/**', 'preact', 'preact/*'] }] },
  },
);
