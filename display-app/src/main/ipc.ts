import { ipcMain } from 'electron';
import { displayChannels, type DisplayConfig } from '@dintur/shared';
import { isTrustedSender } from './security.js';

/** Answers the renderer's `getConfig` with the validated config, but only to the server's pages. */
export function answerConfigRequests(config: DisplayConfig, serverOrigin: string): void {
  ipcMain.handle(displayChannels.getConfig, (event) => {
    if (!isTrustedSender(event, serverOrigin)) {
      throw new Error(`${displayChannels.getConfig} refused: the asking page is not from ${serverOrigin}`);
    }
    return config;
  });
}
