/**
 * One open connection to a printer, whatever carries it: bytes out, and the bytes the printer
 * sends back (status replies). Opened for one operation and closed after it, so a printer that
 * was switched off, unplugged or restarted in between is simply opened again.
 */
export type PrinterChannel = {
  /** Resolves when every byte has been handed to the connection; rejects if it stalls. */
  write(bytes: Uint8Array): Promise<void>;
  /** The next byte from the printer, or null if none comes before the deadline (`performance.now()` time). */
  readByte(deadline: number): Promise<number | null>;
  /** Drops bytes that arrived unasked (a late reply to an earlier query). */
  discardInput(): Promise<void>;
  /**
   * Never rejects. `graceful` (after a write) waits, within limits, until the printer has taken
   * everything and closed its side; otherwise (after a status check) it cuts the connection at once.
   */
  close(options?: { graceful?: boolean }): Promise<void>;
};

/** Milliseconds left until a `performance.now()` deadline. */
export const remaining = (deadline: number): number => Math.max(0, deadline - performance.now());

export const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** An error's message, for a status detail or a print result's reason. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
