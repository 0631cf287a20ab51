import path from 'node:path';
import { app, dialog, powerSaveBlocker, session } from 'electron';
import { readKioskConfig, resolveConfigPath } from './config.js';
import { answerKioskRequests, sendScan } from './ipc.js';
import { createShellPrinter } from './printing.js';
import { keepRendererAlive } from './resilience.js';
import { startHidPosScanner } from './scanner.js';
import { denyAllPermissions, secureWebContents } from './security.js';
import { createKioskWindow, rendererUrl } from './window.js';

/**
 * The kiosk shell's entry: one instance per PC, a validated config, a locked-down kiosk window on
 * the renderer from disk, its printer and scanner. Each step lives in its own module.
 */
function startKioskShell(): void {
  // A second start (autostart plus a technician's click) would put two windows on one screen.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Switches must be set before the app is ready: a touch screen must not pinch-zoom the kiosk.
  app.commandLine.appendSwitch('disable-pinch');

  app
    .whenReady()
    .then(openKiosk)
    .catch((error: unknown) => fail(error));
}

async function openKiosk(): Promise<void> {
  const configPath = resolveConfigPath({ argv: process.argv, environment: process.env, userDataPath: app.getPath('userData') });
  const config = await readKioskConfig(configPath);
  // Main is bundled to dist/main/index.cjs; the renderer is built beside it, in dist/renderer.
  const pageUrl = rendererUrl(path.join(__dirname, '../renderer/index.html'));

  // Every web contents, including any a page might manage to create, stays on the kiosk page.
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, pageUrl));
  denyAllPermissions(session.defaultSession);
  // A kiosk whose screen went dark looks switched off: nobody would take a number.
  powerSaveBlocker.start('prevent-display-sleep');
  const printer = createShellPrinter(config.printer);
  answerKioskRequests(config, printer, pageUrl);

  // The preload is bundled beside main, in dist/preload, as CommonJS (a sandboxed preload cannot be ESM).
  const window = createKioskWindow(path.join(__dirname, '../preload/index.cjs'));
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
  // After the page: looking for a scanner must not delay the screen.
  const stopScanner = await startHidPosScanner({ onScan: (code) => sendScan(window.webContents, code) });
  app.on('will-quit', () => {
    void stopScanner();
    void printer.stop();
  });
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`kiosk: ${message}`);
  // Shown on the screen too: at a kiosk nobody reads the terminal.
  dialog.showErrorBox('dintur kiosk cannot start', message);
  app.exit(1);
}

startKioskShell();
