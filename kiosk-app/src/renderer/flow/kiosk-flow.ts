import type { Ticket } from '@dintur/shared';
import type { IssueRefusal } from '../api/kiosk-api.js';
import type { PrintOutcome } from '../printing/ticket-printer.js';

/** Where the citizen is. */
export type Screen =
  | { name: 'start' }
  | { name: 'services' }
  /** A service that can be done online: the QR code to it, or a number anyway. `chosen`: they chose online. */
  | { name: 'self-service'; serviceId: string; chosen: boolean }
  | { name: 'issuing'; serviceId: string }
  /** A closed service was touched: what the citizen can do instead (book a time, ask at the reception). */
  | { name: 'service-closed'; serviceId: string }
  /** Asking for a number failed: `closed` (it closed meanwhile), `full` (its queue is at its cap) or `failed` (anything else). */
  | { name: 'issue-failed'; serviceId: string; reason: IssueRefusal }
  /** The ticket: `printing` until the printer answers, then what the citizen is told. */
  | { name: 'ticket'; ticket: Ticket; print: 'printing' | PrintOutcome; appointmentAt: string | null }
  /** Appointment check-in (check-in/), with the scan that opened it, if one did. */
  | { name: 'check-in'; scan: string | null };

export type KioskState = {
  screen: Screen;
  /** The language on screen. */
  lang: string;
  /** Every control in the lower half of the screen (for wheelchair users). */
  reach: boolean;
  largeText: boolean;
};

export type KioskAction =
  | { type: 'take-number' }
  | { type: 'appointment'; scan?: string }
  | { type: 'choose-service'; serviceId: string; selfServiceUrl: string | null }
  | { type: 'choose-closed-service'; serviceId: string }
  | { type: 'choose-online' }
  | { type: 'choose-ticket-anyway' }
  | { type: 'issued'; ticket: Ticket; appointmentAt?: string | null }
  | { type: 'issue-failed'; reason: IssueRefusal }
  | { type: 'printed'; outcome: PrintOutcome }
  | { type: 'back' }
  /** Done, or untouched too long: the next citizen starts in the kiosk's language, with every mode off. */
  | { type: 'next-citizen' }
  | { type: 'set-language'; lang: string }
  | { type: 'toggle-reach' }
  | { type: 'toggle-large-text' };

/** The kiosk as the next citizen finds it. */
export function initialKioskState(defaultLanguage: string): KioskState {
  return { screen: { name: 'start' }, lang: defaultLanguage, reach: false, largeText: false };
}

/** Whether anything a citizen did is still on screen (a language, a mode, a screen other than start). */
export function isPristine(state: KioskState, defaultLanguage: string): boolean {
  return state.screen.name === 'start' && state.lang === defaultLanguage && !state.reach && !state.largeText;
}

/** Where "Back" goes from a screen, or null where there is no way back (the ticket, issuing). */
export function previousScreen(screen: Screen): Screen | null {
  switch (screen.name) {
    case 'services':
    case 'check-in':
      return { name: 'start' };
    case 'self-service':
    case 'service-closed':
    case 'issue-failed':
      return { name: 'services' };
    default:
      return null;
  }
}

/**
 * The kiosk's flow, pure: start → services → (self-service choice) → issuing → ticket → start.
 * A ticket in two taps after start ("Take a number", then the service); a service that can be
 * done online first offers the self-service route. Requests to the server are the caller's: it
 * acts on the screen this returns (issuing: ask for the number; ticket: print it).
 */
export function kioskFlow(state: KioskState, action: KioskAction, defaultLanguage: string): KioskState {
  const { screen } = state;
  switch (action.type) {
    case 'take-number':
      return { ...state, screen: { name: 'services' } };
    case 'appointment':
      return { ...state, screen: { name: 'check-in', scan: action.scan ?? null } };
    case 'choose-service':
      if (screen.name !== 'services' && screen.name !== 'issue-failed') return state;
      return {
        ...state,
        screen: action.selfServiceUrl
          ? { name: 'self-service', serviceId: action.serviceId, chosen: false }
          : { name: 'issuing', serviceId: action.serviceId },
      };
    case 'choose-closed-service':
      return screen.name === 'services' ? { ...state, screen: { name: 'service-closed', serviceId: action.serviceId } } : state;
    case 'choose-online':
      return screen.name === 'self-service' ? { ...state, screen: { ...screen, chosen: true } } : state;
    case 'choose-ticket-anyway':
      return screen.name === 'self-service' ? { ...state, screen: { name: 'issuing', serviceId: screen.serviceId } } : state;
    case 'issued':
      // A ticket is never dropped, even if the citizen pressed elsewhere while it was coming.
      return { ...state, screen: { name: 'ticket', ticket: action.ticket, print: 'printing', appointmentAt: action.appointmentAt ?? null } };
    case 'issue-failed':
      return screen.name === 'issuing' ? { ...state, screen: { name: 'issue-failed', serviceId: screen.serviceId, reason: action.reason } } : state;
    case 'printed':
      return screen.name === 'ticket' ? { ...state, screen: { ...screen, print: action.outcome } } : state;
    case 'back': {
      const previous = previousScreen(screen);
      return previous ? { ...state, screen: previous } : state;
    }
    case 'next-citizen':
      return initialKioskState(defaultLanguage);
    case 'set-language':
      return { ...state, lang: action.lang };
    case 'toggle-reach':
      return { ...state, reach: !state.reach };
    case 'toggle-large-text':
      return { ...state, largeText: !state.largeText };
  }
}
