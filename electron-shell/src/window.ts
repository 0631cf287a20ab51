import { BrowserWindow, Menu, type BrowserWindowConstructorOptions, type WebContents, type WebPreferences } from 'electron';

export type ShellWindowOptions = {
  /** "kiosk" or "display", as the console's warnings name the app. */
  appName: string;
  /** The bundled preload (dist/preload/index.cjs), the page's only way to main. */
  preloadPath: string;
  /** Shown while the page loads or cannot be loaded, instead of a white flash. */
  backgroundColor: string;
  /** What the app's page needs beyond the locked-down defaults (the display's autoplay). */
  webPreferences?: Omit<WebPreferences, keyof typeof lockedDownPreferences | 'preload'>;
};

/**
 * What every shell's page runs with: isolated from the preload, sandboxed, no Node in any frame,
 * same-origin rules kept. Not overridable: the apps add to it, never loosen it.
 */
const lockedDownPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  spellcheck: false,
  // Both pages live while nobody touches them (waits, calls, the clock): throttled timers would lag.
  backgroundThrottling: false,
} as const satisfies WebPreferences;

/** The window's options: a locked-down full-screen kiosk window. */
export function shellWindowOptions(options: ShellWindowOptions): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: options.backgroundColor,
    webPreferences: { preload: options.preloadPath, ...lockedDownPreferences, ...options.webPreferences },
  };
}

/** Creates a shell's window, with no menu and no pinch zoom. It does not load anything yet. */
export function createShellWindow(options: ShellWindowOptions): BrowserWindow {
  // Without a menu there are also no accelerators: no reload, zoom or devtools keys.
  Menu.setApplicationMenu(null);
  const window = new BrowserWindow(shellWindowOptions(options));
  window.setMenuBarVisibility(false);
  lockVisualZoom(window.webContents, options.appName);
  return window;
}

function lockVisualZoom(contents: WebContents, appName: string): void {
  const applyLimits = (): void => {
    contents.setVisualZoomLevelLimits(1, 1).catch((error: unknown) => console.warn(`${appName}: could not lock zoom`, error));
  };
  // Chromium resets the limits for each new page, so they are set again after every load.
  contents.on('did-finish-load', applyLimits);
  applyLimits();
}
