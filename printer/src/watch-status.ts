import type { PrinterStatus } from '@dintur/shared';
import type { Printer } from './create-printer.js';

export type StatusWatchOptions = {
  /** Time between checks; the kiosk checks every minute (and before every ticket). */
  intervalMs: number;
  /** Called with the first status read, then whenever the state changes. */
  onChange(status: PrinterStatus): void;
};

/**
 * Polls a printer's status at an interval (each check starts `intervalMs` after the previous one
 * ended, so a slow printer is never asked twice at once) and reports the first reading and every
 * change of state. Returns a function that stops the watch.
 */
export function watchPrinterStatus(printer: Printer, options: StatusWatchOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastState: PrinterStatus['state'] | undefined;

  const check = async () => {
    let status: PrinterStatus;
    try {
      status = await printer.status();
    } catch {
      // Only a closed printer rejects: nothing more to watch.
      return;
    }
    if (stopped) return;
    if (status.state !== lastState) {
      lastState = status.state;
      options.onChange(status);
    }
    timer = setTimeout(() => void check(), options.intervalMs);
    timer.unref?.();
  };
  void check();

  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
