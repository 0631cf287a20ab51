import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { createFakeElectron, FakeBrowserWindow, FakeEvent, type FakeElectron } from './fake-electron.js';

/**
 * For a shell's own wiring test: its main (index.ts) starts when imported, so each test gets a
 * fresh fake electron and a fresh import (vi.doMock, unlike vi.mock, registers the new fakes for
 * the next import), and a real config file in a throwaway folder. Call at the top of the test file;
 * `importMain` is the file's `() => import('./index.js')`.
 */
export function shellStarter(options: { configFileName: string; importMain: () => Promise<unknown> }) {
  let electron: FakeElectron | undefined;
  let directory: string | undefined;
  const originalArgv = process.argv;

  beforeEach(async () => {
    const fresh = createFakeElectron();
    electron = fresh;
    vi.resetModules();
    vi.doMock('electron', () => fresh);
    directory = await mkdtemp(path.join(tmpdir(), 'dintur-shell-'));
  });

  afterEach(async () => {
    process.argv = originalArgv;
    vi.restoreAllMocks();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  return {
    /** This test's fake electron. */
    get electron(): FakeElectron {
      if (!electron) throw new Error('shellStarter: electron is made before each test');
      return electron;
    },

    /** Starts the shell as `electron index.cjs --config <file>` with this config file content; returns the file. */
    async startWithConfig(content: string): Promise<string> {
      if (!directory) throw new Error('shellStarter: the folder is made before each test');
      const file = path.join(directory, options.configFileName);
      await writeFile(file, content);
      process.argv = ['electron', 'dist/main/index.cjs', '--config', file];
      await options.importMain();
      return file;
    },

    /**
     * Starts the shell with this config, crashes its renderer and expects the same page loaded again
     * a second later: the shell wired electron-shell's recovery to its own window and page.
     */
    async expectReloadAfterCrash(content: string): Promise<void> {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await this.startWithConfig(content);
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
    },
  };
}
