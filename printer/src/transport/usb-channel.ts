import { remaining, sleep, type PrinterChannel } from './channel.js';
import { openCharacterDevice } from './usb-device.js';

/** How often a device with nothing to read (or no room to write) is tried again. */
const pollMs = 10;

const wouldBlock = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EAGAIN';

/**
 * A USB receipt printer through the Linux usblp driver (`/dev/usb/lp0`): the device file is
 * opened read-write, bytes written to it go to the printer's bulk-out endpoint, and status
 * replies are read back from its bulk-in endpoint. It is opened non-blocking, because a blocking
 * read of a printer that has nothing to say would hold one of Node's few I/O threads for good;
 * reads and writes that would block are retried every few milliseconds until the deadline.
 * usblp lets one process open the device at a time, so it is opened per operation and closed
 * after (the kiosk serialises its operations, see create-printer.ts). The path must lead to a
 * character device under /dev when it is opened, or nothing is written (usb-device.ts).
 */
export async function openUsbChannel(device: string, options: { stallMs: number }): Promise<PrinterChannel> {
  const handle = await openCharacterDevice(device);
  const one = Buffer.alloc(1);

  return {
    async write(bytes) {
      let offset = 0;
      let progressAt = performance.now();
      while (offset < bytes.length) {
        try {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
          offset += bytesWritten;
          if (bytesWritten > 0) progressAt = performance.now();
        } catch (error) {
          if (!wouldBlock(error)) throw error;
          if (performance.now() - progressAt > options.stallMs) throw new Error(`${device} took no data for ${options.stallMs} ms`);
          await sleep(pollMs);
        }
      }
    },
    async readByte(deadline) {
      for (;;) {
        try {
          const { bytesRead } = await handle.read(one, 0, 1, null);
          if (bytesRead === 1) return one[0]!;
        } catch (error) {
          if (!wouldBlock(error)) throw error;
        }
        if (remaining(deadline) === 0) return null;
        await sleep(Math.min(pollMs, remaining(deadline)));
      }
    },
    async discardInput() {
      const scratch = Buffer.alloc(256);
      for (let round = 0; round < 64; round += 1) {
        try {
          const { bytesRead } = await handle.read(scratch, 0, scratch.length, null);
          if (bytesRead === 0) return;
        } catch (error) {
          if (wouldBlock(error)) return;
          throw error;
        }
      }
    },
    async close() {
      await handle.close().catch(() => undefined);
    },
  };
}
