import { fileURLToPath } from 'node:url';
import { rendererBuild } from '@dintur/electron-shell/vite';

/**
 * Builds the kiosk renderer to dist/renderer with relative asset URLs: the server serves it at
 * /kiosk/, and the Electron shell loads the same files from disk (file://), so that a kiosk can
 * show its out-of-order screen even when the server is down at boot.
 */
export default rendererBuild(fileURLToPath(new URL('.', import.meta.url)));
