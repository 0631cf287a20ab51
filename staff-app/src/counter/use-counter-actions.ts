import { useRef, useState } from 'react';
import { undoWindowSeconds, type Centre, type Colleague, type Outcome, type StaffTicket } from '@dintur/shared';
import { asApiError, clockTime, useAnnounce, type ApiError } from '@dintur/web';
import { useLiveStore } from '../live/live-context.js';
import { useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { errorSentence } from '../ui/error-text.js';
import { spokenMinutes, spokenNumber } from '../ui/format.js';
import { notices } from './counter-strings.js';
import type { CounterAction } from './shortcuts.js';
import type { TransferRequest } from './transfer-dialog.js';
import { useUndoOffer } from './undo-offer.js';
import { waitedMs } from './visit-times.js';

type ActionsInput = {
  counterId: string;
  centre: Centre;
  colleagues: readonly Colleague[];
  /** The visit the counter holds now. */
  current: StaffTicket | null;
  /** Where the person sat before, if elsewhere: opening here signs them out there. */
  seatElsewhere: { name: string } | null;
  mine: boolean;
  now: number;
  focusOn(target: CounterAction | 'queue'): void;
  closeDialog(): void;
};

/**
 * Everything done at the counter, each one request (or two) with what follows it: the ticket
 * taken into the live book, a sentence for screen readers and the same on screen, focus on the
 * likely next action, and for a no-show or a finish the seconds in which it can be taken back.
 */
export function useCounterActions(input: ActionsInput) {
  const { counterId, centre, current, focusOn } = input;
  const store = useLiveStore();
  const { api } = useSession();
  const announce = useAnnounce();
  const undo = useUndoOffer();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const serviceName = (serviceId: string) => centre.services.find((service) => service.id === serviceId)?.name.da ?? serviceId;

  // A ref as well as state: a second key press before the re-render must see the first one.
  const busyRef = useRef(false);
  const perform = async (work: () => Promise<void>, options: { keepsOffer?: boolean } = {}) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    // Any other action ends the chance to take the last one back: the counter has moved on.
    if (!options.keepsOffer) undo.withdraw();
    try {
      await work();
    } catch (caught) {
      const failure = asApiError(caught);
      setError(failure);
      announce(errorSentence(failure), { assertive: true });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  /** "Kaldt E 1, Flytning. Har ventet 12 minutter." — from arrival (an appointment: its check-in), with its booked time. */
  const callSentence = (ticket: StaffTicket) => {
    const calledAt = ticket.calledAt ? Date.parse(ticket.calledAt) : input.now;
    const parts = [strings.counter.announce.called(spokenNumber(ticket.number), serviceName(ticket.serviceId), spokenMinutes(waitedMs(ticket, calledAt)))];
    if (ticket.appointmentAt) parts.push(`${strings.counter.appointment(clockTime(ticket.appointmentAt, centre.timeZone))}.`);
    if (ticket.transferNote) parts.push(strings.counter.announce.withNote(ticket.transferNote));
    return parts.join(' ');
  };

  /** After "next" or a call out of order: what was finished on the way, then who was called. */
  const afterCall = (called: StaffTicket | null, finished: { ticket: StaffTicket; outcome: Outcome } | null) => {
    const parts: string[] = [];
    if (finished) parts.push(strings.counter.announce.finished(spokenNumber(finished.ticket.number), strings.outcomes[finished.outcome]));
    parts.push(called ? callSentence(called) : strings.counter.announce.nothingWaiting);
    announce(parts.join(' '));
    if (finished) {
      const outcome = strings.outcomes[finished.outcome];
      setNotice(called ? notices.finishedAndCalled(finished.ticket.number, outcome, called.number) : notices.finishedNobodyWaiting(finished.ticket.number, outcome));
    } else setNotice(null);
    focusOn(called ? 'start' : 'callNext');
  };

  /**
   * Calls the next in turn (`target` null) or one ticket out of order, finishing what the counter
   * holds with `outcome` first. "Resolved" is the server's own "next" (one transaction); another
   * outcome is recorded first, then the call made.
   */
  const call = (target: StaffTicket | null, outcome: Outcome = 'resolved') =>
    perform(async () => {
      const held = current;
      if (held && outcome !== 'resolved') store.takeTicket(await api.call('finish', { params: { id: held.id }, body: { outcome } }));
      const called = target
        ? await api.call('callTicket', { params: { id: target.id }, body: { counterId } })
        : ((await api.call('callNext', { params: { counterId } }))?.ticket ?? null);
      // A held ticket the server finished as resolved on the way: shown gone at once.
      if (held && outcome === 'resolved') store.takeTicket({ ...held, status: 'finished', outcome: 'resolved' });
      if (called) store.takeTicket(called);
      input.closeDialog();
      afterCall(called, held ? { ticket: held, outcome } : null);
    });

  const ticketAction = (action: 'recall' | 'start', next: CounterAction, say: (number: string) => string) =>
    perform(async () => {
      if (!current) return;
      const changed = await api.call(action, { params: { id: current.id } });
      store.takeTicket(changed);
      announce(say(spokenNumber(changed.number)));
      setNotice(null);
      focusOn(next);
    });

  const noShow = () =>
    perform(async () => {
      if (!current) return;
      const gone = await api.call('noShow', { params: { id: current.id } });
      store.takeTicket(gone);
      undo.offerUndo(gone, 'no-show');
      announce(`${strings.counter.announce.noShow(spokenNumber(gone.number))} ${strings.counter.announce.undoHint(undoWindowSeconds)}`);
      setNotice(notices.noShow(gone.number));
      focusOn('callNext');
    });

  const finish = (outcome: Outcome) =>
    perform(async () => {
      if (!current) return;
      const finished = await api.call('finish', { params: { id: current.id }, body: { outcome } });
      store.takeTicket(finished);
      input.closeDialog();
      undo.offerUndo(finished, 'finish');
      announce(`${strings.counter.announce.finished(spokenNumber(finished.number), strings.outcomes[outcome])} ${strings.counter.announce.undoHint(undoWindowSeconds)}`);
      setNotice(notices.finished(finished.number, strings.outcomes[outcome]));
      focusOn('callNext');
    });

  /** "Fortryd": the no-show or finish taken back; the citizen is at the counter again. */
  const takeBack = () =>
    perform(
      async () => {
        const offer = undo.offer;
        if (!offer) return;
        const restored = await api.call('undoTicket', { params: { id: offer.ticketId } });
        undo.withdraw();
        store.takeTicket(restored);
        const say = offer.undid === 'no-show' ? notices.undoneNoShow : notices.undoneFinish;
        announce(say(spokenNumber(restored.number)));
        setNotice(say(restored.number));
        focusOn(restored.status === 'serving' ? 'finish' : 'start');
      },
      { keepsOffer: true },
    );

  const transfer = (request: TransferRequest) =>
    perform(async () => {
      if (!current) return;
      const moved = await api.call('transfer', { params: { id: current.id }, body: request });
      store.takeTicket(moved);
      input.closeDialog();
      const details = [
        notices.placement[request.placement],
        ...(request.counterId ? [notices.toCounter(centre.counters.find((counter) => counter.id === request.counterId)?.name ?? request.counterId)] : []),
        ...(request.staffId !== undefined ? [notices.toPerson(input.colleagues.find((person) => person.id === request.staffId)?.displayName ?? '?')] : []),
      ];
      announce(notices.transferred(spokenNumber(moved.number), serviceName(moved.serviceId), details));
      setNotice(notices.transferred(moved.number, serviceName(moved.serviceId), details));
      focusOn('callNext');
    });

  const pause = (reason: string) =>
    perform(async () => {
      store.takeCounter(await api.call('pauseCounter', { params: { counterId }, body: { reason } }));
      input.closeDialog();
      setNotice(null);
      focusOn('pause');
    });

  const resume = () =>
    perform(async () => {
      store.takeCounter(await api.call('resumeCounter', { params: { counterId } }));
      focusOn('callNext');
    });

  const toggleOpen = () =>
    perform(async () => {
      if (input.mine) {
        store.takeCounter(await api.call('closeCounter', { params: { counterId } }));
        setNotice(null);
        focusOn('toggleOpen');
      } else {
        const before = input.seatElsewhere;
        const opened = await api.call('openCounter', { params: { counterId } });
        store.takeCounter(opened);
        // Opening here signs the person out of the counter they sat at before: said, and shown.
        store.refreshColleagues();
        if (before) {
          announce(notices.movedCounter(opened.name, before.name));
          setNotice(notices.movedCounter(opened.name, before.name));
        } else setNotice(null);
        focusOn('callNext');
      }
    });

  return { busy, busyRef, error, notice, undo, call, ticketAction, noShow, finish, takeBack, transfer, pause, resume, toggleOpen };
}
