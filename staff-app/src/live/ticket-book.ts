import type { PublicTicket, StaffTicket, TicketStatus } from '@dintur/shared';

/** The day's tickets still in play, by id: what the counter and the overview show. */
export type TicketBook = ReadonlyMap<number, StaffTicket>;

const activeStatuses: ReadonlySet<TicketStatus> = new Set(['waiting', 'called', 'serving']);

export const isActive = (status: TicketStatus) => activeStatuses.has(status);

/**
 * A full list from `GET /api/tickets` replaces the book, except the tickets that changed after
 * the list was asked for: their newer state (from an event or an action's answer) stays.
 */
export function applyTicketList(book: TicketBook, list: readonly StaffTicket[], changedSince: ReadonlySet<number>): TicketBook {
  const next = new Map<number, StaffTicket>();
  for (const ticket of list) if (!changedSince.has(ticket.id) && isActive(ticket.status)) next.set(ticket.id, ticket);
  for (const id of changedSince) {
    const kept = book.get(id);
    if (kept) next.set(id, kept);
  }
  return next;
}

/** One ticket's whole new state: kept while in play, dropped once it is over. */
export function applyTicket(book: TicketBook, ticket: StaffTicket): TicketBook {
  const next = new Map(book);
  if (isActive(ticket.status)) next.set(ticket.id, ticket);
  else next.delete(ticket.id);
  return next;
}

/**
 * The public part of a ticket from the event stream: status, service, counter and call time
 * change at once (the staff details follow by fetch); a ticket that is over leaves the book.
 */
export function applyPublicTicket(book: TicketBook, ticket: PublicTicket): TicketBook {
  if (!isActive(ticket.status)) {
    if (!book.has(ticket.id)) return book;
    const next = new Map(book);
    next.delete(ticket.id);
    return next;
  }
  const known = book.get(ticket.id);
  if (!known) return book;
  const next = new Map(book);
  next.set(ticket.id, { ...known, ...ticket, ...(ticket.status === 'waiting' && { startedAt: null }) });
  return next;
}

/** When the citizen's wait began: the issue time, or the booked time of an appointment checked in early. */
export function waitingSince(ticket: Pick<StaffTicket, 'issuedAt' | 'appointmentAt'>): number {
  const issued = Date.parse(ticket.issuedAt);
  const booked = ticket.appointmentAt === null ? Number.NaN : Date.parse(ticket.appointmentAt);
  return Number.isFinite(booked) && booked > issued ? booked : issued;
}

/** Queue order: by place in the queue, then by id (the engine's order). */
export function byQueueOrder(first: StaffTicket, second: StaffTicket): number {
  return Date.parse(first.queuedAt) - Date.parse(second.queuedAt) || first.id - second.id;
}
