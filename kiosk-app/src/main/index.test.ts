import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kioskChannels } from '@dintur/shared';
import { createFakeElectron, FakeBrowserWindow, FakeEvent, FakeWebContents, type FakeElectron } from '@dintur/electron-shell/testing';

// Electron's binary cannot run here (it is downloaded on first run, which the build machines
// cannot do), so the shell starts against fakes. index.ts starts the shell when imported, so each
// test gets fresh fakes and a fresh import (vi.doMock registers the new fakes for the next import).
let electron: FakeElectron;
let directory: string;
const originalArgv = process.argv;

beforeEach(async () => {
  electron = createFakeElectron();
  vi.resetModules();
  vi.doMock('electron', () => electron);
  // No scanner library in these tests: the shell must start without one.
  vi.doMock('node-hid', () => {
    throw new Error('node-hid is not installed');
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  directory = await mkdtemp(path.join(tmpdir(), 'dintur-kiosk-shell-'));
});

afterEach(async () => {
  process.argv = originalArgv;
  vi.restoreAllMocks();
  await rm(directory, { recursive: true, force: true });
});

/** Starts the shell as `electron index.cjs --config <file>` with the given config file content. */
async function startWithConfig(content: string): Promise<string> {
  const file = path.join(directory, 'kiosk.json');
  await writeFile(file, content);
  process.argv = ['electron', 'dist/main/index.cjs', '--config', file];
  await import('./index.js');
  return file;
}

describe('the kiosk shell', () => {
  it('quits at once when another instance already runs', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    const windowsBefore = FakeBrowserWindow.made.length;
    await import('./index.js');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.made.length).toBe(windowsBefore);
  });

  it('opens the renderer from disk in a secured kiosk window, answers the bridge and keeps the screen on', async () => {
    const windowsBefore = FakeBrowserWindow.made.length;
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
    await vi.waitFor(() => expect(FakeBrowserWindow.made.length).toBe(windowsBefore + 1));
    const window = FakeBrowserWindow.made.at(-1)!;
    await vi.waitFor(() => expect(window.loadURL).toHaveBeenCalled());

    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-pinch');
    expect(window.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window.loadURL.mock.calls[0]?.[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    for (const channel of [kioskChannels.getConfig, kioskChannels.print, kioskChannels.printerStatus]) {
      expect(electron.ipcMain.handle).toHaveBeenCalledWith(channel, expect.any(Function));
    }
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('starts without node-hid, with a warning that HID-POS scanners are off', async () => {
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('no HID-POS scanner support')));
  });

  it('keeps every web contents it creates on the kiosk page', async () => {
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
    await vi.waitFor(() => expect(electron.ipcMain.handle).toHaveBeenCalled());
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', new FakeEvent(), contents);
    const escape = new FakeEvent('https://www.borger.dk/');
    contents.emit('will-navigate', escape, escape.url);
    expect(escape.defaultPrevented).toBe(true);
  });

  it('loads its page again a second after the renderer crashes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
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
    await startWithConfig(JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1' }));
    await vi.waitFor(() => expect(electron.ipcMain.handle).toHaveBeenCalled());
    const window = FakeBrowserWindow.made.at(-1);
    if (window) window.minimized = true;
    electron.app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('shows every problem of the config on the screen and exits', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const windowsBefore = FakeBrowserWindow.made.length;
    const file = await startWithConfig(JSON.stringify({ serverUrl: '', kioskId: 'Reception 1', printer: { connection: { type: 'serial' } } }));
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toMatch(/cannot start/);
    expect(message).toContain(file);
    expect(message).toMatch(/serverUrl: a kiosk needs a server/);
    expect(message).toMatch(/kioskId: /);
    expect(message).toMatch(/printer\.connection/);
    expect(FakeBrowserWindow.made.length).toBe(windowsBefore);
  });
});
