import { fileURLToPath } from 'node:url';
import { rendererBuild } from '@dintur/electron-shell/vite';

/** Builds the display renderer, served by the centre server at /display and loaded by the Electron shell. */
export default rendererBuild(fileURLToPath(new URL('.', import.meta.url)));
