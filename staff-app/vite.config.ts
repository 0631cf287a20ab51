import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the staff app, served by the centre server at /staff. Absolute asset URLs (base
 * "/staff/"): the app routes by path, so a page such as /staff/admin/counters must still find
 * its scripts.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/staff/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
});
