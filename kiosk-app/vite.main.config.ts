import { fileURLToPath } from 'node:url';
import { mainBuild } from '@dintur/electron-shell/vite';

/**
 * Builds the kiosk's main process to dist/main/index.cjs. Everything but electron, Node's own
 * modules and node-hid is bundled in (shared, printer, zod, the ESC/POS encoder), so a packaged
 * shell needs no node_modules but node-hid, a native module that is loaded lazily and is optional.
 */
export default mainBuild(fileURLToPath(new URL('.', import.meta.url)), { external: ['node-hid'] });
