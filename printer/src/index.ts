/**
 * @dintur/printer: ticket receipts as ESC/POS bytes, and the printers they go to (raw TCP port
 * 9100 or a Linux usblp device) with their DLE EOT status. Node only (the kiosk shell's main
 * process and the server).
 */
export { encodeReceipt, layoutColumns, type ReceiptLayoutOptions } from './receipt-encoder.js';
export { toPrintableText, unprintableCharacters } from './printable-text.js';
export { receiptCodePages, printableCharacters, type ReceiptCodePage } from './code-pages.js';
export { createPrinter, defaultPrinterTimeoutMs, type Printer, type PrinterOptions } from './create-printer.js';
export { printReceipt } from './print-receipt.js';
export { usbDeviceProblem } from './transport/usb-device.js';
export { watchPrinterStatus, type StatusWatchOptions } from './watch-status.js';
export {
  canPrintIn,
  describePrinterState,
  isStatusReply,
  printerStatus,
  stateFromReplies,
  statusQueries,
  statusQueryBytes,
  type StatusReplies,
} from './printer-status.js';
