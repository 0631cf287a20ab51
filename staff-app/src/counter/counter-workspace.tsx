import { useState } from 'react';
import type { StaffTicket } from '@dintur/shared';
import { clockTime, useAnnounce } from '@dintur/web';
import { useLive, useServerNow } from '../live/live-context.js';
import { counterQueues, servableCount, ticketAtCounter } from '../live/queues.js';
import { useMe } from '../session/session.js';
import { strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { ActionNotice } from './action-notice.js';
import { counterAvailability } from './availability.js';
import { CurrentVisit } from './current-visit.js';
import { FinishDialog, type ThenCall } from './finish-dialog.js';
import { PauseDialog } from './pause-dialog.js';
import { counterLabels } from './counter-labels.js';
import { ariaKeyShortcuts, counterKeys, type CounterAction } from './shortcuts.js';
import { ShortcutsDialog } from './shortcuts-dialog.js';
import { TransferDialog } from './transfer-dialog.js';
import { useCounterActions } from './use-counter-actions.js';
import { useCounterAnnouncements } from './use-counter-announcements.js';
import { useCounterFocus } from './use-counter-focus.js';
import { useCounterKeys } from './use-counter-keys.js';
import { WaitingList } from './waiting-list.js';
import './counter.css';

/** The open dialog; finishing with `then` calls a citizen once the outcome is chosen. */
type OpenDialog = { kind: 'finish'; then: ThenCall } | { kind: 'transfer' | 'pause' | 'shortcuts' } | null;

/**
 * One counter at work: open or close it, pause, call the next citizen or one out of order,
 * recall, mark arrived or absent, transfer, finish with an outcome. Every action has a key and a
 * button; after each one, focus moves to the likely next action, a live region says what
 * happened and the screen shows it. Nothing that records an outcome happens on one stray key:
 * a no-show or a finish can be taken back for a few seconds ("Fortryd", Z), and "next" while a
 * citizen is served asks for the outcome first, since the call it makes cannot be taken back.
 */
export function CounterWorkspace({ counterId, onSwitchCounter }: { counterId: string; onSwitchCounter(): void }) {
  const live = useLive();
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
  const seatElsewhere = mine ? null : (centre.counters.find((other) => other.id !== counterId && other.status !== 'closed' && other.staffId === me.id) ?? null);

  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { buttons, queueHeading, focusOn } = useCounterFocus({ ticketsLoaded: live.ticketsLoaded, mine, current: current?.status ?? null });
  const actions = useCounterActions({ counterId, centre, colleagues: live.colleagues, current, seatElsewhere, mine, now, focusOn, closeDialog: () => setDialog(null) });
  const { busy, busyRef, error, undo } = actions;
  const availability = counterAvailability({
    status: counter.status,
    mine,
    occupiedBy,
    counterName: counter.name,
    current: current?.status ?? null,
    undoable: undo.offer !== null,
  });

  useCounterAnnouncements({ counter, mine, busyWithVisit: current !== null, waiting, occupiedBy, meId: me.id });

  /** "Next", or a call out of order: while a citizen is served, the outcome is asked first. */
  const callNextOr = (target: StaffTicket | null) => {
    if (current?.status === 'serving') setDialog({ kind: 'finish', then: target ? { kind: 'ticket', ticket: target } : { kind: 'next' } });
    else void actions.call(target);
  };

  const labels = counterLabels({ counter, mine, current, offer: undo.offer });

  const trigger = (action: CounterAction) => {
    if (busyRef.current) return;
    const allowed = availability[action];
    if (allowed !== true) {
      announce(strings.counter.announce.notPossible(labels[action], allowed));
      return;
    }
    switch (action) {
      case 'callNext':
        return callNextOr(null);
      case 'recall':
        return void actions.ticketAction('recall', 'start', strings.counter.announce.recalled);
      case 'start':
        return void actions.ticketAction('start', 'finish', strings.counter.announce.started);
      case 'noShow':
        return void actions.noShow();
      case 'transfer':
        return setDialog({ kind: 'transfer' });
      case 'finish':
        return setDialog({ kind: 'finish', then: null });
      case 'undo':
        return void actions.takeBack();
      case 'pause':
        return counter.status === 'paused' ? void actions.resume() : setDialog({ kind: 'pause' });
      case 'toggleOpen':
        return void actions.toggleOpen();
      case 'focusQueue':
        return focusOn('queue');
      case 'switchCounter':
        return onSwitchCounter();
      case 'showShortcuts':
        return setDialog({ kind: 'shortcuts' });
    }
  };
  useCounterKeys(dialog !== null, trigger);

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
          {counter.since && counter.status !== 'closed' && <span className="subtle"> {strings.counter.since(clockTime(counter.since, centre.timeZone))}</span>}
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
          <ActionNotice text={actions.notice} undoButton={undo.offer ? button('undo', 'undo') : null} secondsLeft={undo.secondsLeft} />
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
          onCall={(ticket) => callNextOr(ticket)}
        />
      </div>

      {dialog?.kind === 'finish' && current && (
        <FinishDialog
          ticket={current}
          then={dialog.then}
          busy={busy}
          error={error}
          onFinish={(outcome) => {
            if (dialog.then === null) void actions.finish(outcome);
            else void actions.call(dialog.then.kind === 'ticket' ? dialog.then.ticket : null, outcome);
          }}
          onClose={() => closeDialog(dialog.then === null ? 'finish' : 'callNext')}
        />
      )}
      {dialog?.kind === 'transfer' && current && (
        <TransferDialog ticket={current} busy={busy} error={error} onTransfer={(request) => void actions.transfer(request)} onClose={() => closeDialog('transfer')} />
      )}
      {dialog?.kind === 'pause' && <PauseDialog busy={busy} error={error} onPause={(reason) => void actions.pause(reason)} onClose={() => closeDialog('pause')} />}
      {dialog?.kind === 'shortcuts' && <ShortcutsDialog labels={labels} onClose={() => closeDialog('showShortcuts')} />}
    </div>
  );
}
