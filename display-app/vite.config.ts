import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the display renderer, served by the centre server at /display and loaded by the Electron shell. */
export default defineConfig({
  root: fileURLToPath(new URL('./src/renderer', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
  },
});
