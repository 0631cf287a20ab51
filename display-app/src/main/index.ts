import path from 'node:path';
import { app } from 'electron';
import { keepScreenAwake, sameOrigin, secureShell, showPage, startShell } from '@dintur/electron-shell';
import { readDisplayConfig, resolveConfigPath } from './config.js';
import { answerConfigRequests } from './ipc.js';
import { createDisplayWindow, displayUrl } from './window.js';

/**
 * The display shell's entry: electron-shell's start (one instance, a locked-down window kept
 * alive and awake) on the server's /display page, with the display's own config and bridge.
 */
async function openDisplay(): Promise<void> {
  const configPath = resolveConfigPath({ argv: process.argv, environment: process.env, userDataPath: app.getPath('userData') });
  const config = await readDisplayConfig(configPath);
  const pageUrl = displayUrl(config.serverUrl);
  const serverOrigin = new URL(pageUrl).origin;

  secureShell('display', sameOrigin(serverOrigin));
  answerConfigRequests(config, serverOrigin);
  // A display that dims or sleeps hides calls.
  keepScreenAwake();

  // The preload is bundled beside main, in dist/preload, as CommonJS (a sandboxed preload cannot be ESM).
  const window = createDisplayWindow(path.join(__dirname, '../preload/index.cjs'));
  showPage(window, pageUrl, { appName: 'display' });
}

startShell('display', openDisplay);
