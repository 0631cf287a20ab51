import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './testing/fake-electron.js';
import { createShellWindow } from './window.js';

// Electron's binary cannot run here (it is downloaded on first run); the module is a fake.
const electron = await vi.hoisted(async () => (await import('./testing/fake-electron.js')).createFakeElectron());
vi.mock('electron', () => electron);

const preloadPath = '/app/dist/preload/index.cjs';

describe('createShellWindow', () => {
  it('opens a full-screen kiosk window with no menu, in the app’s colour', () => {
    createShellWindow({ appName: 'kiosk', preloadPath, backgroundColor: '#f4f1ea' });
    const window = FakeBrowserWindow.made.at(-1);
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true, backgroundColor: '#f4f1ea' });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(window?.setMenuBarVisibility).toHaveBeenCalledWith(false);
  });

  it('isolates and sandboxes the page, with no Node in any frame, and adds what the app asks', () => {
    createShellWindow({ appName: 'display', preloadPath, backgroundColor: '#000000', webPreferences: { autoplayPolicy: 'no-user-gesture-required' } });
    expect(FakeBrowserWindow.made.at(-1)?.options.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      spellcheck: false,
      backgroundThrottling: false,
      autoplayPolicy: 'no-user-gesture-required',
    });
  });

  it('locks pinch zoom, again after every page load', () => {
    createShellWindow({ appName: 'kiosk', preloadPath, backgroundColor: '#f4f1ea' });
    const contents = FakeBrowserWindow.made.at(-1)?.webContents;
    expect(contents?.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    contents?.emit('did-finish-load');
    expect(contents?.setVisualZoomLevelLimits).toHaveBeenCalledTimes(2);
  });
});
