import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the city hub's pages, served by the hub at /city/ and, for the addresses people use, at
 * /waits and /staff (city/src/http/web-apps.ts). Absolute asset URLs (base "/city/"): the app
 * routes by path, so /staff/reports must still find its scripts.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/city/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
});
