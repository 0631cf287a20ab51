import { withoutCpr, type Outcome, type StaffTicket, type TicketStatus, type TransferPlacement } from '@dintur/shared';
import type { TicketRecord } from '../data/ticket-repository.js';
import type { EngineContext } from './context.js';
import { badRequest, DomainError, forbidden, invalidState, notFound } from './errors.js';
import { isLeader, mayServe, type Actor } from './permissions.js';
import { displayCall, iso, publicTicket, queueSummaries, staffTicket } from './views.js';

export function requireTicket(context: EngineContext, id: number): TicketRecord {
  const ticket = context.tickets.byId(id);
  if (!ticket) throw notFound('ticket', id);
  return ticket;
}

function requireStatus(ticket: TicketRecord, allowed: readonly TicketStatus[], action: string): void {
  if (!allowed.includes(ticket.status)) {
    throw invalidState(`Ticket ${ticket.number} is ${ticket.status}; only a ${allowed.join(' or ')} ticket can be ${action}.`);
  }
}

/** The unit rule: the person must be allowed to decide on the ticket's service. */
export function requireMayServe(context: EngineContext, actor: Actor, serviceId: string): void {
  const index = context.index();
  const service = index.service(serviceId);
  if (!mayServe(actor, service, index.units)) {
    const unit = index.units.get(service.unitId)?.name.en ?? service.unitId;
    throw forbidden(`${service.name.en} is an ${service.authority} matter of ${unit}; you may not handle it.`);
  }
}

/** The person must sit at the counter that holds the ticket. */
function requireAtTicketCounter(context: EngineContext, actor: Actor, ticket: TicketRecord): void {
  const state = ticket.counterId ? context.counterStates().get(ticket.counterId) : undefined;
  if (!state || state.status === 'closed' || state.staffId !== actor.id) {
    throw new DomainError(409, 'not-at-counter', `Ticket ${ticket.number} is at ${ticket.counterId ?? 'no counter'}, where you are not signed in.`);
  }
}

function changed(context: EngineContext, id: number): TicketRecord {
  return context.tickets.byId(id)!;
}

/** Marks a waiting ticket called to a counter and records the call the displays announce. */
export function markCalled(context: EngineContext, ticket: TicketRecord, counterId: string, actor: Actor): TicketRecord {
  const now = context.clock.now();
  // A recall count is of this call: one carried from a call before a transfer would be told at another unit.
  context.tickets.update(ticket.id, { status: 'called', counterId, staffId: actor.id, calledAt: now, recallCount: 0 });
  const called = changed(context, ticket.id);
  context.record(
    { type: 'ticket.called', ticket: called, staffId: actor.id, details: { waitedMs: now - ticket.queuedAt } },
    {
      type: 'ticket.called',
      data: (eventId) => ({
        ticket: publicTicket(called),
        queues: queueSummaries(context, [called.serviceId]),
        call: displayCall(context, called, eventId, now, false),
      }),
    },
  );
  return called;
}

/** Ends a called or serving ticket with an outcome. */
export function finishTicket(context: EngineContext, actor: Actor, ticket: TicketRecord, outcome: Outcome): TicketRecord {
  requireStatus(ticket, ['called', 'serving'], 'finished');
  requireMayServe(context, actor, ticket.serviceId);
  const now = context.clock.now();
  context.tickets.update(ticket.id, { status: 'finished', outcome, finishedAt: now });
  const finished = changed(context, ticket.id);
  context.estimator.visitFinished(finished.serviceId, (now - (finished.startedAt ?? finished.calledAt ?? now)) / 60_000);
  context.record(
    {
      type: 'ticket.finished',
      ticket: finished,
      staffId: actor.id,
      details: { outcome, serviceMs: now - (finished.startedAt ?? finished.calledAt ?? now) },
    },
    { type: 'ticket.finished', data: { ticket: publicTicket(finished), queues: queueSummaries(context, [finished.serviceId]), outcome } },
  );
  return finished;
}

export function finish(context: EngineContext, actor: Actor, id: number, outcome: Outcome): StaffTicket {
  return context.transaction(() => {
    const ticket = requireTicket(context, id);
    requireStatus(ticket, ['called', 'serving'], 'finished');
    requireAtTicketCounter(context, actor, ticket);
    return staffTicket(context, finishTicket(context, actor, ticket, outcome));
  });
}

export function recall(context: EngineContext, actor: Actor, id: number): StaffTicket {
  return context.transaction(() => {
    const ticket = requireTicket(context, id);
    requireStatus(ticket, ['called'], 'recalled');
    requireAtTicketCounter(context, actor, ticket);
    requireMayServe(context, actor, ticket.serviceId);
    const now = context.clock.now();
    context.tickets.update(id, { recallCount: ticket.recallCount + 1 });
    const recalled = changed(context, id);
    context.record(
      { type: 'ticket.recalled', ticket: recalled, staffId: actor.id, details: { recallCount: recalled.recallCount } },
      {
        type: 'ticket.recalled',
        data: (eventId) => ({
          ticket: publicTicket(recalled),
          queues: [],
          call: displayCall(context, recalled, eventId, now, true),
        }),
      },
    );
    return staffTicket(context, recalled);
  });
}

export function start(context: EngineContext, actor: Actor, id: number): StaffTicket {
  return context.transaction(() => {
    const ticket = requireTicket(context, id);
    requireStatus(ticket, ['called'], 'started');
    requireAtTicketCounter(context, actor, ticket);
    requireMayServe(context, actor, ticket.serviceId);
    context.tickets.update(id, { status: 'serving', startedAt: context.clock.now(), staffId: actor.id });
    const serving = changed(context, id);
    context.record(
      { type: 'ticket.started', ticket: serving, staffId: actor.id },
      { type: 'ticket.started', data: { ticket: publicTicket(serving), queues: [] } },
    );
    return staffTicket(context, serving);
  });
}

