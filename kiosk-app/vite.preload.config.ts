import { fileURLToPath } from 'node:url';
import { preloadBuild } from '@dintur/electron-shell/vite';

/** Builds the kiosk's sandboxed preload (the `window.dinturKiosk` bridge) to dist/preload/index.cjs. */
export default preloadBuild(fileURLToPath(new URL('.', import.meta.url)));
