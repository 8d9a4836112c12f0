import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'demo-screenshots/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['tests/harness/replica-page.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        setTimeout: 'readonly',
        history: 'readonly',
        location: 'readonly',
        CustomEvent: 'readonly',
        Event: 'readonly',
        URLSearchParams: 'readonly',
        Promise: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  {
    // The background is the one writer of the user's data: nothing else imports the writers (lib/saves/write/).
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/background/**', 'lib/saves/**', 'tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/saves/write/*'],
              message: "Only the background writes the user's data (lib/background/): send it the message instead.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { dropped: _, ...kept } = value` leaves a field out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
