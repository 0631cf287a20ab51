import type { PrinterSettings, PrinterStatus, PrintResult, Receipt } from '@dintur/shared';
import { createPrinter, printReceipt, watchPrinterStatus, type Printer } from '@dintur/printer';

/** The shell's receipt printer, as the IPC handlers use it. */
export type ShellPrinter = {
  print(receipt: Receipt): Promise<PrintResult>;
  /** How the printer is: the watch's last reading if it is fresh, else asked now. */
  status(): Promise<PrinterStatus>;
  stop(): Promise<void>;
};

export type ShellPrinterOptions = {
  /** How often the printer is asked how it is, between tickets. */
  watchIntervalMs?: number;
  /** A reading younger than this is answered without asking the printer again. */
  freshForMs?: number;
  now?: () => number;
  /** For tests: makes the printer (the real one opens TCP or usblp connections). */
  connect?: (settings: PrinterSettings) => Printer;
};

/** A shell without a printer of its own: its tickets are printed by the server, or shown on screen only. */
export function noPrinterStatus(now: number): PrinterStatus {
  return { state: 'none', canPrint: false, checkedAt: new Date(now).toISOString() };
}

/**
 * The kiosk's own receipt printer (`printer` in its config file), through @dintur/printer: each
 * receipt is printed only after a status check says it can be (printReceipt), and the printer is
 * watched every minute so a paper roll running out between tickets is known. Null settings: a
 * kiosk without a printer of its own, which answers every print with state `none`.
 */
export function createShellPrinter(settings: PrinterSettings | null, options: ShellPrinterOptions = {}): ShellPrinter {
  const now = options.now ?? Date.now;
  if (!settings) {
    return {
      print: async () => ({ printed: false, status: noPrinterStatus(now()), reason: 'This kiosk has no printer of its own.' }),
      status: async () => noPrinterStatus(now()),
      stop: async () => undefined,
    };
  }
  const printer = (options.connect ?? ((printerSettings) => createPrinter(printerSettings.connection, { now })))(settings);
  const freshForMs = options.freshForMs ?? 10_000;
  let latest: PrinterStatus | undefined;
  const remember = (status: PrinterStatus): PrinterStatus => {
    if (status.state !== latest?.state && !status.canPrint) console.warn(`kiosk: printer ${status.state}${status.detail ? ` (${status.detail})` : ''}`);
    latest = status;
    return status;
  };
  const stopWatching = watchPrinterStatus(printer, { intervalMs: options.watchIntervalMs ?? 60_000, onChange: remember });

  return {
    async print(receipt) {
      const result = await printReceipt(printer, receipt, { columns: settings.columns });
      // After a ticket the printer is asked again (printed: the roll may just have run out).
      if (result.printed) void printer.status().then(remember);
      else remember(result.status);
      return result;
    },
    async status() {
      if (latest && now() - Date.parse(latest.checkedAt) < freshForMs) return latest;
      return remember(await printer.status());
    },
    async stop() {
      stopWatching();
      await printer.close();
    },
  };
}