export function noShow(context: EngineContext, actor: Actor, id: number): StaffTicket {
  return context.transaction(() => {
    const ticket = requireTicket(context, id);
    requireStatus(ticket, ['called'], 'marked as not showing up');
    requireAtTicketCounter(context, actor, ticket);
    context.tickets.update(id, { status: 'no-show', finishedAt: context.clock.now() });
    const gone = changed(context, id);
    context.record(
      { type: 'ticket.no-show', ticket: gone, staffId: actor.id, details: { recallCount: gone.recallCount } },
      { type: 'ticket.no-show', data: { ticket: publicTicket(gone), queues: [] } },
    );
    return staffTicket(context, gone);
  });
}

export type TransferRequest = {
  serviceId: string;
  placement: TransferPlacement;
  note?: string | undefined;
  counterId?: string | undefined;
  staffId?: number | undefined;
};

/**
 * Sends a visit to another service's queue with its number: at its original place by issue
 * time, or at the front or back, optionally reserved for a counter or a person. A booked
 * citizen's priority belongs to the booked visit: in the new queue the ticket is a walk-in
 * placed by the same rule (else it would go ahead of every walk-in and of that service's own
 * appointments, and while the old time was still ahead hold up the queue it heads). The booked
 * time stays in the history (the issue and the transfer events), which statistics read.
 */
export function transfer(context: EngineContext, actor: Actor, id: number, request: TransferRequest): StaffTicket {
  return context.transaction(() => {
    const index = context.index();
    const ticket = requireTicket(context, id);
    requireStatus(ticket, ['waiting', 'called', 'serving'], 'transferred');
    if (ticket.status === 'waiting') {
      if (!isLeader(actor)) throw forbidden('Only a manager can transfer a ticket that is still waiting.');
    } else if (!isLeader(actor)) {
      requireAtTicketCounter(context, actor, ticket);
    }
    const target = index.service(request.serviceId);
    if (request.counterId !== undefined) {
      const counter = index.counters.get(request.counterId);
      if (!counter) throw notFound('counter', request.counterId);
      if (!counter.services.some((entry) => entry.serviceId === target.id)) {
        throw badRequest(`${counter.name} does not call ${target.name.en}.`, [{ path: 'counterId', message: 'the counter does not call that service' }]);
      }
    }
    if (request.staffId !== undefined) {
      const person = context.staff.byId(request.staffId);
      if (!person || person.disabled) throw notFound('staff member', request.staffId);
      if (!mayServe(person, target, index.units)) {
        throw badRequest(`${person.displayName} may not handle ${target.name.en}.`, [{ path: 'staffId', message: 'that person may not handle the service' }]);
      }
    }
    const now = context.clock.now();
    const front = context.tickets.frontOfQueue(target.id);
    const queuedAt =
      request.placement === 'front' ? Math.min(front ?? now, ticket.issuedAt, now) - 1 : request.placement === 'back' ? now : ticket.issuedAt;
    context.tickets.update(id, {
      serviceId: target.id,
      status: 'waiting',
      queuedAt,
      counterId: null,
      staffId: null,
      calledAt: null,
      startedAt: null,
      transferNote: withoutCpr(request.note ?? null),
      targetCounterId: request.counterId ?? null,
      targetStaffId: request.staffId ?? null,
      appointmentAt: null,
    });
    const moved = changed(context, id);
    context.record(
      {
        type: 'ticket.transferred',
        ticket: moved,
        counterId: ticket.counterId,
        staffId: actor.id,
        details: {
          fromServiceId: ticket.serviceId,
          toServiceId: target.id,
          placement: request.placement,
          note: request.note ?? null,
          targetCounterId: request.counterId ?? null,
          targetStaffId: request.staffId ?? null,
          ...(ticket.appointmentAt !== null && { appointmentAt: iso(ticket.appointmentAt) }),
        },
      },
      {
        type: 'ticket.transferred',
        data: {
          ticket: publicTicket(moved),
          queues: queueSummaries(context, [ticket.serviceId, target.id]),
          fromServiceId: ticket.serviceId,
        },
      },
    );
    return staffTicket(context, moved);
  });
}

/** Removes a waiting ticket from its queue; the history keeps it. */
export function cancelTicket(context: EngineContext, ticket: TicketRecord, actor: Actor | null): TicketRecord {
  requireStatus(ticket, ['waiting'], 'cancelled');
  context.tickets.update(ticket.id, { status: 'cancelled', finishedAt: context.clock.now() });
  const cancelled = changed(context, ticket.id);
  context.record(
    { type: 'ticket.cancelled', ticket: cancelled, staffId: actor?.id ?? null, details: { by: actor ? 'staff' : 'citizen' } },
    { type: 'ticket.cancelled', data: { ticket: publicTicket(cancelled), queues: queueSummaries(context, [cancelled.serviceId]) } },
  );
  return cancelled;
}

/**
 * Staff cancel a waiting ticket: a leader any (as a leader may transfer any), counter staff only
 * one of a service their unit may serve (the unit rule that also decides calling it).
 */
export function cancel(context: EngineContext, actor: Actor, id: number): StaffTicket {
  return context.transaction(() => {
    const ticket = requireTicket(context, id);
    requireStatus(ticket, ['waiting'], 'cancelled');
    if (!isLeader(actor)) requireMayServe(context, actor, ticket.serviceId);
    return staffTicket(context, cancelTicket(context, ticket, actor));
  });
}
