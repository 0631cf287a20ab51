import type { BrowserWindow } from 'electron';
import { createShellWindow } from '@dintur/electron-shell';

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

/**
 * Creates the display's window: electron-shell's locked-down window, black rather than white
 * while the page loads or the server is away, and allowed to play sound untouched (nobody touches
 * a wall display, and the chime must still play). It does not load anything yet.
 */
export function createDisplayWindow(preloadPath: string): BrowserWindow {
  return createShellWindow({
    appName: 'display',
    preloadPath,
    backgroundColor: '#000000',
    webPreferences: { autoplayPolicy: 'no-user-gesture-required' },
  });
}
