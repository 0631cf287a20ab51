import type { BrowserWindow } from 'electron';
import { keepRendererAlive as keepPageAlive, type RecoveryTiming } from '@dintur/electron-shell';

export { defaultRecoveryTiming, type RecoveryTiming } from '@dintur/electron-shell';

/** Keeps the display page showing without anyone at the screen (see electron-shell's recovery). */
export function keepRendererAlive(window: BrowserWindow, load: () => void, timing?: RecoveryTiming): void {
  keepPageAlive(window, load, { appName: 'display', ...(timing && { timing }) });
}
