import { outcomes, type Outcome } from '../domain.js';
import type { TicketChannel } from '../stats.js';
import type { LoggedEvent } from './logged-event.js';
import { instantOf, numberOf, oneOf, textOf } from './event-details.js';

/** How a stay in a queue ended, or `open` while the ticket still waits or is at a counter. */
export type StayEnd =
  | { kind: 'finished'; at: number; outcome: Outcome }
  | { kind: 'transferred'; at: number; toServiceId: string }
  | { kind: 'no-show'; at: number }
  | { kind: 'cancelled'; at: number }
  | { kind: 'ended-by-reset'; at: number }
  | { kind: 'open' };

/**
 * A visit's time in one service's queue and at the counter that called it from there. A visit
 * transferred to another service has a stay in each queue, in order.
 */
export type QueueStay = {
  serviceId: string;
  /** When the number was taken, or the visit was transferred into this queue. */
  enteredAt: number;
  byTransfer: boolean;
  calledAt: number | null;
  counterId: string | null;
  startedAt: number | null;
  end: StayEnd;
};

/** One ticket's way through the centre, rebuilt from its events. */
export type Visit = {
  ticketId: number;
  issuedAt: number;
  channel: TicketChannel;
  /** The booked time of a checked-in appointment. */
  appointmentAt: number | null;
  /** The estimate the citizen was given with the number. */
  estimatedWaitMinutes: number | null;
  stays: QueueStay[];
};

const issueChannels = ['kiosk', 'web', 'appointment'] as const;

/**
 * Rebuilds visits from the events of their tickets (any order; each ticket's are taken in id
 * order). A ticket whose issue is not among the events is left out: it belongs to another period.
 */
export function reconstructVisits(events: readonly LoggedEvent[]): Visit[] {
  const byTicket = new Map<number, LoggedEvent[]>();
  for (const event of events) {
    if (event.ticketId === null) continue;
    let list = byTicket.get(event.ticketId);
    if (!list) byTicket.set(event.ticketId, (list = []));
    list.push(event);
  }
  const visits: Visit[] = [];
  for (const list of byTicket.values()) {
    list.sort((left, right) => left.id - right.id);
    const visit = visitOf(list);
    if (visit) visits.push(visit);
  }
  return visits.sort((left, right) => left.issuedAt - right.issuedAt || left.ticketId - right.ticketId);
}

function visitOf(events: readonly LoggedEvent[]): Visit | undefined {
  const issued = events.find((event) => event.type === 'ticket.issued');
  const serviceId = issued && textOf(issued, 'serviceId');
  if (!issued || !serviceId) return undefined;
  const appointmentAt = instantOf(issued, 'appointmentAt');
  const visit: Visit = {
    ticketId: issued.ticketId!,
    issuedAt: issued.at,
    channel: oneOf(issued, 'channel', issueChannels) ?? (appointmentAt === null ? 'unknown' : 'appointment'),
    appointmentAt,
    estimatedWaitMinutes: numberOf(issued, 'estimatedWaitMinutes'),
    stays: [openStay(serviceId, issued.at, false)],
  };
  for (const event of events) {
    const stay = visit.stays.at(-1)!;
    if (event.id <= issued.id) continue;
    // A no-show or finish taken back at once (undo): the stay goes on as if it had not ended.
    if (event.type === 'ticket.undone') {
      if (stay.end.kind === 'no-show' || stay.end.kind === 'finished') stay.end = { kind: 'open' };
      continue;
    }
    if (stay.end.kind !== 'open') continue;
    switch (event.type) {
      case 'ticket.called':
        if (stay.calledAt === null) {
          stay.calledAt = event.at;
          stay.counterId = event.counterId;
        }
        break;
      case 'ticket.started':
        stay.startedAt ??= event.at;
        break;
      case 'ticket.finished': {
        const outcome = oneOf(event, 'outcome', outcomes);
        if (outcome) stay.end = { kind: 'finished', at: event.at, outcome };
        break;
      }
      case 'ticket.no-show':
        stay.end = { kind: 'no-show', at: event.at };
        break;
      case 'ticket.cancelled':
        stay.end = { kind: 'cancelled', at: event.at };
        break;
      case 'ticket.ended-by-reset':
        stay.end = { kind: 'ended-by-reset', at: event.at };
        break;
      case 'ticket.transferred': {
        const toServiceId = textOf(event, 'toServiceId') ?? textOf(event, 'serviceId');
        if (!toServiceId) break;
        stay.end = { kind: 'transferred', at: event.at, toServiceId };
        visit.stays.push(openStay(toServiceId, event.at, true));
        break;
      }
    }
  }
  return visit;
}

function openStay(serviceId: string, enteredAt: number, byTransfer: boolean): QueueStay {
  return { serviceId, enteredAt, byTransfer, calledAt: null, counterId: null, startedAt: null, end: { kind: 'open' } };
}
