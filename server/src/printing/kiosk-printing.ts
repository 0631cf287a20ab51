import { createPrinter, printReceipt, type Printer } from '@dintur/printer';
import type { KioskPrintBody, PrinterSettings, PrintResult } from '@dintur/shared';
import type { Engine } from '../engine/engine.js';

export type KioskPrintingOptions = {
  /** How long a printer may take to answer before it counts as unreachable. */
  timeoutMs?: number;
};

/**
 * The printers the server drives for kiosks whose page runs in a plain browser (no Electron shell
 * to print): receipts on request, and each configured printer's status on a timer and whenever
 * the configuration changes. Every status read goes to the device monitor, which tells the
 * manager view when a printer runs out of paper. One printer object per kiosk, so a status check
 * and a receipt for the same printer never overlap.
 */
export function createKioskPrinting(engine: Engine, options: KioskPrintingOptions = {}) {
  const printers = new Map<string, { key: string; printer: Printer }>();
  let closed = false;

  const printerOf = (kioskId: string, settings: PrinterSettings): Printer => {
    const key = JSON.stringify(settings.connection);
    const known = printers.get(kioskId);
    if (known?.key === key) return known.printer;
    void known?.printer.close();
    const raw = createPrinter(settings.connection, { now: () => engine.clock.now(), ...(options.timeoutMs && { timeoutMs: options.timeoutMs }) });
    const printer: Printer = {
      ...raw,
      async status() {
        const status = await raw.status();
        engine.devices.reportPrinter(kioskId, status);
        return status;
      },
    };
    printers.set(kioskId, { key, printer });
    return printer;
  };

  /** Reads every configured kiosk printer's status once; forgets printers no longer configured. */
  const checkPrinters = async (): Promise<void> => {
    if (closed) return;
    const kiosks = engine.config().kiosks.flatMap((kiosk) => (kiosk.printer ? [{ id: kiosk.id, printer: kiosk.printer }] : []));
    for (const [kioskId, { printer }] of printers) {
      if (!kiosks.some((kiosk) => kiosk.id === kioskId)) {
        printers.delete(kioskId);
        void printer.close();
      }
    }
    await Promise.all(kiosks.map((kiosk) => printerOf(kiosk.id, kiosk.printer).status()));
  };

  // A printer just configured is checked at once, so the manager view knows it before the next minute.
  const unsubscribe = engine.onPublish((event) => {
    if (event.type === 'config.changed') void checkPrinters();
  });

  return {
    /**
     * Prints a just-issued ticket's receipt on its kiosk's printer. A printer that cannot print is
     * an answer (`printed: false` and why), not an error: the ticket stands either way.
     */
    async print(kioskId: string, request: KioskPrintBody): Promise<PrintResult> {
      const { printer: settings, ticketId } = engine.receiptPrints.check(kioskId, request);
      const result = await printReceipt(printerOf(kioskId, settings), request.receipt, { columns: settings.columns });
      if (result.printed) engine.receiptPrints.printed(ticketId);
      return result;
    },
    checkPrinters,
    async close(): Promise<void> {
      closed = true;
      unsubscribe();
      await Promise.all([...printers.values()].map(({ printer }) => printer.close()));
      printers.clear();
    },
  };
}

export type KioskPrinting = ReturnType<typeof createKioskPrinting>;
