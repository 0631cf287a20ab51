import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../tests/support/escpos-decoder.js';
import { startFakePrinter, type FakePrinter } from '../../tests/support/fake-printer.js';
import { createPrinter, type Printer } from './create-printer.js';
import { printReceipt } from './print-receipt.js';
import { printerStatus } from './printer-status.js';
import { encodeReceipt } from './receipt-encoder.js';
import { danishReceipt } from './test-receipts.js';

let fake: FakePrinter | undefined;
let printer: Printer | undefined;
afterEach(async () => {
  await printer?.close();
  await fake?.close();
  printer = undefined;
  fake = undefined;
});

async function printerIn(state: Parameters<FakePrinter['setState']>[0]) {
  fake = await startFakePrinter({ state });
  printer = createPrinter(fake.connection, { timeoutMs: 500 });
  return { fake, printer };
}

describe('printReceipt', () => {
  it('asks the status, then prints exactly the encoded receipt', async () => {
    const { fake, printer } = await printerIn('ok');
    const job = fake.waitForJob();
    expect(await printReceipt(printer, danishReceipt)).toEqual({ printed: true });
    const bytes = await job;
    expect(Buffer.from(bytes).equals(Buffer.from(encodeReceipt(danishReceipt)))).toBe(true);
    expect(fake.statusQueries()).toEqual([1, 2, 4]);
    const paper = decodeEscPos(bytes);
    expect(paper.texts).toContain('D17');
    expect(paper.qrCodes[0]!.data).toBe(danishReceipt.trackingUrl);
  });

  it('still prints when the roll is only running low', async () => {
    const { fake, printer } = await printerIn('paper-near-end');
    const job = fake.waitForJob();
    expect(await printReceipt(printer, danishReceipt, { columns: 32 })).toEqual({ printed: true });
    expect(decodeEscPos(await job).lines.every((line) => line.columns <= 32)).toBe(true);
  });

  it.each([
    ['paper-end', /out of paper/],
    ['cover-open', /cover is open/],
    ['offline', /offline/],
  ] as const)('does not send the receipt when the printer reports %s, and says why', async (state, reason) => {
    const { fake, printer } = await printerIn(state);
    const result = await printReceipt(printer, danishReceipt);
    expect(result).toMatchObject({ printed: false, status: { state, canPrint: false } });
    expect(!result.printed && result.reason).toMatch(reason);
    expect(fake.received()).toHaveLength(0);
  });

  it('answers (does not throw) when the printer cannot be reached', async () => {
    const { fake, printer } = await printerIn('ok');
    await fake.makeUnreachable();
    const result = await printReceipt(printer, danishReceipt);
    expect(result).toMatchObject({ printed: false, status: { state: 'unreachable' }, reason: 'The printer does not answer.' });
  });

  it('answers with the printer’s state when the bytes could not be delivered', async () => {
    // A printer that answers its status and then fails the write: a stand-in for a cable pulled
    // between the two, which the fake printer cannot time reliably.
    const statuses = [printerStatus('ok', 0), printerStatus('unreachable', 0, 'ENODEV')];
    const flaky: Printer = {
      status: async () => statuses.shift()!,
      write: async () => {
        throw new Error('write EPIPE');
      },
      close: async () => undefined,
    };
    expect(await printReceipt(flaky, danishReceipt)).toEqual({
      printed: false,
      status: printerStatus('unreachable', 0, 'ENODEV'),
      reason: 'The receipt could not be sent: write EPIPE',
    });
  });
});
