import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kioskChannels } from '@dintur/shared';
import { FakeBrowserWindow, FakeEvent, FakeWebContents, shellStarter } from '@dintur/electron-shell/testing';

// The kiosk's own wiring; what every shell does (single instance, recovery, security, the window)
// is tested in electron-shell. Electron's binary cannot run here (it is downloaded on first run,
// which the build machines cannot do), so the shell starts against a fake electron.
const shell = shellStarter({ configFileName: 'kiosk.json', importMain: () => import('./index.js') });

beforeEach(() => {
  // No scanner library in these tests: the shell must start without one.
  vi.doMock('node-hid', () => {
    throw new Error('node-hid is not installed');
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the kiosk shell', () => {
  it('opens the renderer from disk in a secured kiosk window, answers the bridge and keeps the screen on', async () => {
    const windowsBefore = FakeBrowserWindow.made.length;
    await shell.startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
    await vi.waitFor(() => expect(FakeBrowserWindow.made.length).toBe(windowsBefore + 1));
    const window = FakeBrowserWindow.made.at(-1)!;
    await vi.waitFor(() => expect(window.loadURL).toHaveBeenCalled());

    expect(shell.electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-pinch');
    expect(window.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window.loadURL.mock.calls[0]?.[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(shell.electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(shell.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    for (const channel of [kioskChannels.getConfig, kioskChannels.print, kioskChannels.printerStatus]) {
      expect(shell.electron.ipcMain.handle).toHaveBeenCalledWith(channel, expect.any(Function));
    }
    expect(shell.electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('starts without node-hid, with a warning that HID-POS scanners are off', async () => {
    await shell.startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('no HID-POS scanner support')));
  });

  it('keeps every web contents it creates on the kiosk page, and lets the page reload itself', async () => {
    await shell.startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
    await vi.waitFor(() => expect(shell.electron.ipcMain.handle).toHaveBeenCalled());
    const contents = new FakeWebContents();
    shell.electron.app.emit('web-contents-created', new FakeEvent(), contents);
    const escape = new FakeEvent('https://www.borger.dk/');
    contents.emit('will-navigate', escape, escape.url);
    expect(escape.defaultPrevented).toBe(true);
    const page = FakeBrowserWindow.made.at(-1)?.loadURL.mock.calls[0]?.[0];
    const reload = new FakeEvent(`${page}?lang=ar`);
    contents.emit('will-navigate', reload, reload.url);
    expect(reload.defaultPrevented).toBe(false);
  });

  it('loads its page again a second after the renderer crashes', async () => {
    await shell.expectReloadAfterCrash(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
  });

  it('shows every problem of the config on the screen and exits', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const windowsBefore = FakeBrowserWindow.made.length;
    const file = await shell.startWithConfig(JSON.stringify({ serverUrl: '', kioskId: 'Reception 1', printer: { connection: { type: 'serial' } } }));
    await vi.waitFor(() => expect(shell.electron.app.exit).toHaveBeenCalledWith(1));
    const [title, message] = shell.electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toMatch(/cannot start/);
    expect(message).toContain(file);
    expect(message).toMatch(/serverUrl: a kiosk needs a server/);
    expect(message).toMatch(/kioskId: /);
    expect(message).toMatch(/printer\.connection/);
    expect(FakeBrowserWindow.made.length).toBe(windowsBefore);
  });
});
