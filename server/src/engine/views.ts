import { pageAddresses, withoutCpr, type CounterState, type DisplayCall, type PublicTicket, type QueueSummary, type StaffTicket, type Ticket } from '@dintur/shared';
import type { TicketRecord } from '../data/ticket-repository.js';
import type { EngineContext } from './context.js';

export const iso = (time: number) => new Date(time).toISOString();
const isoOrNull = (time: number | null) => (time === null ? null : iso(time));

/** What anyone may see of a ticket. */
export function publicTicket(ticket: TicketRecord): PublicTicket {
  return {
    id: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    status: ticket.status,
    issuedAt: iso(ticket.issuedAt),
    counterId: ticket.counterId,
    calledAt: isoOrNull(ticket.calledAt),
  };
}

/** Position (1 = next) and estimated minutes of a waiting ticket; nulls once it has been called. */
export function placeInQueue(context: EngineContext, ticket: TicketRecord): { position: number | null; estimatedWaitMinutes: number | null } {
  if (ticket.status !== 'waiting') return { position: null, estimatedWaitMinutes: null };
  if (ticket.appointmentAt !== null) return appointmentPlace(context, { ...ticket, appointmentAt: ticket.appointmentAt });
  const ahead = context.tickets.countAhead(ticket);
  return { position: ahead + 1, estimatedWaitMinutes: context.estimator.estimate(context, ticket.serviceId, { ahead, at: ticket.queuedAt, ticketId: ticket.id }) };
}

/**
 * A checked-in appointment is called at its time ahead of walk-ins (calling.ts), so only
 * appointments booked earlier are before it: counting the walk-ins would tell a booked citizen
 * "number 9". Its wait is the same replay of the calling rule as everyone's, so it says when it
 * will really be called: by its time, or at once when a counter of its service has nothing else
 * to do (it was told 22 minutes and called straight away when the wait was simply its time).
 */
function appointmentPlace(context: EngineContext, ticket: TicketRecord & { appointmentAt: number }) {
  const ahead = context.tickets.countAppointmentsAhead(ticket);
  return {
    position: ahead + 1,
    estimatedWaitMinutes: context.estimator.estimate(context, ticket.serviceId, { ahead, at: ticket.appointmentAt, ticketId: ticket.id }),
  };
}

/** A ticket as the citizen who took it sees it. */
export function citizenTicket(context: EngineContext, ticket: TicketRecord): Ticket {
  return {
    ...publicTicket(ticket),
    ...placeInQueue(context, ticket),
    lang: ticket.lang,
    trackingCode: ticket.trackingCode,
    trackingUrl: pageAddresses.tracking(ticket.trackingCode),
  };
}

/** A ticket as staff see it. */
export function staffTicket(context: EngineContext, ticket: TicketRecord): StaffTicket {
  return {
    ...citizenTicket(context, ticket),
    originalServiceId: ticket.originalServiceId,
    queuedAt: iso(ticket.queuedAt),
    staffId: ticket.staffId,
    startedAt: isoOrNull(ticket.startedAt),
    finishedAt: isoOrNull(ticket.finishedAt),
    outcome: ticket.outcome,
    recallCount: ticket.recallCount,
    // Free text written before the schemas refused CPR numbers in it is blanked if it holds one.
    transferNote: withoutCpr(ticket.transferNote),
    targetCounterId: ticket.targetCounterId,
    targetStaffId: ticket.targetStaffId,
    appointmentAt: isoOrNull(ticket.appointmentAt),
  };
}

/** Waiting count, estimate for a newcomer and longest wait of one service's queue. */
export function queueSummary(context: EngineContext, serviceId: string): QueueSummary {
  const { waiting, oldest } = context.tickets.queueSummary(serviceId);
  const now = context.clock.now();
  return {
    serviceId,
    waiting,
    // A newcomer's place: behind everyone whose place has come (not the appointments booked for later).
    estimatedWaitMinutes: context.estimator.estimate(context, serviceId, { ahead: context.tickets.placedBefore(serviceId, now + 1), at: now }),
    longestWaitMinutes: oldest === null ? 0 : Math.max(0, Math.floor((now - oldest) / 60_000)),
  };
}

export function queueSummaries(context: EngineContext, serviceIds: Iterable<string>): QueueSummary[] {
  return [...new Set(serviceIds)].map((serviceId) => queueSummary(context, serviceId));
}

export function counterState(context: EngineContext, counterId: string): CounterState {
  const counter = context.index().counter(counterId);
  const state = context.counterStates().get(counterId);
  const current = context.tickets.atCounter(counterId)[0];
  return {
    id: counter.id,
    unitId: counter.unitId,
    name: counter.name,
    services: counter.services.map((entry) => entry.serviceId),
    status: state?.status ?? 'closed',
    pauseReason: state?.status === 'paused' ? withoutCpr(state.pauseReason) : null,
    staffId: state?.status === 'closed' ? null : (state?.staffId ?? null),
    since: state ? iso(state.since) : null,
    currentTicket: current ? publicTicket(current) : null,
  };
}

export function displayCall(context: EngineContext, ticket: TicketRecord, eventId: number, at: number, recall: boolean): DisplayCall {
  const counterId = ticket.counterId ?? '';
  return {
    eventId,
    ticketId: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    counterId,
    counterName: context.index().counters.get(counterId)?.name ?? counterId,
    calledAt: iso(at),
    recall,
  };
}
