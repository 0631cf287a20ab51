import { ipcMain } from 'electron';
import { displayChannels, type DisplayConfig } from '@dintur/shared';
import { isTrustedSender, sameOrigin } from '@dintur/electron-shell';

/** Answers the renderer's `getConfig` with the validated config, but only to the server's pages. */
export function answerConfigRequests(config: DisplayConfig, serverOrigin: string): void {
  const isServerPage = sameOrigin(serverOrigin);
  ipcMain.handle(displayChannels.getConfig, (event) => {
    if (!isTrustedSender(event, isServerPage)) {
      throw new Error(`${displayChannels.getConfig} refused: the asking page is not from ${serverOrigin}`);
    }
    return config;
  });
}
