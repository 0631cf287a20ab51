import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '/data/**', 'tests/simulation/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['display-app/src/renderer/**', 'kiosk-app/src/renderer/**', 'staff-app/src/**', 'citizen-web/src/**', 'city-web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', 'tests/**', 'server/src/main.ts', 'city/src/main.ts', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  // The city hub's layers (docs/ARCHITECTURE.md, "The city"): routes → services → data, and the
  // hub shares code with centres only through @dintur/shared.
  ...[
    { files: ['city/src/**'], ban: [] },
    { files: ['city/src/data/**'], ban: [[['**/services/*', '**/http/*', 'express'], 'data/ is the only SQL and knows nothing of the layers above it']] },
    { files: ['city/src/services/**'], ban: [[['**/http/*', 'express', 'pg', '@electric-sql/*'], 'services/ hold the rules: no HTTP, no database driver (SQL goes through data/)']] },
    {
      files: ['city/src/http/**'],
      ban: [
        [['**/data/*'], 'routes call services, never data/ (type imports aside)', true],
        [['pg', '@electric-sql/*'], 'routes do not talk to the database'],
      ],
    },
  ].map(({ files, ban }) => ({
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@dintur/server', '@dintur/server/*', '**/server/src/**'], message: 'the hub shares code with centres only through @dintur/shared' },
            ...ban.map(([group, message, allowTypeImports = false]) => ({ group, message, allowTypeImports })),
          ],
        },
      ],
    },
  })),
  {
    files: ['server/src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['@dintur/city', '**/city/src/**'], message: 'a centre talks to the hub over HTTP only' }] }],
    },
  },
  {
    files: ['shared/src/**'],
    ignores: ['shared/src/passwords.ts', 'shared/src/passwords.test.ts', 'shared/src/booking-keys.ts', 'shared/src/booking-keys.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'shared/ runs in browsers too (Node-only code: shared/src/passwords.ts, booking-keys.ts)' }, { group: ['@dintur/*'], message: 'shared/ imports no other package' }] },
      ],
    },
  },
);
