import type { CounterState, StaffTicket } from '@dintur/shared';
import { strings } from '../strings.js';
import type { CounterAction } from './shortcuts.js';
import type { UndoOffer } from './undo-offer.js';

/**
 * Every action's words as its button, the shortcuts' list and "not possible" say them: "next"
 * says it finishes the visit first while one is served, "Fortryd" names the ticket it takes back.
 */
export function counterLabels({ counter, mine, current, offer }: { counter: CounterState; mine: boolean; current: StaffTicket | null; offer: UndoOffer | null }): Record<CounterAction, string> {
  return {
    callNext: current?.status === 'serving' ? strings.counter.finishAndCallNext : strings.counter.callNext,
    recall: strings.counter.recall,
    start: strings.counter.start,
    noShow: strings.counter.noShow,
    transfer: strings.counter.transfer,
    finish: strings.counter.finish,
    undo: offer ? (offer.undid === 'no-show' ? strings.counter.undoNoShow(offer.number) : strings.counter.undoFinish(offer.number)) : strings.counter.undo,
    pause: counter.status === 'paused' && mine ? strings.counter.resume : strings.counter.pause,
    toggleOpen: mine ? strings.counter.close : strings.counter.open,
    focusQueue: strings.counter.focusQueue,
    switchCounter: strings.counter.switchCounter,
    showShortcuts: strings.counter.shortcuts,
  };
}
