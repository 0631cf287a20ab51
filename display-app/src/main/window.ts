import { BrowserWindow, Menu, type BrowserWindowConstructorOptions } from 'electron';

/**
 * The page the shell shows: the display renderer as served by the centre server. Loading it
 * from the server (rather than from files in the shell) keeps one build of the renderer for the
 * shell and for plain browsers, and updates every display when the server is updated. The zone
 * is not put in the URL: the renderer asks the bridge for the config, so there is one source.
 */
export function displayUrl(serverUrl: string): string {
  if (!serverUrl) throw new Error('A display needs a server: set serverUrl in the display config.');
  // A trailing slash keeps a path prefix (http://host/dintur) instead of replacing it.
  const base = serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`;
  return new URL('display', base).href;
}

/** The window's options: a locked-down, always-awake, full-screen kiosk that may play sound untouched. */
export function displayWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    // Black rather than the default white while the page loads or the server is away.
    backgroundColor: '#000000',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      spellcheck: false,
      // A display is never focused; throttled timers would delay calls and the clock.
      backgroundThrottling: false,
      // Nobody touches a wall display, and the chime must still play.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

/** Creates the display's kiosk window, with no menu and no zoom. It does not load anything yet. */
export function createDisplayWindow(preloadPath: string): BrowserWindow {
  // Without a menu there are also no accelerators: no reload, zoom or devtools keys.
  Menu.setApplicationMenu(null);
  const window = new BrowserWindow(displayWindowOptions(preloadPath));
  window.setMenuBarVisibility(false);
  lockZoom(window);
  return window;
}

function lockZoom(window: BrowserWindow): void {
  const contents = window.webContents;
  const applyLimits = (): void => {
    contents.setVisualZoomLevelLimits(1, 1).catch((error: unknown) => console.warn('display: could not lock zoom', error));
  };
  // Chromium resets the limits for each new page, so they are set again after every load.
  contents.on('did-finish-load', applyLimits);
  applyLimits();
}
