import type { PrinterConnection, PrinterStatus } from '@dintur/shared';
import { isStatusReply, printerStatus, stateFromReplies, statusQueries, statusQueryBytes, type StatusReplies, type StatusQuery } from './printer-status.js';
import { messageOf, type PrinterChannel } from './transport/channel.js';
import { openTcpChannel } from './transport/tcp-channel.js';
import { openUsbChannel } from './transport/usb-channel.js';

/** A receipt printer: ask how it is, send it bytes. */
export type Printer = {
  /** Never rejects: a printer that cannot be reached is `unreachable`, with the reason in `detail`. */
  status(): Promise<PrinterStatus>;
  /** Rejects when the bytes could not be delivered (not connected, stalled, device gone). */
  write(bytes: Uint8Array): Promise<void>;
  /** Waits for the operation under way, then refuses new ones. */
  close(): Promise<void>;
};

export type PrinterOptions = {
  /**
   * How long a status check may take in all (connecting included) before the printer counts as
   * unreachable, and how long a write may stall. Default 3 s: a LAN printer answers in
   * milliseconds, and the kiosk must not keep a citizen waiting long for a dead one.
   */
  timeoutMs?: number;
  /** The clock `checkedAt` is read from (the server passes its engine's clock). */
  now?: () => number;
};

export const defaultPrinterTimeoutMs = 3_000;

/**
 * A printer on raw TCP (port 9100) or a Linux usblp device. Each operation opens the connection,
 * does its work and closes it, one operation at a time: a status poll never cuts into a receipt,
 * and a printer that was restarted or re-plugged in between just works again. The status is read
 * with DLE EOT 1, 2 and 4 (printer-status.ts).
 */
export function createPrinter(connection: PrinterConnection, options: PrinterOptions = {}): Printer {
  const timeoutMs = options.timeoutMs ?? defaultPrinterTimeoutMs;
  const now = options.now ?? Date.now;
  const openChannel = (deadline: number): Promise<PrinterChannel> =>
    connection.type === 'tcp'
      ? openTcpChannel(connection.host, connection.port, { deadline, stallMs: timeoutMs })
      : openUsbChannel(connection.device, { stallMs: timeoutMs });

  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;
  /** Runs operations one after another, in the order they were asked for. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('The printer has been closed'));
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  };

  return {
    status: () =>
      exclusive(async () => {
        const deadline = performance.now() + timeoutMs;
        let channel: PrinterChannel | undefined;
        try {
          channel = await openChannel(deadline);
          const replies = await readStatus(channel, deadline);
          if (!replies) return printerStatus('unreachable', now(), `No answer to a status query within ${timeoutMs} ms`);
          return printerStatus(stateFromReplies(replies), now());
        } catch (error) {
          return printerStatus('unreachable', now(), messageOf(error));
        } finally {
          await channel?.close();
        }
      }),
    write: (bytes) =>
      exclusive(async () => {
        const channel = await openChannel(performance.now() + timeoutMs);
        try {
          await channel.write(bytes);
        } catch (error) {
          await channel.close();
          throw error;
        }
        await channel.close({ graceful: true });
      }),
    async close() {
      closed = true;
      await tail;
    },
  };
}

/** Asks DLE EOT 1, 2 and 4 in turn; null if the printer does not answer one of them in time. */
async function readStatus(channel: PrinterChannel, deadline: number): Promise<StatusReplies | null> {
  await channel.discardInput();
  const reply = async (query: StatusQuery): Promise<number | null> => {
    await channel.write(statusQueryBytes(query));
    for (;;) {
      const byte = await channel.readByte(deadline);
      // Bytes that are not a status reply (an automatic status block) are skipped.
      if (byte === null || isStatusReply(byte)) return byte;
    }
  };
  const printer = await reply(statusQueries.printer);
  if (printer === null) return null;
  const offlineCause = await reply(statusQueries.offlineCause);
  if (offlineCause === null) return null;
  const paperSensor = await reply(statusQueries.paperSensor);
  if (paperSensor === null) return null;
  return { printer, offlineCause, paperSensor };
}
