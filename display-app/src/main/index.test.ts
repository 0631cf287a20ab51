import { describe, expect, it, vi } from 'vitest';
import { displayChannels } from '@dintur/shared';
import { FakeBrowserWindow, FakeEvent, FakeWebContents, shellStarter } from '@dintur/electron-shell/testing';

// The display's own wiring; what every shell does (single instance, recovery, security, the
// window) is tested in electron-shell. Electron's binary cannot run here (it is downloaded on
// first run), so the shell starts against a fake electron.
const shell = shellStarter({ configFileName: 'display.json', importMain: () => import('./index.js') });

describe('the display shell', () => {
  it('opens the server’s display page in a secured, awake kiosk window', async () => {
    const windowsBefore = FakeBrowserWindow.made.length;
    await shell.startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', unitIds: ['pension-care'] }));
    await vi.waitFor(() => expect(FakeBrowserWindow.made.length).toBe(windowsBefore + 1));
    const window = FakeBrowserWindow.made.at(-1);

    expect(shell.electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-pinch');
    expect(window?.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window?.loadURL).toHaveBeenCalledWith('http://server:8080/display');
    expect(shell.electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(shell.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(shell.electron.ipcMain.handle).toHaveBeenCalledWith(displayChannels.getConfig, expect.any(Function));
    expect(shell.electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('keeps every web contents it creates on the server, and lets it move there', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await shell.startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080' }));
    await vi.waitFor(() => expect(shell.electron.ipcMain.handle).toHaveBeenCalled());
    const contents = new FakeWebContents();
    shell.electron.app.emit('web-contents-created', new FakeEvent(), contents);
    const escape = new FakeEvent('https://example.com/');
    contents.emit('will-navigate', escape, escape.url);
    expect(escape.defaultPrevented).toBe(true);
    const onServer = new FakeEvent('http://server:8080/display?units=pension-care');
    contents.emit('will-navigate', onServer, onServer.url);
    expect(onServer.defaultPrevented).toBe(false);
  });

  it('loads its page again a second after the renderer crashes', async () => {
    await shell.expectReloadAfterCrash(JSON.stringify({ serverUrl: 'http://server:8080' }));
  });

  it('shows what is wrong with the config and exits', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const windowsBefore = FakeBrowserWindow.made.length;
    const file = await shell.startWithConfig(JSON.stringify({ serverUrl: '', sound: 'loud' }));
    await vi.waitFor(() => expect(shell.electron.app.exit).toHaveBeenCalledWith(1));
    const [title, message] = shell.electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toMatch(/cannot start/);
    expect(message).toContain(file);
    expect(message).toMatch(/serverUrl: a display needs a server/);
    expect(message).toMatch(/sound: /);
    expect(FakeBrowserWindow.made.length).toBe(windowsBefore);
  });
});
