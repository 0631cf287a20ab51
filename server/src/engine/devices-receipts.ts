import { finalTicketStatuses, pageAddresses, receiptPrintWindowMinutes, type ErrorIssue, type KioskPrintBody, type PrinterSettings } from '@dintur/shared';
import { requireTicketByCode } from './centre-view.js';
import type { EngineContext } from './context.js';
import { DomainError, invalidInput, invalidState, notFound } from './errors.js';

/** Receipts the server prints for one ticket at most (a jam, a torn receipt: a reprint or two). */
export const maxReceiptsPerTicket = 3;

/** Whether a URL is the tracking page of this ticket: an absolute http(s) URL ending in /t/{code}. */
function isTrackingUrlOf(url: string, trackingCode: string): boolean {
  if (!url.endsWith(pageAddresses.tracking(trackingCode)) || !URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:';
}

/**
 * The rule for printing a receipt on a kiosk's printer for a kiosk page in a plain browser. The
 * endpoint is public, so it prints only the receipt of a real ticket taken in the last
 * ten minutes, with that ticket's number and tracking URL, and only a few times per ticket: it
 * cannot be used to print arbitrary text or to empty the paper roll.
 */
export function createReceiptPrintRule(context: EngineContext) {
  const printedCount = new Map<number, { count: number; firstAt: number }>();

  return {
    /** The printer to print on and the ticket the receipt belongs to; throws when it may not be printed. */
    check(kioskId: string, request: KioskPrintBody): { printer: PrinterSettings; ticketId: number } {
      const kiosk = context.index().config.kiosks.find((candidate) => candidate.id === kioskId);
      if (!kiosk) throw notFound('kiosk', kioskId);
      if (!kiosk.printer) {
        throw new DomainError(409, 'no-printer', `Kiosk "${kioskId}" has no printer configured on the server: its shell prints, or it has no printer.`);
      }
      const ticket = requireTicketByCode(context, request.trackingCode);
      const now = context.clock.now();
      const issues: ErrorIssue[] = [];
      if (request.receipt.number !== ticket.number) {
        issues.push({ path: 'receipt.number', message: `"${request.receipt.number}" is not the ticket's number` });
      }
      if (!isTrackingUrlOf(request.receipt.trackingUrl, ticket.trackingCode)) {
        issues.push({ path: 'receipt.trackingUrl', message: "must be the ticket's tracking page: an http(s) URL ending in /t/{trackingCode}" });
      }
      if (now - ticket.issuedAt > receiptPrintWindowMinutes * 60_000) {
        issues.push({ path: 'trackingCode', message: `the ticket was taken more than ${receiptPrintWindowMinutes} minutes ago` });
      }
      if (issues.length > 0) {
        throw invalidInput((named) => `Not a receipt the server prints: ${named.map((issue) => `${issue.path} ${issue.message}`).join('; ')}.`, issues);
      }
      if (finalTicketStatuses.includes(ticket.status)) throw invalidState(`Ticket ${ticket.number} is ${ticket.status}: no receipt is printed for it.`);
      if ((printedCount.get(ticket.id)?.count ?? 0) >= maxReceiptsPerTicket) {
        throw new DomainError(409, 'conflict', `The receipt of ticket ${ticket.number} has been printed ${maxReceiptsPerTicket} times already.`);
      }
      return { printer: kiosk.printer, ticketId: ticket.id };
    },

    /** Counts a printed receipt. */
    printed(ticketId: number): void {
      const now = context.clock.now();
      // A ticket older than the print window cannot be printed again: its count is no longer needed.
      for (const [id, entry] of printedCount) if (now - entry.firstAt > receiptPrintWindowMinutes * 60_000) printedCount.delete(id);
      const entry = printedCount.get(ticketId);
      printedCount.set(ticketId, { count: (entry?.count ?? 0) + 1, firstAt: entry?.firstAt ?? now });
    },
  };
}

export type ReceiptPrintRule = ReturnType<typeof createReceiptPrintRule>;
