import path from 'node:path';
import { app, dialog, session } from 'electron';
import { readDisplayConfig, resolveConfigPath } from './config.js';
import { answerConfigRequests } from './ipc.js';
import { keepDisplayAwake } from './power.js';
import { keepRendererAlive } from './resilience.js';
import { denyAllPermissions, secureWebContents } from './security.js';
import { createDisplayWindow, displayUrl } from './window.js';

/**
 * The display shell's entry: one instance per PC, a validated config, a locked-down kiosk window
 * on the server's /display page, kept awake and alive. Each step lives in its own module.
 */
function startDisplayShell(): void {
  // A second start (autostart plus a technician's click) would put two windows on one screen.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Switches must be set before the app is ready; touch screens must not zoom the display.
  app.commandLine.appendSwitch('disable-pinch');

  app
    .whenReady()
    .then(openDisplay)
    .catch((error: unknown) => fail(error));
}

async function openDisplay(): Promise<void> {
  const configPath = resolveConfigPath({ argv: process.argv, environment: process.env, userDataPath: app.getPath('userData') });
  const config = await readDisplayConfig(configPath);
  const pageUrl = displayUrl(config.serverUrl);
  const serverOrigin = new URL(pageUrl).origin;

  // Every web contents, including any a page might manage to create, stays on the server.
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, serverOrigin));
  denyAllPermissions(session.defaultSession);
  answerConfigRequests(config, serverOrigin);
  keepDisplayAwake();

  // The preload is bundled beside main, in dist/preload, as CommonJS (a sandboxed preload cannot be ESM).
  const window = createDisplayWindow(path.join(__dirname, '../preload/index.cjs'));
  const load = (): void => {
    // A failed load is reported by did-fail-load, which retries; the promise adds nothing.
    window.loadURL(pageUrl).catch(() => undefined);
  };
  keepRendererAlive(window, load);

  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  load();
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`display: ${message}`);
  // Shown on the screen too: on a wall display nobody reads the terminal.
  dialog.showErrorBox('dintur display cannot start', message);
  app.exit(1);
}

startDisplayShell();
