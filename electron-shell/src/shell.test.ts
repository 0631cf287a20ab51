import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ShellModule from './shell.js';
import { asBrowserWindow, createFakeElectron, FakeBrowserWindow, FakeEvent, FakeWebContents, type FakeElectron } from './testing/fake-electron.js';

// Electron's binary cannot run here (it is downloaded on first run): `electron` is a fake that
// emits Electron's events. shell.ts imports it at load, so each test imports it afresh.
let electron: FakeElectron;
let shell: typeof ShellModule;

beforeEach(async () => {
  electron = createFakeElectron();
  vi.resetModules();
  vi.doMock('electron', () => electron);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  shell = await import('./shell.js');
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startShell', () => {
  it('quits at once when another instance already runs', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    const open = vi.fn(async () => undefined);
    shell.startShell('kiosk', open);
    await Promise.resolve();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('turns pinch zoom off before the app is ready, then opens', async () => {
    const open = vi.fn(async () => undefined);
    shell.startShell('kiosk', open);
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-pinch');
    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it('shows why it cannot start on the screen, and exits', async () => {
    shell.startShell('display', async () => {
      throw new Error('The display config /etc/display.json has 1 problem(s)');
    });
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('dintur display cannot start', 'The display config /etc/display.json has 1 problem(s)');
    expect(console.error).toHaveBeenCalledWith('display: The display config /etc/display.json has 1 problem(s)');
  });
});

describe('secureShell', () => {
  it('keeps every web contents created from then on where it is allowed, and denies permissions', () => {
    shell.secureShell('display', (url) => url.startsWith('http://server:8080/'));
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', new FakeEvent(), contents);
    const escape = new FakeEvent('https://example.com/');
    contents.emit('will-navigate', escape, escape.url);
    expect(escape.defaultPrevented).toBe(true);
    const stay = new FakeEvent('http://server:8080/display');
    contents.emit('will-navigate', stay, stay.url);
    expect(stay.defaultPrevented).toBe(false);

    const callback = vi.fn();
    electron.session.defaultSession.permissionRequestHandler?.({} as never, 'media', callback, {} as never);
    expect(callback).toHaveBeenCalledWith(false);
  });
});

describe('keepScreenAwake', () => {
  it('keeps the screen from sleeping', () => {
    expect(shell.keepScreenAwake()).toBe(7);
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });
});

describe('showPage', () => {
  it('loads the page, and loads it again a second after its renderer crashes', () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow();
    shell.showPage(asBrowserWindow(window), 'http://server:8080/display', { appName: 'display' });
    expect(window.loadURL).toHaveBeenCalledWith('http://server:8080/display');
    window.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 139 });
    vi.advanceTimersByTime(1_000);
    expect(window.loadURL).toHaveBeenCalledTimes(2);
    expect(window.loadURL).toHaveBeenLastCalledWith('http://server:8080/display');
  });

  it('survives a load that fails (did-fail-load retries it)', async () => {
    const window = new FakeBrowserWindow();
    window.loadURL.mockRejectedValueOnce(new Error('ERR_CONNECTION_REFUSED'));
    shell.showPage(asBrowserWindow(window), 'http://server:8080/display', { appName: 'display' });
    await Promise.resolve();
    expect(window.loadURL).toHaveBeenCalledTimes(1);
  });

  it('brings the window forward when a second instance is started, unless it is gone', () => {
    const window = new FakeBrowserWindow();
    shell.showPage(asBrowserWindow(window), 'file:///opt/dintur-kiosk/dist/renderer/index.html', { appName: 'kiosk' });
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    window.destroyed = true;
    electron.app.emit('second-instance');
    expect(window.focus).toHaveBeenCalledTimes(1);
  });
});
