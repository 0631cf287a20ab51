import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadBuild } from './vite.js';

// Real Vite builds of a small preload in a throwaway folder.
let appDirectory: string;

beforeEach(async () => {
  appDirectory = await mkdtemp(path.join(tmpdir(), 'dintur-shell-vite-'));
  await mkdir(path.join(appDirectory, 'src/preload'), { recursive: true });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(appDirectory, { recursive: true, force: true });
});

async function buildPreload(source: string): Promise<void> {
  await writeFile(path.join(appDirectory, 'src/preload/index.ts'), source);
  await build({ ...preloadBuild(appDirectory), configFile: false, logLevel: 'silent' });
}

describe('preloadBuild', () => {
  it('builds a sandboxed preload to one CommonJS file that requires only electron', async () => {
    await buildPreload(`import { contextBridge } from 'electron';\ncontextBridge.exposeInMainWorld('dinturTest', { answer: () => 42 });\n`);
    const bundle = await readFile(path.join(appDirectory, 'dist/preload/index.cjs'), 'utf8');
    expect([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
  });

  it('fails the build when the preload would use a Node module (it would fail only on the PC, with a blank screen)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(buildPreload(`import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('/etc/hostname');\n`)).rejects.toThrow(
      /a sandboxed preload cannot use Node's modules \(imported by .*src\/preload\/index\.ts\)/,
    );
  });

  it('fails the build when the preload would require another package', async () => {
    await expect(
      buildPreload(`import { contextBridge } from 'electron';\nimport { ipcRenderer } from 'electron/renderer';\ncontextBridge.exposeInMainWorld('x', { ipcRenderer });\n`),
    ).rejects.toThrow(/a sandboxed preload may require only electron, not electron\/renderer/);
  });
});
