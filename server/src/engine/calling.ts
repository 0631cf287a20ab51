import type { Counter, StaffTicket } from '@dintur/shared';
import type { TicketRecord } from '../data/ticket-repository.js';
import type { CentreIndex } from './centre-index.js';
import type { EngineContext } from './context.js';
import { invalidState } from './errors.js';
import { requireSeat, resumeIfPaused } from './counters.js';
import { mayServe, type Actor } from './permissions.js';
import { staffTicket } from './views.js';
import { finishTicket, markCalled, requireMayServe, requireTicket } from './visits.js';

/** A checked-in appointment is called this long before its booked time, unless its service sets `callMarginMinutes`. */
export const appointmentCallAheadMs = 2 * 60_000;

/** How long before its time a checked-in appointment of the service goes ahead of walk-ins. */
function callAheadMs(index: CentreIndex, serviceId: string): number {
  const settings = index.config.appointments.services[serviceId];
  return settings ? settings.callMarginMinutes * 60_000 : appointmentCallAheadMs;
}

/** The largest margin of any service: how far ahead to look for due appointments at all. */
function longestCallAheadMs(index: CentreIndex): number {
  return Math.max(appointmentCallAheadMs, ...Object.values(index.config.appointments.services).map((settings) => settings.callMarginMinutes * 60_000));
}

/**
 * Whether the counter takes the service's appointments first: it is one of the service's
 * appointment counters, or the service names none (any counter of the service).
 */
function takesAppointments(index: CentreIndex, counterId: string, serviceId: string): boolean {
  const settings = index.config.appointments.services[serviceId];
  return !settings || settings.counterIds.includes(counterId);
}

/**
 * The ticket a counter should call next, or undefined. Among the waiting tickets of the
 * counter's services that this person may serve:
 * 1. a checked-in appointment that is due, at a counter that takes that service's appointments —
 *    its booked time is within its service's call margin (2 minutes unless configured), or would
 *    pass while the counter serves the walk-in it would otherwise call (so the booked citizen is
 *    not kept waiting behind a long visit); earliest booking first. Other counters of the service
 *    take it like a walk-in who came at the booked time;
 * 2. tickets transferred to this counter or this person;
 * 3. the highest weight × waiting time ÷ mean service minutes: the generalized cμ rule with
 *    quadratic waiting cost (Mandelbaum & Stolyar 2004; docs/QUEUEING.md). Quick matters are not
 *    stuck behind long ones, and every waiting ticket's claim grows with its wait. Oldest first
 *    on ties.
 */
export function selectNextTicket(context: EngineContext, counter: Counter, actor: Actor): TicketRecord | undefined {
  const index = context.index();
  const eligible = new Map(
    counter.services
      .filter((entry) => {
        const service = index.services.get(entry.serviceId);
        return service !== undefined && mayServe(actor, service, index.units);
      })
      .map((entry) => [entry.serviceId, entry.weight]),
  );
  if (eligible.size === 0) return undefined;
  const now = context.clock.now();

  const reserved = context.tickets.reservedFor(counter.id, actor.id).find((ticket) => eligible.has(ticket.serviceId));

  let best: { ticket: TicketRecord; score: number } | undefined;
  for (const [serviceId, weight] of eligible) {
    const head = context.tickets.headOfQueue({ serviceId, counterId: counter.id, staffId: actor.id });
    if (!head || (head.appointmentAt !== null && head.appointmentAt > now + callAheadMs(index, serviceId))) continue;
    const score = (weight * (now - head.queuedAt)) / context.estimator.serviceMinutes(index, serviceId, now);
    if (
      !best ||
      score > best.score ||
      (score === best.score && (head.queuedAt < best.ticket.queuedAt || (head.queuedAt === best.ticket.queuedAt && head.id < best.ticket.id)))
    ) {
      best = { ticket: head, score };
    }
  }
  const next = reserved ?? best?.ticket;
  const busyFor = next ? context.estimator.serviceMinutes(index, next.serviceId, now) * 60_000 : 0;
  const due = context.tickets
    .dueAppointments(now + Math.max(longestCallAheadMs(index), busyFor))
    .find(
      (ticket) =>
        eligible.has(ticket.serviceId) &&
        takesAppointments(index, counter.id, ticket.serviceId) &&
        ticket.appointmentAt! <= now + Math.max(callAheadMs(index, ticket.serviceId), busyFor),
    );
  if (due) return due;
  if (next) return next;
  // Nothing else waits: a checked-in appointment may start early rather than leave the counter idle.
  return context.tickets.dueAppointments(Number.MAX_SAFE_INTEGER).find((ticket) => eligible.has(ticket.serviceId));
}

/** Finishes what the counter holds as resolved, as a counter's "next" button does. */
function finishCurrent(context: EngineContext, actor: Actor, counterId: string): void {
  for (const current of context.tickets.atCounter(counterId)) finishTicket(context, actor, current, 'resolved');
}

/**
 * "Next" at a counter: finishes the current visit and calls the next ticket, in one
 * transaction, so two counters pressing at once never get the same ticket. Null when nothing
 * waits that this counter and person may serve.
 */
export function callNext(context: EngineContext, actor: Actor, counterId: string): StaffTicket | null {
  return context.transaction(() => {
    const counter = context.index().counter(counterId);
    requireSeat(context, actor, counterId);
    resumeIfPaused(context, actor, counterId);
    finishCurrent(context, actor, counterId);
    const next = selectNextTicket(context, counter, actor);
    return next ? staffTicket(context, markCalled(context, next, counterId, actor)) : null;
  });
}

/** Calls one waiting ticket out of order to the person's counter. */
export function callTicket(context: EngineContext, actor: Actor, id: number, counterId: string): StaffTicket {
  return context.transaction(() => {
    const counter = context.index().counter(counterId);
    requireSeat(context, actor, counterId);
    const ticket = requireTicket(context, id);
    if (ticket.status !== 'waiting') throw invalidState(`Ticket ${ticket.number} is ${ticket.status}; only a waiting ticket can be called.`);
    if (!counter.services.some((entry) => entry.serviceId === ticket.serviceId)) {
      throw invalidState(`${counter.name} does not call ${context.index().service(ticket.serviceId).name.en}.`);
    }
    requireMayServe(context, actor, ticket.serviceId);
    resumeIfPaused(context, actor, counterId);
    finishCurrent(context, actor, counterId);
    return staffTicket(context, markCalled(context, ticket, counterId, actor));
  });
}
