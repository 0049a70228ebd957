import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'out/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only src/gas may touch Apps Script services; core and render stay pure.
    files: ['src/core/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'FormApp',
          'DriveApp',
          'Docs',
          'LockService',
          'PropertiesService',
          'ScriptApp',
          'HtmlService',
          'Utilities',
          'Session',
        ].map((name) => ({ name, message: 'Only src/gas/ may use Apps Script services.' })),
      ],
      'no-restricted-imports': ['error', { patterns: ['node:*', '../gas/*', '../cli/*'] }],
    },
  },
);
