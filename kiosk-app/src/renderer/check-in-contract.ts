import type { Ticket } from '@dintur/shared';
import type { Translator } from './i18n/translate.js';
import type { ScanListener } from './scanner/scan-source.js';

/**
 * The contract between the kiosk and its appointment check-in (the `check-in/` folder, which
 * the appointments work replaces). It lives outside that folder so it survives the replacement.
 * The check-in folder exports exactly one component, `AppointmentCheckIn(props: CheckInProps)`.
 */
export type CheckInProps = {
  /** Back to the start screen: the citizen is finished or gave up. */
  onDone(): void;
  /** The citizen would rather take a number: the kiosk shows its services. */
  onTakeNumber(): void;
  /**
   * The check-in produced a ticket (`POST /api/appointments/{code}/check-in`): the kiosk shows it,
   * prints its receipt (with the booked time, `appointmentAt`, ISO) and returns to start.
   */
  onTicket(ticket: Ticket, appointmentAt: string): void;
  kiosk: CheckInKiosk;
};

/** What the kiosk gives the check-in to work with. */
export type CheckInKiosk = {
  kioskId: string;
  /** Where the API is, ending in "/": `new URL('api/appointments/…', apiBase)`. */
  apiBase: string;
  /** The citizen's language (ISO 639-1) and its direction; the page's `lang` and `dir` are already set. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The kiosk's texts in that language (with English behind every gap). */
  t: Translator;
  /** The scan that opened the check-in (a scan on the start screen does), or null. */
  initialScan: string | null;
  /** Later scans, HID-POS or keyboard-wedge, while the check-in is on screen; returns an unsubscribe. */
  onScan(listener: ScanListener): () => void;
  /** Reach mode: every control must then be in the lower half of the screen. */
  reach: boolean;
  /** Now by the server's clock (ms): whether an appointment is today is the centre's to say. */
  now(): number;
};
