import { bookingCodeAlphabet, bookingCodeLength, cprFromScan, isBookingCode, normalizeBookingCode, type Ticket } from '@dintur/shared';

/** What a scan was: a booking code (the confirmation's QR code), a health card's CPR number, or neither. */
export type ScanKind = { kind: 'code'; code: string } | { kind: 'card'; cpr: string } | { kind: 'unreadable' };

/**
 * Tells a scan apart. The confirmation's QR code holds the code alone; a link to a booking
 * (`…/book/ABCD2345`) is read too. The yellow health card's barcode holds the CPR number (its
 * magnetic stripe too, after a start sentinel). The CPR number only travels on to the server,
 * which matches it by its keyed hash; it is never shown or kept here.
 */
export function classifyScan(payload: string): ScanKind {
  const text = payload.trim();
  const fromLink = /\/book\/([A-Za-z0-9]{8})\b/.exec(text)?.[1];
  const code = normalizeBookingCode(fromLink ?? text);
  if (isBookingCode(code)) return { kind: 'code', code };
  const cpr = cprFromScan(text);
  if (cpr !== null) return { kind: 'card', cpr };
  return { kind: 'unreadable' };
}

/** Why the last try did not check in, as the screen says it. */
export type Problem = 'not-found' | 'not-found-card' | 'unreadable' | 'failed' | 'incomplete';

export type CheckInState =
  | { step: 'entering'; code: string; problem: Problem | null }
  /** Asking the server; a card's CPR number is held only until the request is sent. */
  | { step: 'checking'; code: string; via: 'code' }
  | { step: 'checking'; code: ''; via: 'card'; cpr: string }
  /** Too early: check-in opens at `opensAt` for the appointment at `start` (ISO). */
  | { step: 'too-early'; code: string; start: string; opensAt: string }
  /** Too late: the appointment at `start` has passed; an ordinary number is offered. */
  | { step: 'too-late'; code: string; start: string | null }
  /** The appointment was checked in and its ticket is already served, or the booking is cancelled. */
  | { step: 'unavailable'; code: string; message: string };

/** What came of a check-in request. */
export type CheckInOutcome =
  | { kind: 'ticket'; ticket: Ticket; appointmentAt: string }
  | { kind: 'too-early'; start: string; opensAt: string }
  | { kind: 'too-late'; start: string | null }
  | { kind: 'not-found' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'failed' };

export type CheckInAction =
  | { type: 'key'; symbol: string }
  | { type: 'delete' }
  | { type: 'clear' }
  | { type: 'submit' }
  | { type: 'scan'; scan: ScanKind }
  | { type: 'outcome'; outcome: CheckInOutcome }
  | { type: 'again' };

export const initialCheckIn: CheckInState = { step: 'entering', code: '', problem: null };

/** The keys of the keypad: the code's alphabet, letters first. */
export const keypadSymbols = [...bookingCodeAlphabet];

/**
 * The check-in screen's steps: typing the code on the keypad (or scanning), asking the server,
 * and what its answer means. A ticket leaves the screen (the kiosk shows and prints it), so it
 * needs no step here.
 */
export function checkInFlow(state: CheckInState, action: CheckInAction): CheckInState {
  switch (action.type) {
    case 'key': {
      if (state.step !== 'entering' || !bookingCodeAlphabet.includes(action.symbol) || state.code.length >= bookingCodeLength) return state;
      return { step: 'entering', code: state.code + action.symbol, problem: null };
    }
    case 'delete':
      return state.step === 'entering' ? { step: 'entering', code: state.code.slice(0, -1), problem: null } : state;
    case 'clear':
      return state.step === 'entering' ? initialCheckIn : state;
    case 'submit':
      if (state.step !== 'entering') return state;
      if (state.code.length < bookingCodeLength) return { ...state, problem: 'incomplete' };
      return { step: 'checking', code: state.code, via: 'code' };
    case 'scan':
      // A scan wins over whatever is on screen, except a request already on its way.
      if (state.step === 'checking') return state;
      if (action.scan.kind === 'code') return { step: 'checking', code: action.scan.code, via: 'code' };
      if (action.scan.kind === 'card') return { step: 'checking', code: '', via: 'card', cpr: action.scan.cpr };
      return { step: 'entering', code: state.step === 'entering' ? state.code : '', problem: 'unreadable' };
    case 'again':
      return initialCheckIn;
    case 'outcome': {
      if (state.step !== 'checking') return state;
      const { outcome } = action;
      switch (outcome.kind) {
        case 'ticket':
          return initialCheckIn;
        case 'too-early':
          return { step: 'too-early', code: state.code, start: outcome.start, opensAt: outcome.opensAt };
        case 'too-late':
          return { step: 'too-late', code: state.code, start: outcome.start };
        case 'not-found':
          // A mistyped code stays on the keypad to be corrected.
          return { step: 'entering', code: state.via === 'code' ? state.code : '', problem: state.via === 'code' ? 'not-found' : 'not-found-card' };
        case 'unavailable':
          return { step: 'unavailable', code: state.code, message: outcome.message };
        case 'failed':
          return { step: 'entering', code: state.code, problem: 'failed' };
      }
    }
  }
}
