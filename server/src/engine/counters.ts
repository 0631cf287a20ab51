import { withoutCpr, type CounterState } from '@dintur/shared';
import type { CounterStateRecord } from '../data/centre-repository.js';
import type { EngineContext } from './context.js';
import { DomainError, forbidden } from './errors.js';
import { isLeader, type Actor } from './permissions.js';
import { counterState } from './views.js';

/** The person must be signed in at the counter. */
export function requireSeat(context: EngineContext, actor: Actor, counterId: string): CounterStateRecord {
  context.index().counter(counterId);
  const state = context.counterStates().get(counterId);
  if (!state || state.status === 'closed') throw new DomainError(409, 'counter-closed', `Counter ${counterId} is closed; open it first.`);
  if (state.staffId !== actor.id) throw new DomainError(409, 'counter-occupied', `Someone else is signed in at counter ${counterId}.`);
  return state;
}

/**
 * Saves a counter's new state and logs it with who did it (`staffId`, an id: the log holds no
 * names). `signedOutStaffId` names whose seat it was when someone else (a leader) closed it.
 */
function save(context: EngineContext, state: CounterStateRecord, staffId: number, signedOutStaffId: number | null = null): CounterState {
  context.saveCounterState(state);
  const view = counterState(context, state.counterId);
  const details = { status: state.status, pauseReason: state.pauseReason, ...(signedOutStaffId !== null && { signedOutStaffId }) };
  context.record(
    { type: 'counter.changed', counterId: state.counterId, staffId, details },
    { type: 'counter.changed', data: { counter: view } },
  );
  return view;
}

function requireEmpty(context: EngineContext, counterId: string): void {
  const held = context.tickets.atCounter(counterId)[0];
  if (held) {
    throw new DomainError(409, 'ticket-in-progress', `Ticket ${held.number} is still at counter ${counterId}: finish or transfer it first.`);
  }
}

/** Signs the person in at a counter; leaving the counter they sat at before. */
export function openCounter(context: EngineContext, actor: Actor, counterId: string): CounterState {
  return context.transaction(() => {
    context.index().counter(counterId);
    const state = context.counterStates().get(counterId);
    if (state && state.status !== 'closed') {
      if (state.staffId === actor.id) return counterState(context, counterId);
      throw new DomainError(409, 'counter-occupied', `Someone else is signed in at counter ${counterId}.`);
    }
    for (const other of context.counterStates().values()) {
      if (other.staffId === actor.id && other.status !== 'closed') {
        requireEmpty(context, other.counterId);
        save(context, { ...other, status: 'closed', staffId: null, pauseReason: null, since: context.clock.now() }, actor.id);
      }
    }
    return save(context, { counterId, status: 'open', staffId: actor.id, pauseReason: null, since: context.clock.now() }, actor.id);
  });
}

/** Signs out of a counter; a manager may sign anyone out. A counter holding a visit stays open. */
export function closeCounter(context: EngineContext, actor: Actor, counterId: string): CounterState {
  return context.transaction(() => {
    context.index().counter(counterId);
    const state = context.counterStates().get(counterId);
    if (!state || state.status === 'closed') return counterState(context, counterId);
    if (state.staffId !== actor.id && !isLeader(actor)) throw forbidden(`Only the person at counter ${counterId} or a manager can close it.`);
    requireEmpty(context, counterId);
    const signedOut = state.staffId !== null && state.staffId !== actor.id ? state.staffId : null;
    return save(context, { counterId, status: 'closed', staffId: null, pauseReason: null, since: context.clock.now() }, actor.id, signedOut);
  });
}

export function pauseCounter(context: EngineContext, actor: Actor, counterId: string, reason: string): CounterState {
  return context.transaction(() => {
    const state = requireSeat(context, actor, counterId);
    // The schema refuses a reason holding a CPR number; one that comes past it is never kept.
    return save(context, { ...state, status: 'paused', pauseReason: withoutCpr(reason), since: context.clock.now() }, actor.id);
  });
}

export function resumeCounter(context: EngineContext, actor: Actor, counterId: string): CounterState {
  return context.transaction(() => {
    const state = requireSeat(context, actor, counterId);
    if (state.status === 'open') return counterState(context, counterId);
    return save(context, { ...state, status: 'open', pauseReason: null, since: context.clock.now() }, actor.id);
  });
}

/** Calling a ticket ends a pause. */
export function resumeIfPaused(context: EngineContext, actor: Actor, counterId: string): void {
  const state = context.counterStates().get(counterId);
  if (state?.status === 'paused') save(context, { ...state, status: 'open', pauseReason: null, since: context.clock.now() }, actor.id);
}
