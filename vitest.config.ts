import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Every test file, by where it lives. A new place for tests goes here; the projects below split
 * these files by cost, and tests/support/test-projects.test.ts checks that every test file in git
 * falls in exactly one project.
 */
export const testFiles = [
  'shared/src/**/*.test.ts',
  'printer/src/**/*.test.ts',
  'server/src/**/*.test.ts',
  'city/src/**/*.test.ts',
  '{display-app,kiosk-app,staff-app,citizen-web,city-web,web,electron-shell}/src/**/*.test.{ts,tsx}',
  'tests/**/*.test.ts',
];

/** Real Chromium against the apps' built bundles: 7 % of the tests, most of the time. */
export const browserTests = ['tests/browser/**/*.test.ts'];

/**
 * Whole servers over real HTTP (in this process or a child), real PostgreSQL clusters and the
 * queue simulation: correct but slow (about two minutes of test time), so kept out of the quick
 * `npm run test:unit` loop that must stay under a minute.
 */
export const integrationTests = [
  'tests/http/**/*.test.ts',
  'tests/city/**/*.test.ts',
  'tests/reliability/**/*.test.ts',
  'tests/simulation/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: testFiles,
          // Worker threads start faster than child processes; for these small in-process files
          // that is about a quarter of the project's time (npm run test:unit: 80 s → 61 s here).
          pool: 'threads',
          exclude: [...configDefaults.exclude, ...browserTests, ...integrationTests],
        },
      },
      { extends: true, test: { name: 'integration', include: integrationTests } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: browserTests,
          // Refuses to run on bundles older than their sources (a direct `npx vitest run`
          // skips `pretest: npm run build`).
          globalSetup: ['tests/browser/support/fresh-bundles-setup.ts'],
        },
      },
    ],
  },
});
