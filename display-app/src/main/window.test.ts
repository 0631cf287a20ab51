import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './testing/fake-electron.js';
import { createDisplayWindow, displayUrl } from './window.js';

const electron = await vi.hoisted(async () => (await import('./testing/fake-electron.js')).createFakeElectron());
vi.mock('electron', () => electron);

describe('displayUrl', () => {
  it('is the server’s /display page', () => {
    expect(displayUrl('http://server:8080')).toBe('http://server:8080/display');
    expect(displayUrl('http://server:8080/')).toBe('http://server:8080/display');
  });

  it('keeps a path prefix the server is published under', () => {
    expect(displayUrl('https://intra.example.dk/dintur')).toBe('https://intra.example.dk/dintur/display');
  });

  it('refuses an empty server: a display needs one', () => {
    expect(() => displayUrl('')).toThrow(/needs a server/);
  });
});

describe('createDisplayWindow', () => {
  it('opens a full-screen kiosk window with no menu', () => {
    createDisplayWindow('/app/dist/preload/index.cjs');
    const window = FakeBrowserWindow.made.at(-1);
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(window?.setMenuBarVisibility).toHaveBeenCalledWith(false);
  });

  it('isolates and sandboxes the page, keeps it running unfocused and lets it play sound untouched', () => {
    createDisplayWindow('/app/dist/preload/index.cjs');
    expect(FakeBrowserWindow.made.at(-1)?.options.webPreferences).toEqual({
      preload: '/app/dist/preload/index.cjs',
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

  it('locks the zoom, again after every page load', () => {
    createDisplayWindow('/app/dist/preload/index.cjs');
    const contents = FakeBrowserWindow.made.at(-1)?.webContents;
    expect(contents?.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    contents?.emit('did-finish-load');
    expect(contents?.setVisualZoomLevelLimits).toHaveBeenCalledTimes(2);
  });
});
