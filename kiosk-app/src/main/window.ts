import { pathToFileURL } from 'node:url';
import type { BrowserWindow, Input, WebContents } from 'electron';
import { createShellWindow } from '@dintur/electron-shell';

/**
 * The page the shell shows: the kiosk renderer from disk (dist/renderer/index.html, beside main).
 * From disk rather than from the server, so that a kiosk whose server is down (at boot, or a
 * network fault) still shows its out-of-order screen in every language instead of a blank one.
 */
export function rendererUrl(indexHtmlPath: string): string {
  return pathToFileURL(indexHtmlPath).href;
}

/**
 * Whether a key press would zoom the page: Ctrl (or Cmd) with +, -, = or 0. Without a menu these
 * have no accelerator, but a keyboard left at the kiosk (or a scanner's odd prefix) must not
 * enlarge the page for everyone after; large text is the kiosk's own toggle.
 */
export function isZoomKey(input: Pick<Input, 'type' | 'key' | 'control' | 'meta'>): boolean {
  return input.type === 'keyDown' && (input.control || input.meta) && ['+', '-', '=', '0', 'Add', 'Subtract'].includes(input.key);
}

/**
 * Creates the kiosk window (electron-shell's locked-down window, in the kiosk's paper colour rather
 * than a white flash while the page loads), with no page zoom either. It does not load anything yet.
 */
export function createKioskWindow(preloadPath: string): BrowserWindow {
  const window = createShellWindow({ appName: 'kiosk', preloadPath, backgroundColor: '#f4f1ea' });
  lockPageZoom(window.webContents);
  return window;
}

function lockPageZoom(contents: WebContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isZoomKey(input)) event.preventDefault();
  });
  // Ctrl + wheel (or a trackpad's pinch that got through) zooms by page zoom: put it back at once.
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
}
