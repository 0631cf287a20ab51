import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, type BrowserWindowConstructorOptions, type Input, type WebContents } from 'electron';

/**
 * The page the shell shows: the kiosk renderer from disk (dist/renderer/index.html, beside main).
 * From disk rather than from the server, so that a kiosk whose server is down (at boot, or a
 * network fault) still shows its out-of-order screen in every language instead of a blank one.
 */
export function rendererUrl(indexHtmlPath: string): string {
  return pathToFileURL(indexHtmlPath).href;
}

/** The window's options: a locked-down full-screen kiosk. */
export function kioskWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    // The kiosk's paper colour while the page loads, rather than a white flash.
    backgroundColor: '#f4f1ea',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      spellcheck: false,
      // The kiosk shows live waits while nobody touches it.
      backgroundThrottling: false,
    },
  };
}

/**
 * Whether a key press would zoom the page: Ctrl (or Cmd) with +, -, = or 0. Without a menu these
 * have no accelerator, but a keyboard left at the kiosk (or a scanner's odd prefix) must not
 * enlarge the page for everyone after; large text is the kiosk's own toggle.
 */
export function isZoomKey(input: Pick<Input, 'type' | 'key' | 'control' | 'meta'>): boolean {
  return input.type === 'keyDown' && (input.control || input.meta) && ['+', '-', '=', '0', 'Add', 'Subtract'].includes(input.key);
}

/** Creates the kiosk window, with no menu and no zoom. It does not load anything yet. */
export function createKioskWindow(preloadPath: string): BrowserWindow {
  // Without a menu there are also no accelerators: no reload, zoom or devtools keys.
  Menu.setApplicationMenu(null);
  const window = new BrowserWindow(kioskWindowOptions(preloadPath));
  window.setMenuBarVisibility(false);
  lockZoom(window.webContents);
  return window;
}

function lockZoom(contents: WebContents): void {
  const applyLimits = (): void => {
    contents.setVisualZoomLevelLimits(1, 1).catch((error: unknown) => console.warn('kiosk: could not lock zoom', error));
  };
  // Chromium resets the limits for each new page, so they are set again after every load.
  contents.on('did-finish-load', applyLimits);
  applyLimits();
  contents.on('before-input-event', (event, input) => {
    if (isZoomKey(input)) event.preventDefault();
  });
  // Ctrl + wheel (or a trackpad's pinch that got through) zooms by page zoom: put it back at once.
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
}
