import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the citizens' pages, served by the centre server at /citizen/ and, for the addresses
 * citizens use, at /book and /t/{code}. Absolute asset URLs (base "/citizen/"): the app routes
 * by path, so /t/abc or /book/ABCDEFGH/move must still find its scripts.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/citizen/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
});
