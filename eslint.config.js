import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.tmp/**', 'packages/web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // core is the pure domain: no I/O, no Node built-ins, no other workspace package (type imports included).
    files: ['packages/core/src/**/*.ts'],
    // Tests and their helpers (test-support, left out of the build) may read files and the environment.
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/test-support/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto'],
              message: 'core must not do I/O.',
            },
            {
              group: ['@iep/server', '@iep/cli', '@iep/web', '**/server/**', '**/cli/**', '**/web/**'],
              message: 'core imports nothing of the other packages.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'core has no clock: pass time in (use luxon with an explicit instant).' },
        { name: 'process', message: 'core has no environment.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'DateTime', property: 'now', message: 'core has no clock: pass now in.' },
      ],
    },
  },
);
