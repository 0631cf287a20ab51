import { app, dialog, powerSaveBlocker, session, type BrowserWindow } from 'electron';
import { keepRendererAlive, type RecoveryTiming } from './recovery.js';
import { denyAllPermissions, secureWebContents, type AllowedUrls } from './security.js';

/**
 * Starts a shell: one instance per PC (autostart plus a technician's click would put two windows
 * on one screen), no pinch zoom, then `open` once Electron is ready. A start that fails (most often
 * a bad config file) is shown on the screen, where somebody will see it, and the app exits.
 */
export function startShell(appName: string, open: () => Promise<void>): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Switches must be set before the app is ready: a touch screen must not pinch-zoom the page.
  app.commandLine.appendSwitch('disable-pinch');

  app
    .whenReady()
    .then(open)
    .catch((error: unknown) => failToStart(appName, error));
}

function failToStart(appName: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${appName}: ${message}`);
  // Shown on the screen too: at a kiosk or a wall display nobody reads the terminal.
  dialog.showErrorBox(`dintur ${appName} cannot start`, message);
  app.exit(1);
}

/**
 * Locks every web contents (including any a page might manage to create) to the allowed URLs,
 * and denies every permission, before any window is made.
 */
export function secureShell(appName: string, allows: AllowedUrls): void {
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, allows, appName));
  denyAllPermissions(session.defaultSession, appName);
}

/**
 * Keeps the screen on for as long as the shell runs: a kiosk whose screen went dark looks switched
 * off, and a display that sleeps hides calls. Returns the blocker's id.
 */
export function keepScreenAwake(): number {
  return powerSaveBlocker.start('prevent-display-sleep');
}

/**
 * Shows `pageUrl` in the window and keeps it showing (recovery.ts); a second start of the app
 * brings the window forward instead.
 */
export function showPage(window: BrowserWindow, pageUrl: string, options: { appName: string; timing?: RecoveryTiming }): void {
  const load = (): void => {
    // A failed load is reported by did-fail-load, which retries; the promise adds nothing.
    window.loadURL(pageUrl).catch(() => undefined);
  };
  keepRendererAlive(window, load, options);

  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  load();
}
