import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { Receipt } from '@dintur/shared';
import { receiptCodePages } from './code-pages.js';
import { toPrintableText } from './printable-text.js';

export type ReceiptLayoutOptions = {
  /** Characters per line in font A: 42 on 80 mm paper (the default), 32 on 58 mm. */
  columns?: number;
};

/** The paper widths the encoder lays text out for, in font A characters. */
const encoderColumns = [32, 35, 42, 44, 48] as const;
/** Lines fed before the cut: the cutter sits this far above the print head on Epson-type printers. */
const feedBeforeCut = 4;
/** GS V 1: a partial cut. */
const partialCut = [0x1d, 0x56, 0x01];

/** The widest supported layout that fits the paper (a printer wraps anything wider itself). */
export function layoutColumns(columns: number): number {
  return encoderColumns.filter((candidate) => candidate <= columns).at(-1) ?? encoderColumns[0];
}

/**
 * A ticket receipt as ESC/POS bytes, the same bytes for the same receipt: centre and unit, the
 * number in quadruple size, the service, the time of issue, the queue lines, the appointment
 * time if any, a QR code of the tracking URL (model 2, error level M) with its hint, the
 * self-service hint, then a feed and a partial cut. Text is made printable first
 * (printable-text.ts) and printed from cp858, switching to cp852 or cp866 only for the
 * characters cp858 lacks, so no character comes out as "?".
 */
export function encodeReceipt(receipt: Receipt, options: ReceiptLayoutOptions = {}): Uint8Array {
  if (!/^[\x21-\x7e]+$/.test(receipt.trackingUrl)) {
    // A QR code carries bytes: a non-ASCII URL would scan as something else.
    throw new TypeError(`The tracking URL must be printable ASCII without spaces: ${JSON.stringify(receipt.trackingUrl)}`);
  }
  const columns = layoutColumns(options.columns ?? 42);
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns,
    codepageMapping: Object.fromEntries(receiptCodePages.map((page) => [page.name, page.escT])),
    codepageCandidates: receiptCodePages.map((page) => page.name),
    // LF alone: printers set to add a line feed on CR would print every line twice spaced.
    newline: '\n',
    feedBeforeCut,
    errors: 'strict',
  });
  const line = (value: string | null) => {
    const text = value === null ? '' : toPrintableText(value);
    if (text !== '') encoder.line(text);
  };

  encoder.initialize().codepage('auto').align('center');
  encoder.bold(true);
  line(receipt.centreName);
  encoder.bold(false);
  line(receipt.unitName);
  encoder.newline();

  // The number is what the citizen compares with the wall display: as large as the paper allows.
  encoder.size(4, 4).bold(true);
  line(receipt.number);
  encoder.bold(false).size(1, 1);
  encoder.newline();

  encoder.bold(true);
  line(receipt.serviceName);
  encoder.bold(false);
  line(receipt.issuedAt);
  if (receipt.lines.some((text) => toPrintableText(text) !== '')) {
    encoder.newline();
    for (const text of receipt.lines) line(text);
  }
  if (receipt.appointmentLine && toPrintableText(receipt.appointmentLine) !== '') {
    encoder.newline();
    encoder.size(1, 2).bold(true);
    line(receipt.appointmentLine);
    encoder.bold(false).size(1, 1);
  }

  encoder.newline();
  // Text is centred with spaces; the encoder centres the QR code with ESC a and resets it after.
  encoder.qrcode(receipt.trackingUrl, { model: 2, size: columns >= 42 ? 6 : 5, errorlevel: 'm' });
  line(receipt.trackingHint);

  if (receipt.selfServiceHint && toPrintableText(receipt.selfServiceHint) !== '') {
    encoder.newline();
    line(receipt.selfServiceHint);
  }
  encoder.cut('partial');
  const bytes = encoder.encode();
  // The encoder ends the cut's line with a line feed, which would only feed the next receipt.
  const endsWithCutAndFeed = [...partialCut, 0x0a].every((byte, index) => bytes[bytes.length - partialCut.length - 1 + index] === byte);
  return endsWithCutAndFeed ? bytes.slice(0, -1) : bytes;
}
