import type { KioskBridge, PrinterStatus, Receipt } from '@dintur/shared';
import { printOnServer, sendHeartbeat } from '../api/kiosk-api.js';

/**
 * What the citizen is told after printing: `printed` ("take your ticket"), `printer-problem` (the
 * printer failed; staff have been told through the device status), or `screen-only` (there is no
 * printer, or the server could not be asked: the number and QR code on screen are the ticket).
 */
export type PrintOutcome = 'printed' | 'printer-problem' | 'screen-only';

export type TicketPrinter = {
  print(receipt: Receipt, trackingCode: string): Promise<PrintOutcome>;
  /** Sends a heartbeat now and every `heartbeatEveryMs`; returns a function that stops it. */
  startHeartbeat(): () => void;
};

export type TicketPrinterOptions = {
  apiBase: string;
  kioskId: string;
  /** The Electron shell's bridge, when the page runs in the shell. */
  bridge: KioskBridge | undefined;
  /** Whether the shell drives a printer of its own; otherwise the server prints, if it has one for this kiosk. */
  shellPrinter: boolean;
  heartbeatEveryMs?: number;
};

const unknownStatus = (): PrinterStatus => ({ state: 'unreachable', canPrint: false, checkedAt: new Date().toISOString() });

/**
 * Prints receipts where this kiosk can: through the shell's own printer (`window.dinturKiosk`),
 * else on the network printer the server has for this kiosk (`POST /api/kiosks/{id}/print`).
 * After every attempt, and every minute, it tells the server how the printer is, which is how
 * staff learn that a kiosk is out of paper.
 */
export function createTicketPrinter(options: TicketPrinterOptions): TicketPrinter {
  const { apiBase, kioskId, bridge } = options;
  const shell = options.shellPrinter ? bridge : undefined;

  const shellStatus = async (): Promise<PrinterStatus> => {
    try {
      return await shell!.printerStatus();
    } catch (error) {
      console.warn('kiosk: the shell could not read the printer status', error);
      return unknownStatus();
    }
  };
  const heartbeat = async (printer?: PrinterStatus) => sendHeartbeat(apiBase, kioskId, printer ?? (shell ? await shellStatus() : undefined));

  const printInShell = async (receipt: Receipt): Promise<PrintOutcome> => {
    let status: PrinterStatus | undefined;
    let outcome: PrintOutcome;
    try {
      const result = await shell!.print(receipt);
      outcome = result.printed ? 'printed' : 'printer-problem';
      if (!result.printed) {
        status = result.status;
        console.warn(`kiosk: the receipt was not printed: ${result.reason}`);
      }
    } catch (error) {
      console.warn('kiosk: printing in the shell failed', error);
      outcome = 'printer-problem';
      status = unknownStatus();
    }
    void heartbeat(status);
    return outcome;
  };

  const printOnTheServer = async (receipt: Receipt, trackingCode: string): Promise<PrintOutcome> => {
    const answer = await printOnServer(apiBase, kioskId, trackingCode, receipt);
    switch (answer.kind) {
      case 'result':
        void heartbeat(answer.result.printed ? undefined : answer.result.status);
        if (!answer.result.printed) console.warn(`kiosk: the server could not print the receipt: ${answer.result.reason}`);
        return answer.result.printed ? 'printed' : 'printer-problem';
      case 'no-printer':
        return 'screen-only';
      case 'failed':
        console.warn(`kiosk: asking the server to print failed: ${answer.reason}`);
        return 'screen-only';
    }
  };

  return {
    print: (receipt, trackingCode) => (shell ? printInShell(receipt) : printOnTheServer(receipt, trackingCode)),
    startHeartbeat() {
      void heartbeat();
      const timer = window.setInterval(() => void heartbeat(), options.heartbeatEveryMs ?? 60_000);
      return () => window.clearInterval(timer);
    },
  };
}
