import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakePrinter, statusReplies, type FakePrinter, type FakePrinterState } from '../support/fake-printer.js';

let printer: FakePrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

/** A raw client, as a test would write to a printer by hand. */
async function connect(target: FakePrinter) {
  const socket = net.connect(target.port, target.host);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const replies: number[] = [];
  socket.on('data', (chunk: Buffer) => replies.push(...chunk));
  return {
    socket,
    replies,
    async ask(n: number) {
      const before = replies.length;
      socket.write(Uint8Array.of(0x10, 0x04, n));
      while (replies.length === before) await new Promise((resolve) => setTimeout(resolve, 5));
      return replies[before];
    },
    end: () => new Promise<void>((resolve) => socket.end(resolve)),
  };
}

describe('the fake receipt printer', () => {
  it.each<[FakePrinterState, number, number, number]>([
    ['ok', 0x12, 0x12, 0x12],
    ['paper-near-end', 0x12, 0x12, 0x1e],
    ['paper-end', 0x1a, 0x32, 0x7e],
    ['cover-open', 0x1a, 0x16, 0x12],
    ['offline', 0x1a, 0x52, 0x12],
  ])('answers DLE EOT 1, 2 and 4 as an Epson printer does when %s', async (state, printerByte, causeByte, paperByte) => {
    printer = await startFakePrinter({ state });
    const client = await connect(printer);
    expect([await client.ask(1), await client.ask(2), await client.ask(4)]).toEqual([printerByte, causeByte, paperByte]);
    expect(statusReplies[state][1]).toBe(printerByte);
    await client.end();
  });

  it('records job bytes without the status queries, and hands over each job when its connection ends', async () => {
    printer = await startFakePrinter();
    const client = await connect(printer);
    await client.ask(1);
    client.socket.write(Uint8Array.of(0x1b, 0x40, 0x41));
    // A query split across two packets is still a query.
    client.socket.write(Uint8Array.of(0x42, 0x10));
    await new Promise((resolve) => setTimeout(resolve, 20));
    client.socket.write(Uint8Array.of(0x04, 4, 0x0a));
    const job = printer.waitForJob();
    await client.end();
    expect([...(await job)]).toEqual([0x1b, 0x40, 0x41, 0x42, 0x0a]);
    expect([...printer.received()]).toEqual([0x1b, 0x40, 0x41, 0x42, 0x0a]);
    expect(printer.statusQueries()).toEqual([1, 4]);
    expect(printer.raw()).toHaveLength(11);
    expect(printer.lastByteAt).not.toBeNull();
  });

  it('changes its answers when its state is changed, and a muted printer answers nothing', async () => {
    printer = await startFakePrinter();
    const client = await connect(printer);
    expect(await client.ask(4)).toBe(0x12);
    printer.setState('paper-end');
    expect(await client.ask(4)).toBe(0x7e);
    printer.setMuted(true);
    client.socket.write(Uint8Array.of(0x10, 0x04, 1));
    await printer.waitForReceived(() => printer!.statusQueries().length === 3);
    // A reply would have been written at once, in the same turn: give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.replies).toEqual([0x12, 0x7e]);
    await client.end();
  });

  it('refuses connections once unreachable', async () => {
    printer = await startFakePrinter();
    await printer.makeUnreachable();
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect(printer!.port, printer!.host);
      socket.once('connect', () => resolve('connected'));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
