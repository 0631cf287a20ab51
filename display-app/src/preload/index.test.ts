import { expect, it, vi } from 'vitest';
import { displayChannels, type DisplayBridge } from '@dintur/shared';

const electron = await vi.hoisted(async () => (await import('@dintur/electron-shell/testing')).createFakeElectron());
vi.mock('electron', () => electron);

await import('./index.js');

function exposedBridge(): DisplayBridge {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('dinturDisplay');
  expect(bridge).toEqual({ getConfig: expect.any(Function) });
  return bridge as DisplayBridge;
}

it('exposes exactly the display bridge as window.dinturDisplay', () => {
  expect(Object.keys(exposedBridge())).toEqual(['getConfig']);
});

it('asks main for the config on the display channel', async () => {
  const config = { serverUrl: 'http://server:8080', unitIds: [], counterIds: ['po-7'], secondLanguage: null, sound: false };
  electron.ipcRenderer.invoke.mockResolvedValueOnce(config);
  await expect(exposedBridge().getConfig()).resolves.toEqual(config);
  expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(displayChannels.getConfig);
});
