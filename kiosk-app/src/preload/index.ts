import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { kioskChannels, type KioskBridge, type KioskConfig, type PrinterStatus, type PrintResult, type Receipt } from '@dintur/shared';

/**
 * The whole of what the kiosk page gets from the shell (shared `KioskBridge`): its config,
 * printing, the printer's status and HID-POS scans, each through main, which checks the asking
 * page. Nothing of ipcRenderer itself is exposed, so a page cannot reach any other channel.
 * Nothing is exported either: the bundle runs as a sandboxed script.
 */
const kioskBridge = {
  getConfig(): Promise<KioskConfig> {
    return ipcRenderer.invoke(kioskChannels.getConfig);
  },
  print(receipt: Receipt): Promise<PrintResult> {
    return ipcRenderer.invoke(kioskChannels.print, receipt);
  },
  printerStatus(): Promise<PrinterStatus> {
    return ipcRenderer.invoke(kioskChannels.printerStatus);
  },
  onScan(listener: (code: string) => void): () => void {
    const forward = (_event: IpcRendererEvent, code: unknown) => {
      if (typeof code === 'string') listener(code);
    };
    ipcRenderer.on(kioskChannels.scan, forward);
    return () => {
      ipcRenderer.removeListener(kioskChannels.scan, forward);
    };
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld('dinturKiosk', kioskBridge);
