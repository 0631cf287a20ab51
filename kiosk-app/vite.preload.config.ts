import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Fails the build unless the preload is one file that requires nothing but electron: a sandboxed
 * preload that does would only fail at run time, on the kiosk, with a blank screen.
 */
const sandboxablePreload: Plugin = {
  name: 'dintur-sandboxable-preload',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
    if (chunks.length !== 1) this.error(`the preload must be one file, got ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
    for (const chunk of chunks) {
      const others = [...chunk.imports, ...chunk.dynamicImports].filter((name) => name !== 'electron');
      if (others.length > 0) this.error(`a sandboxed preload may require only electron, not ${others.join(', ')}`);
    }
  },
};

/**
 * Builds the preload to one CommonJS file, dist/preload/index.cjs. A sandboxed preload is run
 * as a plain script that may `require` only electron: no ESM, no chunks, no other modules, so
 * everything it uses is bundled into this one file.
 */
export default defineConfig({
  root: here('.'),
  publicDir: false,
  logLevel: 'warn',
  plugins: [sandboxablePreload],
  build: {
    lib: { entry: here('./src/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    outDir: here('./dist/preload'),
    emptyOutDir: true,
    // Electron 45's Chromium.
    target: 'chrome140',
    minify: false,
    rolldownOptions: {
      external: ['electron'],
      // Only kioskChannels is needed from shared. Without this, zod and every schema that
      // shared's modules build at load would be bundled and run in each page's preload; zod's
      // builders (`z.object(…)`) are pure, so they may be dropped when unused.
      treeshake: { moduleSideEffects: false, manualPureFunctions: ['z'] },
    },
  },
});
