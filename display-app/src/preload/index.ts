import { contextBridge, ipcRenderer } from 'electron';
import { displayChannels, type DisplayBridge, type DisplayConfig } from '@dintur/shared';

/**
 * The whole of what the display page gets from the shell: its config, through main (which checks
 * the asking page's origin). Nothing of ipcRenderer itself is exposed, so a page cannot reach any
 * other channel. Nothing is exported either: the bundle runs as a sandboxed script.
 */
const displayBridge = {
  getConfig(): Promise<DisplayConfig> {
    return ipcRenderer.invoke(displayChannels.getConfig);
  },
} satisfies DisplayBridge;

contextBridge.exposeInMainWorld('dinturDisplay', displayBridge);
