import { fileURLToPath } from 'node:url';
import { preloadBuild } from '@dintur/electron-shell/vite';

/** Builds the display's sandboxed preload (the `window.dinturDisplay` bridge) to dist/preload/index.cjs. */
export default preloadBuild(fileURLToPath(new URL('.', import.meta.url)));
