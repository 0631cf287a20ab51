import path from 'node:path';
import { app } from 'electron';
import { keepScreenAwake, samePage, secureShell, showPage, startShell } from '@dintur/electron-shell';
import { readKioskConfig, resolveConfigPath } from './config.js';
import { answerKioskRequests, sendScan } from './ipc.js';
import { createShellPrinter } from './printing.js';
import { startHidPosScanner } from './scanner.js';
import { createKioskWindow, rendererUrl } from './window.js';

/**
 * The kiosk shell's entry: electron-shell's start (one instance, a locked-down window kept alive)
 * on the renderer from disk, with the kiosk's own parts: its config, printer, scanner and bridge.
 */
async function openKiosk(): Promise<void> {
  const configPath = resolveConfigPath({ argv: process.argv, environment: process.env, userDataPath: app.getPath('userData') });
  const config = await readKioskConfig(configPath);
  // Main is bundled to dist/main/index.cjs; the renderer is built beside it, in dist/renderer.
  const pageUrl = rendererUrl(path.join(__dirname, '../renderer/index.html'));

  secureShell('kiosk', samePage(pageUrl));
  // A kiosk whose screen went dark looks switched off: nobody would take a number.
  keepScreenAwake();
  const printer = createShellPrinter(config.printer);
  answerKioskRequests(config, printer, pageUrl);

  // The preload is bundled beside main, in dist/preload, as CommonJS (a sandboxed preload cannot be ESM).
  const window = createKioskWindow(path.join(__dirname, '../preload/index.cjs'));
  showPage(window, pageUrl, { appName: 'kiosk' });

  // After the page: looking for a scanner must not delay the screen.
  const stopScanner = await startHidPosScanner({ onScan: (code) => sendScan(window.webContents, code) });
  app.on('will-quit', () => {
    void stopScanner();
    void printer.stop();
  });
}

startShell('kiosk', openKiosk);
