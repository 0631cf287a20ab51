import { localName, Receipt, sayWait, type Centre, type Ticket } from '@dintur/shared';
import { fallbackLanguage, findLanguage } from '../i18n/languages.js';
import type { LanguageFile } from '../i18n/messages.js';
import { createTranslator } from '../i18n/translate.js';
import { formatPeopleAhead } from '../format/people-ahead.js';
import { formatDateTime, formatTime } from '../format/time.js';

export type ReceiptInput = {
  ticket: Ticket;
  centre: Centre;
  /** The citizen's language on screen; the receipt is printed in its `printsAs` language. */
  language: LanguageFile;
  /** The ticket's tracking page, absolute: `${server}/t/${trackingCode}`. */
  trackingUrl: string;
  /** For a checked-in appointment: its booked time (ISO). */
  appointmentAt?: string | null;
};

/** "https://www.borger.dk/flytning" → "borger.dk/flytning": shorter on paper, and typed as read. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}

/**
 * Everything the receipt shows, in the language it is printed in: the citizen's, unless that
 * language prints as another (Arabic and Urdu print English receipts: ESC/POS code pages cannot
 * shape Arabic script). Validated against the shared `Receipt` schema, so a receipt the printer
 * would refuse (a tracking URL that is not ASCII) fails here, not at the printer.
 */
export function buildReceipt(input: ReceiptInput): Receipt {
  const { ticket, centre } = input;
  const printLanguage = findLanguage(input.language.printsAs) ?? fallbackLanguage;
  const t = createTranslator(printLanguage, fallbackLanguage);
  const service = centre.services.find((candidate) => candidate.id === ticket.serviceId);
  if (!service) throw new Error(`The centre has no service "${ticket.serviceId}"`);
  const unit = centre.units.find((candidate) => candidate.id === service.unitId);
  const serviceName = localName(service.name, printLanguage.code);
  // The wait in the words the screen uses (@dintur/shared's sayWait), in the language printed.
  const wait = ticket.status === 'waiting' ? sayWait(ticket.estimatedWaitMinutes, { lang: printLanguage.code, serviceName }).sentence : null;
  const lines = [formatPeopleAhead(t, ticket.position), wait].filter((line): line is string => line !== null);
  const appointmentAt = input.appointmentAt ? Date.parse(input.appointmentAt) : null;
  return Receipt.parse({
    lang: printLanguage.code,
    centreName: centre.name,
    unitName: unit ? localName(unit.name, printLanguage.code) : '',
    number: ticket.number,
    serviceName,
    issuedAt: formatDateTime(Date.parse(ticket.issuedAt), centre.timeZone),
    lines,
    trackingUrl: input.trackingUrl,
    trackingHint: t.text('followOnPhone'),
    selfServiceHint: service.selfServiceUrl ? t.text('receiptSelfService', { url: shortUrl(service.selfServiceUrl) }) : null,
    appointmentLine:
      appointmentAt !== null && Number.isFinite(appointmentAt) ? t.text('receiptAppointment', { time: formatTime(appointmentAt, centre.timeZone) }) : null,
  });
}

/** The ticket's tracking page on the server the kiosk talks to (its QR code, on screen and paper). */
export function trackingUrlOf(apiBase: string, trackingCode: string): string {
  return new URL(`t/${encodeURIComponent(trackingCode)}`, apiBase).href;
}
