import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { displayChannels } from '@dintur/shared';
import { createFakeElectron, FakeBrowserWindow, FakeWebContents, FakeEvent, type FakeElectron } from '@dintur/electron-shell/testing';

// index.ts starts the shell when imported, so each test gets fresh fakes and a fresh import
// (vi.doMock, unlike vi.mock, registers the new fakes for the next import).
let electron: FakeElectron;

let directory: string;
const originalArgv = process.argv;

beforeEach(async () => {
  electron = createFakeElectron();
  vi.resetModules();
  vi.doMock('electron', () => electron);
  directory = await mkdtemp(path.join(tmpdir(), 'dintur-display-shell-'));
});

afterEach(async () => {
  process.argv = originalArgv;
  vi.restoreAllMocks();
  await rm(directory, { recursive: true, force: true });
});

/** Starts the shell as `electron index.cjs --config <file>` with the given config file content. */
async function startWithConfig(content: string): Promise<string> {
  const file = path.join(directory, 'display.json');
  await writeFile(file, content);
  process.argv = ['electron', 'dist/main/index.cjs', '--config', file];
  await import('./index.js');
  return file;
}

describe('the display shell', () => {
  it('quits at once when another instance already runs', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    const windowsBefore = FakeBrowserWindow.made.length;
    await import('./index.js');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.made.length).toBe(windowsBefore);
  });

  it('opens the server’s display page in a secured, awake kiosk window', async () => {
    const windowsBefore = FakeBrowserWindow.made.length;
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', unitIds: ['pension-care'] }));
    await vi.waitFor(() => expect(FakeBrowserWindow.made.length).toBe(windowsBefore + 1));
    const window = FakeBrowserWindow.made.at(-1);

    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-pinch');
    expect(window?.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window?.loadURL).toHaveBeenCalledWith('http://server:8080/display');
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(displayChannels.getConfig, expect.any(Function));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('keeps every web contents it creates on the server', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080' }));
    await vi.waitFor(() => expect(electron.ipcMain.handle).toHaveBeenCalled());
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', new FakeEvent(), contents);
    const escape = new FakeEvent('https://example.com/');
    contents.emit('will-navigate', escape, escape.url);
    expect(escape.defaultPrevented).toBe(true);
  });

  it('loads its page again a second after the renderer crashes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080' }));
    await vi.waitFor(() => expect(FakeBrowserWindow.made.at(-1)?.loadURL).toHaveBeenCalledTimes(1));
    const window = FakeBrowserWindow.made.at(-1)!;
    const page = window.loadURL.mock.calls[0]?.[0];
    vi.useFakeTimers();
    try {
      window.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 139 });
      vi.advanceTimersByTime(1_000);
    } finally {
      vi.useRealTimers();
    }
    expect(window.loadURL).toHaveBeenCalledTimes(2);
    expect(window.loadURL).toHaveBeenLastCalledWith(page);
  });

  it('brings its window forward when a second instance is started', async () => {
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080' }));
    await vi.waitFor(() => expect(electron.ipcMain.handle).toHaveBeenCalled());
    const window = FakeBrowserWindow.made.at(-1);
    if (window) window.minimized = true;
    electron.app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('shows what is wrong with the config and exits', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const windowsBefore = FakeBrowserWindow.made.length;
    const file = await startWithConfig(JSON.stringify({ serverUrl: '', sound: 'loud' }));
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toMatch(/cannot start/);
    expect(message).toContain(file);
    expect(message).toMatch(/serverUrl: a display needs a server/);
    expect(message).toMatch(/sound: /);
    expect(FakeBrowserWindow.made.length).toBe(windowsBefore);
  });
});
