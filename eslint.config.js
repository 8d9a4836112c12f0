import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'demo-screenshots/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['tests/harness/replica-page.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', setTimeout: 'readonly', history: 'readonly', location: 'readonly', CustomEvent: 'readonly', Event: 'readonly', URLSearchParams: 'readonly', Promise: 'readonly', fetch: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { dropped: _, ...kept } = value` leaves a field out.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
