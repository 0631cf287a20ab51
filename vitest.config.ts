import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'printer/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'city/src/**/*.test.ts',
      '{display-app,kiosk-app,staff-app,citizen-web,city-web}/src/**/*.test.{ts,tsx}',
      'tests/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
