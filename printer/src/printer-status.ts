import type { PrinterState, PrinterStatus } from '@dintur/shared';

/**
 * ESC/POS real-time status (DLE EOT n, Epson's reference; Bixolon, Citizen and most clones
 * answer the same). The printer answers each query with one byte at once, even while offline
 * or printing, so a query that gets no answer means the printer is not there.
 */
export const statusQueries = {
  /** n = 1, printer status: bit 3 = offline. */
  printer: 1,
  /** n = 2, offline cause: bit 2 = cover open, bit 5 = stopped by paper end, bit 6 = error. */
  offlineCause: 2,
  /** n = 4, roll paper sensor: bits 2–3 = paper near end, bits 5–6 = paper end. */
  paperSensor: 4,
} as const;

export type StatusQuery = (typeof statusQueries)[keyof typeof statusQueries];

/** The three bytes of DLE EOT n. */
export const statusQueryBytes = (n: StatusQuery): Uint8Array => Uint8Array.of(0x10, 0x04, n);

/**
 * Whether a byte is a DLE EOT reply: bits 1 and 4 are always 1, bits 0 and 7 always 0. Anything
 * else (an automatic status block, line noise) is not the answer to our query.
 */
export const isStatusReply = (byte: number): boolean => (byte & 0b1001_0011) === 0b0001_0010;

export type StatusReplies = { printer: number; offlineCause: number; paperSensor: number };

/**
 * The state the replies describe: the first problem that stops a ticket, in the order staff
 * fix them (a roll that ran out is why the cover gets opened), else near end, else ok.
 */
export function stateFromReplies(replies: StatusReplies): PrinterState {
  const paperEnd = (replies.paperSensor & 0b0110_0000) !== 0 || (replies.offlineCause & 0b0010_0000) !== 0;
  if (paperEnd) return 'paper-end';
  if ((replies.offlineCause & 0b0000_0100) !== 0) return 'cover-open';
  if ((replies.printer & 0b0000_1000) !== 0 || (replies.offlineCause & 0b0100_0000) !== 0) return 'offline';
  if ((replies.paperSensor & 0b0000_1100) !== 0) return 'paper-near-end';
  return 'ok';
}

/** A ticket can be printed while the printer is ok or only running low on paper. */
export const canPrintIn = (state: PrinterState): boolean => state === 'ok' || state === 'paper-near-end';

/** A status as the kiosk and server report it. */
export function printerStatus(state: PrinterState, checkedAt: number, detail?: string): PrinterStatus {
  return {
    state,
    canPrint: canPrintIn(state),
    checkedAt: new Date(checkedAt).toISOString(),
    ...(detail !== undefined && { detail: detail.slice(0, 200) }),
  };
}

const descriptions: Record<PrinterState, string> = {
  ok: 'The printer is ready.',
  'paper-near-end': 'The paper roll is nearly used up: change it soon.',
  'paper-end': 'The printer is out of paper.',
  'cover-open': 'The printer cover is open.',
  offline: 'The printer is offline (an error stopped it).',
  unreachable: 'The printer does not answer.',
  none: 'No printer is configured.',
};

/** A sentence for staff and logs (not the citizen: the kiosk says that in their language). */
export const describePrinterState = (state: PrinterState): string => descriptions[state];
