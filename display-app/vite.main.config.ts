import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the Electron main process to one CommonJS file, dist/main/index.cjs. Everything but
 * electron and Node's own modules is bundled in (shared, zod), so a packaged shell needs no
 * node_modules. CommonJS because it is Electron's default and gives `__dirname` for the preload path.
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
      external: ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'cjs', entryFileNames: 'index.cjs' },
    },
  },
  ssr: { noExternal: true },
});
