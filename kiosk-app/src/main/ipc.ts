import { ipcMain, type WebContents } from 'electron';
import { kioskChannels, Receipt, type KioskConfig, type PrintResult } from '@dintur/shared';
import { isTrustedSender, samePage, type AllowedUrls } from '@dintur/electron-shell';
import type { ShellPrinter } from './printing.js';

function refuseUnlessKioskPage(event: Parameters<typeof isTrustedSender>[0], channel: string, isKioskPage: AllowedUrls): void {
  if (!isTrustedSender(event, isKioskPage)) throw new Error(`${channel} refused: the asking page is not the kiosk page`);
}

/**
 * Answers the renderer's bridge (shared `KioskBridge`): its config, printing a receipt, the
 * printer's status. Only the kiosk page is answered, and a receipt is checked against the shared
 * schema before it reaches the printer: the page is trusted with what it asks, not how.
 */
export function answerKioskRequests(config: KioskConfig, printer: ShellPrinter, pageUrl: string): void {
  const isKioskPage = samePage(pageUrl);
  ipcMain.handle(kioskChannels.getConfig, (event) => {
    refuseUnlessKioskPage(event, kioskChannels.getConfig, isKioskPage);
    return config;
  });
  ipcMain.handle(kioskChannels.print, async (event, receipt: unknown): Promise<PrintResult> => {
    refuseUnlessKioskPage(event, kioskChannels.print, isKioskPage);
    const parsed = Receipt.safeParse(receipt);
    if (!parsed.success) throw new Error(`${kioskChannels.print} refused: not a receipt (${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')})`);
    return printer.print(parsed.data);
  });
  ipcMain.handle(kioskChannels.printerStatus, (event) => {
    refuseUnlessKioskPage(event, kioskChannels.printerStatus, isKioskPage);
    return printer.status();
  });
}

/** Sends a scan to the kiosk page (the bridge's `onScan` listeners), if the page is there. */
export function sendScan(contents: WebContents, code: string): void {
  if (contents.isDestroyed()) return;
  contents.send(kioskChannels.scan, code);
}
