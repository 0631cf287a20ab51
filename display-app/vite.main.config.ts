import { fileURLToPath } from 'node:url';
import { mainBuild } from '@dintur/electron-shell/vite';

/**
 * Builds the display's main process to dist/main/index.cjs. Everything but electron and Node's own
 * modules is bundled in (shared, zod), so a packaged shell needs no node_modules.
 */
export default mainBuild(fileURLToPath(new URL('.', import.meta.url)));
