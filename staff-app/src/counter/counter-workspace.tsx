import { useCallback, useEffect, useRef, useState } from 'react';
import type { Outcome, StaffTicket } from '@dintur/shared';
import { asApiError, type ApiError } from '../api/api-error.js';
import { useLive, useLiveStore, useServerNow } from '../live/live-context.js';
import { counterQueues, servableCount, ticketAtCounter } from '../live/queues.js';
import { waitingSince } from '../live/ticket-book.js';
import { useMe, useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { useAnnounce } from '../ui/announcer.js';
import { ErrorText, errorSentence } from '../ui/error-text.js';
import { formatClock, spokenMinutes, spokenNumber } from '../ui/format.js';
import { counterAvailability } from './availability.js';
import { CurrentVisit } from './current-visit.js';
import { FinishDialog } from './finish-dialog.js';
import { PauseDialog } from './pause-dialog.js';
import { ariaKeyShortcuts, actionForKey, counterKeys, type CounterAction } from './shortcuts.js';
import { ShortcutsDialog } from './shortcuts-dialog.js';
import { TransferDialog, type TransferRequest } from './transfer-dialog.js';
import { WaitingList } from './waiting-list.js';

type OpenDialog = 'finish' | 'transfer' | 'pause' | 'shortcuts' | null;

const textFieldSelector = 'input, textarea, select, [contenteditable="true"]';

/**
 * One counter at work: open or close it, pause, call the next citizen or one out of order,
 * recall, mark arrived or absent, transfer, finish with an outcome. Every action has a key and a
 * button; after each one, focus moves to the likely next action and a live region says what
 * happened.
 */
export function CounterWorkspace({ counterId, onSwitchCounter }: { counterId: string; onSwitchCounter(): void }) {
  const live = useLive();
  const store = useLiveStore();
  const { api } = useSession();
  const me = useMe();
  const announce = useAnnounce();
  const now = useServerNow(1000);
  const centre = live.centre!;
  const counter = centre.counters.find((known) => known.id === counterId)!;
  const mine = counter.status !== 'closed' && counter.staffId === me.id;
  const occupiedBy = counter.status !== 'closed' && counter.staffId !== me.id
    ? (live.colleagues.find((person) => person.id === counter.staffId)?.displayName ?? '?')
    : null;
  const current = mine ? ticketAtCounter(live.tickets, counterId) : null;
  const servable = new Set(live.colleagues.find((person) => person.id === me.id)?.serviceIds ?? []);
  const queues = counterQueues(counter.services, servable, live.tickets, now);
  const waiting = servableCount(queues);
  const availability = counterAvailability({ status: counter.status, mine, occupiedBy, counterName: counter.name, current: current?.status ?? null });

  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: CounterAction | 'queue'; sequence: number } | null>(null);
  const buttons = useRef<Partial<Record<CounterAction, HTMLButtonElement | null>>>({});
  const queueHeading = useRef<HTMLHeadingElement>(null);
  const serviceName = (serviceId: string) => centre.services.find((service) => service.id === serviceId)?.name.da ?? serviceId;

  const focusOn = useCallback((target: CounterAction | 'queue') => setFocusRequest((previous) => ({ target, sequence: (previous?.sequence ?? 0) + 1 })), []);

  // Focus follows the work: where the next action is once this one is done.
  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.target === 'queue') {
      (document.querySelector<HTMLButtonElement>('.queue-panel button:not(:disabled)') ?? queueHeading.current)?.focus();
      return;
    }
    const wanted = buttons.current[focusRequest.target];
    const fallback = [buttons.current.callNext, buttons.current.toggleOpen].find((button) => button && !button.disabled);
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
  }, [focusRequest]);

  // On arriving at the counter, once its tickets are known: the action its state calls for.
  // Only then; later moves follow the actions.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || !live.ticketsLoaded) return;
    arrived.current = true;
    focusOn(!mine ? 'toggleOpen' : current?.status === 'called' ? 'start' : current?.status === 'serving' ? 'finish' : 'callNext');
  }, [live.ticketsLoaded, mine, current?.status, focusOn]);

  // A blind colleague waiting at an idle counter hears when someone can be called.
  const previousWaiting = useRef(waiting);
  useEffect(() => {
    const before = previousWaiting.current;
    previousWaiting.current = waiting;
    if (mine && counter.status === 'open' && current === null && before === 0 && waiting > 0) announce(strings.counter.announce.queueNoLongerEmpty(waiting));
  }, [waiting, mine, counter.status, current, announce]);

  // The counter's state is said whenever it changes, by this person's action or anyone else's
  // (a leader closing it, a call ending the pause).
  const counterState = `${counter.status}:${counter.staffId ?? ''}:${counter.pauseReason ?? ''}`;
  const previousState = useRef(counterState);
  useEffect(() => {
    if (previousState.current === counterState) return;
    const wasPaused = previousState.current.startsWith('paused:');
    previousState.current = counterState;
    if (counter.status === 'closed') announce(strings.counter.announce.closed(counter.name));
    else if (counter.staffId !== me.id) announce(strings.counter.occupied(counter.name, occupiedBy ?? '?'));
    else if (counter.status === 'paused') announce(strings.counter.announce.paused(counter.pauseReason ?? ''));
    else announce(wasPaused ? strings.counter.announce.resumed : strings.counter.announce.opened(counter.name));
  }, [counterState]);

  // A ref as well as state: a second key press before the re-render must see the first one.
  const busyRef = useRef(false);
  const perform = async (work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(null);
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

  /** What a call is said as: the visit the server finished on the way, then who was called. */
  const announceCall = (ticket: StaffTicket | null, finished: StaffTicket | null) => {
    const parts: string[] = [];
    if (finished) parts.push(strings.counter.announce.finished(spokenNumber(finished.number), strings.outcomes.resolved));
    if (!ticket) parts.push(strings.counter.announce.nothingWaiting);
    else {
      const waited = spokenMinutes((ticket.calledAt ? Date.parse(ticket.calledAt) : now) - waitingSince(ticket));
      parts.push(strings.counter.announce.called(spokenNumber(ticket.number), serviceName(ticket.serviceId), waited));
      if (ticket.transferNote) parts.push(strings.counter.announce.withNote(ticket.transferNote));
    }
    announce(parts.join(' '));
  };

  /** A held ticket the server finished as resolved on "next": shown gone at once. */
  const finishedLocally = (ticket: StaffTicket | null) => {
    if (ticket) store.takeTicket({ ...ticket, status: 'finished', outcome: 'resolved' });
  };

  const callNext = () =>
    perform(async () => {
      const held = current;
      const result = await api.call('callNext', { params: { counterId } });
      finishedLocally(held);
      if (result) store.takeTicket(result.ticket);
      announceCall(result?.ticket ?? null, held);
      focusOn(result ? 'start' : 'callNext');
    });

  const callOutOfOrder = (ticket: StaffTicket) =>
    perform(async () => {
      const held = current;
      const called = await api.call('callTicket', { params: { id: ticket.id }, body: { counterId } });
      finishedLocally(held);
      store.takeTicket(called);
      announceCall(called, held);
      focusOn('start');
    });

  const ticketAction = (action: 'recall' | 'start' | 'noShow', next: CounterAction, say: (number: string) => string) =>
    perform(async () => {
      if (!current) return;
      const changed = await api.call(action, { params: { id: current.id } });
      store.takeTicket(changed);
      announce(say(spokenNumber(changed.number)));
      focusOn(next);
    });

  const finish = (outcome: Outcome) =>
    perform(async () => {
      if (!current) return;
      const finished = await api.call('finish', { params: { id: current.id }, body: { outcome } });
      store.takeTicket(finished);
      setDialog(null);
      announce(strings.counter.announce.finished(spokenNumber(finished.number), strings.outcomes[outcome]));
      focusOn('callNext');
    });

  const transfer = (request: TransferRequest) =>
    perform(async () => {
      if (!current) return;
      const moved = await api.call('transfer', { params: { id: current.id }, body: request });
      store.takeTicket(moved);
      setDialog(null);
      announce(strings.counter.announce.transferred(spokenNumber(moved.number), serviceName(moved.serviceId)));
      focusOn('callNext');
    });

  const pause = (reason: string) =>
    perform(async () => {
      store.takeCounter(await api.call('pauseCounter', { params: { counterId }, body: { reason } }));
      setDialog(null);
      focusOn('pause');
    });

  const resume = () =>
    perform(async () => {
      store.takeCounter(await api.call('resumeCounter', { params: { counterId } }));
      focusOn('callNext');
    });

  const toggleOpen = () =>
    perform(async () => {
      if (mine) {
        store.takeCounter(await api.call('closeCounter', { params: { counterId } }));
        focusOn('toggleOpen');
      } else {
        store.takeCounter(await api.call('openCounter', { params: { counterId } }));
        // Opening here signs the person out of the counter they sat at before.
        store.refreshColleagues();
        focusOn('callNext');
      }
    });

  const labels: Record<CounterAction, string> = {
    callNext: current?.status === 'serving' ? strings.counter.finishAndCallNext : strings.counter.callNext,
    recall: strings.counter.recall,
    start: strings.counter.start,
    noShow: strings.counter.noShow,
    transfer: strings.counter.transfer,
    finish: strings.counter.finish,
    pause: counter.status === 'paused' && mine ? strings.counter.resume : strings.counter.pause,
    toggleOpen: mine ? strings.counter.close : strings.counter.open,
    focusQueue: strings.counter.focusQueue,
    switchCounter: strings.counter.switchCounter,
    showShortcuts: strings.counter.shortcuts,
  };

  const trigger = (action: CounterAction) => {
    if (busyRef.current) return;
    const allowed = availability[action];
    if (allowed !== true) {
      announce(strings.counter.announce.notPossible(labels[action], allowed));
      return;
    }
    switch (action) {
      case 'callNext':
        return void callNext();
      case 'recall':
        return void ticketAction('recall', 'start', strings.counter.announce.recalled);
      case 'start':
        return void ticketAction('start', 'finish', strings.counter.announce.started);
      case 'noShow':
        return void ticketAction('noShow', 'callNext', strings.counter.announce.noShow);
      case 'transfer':
        return setDialog('transfer');
      case 'finish':
        return setDialog('finish');
      case 'pause':
        return counter.status === 'paused' ? void resume() : setDialog('pause');
      case 'toggleOpen':
        return void toggleOpen();
      case 'focusQueue':
        return focusOn('queue');
      case 'switchCounter':
        return onSwitchCounter();
      case 'showShortcuts':
        return setDialog('shortcuts');
    }
  };
  const triggerRef = useRef(trigger);
  triggerRef.current = trigger;

  useEffect(() => {
    if (dialog !== null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const action = actionForKey(event, { inTextField: Boolean(target?.closest(textFieldSelector)) });
      if (!action) return;
      event.preventDefault();
      triggerRef.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dialog]);

  const closeDialog = (returnTo: CounterAction) => {
    setDialog(null);
    focusOn(returnTo);
  };

  const button = (action: CounterAction, className = '') => {
    const allowed = availability[action];
    return (
      <button
        type="button"
        ref={(element) => {
          buttons.current[action] = element;
        }}
        className={`button action ${className}`}
        data-action={action}
        // Not disabled while a request is under way: a focused button that turns disabled loses focus.
        disabled={allowed !== true}
        aria-busy={busy || undefined}
        aria-keyshortcuts={ariaKeyShortcuts(action)}
        onClick={() => trigger(action)}
      >
        <span>{labels[action]}</span> <kbd aria-hidden="true">{counterKeys[action]}</kbd>
      </button>
    );
  };

  const unitName = centre.units.find((unit) => unit.id === counter.unitId)?.name.da ?? counter.unitId;
  const statusText = counter.status === 'paused' && counter.pauseReason ? strings.counter.pausedBecause(counter.pauseReason) : strings.counterStatus[counter.status];
  const hint = !mine ? (occupiedBy ? availability.toggleOpen : strings.counter.closedHint) : current?.status === 'called' ? strings.counter.callNextBlockedCalled : null;

  return (
    <div className="workspace" data-testid="counter-workspace" data-counter={counterId}>
      <div className="workspace-head">
        <h1 tabIndex={-1}>
          {counter.name} <span className="subtle">· {unitName}</span>
        </h1>
        <p className={`status-badge counter-${counter.status}`} data-testid="counter-status" data-status={counter.status}>
          <span className="visually-hidden">{strings.counter.status}: </span>
          {statusText}
          {counter.since && counter.status !== 'closed' && <span className="subtle"> {strings.counter.since(formatClock(counter.since, centre.timeZone))}</span>}
        </p>
        <div className="toolbar" role="group" aria-label={strings.counter.heading(counter.name)}>
          {button('toggleOpen', mine ? '' : 'primary')}
          {button('pause')}
          {button('switchCounter', 'quiet')}
          {button('focusQueue', 'quiet')}
          {button('showShortcuts', 'quiet')}
        </div>
      </div>

      <div className="workspace-body">
        <div className="work-column">
          {button('callNext', 'call-next primary')}
          {hint && <p className="hint">{hint}</p>}
          <ErrorText error={error} />
          <CurrentVisit ticket={current} now={now} />
          <div className="visit-actions" role="group" aria-label={strings.counter.currentHeading}>
            {button('recall')}
            {button('start', 'primary-outline')}
            {button('noShow')}
            {button('transfer')}
            {button('finish', 'primary-outline')}
          </div>
        </div>
        <WaitingList
          queues={queues}
          total={waiting}
          now={now}
          headingRef={queueHeading}
          callDisabledReason={availability.callNext === true ? null : availability.callNext}
          onCall={(ticket) => {
            void callOutOfOrder(ticket);
          }}
        />
      </div>

      {dialog === 'finish' && current && <FinishDialog ticket={current} busy={busy} error={error} onFinish={(outcome) => void finish(outcome)} onClose={() => closeDialog('finish')} />}
      {dialog === 'transfer' && current && (
        <TransferDialog ticket={current} busy={busy} error={error} onTransfer={(request) => void transfer(request)} onClose={() => closeDialog('transfer')} />
      )}
      {dialog === 'pause' && <PauseDialog busy={busy} error={error} onPause={(reason) => void pause(reason)} onClose={() => closeDialog('pause')} />}
      {dialog === 'shortcuts' && <ShortcutsDialog labels={labels} onClose={() => closeDialog('showShortcuts')} />}
    </div>
  );
}
