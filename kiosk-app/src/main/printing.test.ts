import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrinterSettings, PrinterStatus, Receipt } from '@dintur/shared';
import type { Printer } from '@dintur/printer';
import { createShellPrinter } from './printing.js';

/**
 * The shell's printer with an in-memory printer behind it (the TCP and usblp transports and the
 * ESC/POS encoding are tested in printer/ against a fake printer on a real socket).
 */
class MemoryPrinter implements Printer {
  state: PrinterStatus['state'] = 'ok';
  readonly jobs: Uint8Array[] = [];
  statusChecks = 0;
  closed = false;

  constructor(private readonly now: () => number) {}

  async status(): Promise<PrinterStatus> {
    this.statusChecks += 1;
    return { state: this.state, canPrint: this.state === 'ok' || this.state === 'paper-near-end', checkedAt: new Date(this.now()).toISOString() };
  }

  async write(bytes: Uint8Array): Promise<void> {
    this.jobs.push(bytes);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

const settings: PrinterSettings = { connection: { type: 'tcp', host: '10.0.0.40', port: 9100 }, columns: 42 };
const receipt: Receipt = {
  lang: 'da',
  centreName: 'Borgercenter Valby',
  unitName: 'Borgerservice',
  number: 'A7',
  serviceName: 'Pas',
  issuedAt: '24.11.2026 11:00',
  lines: ['3 personer før dig'],
  trackingUrl: 'http://server:8080/t/abcdefghjkmn',
  trackingHint: 'Følg din tur på mobilen',
  selfServiceHint: null,
  appointmentLine: null,
};

let now = Date.parse('2026-11-24T10:00:00Z');
const clock = () => now;

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function shellPrinter() {
  const memory = new MemoryPrinter(clock);
  const printer = createShellPrinter(settings, { connect: () => memory, now: clock, watchIntervalMs: 60_000 });
  return { memory, printer };
}

describe('createShellPrinter', () => {
  it('prints a receipt on a printer that can print', async () => {
    const { memory, printer } = shellPrinter();
    await expect(printer.print(receipt)).resolves.toEqual({ printed: true });
    expect(memory.jobs).toHaveLength(1);
    // The receipt's number is in the bytes sent (ESC/POS text is ASCII for "A7").
    expect(Buffer.from(memory.jobs[0]!).includes(Buffer.from('A7'))).toBe(true);
  });

  it('does not print on a printer out of paper, and says why with its status', async () => {
    const { memory, printer } = shellPrinter();
    memory.state = 'paper-end';
    const result = await printer.print(receipt);
    expect(result).toMatchObject({ printed: false, status: { state: 'paper-end', canPrint: false } });
    expect(memory.jobs).toHaveLength(0);
    await expect(printer.status()).resolves.toMatchObject({ state: 'paper-end' });
  });

  it('watches the printer every minute, and answers the status from a fresh reading without asking again', async () => {
    const { memory, printer } = shellPrinter();
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.statusChecks).toBe(1);
    await expect(printer.status()).resolves.toMatchObject({ state: 'ok' });
    expect(memory.statusChecks).toBe(1);

    memory.state = 'cover-open';
    now += 60_000;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(memory.statusChecks).toBe(2);
    await expect(printer.status()).resolves.toMatchObject({ state: 'cover-open' });
  });

  it('asks the printer again when its last reading is stale', async () => {
    const { memory, printer } = shellPrinter();
    await vi.advanceTimersByTimeAsync(0);
    memory.state = 'offline';
    now += 30_000;
    await expect(printer.status()).resolves.toMatchObject({ state: 'offline' });
    expect(memory.statusChecks).toBe(2);
  });

  it('stops watching and closes the printer when stopped', async () => {
    const { memory, printer } = shellPrinter();
    await vi.advanceTimersByTimeAsync(0);
    await printer.stop();
    await vi.advanceTimersByTimeAsync(300_000);
    expect(memory.statusChecks).toBe(1);
    expect(memory.closed).toBe(true);
  });

  it('answers "none" for a kiosk without a printer of its own', async () => {
    const printer = createShellPrinter(null, { now: clock });
    await expect(printer.print(receipt)).resolves.toMatchObject({ printed: false, status: { state: 'none', canPrint: false } });
    await expect(printer.status()).resolves.toEqual({ state: 'none', canPrint: false, checkedAt: new Date(now).toISOString() });
  });
});
