import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the Electron main process to one CommonJS file, dist/main/index.cjs. Everything but
 * electron, Node's own modules and node-hid is bundled in (shared, printer, zod, the ESC/POS
 * encoder), so a packaged shell needs no node_modules but node-hid, a native module that is
 * loaded lazily and is optional. CommonJS because it is Electron's default and gives `__dirname`
 * for the preload and the renderer.
 */
export default defineConfig({
  root: here('.'),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: here('./src/main/index.ts'),
    outDir: here('./dist/main'),
    emptyOutDir: true,
    // Electron 45 runs Node 22.
    target: 'node22',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: ['electron', 'node-hid', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'cjs', entryFileNames: 'index.cjs' },
    },
  },
  ssr: { noExternal: true },
});
