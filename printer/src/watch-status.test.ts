import { afterEach, describe, expect, it } from 'vitest';
import type { PrinterStatus } from '@dintur/shared';
import { startFakePrinter, type FakePrinter } from '../../tests/support/fake-printer.js';
import { createPrinter, type Printer } from './create-printer.js';
import { watchPrinterStatus } from './watch-status.js';

let fake: FakePrinter | undefined;
let printer: Printer | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await printer?.close();
  await fake?.close();
});

/** Collects the reported statuses; `next()` waits for the next one. */
function recorder() {
  const seen: PrinterStatus[] = [];
  let wake: (() => void) | undefined;
  return {
    seen,
    onChange(status: PrinterStatus) {
      seen.push(status);
      wake?.();
    },
    async next(count: number) {
      while (seen.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return seen[count - 1]!;
    },
  };
}

describe('watchPrinterStatus', () => {
  it('reports the first reading and every change of state, not every poll', async () => {
    fake = await startFakePrinter();
    printer = createPrinter(fake.connection, { timeoutMs: 300 });
    const changes = recorder();
    stop = watchPrinterStatus(printer, { intervalMs: 10, onChange: (status) => changes.onChange(status) });
    expect((await changes.next(1)).state).toBe('ok');
    // Let it poll a few times while nothing changes.
    await fake.waitForReceived(() => fake!.statusQueries().length >= 3 * 4);
    fake.setState('paper-near-end');
    expect((await changes.next(2)).state).toBe('paper-near-end');
    fake.setState('paper-end');
    expect((await changes.next(3)).state).toBe('paper-end');
    await fake.makeUnreachable();
    expect((await changes.next(4)).state).toBe('unreachable');
    expect(changes.seen.map((status) => status.state)).toEqual(['ok', 'paper-near-end', 'paper-end', 'unreachable']);
  });

  it('stops polling when stopped', async () => {
    fake = await startFakePrinter();
    printer = createPrinter(fake.connection);
    const changes = recorder();
    const stopWatch = watchPrinterStatus(printer, { intervalMs: 10, onChange: (status) => changes.onChange(status) });
    await changes.next(1);
    stopWatch();
    const queries = fake.statusQueries().length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.statusQueries().length).toBe(queries);
  });
});
