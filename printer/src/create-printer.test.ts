import { afterEach, describe, expect, it } from 'vitest';
import { startFakePrinter, type FakePrinter, type FakePrinterState } from '../../tests/support/fake-printer.js';
import { createPrinter, type Printer } from './create-printer.js';

const checkedAt = Date.parse('2026-11-24T10:00:00Z');
const now = () => checkedAt;

let fake: FakePrinter | undefined;
let printer: Printer | undefined;
afterEach(async () => {
  await printer?.close();
  await fake?.close();
  printer = undefined;
  fake = undefined;
});

/** Settles within `ms` or fails: "does not hang" without asserting a duration. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not settled within ${ms} ms`)), ms))]);

describe('a network printer (raw TCP, port 9100)', () => {
  it.each<[FakePrinterState, boolean]>([
    ['ok', true],
    ['paper-near-end', true],
    ['paper-end', false],
    ['cover-open', false],
    ['offline', false],
  ])('reads the state %s from DLE EOT 1, 2 and 4', async (state, canPrint) => {
    fake = await startFakePrinter({ state });
    printer = createPrinter(fake.connection, { now });
    expect(await printer.status()).toEqual({ state, canPrint, checkedAt: '2026-11-24T10:00:00.000Z' });
    expect(fake.statusQueries()).toEqual([1, 2, 4]);
  });

  it('follows the printer: paper runs out, is refilled', async () => {
    fake = await startFakePrinter();
    printer = createPrinter(fake.connection);
    expect((await printer.status()).state).toBe('ok');
    fake.setState('paper-end');
    expect((await printer.status()).state).toBe('paper-end');
    fake.setState('ok');
    expect((await printer.status()).state).toBe('ok');
  });

  it('delivers the bytes as they are, as one job, and no status query inside them', async () => {
    fake = await startFakePrinter();
    printer = createPrinter(fake.connection);
    const bytes = Uint8Array.from({ length: 20_000 }, (_, index) => (index * 7) % 256);
    const job = fake.waitForJob();
    await printer.write(bytes);
    expect(Buffer.from(await job).equals(Buffer.from(bytes))).toBe(true);
  });

  it('never lets a status check cut into a receipt: operations run one after another', async () => {
    fake = await startFakePrinter();
    printer = createPrinter(fake.connection);
    const first = Uint8Array.of(0x41, 0x0a);
    const second = Uint8Array.of(0x42, 0x0a);
    await Promise.all([printer.write(first), printer.status(), printer.write(second)]);
    expect([...fake.raw()]).toEqual([0x41, 0x0a, 0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4, 0x42, 0x0a]);
  });

  it('is unreachable when nothing listens, and a write then fails', async () => {
    fake = await startFakePrinter();
    await fake.makeUnreachable();
    printer = createPrinter(fake.connection, { now });
    const status = await printer.status();
    expect(status).toMatchObject({ state: 'unreachable', canPrint: false });
    expect(status.detail).toMatch(/ECONNREFUSED/);
    await expect(printer.write(Uint8Array.of(0x0a))).rejects.toThrow(/ECONNREFUSED/);
  });

  it('is unreachable within the timeout when it takes the connection but never answers', async () => {
    fake = await startFakePrinter();
    fake.setMuted(true);
    printer = createPrinter(fake.connection, { timeoutMs: 200 });
    const status = await within(printer.status(), 5_000);
    expect(status).toMatchObject({ state: 'unreachable', canPrint: false, detail: 'No answer to a status query within 200 ms' });
  });

  it('refuses work once closed', async () => {
    fake = await startFakePrinter();
    printer = createPrinter(fake.connection);
    await printer.close();
    await expect(printer.status()).rejects.toThrow(/closed/);
  });
});

// A real usblp device (/dev/usb/lp0) cannot be attached on a build machine. The USB transport is
// tested against a pseudo-terminal instead: like usblp, a character device under /dev that is
// opened read-write, takes the receipt's bytes and gives back status replies (relayed to the
// fake printer). What it cannot show is the usblp driver itself, e.g. its one-opener rule.
describe('a USB printer (the Linux usblp device, stood in for by a pseudo-terminal)', () => {
  it('reads the status through the device file and follows changes', async () => {
    fake = await startFakePrinter();
    const usb = await fake.attachPseudoTerminal();
    try {
      expect(usb.device).toMatch(/^\/dev\//);
      printer = createPrinter(usb.connection, { now });
      expect(await printer.status()).toEqual({ state: 'ok', canPrint: true, checkedAt: '2026-11-24T10:00:00.000Z' });
      fake.setState('cover-open');
      expect((await printer.status()).state).toBe('cover-open');
      fake.setState('paper-near-end');
      expect(await printer.status()).toMatchObject({ state: 'paper-near-end', canPrint: true });
    } finally {
      await usb.detach();
    }
  });

  it('writes the bytes to the device, every one of them, in order', async () => {
    fake = await startFakePrinter();
    const usb = await fake.attachPseudoTerminal();
    try {
      printer = createPrinter(usb.connection);
      const bytes = Uint8Array.from({ length: 30_000 }, (_, index) => (index * 13) % 256);
      await printer.write(bytes);
      const received = await fake.waitForReceived((job) => job.length >= bytes.length);
      expect(Buffer.from(received).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      await usb.detach();
    }
  });

  it('never lets a status check cut into a receipt on the device', async () => {
    fake = await startFakePrinter();
    const usb = await fake.attachPseudoTerminal();
    try {
      printer = createPrinter(usb.connection);
      const receipt = Uint8Array.from({ length: 8_000 }, (_, index) => 0x41 + (index % 26));
      await Promise.all([printer.write(receipt), printer.status(), printer.write(Uint8Array.of(0x0a))]);
      await fake.waitForReceived((job) => job.length === receipt.length + 1);
      expect(Buffer.from(fake.raw()).equals(Buffer.from([...receipt, 0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4, 0x0a]))).toBe(true);
    } finally {
      await usb.detach();
    }
  });

  it('is unreachable within the timeout when the device never answers', async () => {
    fake = await startFakePrinter();
    fake.setMuted(true);
    const usb = await fake.attachPseudoTerminal();
    try {
      printer = createPrinter(usb.connection, { timeoutMs: 200 });
      expect(await within(printer.status(), 5_000)).toMatchObject({ state: 'unreachable', detail: 'No answer to a status query within 200 ms' });
    } finally {
      await usb.detach();
    }
  });

  it('is unreachable, saying why, when the device is not there (unplugged)', async () => {
    printer = createPrinter({ type: 'usb', device: '/dev/usb/lp9-not-here' });
    const status = await printer.status();
    expect(status).toMatchObject({ state: 'unreachable', canPrint: false });
    expect(status.detail).toMatch(/not a character device under \/dev.*plugged in/);
  });

  it('opens nothing but a character device under /dev, and says the same of anything else', async () => {
    for (const device of ['/dev/../etc/hostname', '/dev/shm', '/dev/usb/lp9-not-here']) {
      printer = createPrinter({ type: 'usb', device });
      const status = await printer.status();
      expect(status, device).toMatchObject({ state: 'unreachable', detail: `${device} is not a character device under /dev (is the printer plugged in and switched on?)` });
      await printer.close();
    }
  });
});
