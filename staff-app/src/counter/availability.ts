import type { CounterStatus, TicketStatus } from '@dintur/shared';
import { strings } from '../strings.js';
import type { CounterAction } from './shortcuts.js';

export type CounterSituation = {
  status: CounterStatus;
  /** The signed-in person sits at this counter. */
  mine: boolean;
  /** Someone else's name when they sit here. */
  occupiedBy: string | null;
  counterName: string;
  /** The status of the ticket the counter holds, if any. */
  current: TicketStatus | null;
  /** A no-show or finish of this person's may still be taken back (its seconds have not run out). */
  undoable?: boolean;
};

/** For each action: true when it can be done now, else the reason why not (shown and spoken). */
export type Availability = Record<CounterAction, true | string>;

/**
 * What can be done at the counter now. Mirrors the server's rules so that buttons are disabled
 * rather than refused, and adds one of its own: "next" is not pressed past a citizen who was
 * called but neither arrived nor marked absent, so that a no-show is never recorded as resolved.
 */
export function counterAvailability(situation: CounterSituation): Availability {
  const { mine, occupiedBy, current } = situation;
  const occupied = occupiedBy === null ? null : strings.counter.occupied(situation.counterName, occupiedBy);
  const seated = occupied ?? (mine ? true : strings.counter.closedHint);
  const called = current === 'called' ? true : strings.counter.noCalledTicket;
  const holding = current !== null ? true : strings.counter.nobody;
  return {
    callNext: seated !== true ? seated : current === 'called' ? strings.counter.callNextBlockedCalled : true,
    recall: seated !== true ? seated : called,
    start: seated !== true ? seated : called,
    noShow: seated !== true ? seated : called,
    transfer: seated !== true ? seated : holding,
    finish: seated !== true ? seated : holding,
    // The server also needs the counter free: a visit called since means the no-show stands.
    undo: seated !== true ? seated : !situation.undoable ? strings.counter.nothingToUndo : current !== null ? strings.counter.undoTooLate : true,
    pause: seated,
    toggleOpen: occupied ?? (mine && current !== null ? strings.counter.finishFirst : true),
    focusQueue: true,
    switchCounter: mine && current !== null ? strings.counter.finishFirst : true,
    showShortcuts: true,
  };
}
