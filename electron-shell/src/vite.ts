import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * The three Vite builds of a shell, each app's vite*.config.ts calling one with its own folder:
 * the renderer (dist/renderer), main (dist/main/index.cjs) and the preload (dist/preload/index.cjs).
 * Not part of the package's main entry: vite must never be bundled into a shell.
 */

/**
 * The renderer, built from src/renderer to dist/renderer with relative asset URLs, so the same
 * files work when the server serves them under a path and when the shell loads them from disk.
 */
export function rendererBuild(appDirectory: string): UserConfig {
  return defineConfig({
    root: path.join(appDirectory, 'src/renderer'),
    base: './',
    build: {
      outDir: path.join(appDirectory, 'dist/renderer'),
      emptyOutDir: true,
    },
  });
}

/**
 * Main, bundled to one CommonJS file, dist/main/index.cjs: everything but electron, Node's own
 * modules and `external` (native modules such as node-hid) is bundled in, so a packaged shell
 * needs (almost) no node_modules. CommonJS because it is Electron's default and gives `__dirname`
 * for the preload's and the renderer's paths.
 */
export function mainBuild(appDirectory: string, options: { external?: readonly string[] } = {}): UserConfig {
  return defineConfig({
    root: appDirectory,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: path.join(appDirectory, 'src/main/index.ts'),
      outDir: path.join(appDirectory, 'dist/main'),
      emptyOutDir: true,
      // Electron 45 runs Node 22.
      target: 'node22',
      minify: false,
      sourcemap: true,
      rolldownOptions: {
        external: ['electron', ...(options.external ?? []), ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
        output: { format: 'cjs', entryFileNames: 'index.cjs' },
      },
    },
    ssr: { noExternal: true },
  });
}

/** What Vite puts in a browser bundle in place of a Node module: an empty object. */
const browserExternal = '__vite-browser-external';

/**
 * Fails the build unless the preload is one file that requires nothing but electron: a sandboxed
 * preload that does would only fail at run time, on the kiosk or display PC, with a blank screen.
 * A Node module (`node:fs`) is not required but replaced by Vite with an empty stand-in, which
 * would fail the same way, so it fails the build too.
 */
export const sandboxablePreload: Plugin = {
  name: 'dintur-sandboxable-preload',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
    if (chunks.length !== 1) this.error(`the preload must be one file, got ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
    for (const chunk of chunks) {
      const others = [...chunk.imports, ...chunk.dynamicImports].filter((name) => name !== 'electron');
      if (others.length > 0) this.error(`a sandboxed preload may require only electron, not ${others.join(', ')}`);
      for (const id of chunk.moduleIds.filter((moduleId) => moduleId.startsWith(browserExternal))) {
        const importers = this.getModuleInfo(id)?.importers ?? [];
        this.error(`a sandboxed preload cannot use Node's modules (imported by ${importers.join(', ') || 'the preload'}); ask main through the bridge`);
      }
    }
  },
};

/**
 * The preload, built to one CommonJS file, dist/preload/index.cjs. A sandboxed preload is run as
 * a plain script that may `require` only electron: no ESM, no chunks, no other modules, so
 * everything it uses is bundled into this one file.
 */
export function preloadBuild(appDirectory: string): UserConfig {
  return defineConfig({
    root: appDirectory,
    publicDir: false,
    logLevel: 'warn',
    plugins: [sandboxablePreload],
    build: {
      lib: { entry: path.join(appDirectory, 'src/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      outDir: path.join(appDirectory, 'dist/preload'),
      emptyOutDir: true,
      // Electron 45's Chromium.
      target: 'chrome140',
      minify: false,
      rolldownOptions: {
        external: ['electron'],
        // Only the app's channel names are needed from shared. Without this, zod and every schema
        // that shared's modules build at load would be bundled and run in each page's preload;
        // zod's builders (`z.object(…)`) are pure, so they may be dropped when unused.
        treeshake: { moduleSideEffects: false, manualPureFunctions: ['z'] },
      },
    },
  });
}
