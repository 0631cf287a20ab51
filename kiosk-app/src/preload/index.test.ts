import { expect, it, vi } from 'vitest';
import { kioskChannels, type KioskBridge } from '@dintur/shared';

// Electron's binary cannot run here: contextBridge and ipcRenderer are fakes.
const electron = await vi.hoisted(async () => (await import('@dintur/electron-shell/testing')).createFakeElectron());
vi.mock('electron', () => electron);

await import('./index.js');

function exposedBridge(): KioskBridge {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('dinturKiosk');
  return bridge as KioskBridge;
}

it('exposes exactly the kiosk bridge as window.dinturKiosk', () => {
  expect(Object.keys(exposedBridge()).sort()).toEqual(['getConfig', 'onScan', 'print', 'printerStatus']);
});

it('asks main for the config, a print and the printer status on the kiosk channels', async () => {
  const bridge = exposedBridge();
  electron.ipcRenderer.invoke.mockResolvedValueOnce({ kioskId: 'reception-1' });
  await expect(bridge.getConfig()).resolves.toEqual({ kioskId: 'reception-1' });
  expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(kioskChannels.getConfig);

  const receipt = { number: 'A1' } as Parameters<KioskBridge['print']>[0];
  electron.ipcRenderer.invoke.mockResolvedValueOnce({ printed: true });
  await expect(bridge.print(receipt)).resolves.toEqual({ printed: true });
  expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(kioskChannels.print, receipt);

  await bridge.printerStatus();
  expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(kioskChannels.printerStatus);
});

it('passes scans to a listener until it unsubscribes, and only strings', () => {
  const scans: string[] = [];
  const unsubscribe = exposedBridge().onScan((code) => scans.push(code));
  electron.ipcRenderer.emit(kioskChannels.scan, {}, 'APPT-7QX2');
  electron.ipcRenderer.emit(kioskChannels.scan, {}, { not: 'a code' });
  unsubscribe();
  electron.ipcRenderer.emit(kioskChannels.scan, {}, 'LATER');
  expect(scans).toEqual(['APPT-7QX2']);
});
