import type { PrintResult, Receipt } from '@dintur/shared';
import type { Printer } from './create-printer.js';
import { describePrinterState } from './printer-status.js';
import { encodeReceipt, type ReceiptLayoutOptions } from './receipt-encoder.js';
import { messageOf } from './transport/channel.js';

/**
 * Prints one receipt: asks the printer's status first and prints only if it can (a receipt sent
 * to a printer without paper would be lost without a trace); otherwise says why. Never throws for
 * printer trouble: the ticket is valid whether or not its receipt came out, and the caller shows
 * the number on screen and alerts the staff.
 */
export async function printReceipt(printer: Printer, receipt: Receipt, options: ReceiptLayoutOptions = {}): Promise<PrintResult> {
  const bytes = encodeReceipt(receipt, options);
  const status = await printer.status();
  if (!status.canPrint) return { printed: false, status, reason: describePrinterState(status.state) };
  try {
    await printer.write(bytes);
    return { printed: true };
  } catch (error) {
    const after = await printer.status();
    return {
      printed: false,
      // The printer answered a moment ago: say what it reports now, or that the write failed.
      status: after.canPrint ? { ...after, detail: messageOf(error).slice(0, 200) } : after,
      reason: `The receipt could not be sent: ${messageOf(error)}`,
    };
  }
}
