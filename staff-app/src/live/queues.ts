import type { Centre, CentreService, StaffTicket } from '@dintur/shared';
import { byQueueOrder, waitingSince, type TicketBook } from './ticket-book.js';

/** One service's waiting tickets in queue order, and how long the longest has waited. */
export type ServiceQueue = {
  serviceId: string;
  tickets: StaffTicket[];
  longestWaitMs: number;
  /** The ticket that has waited longest (not always the first in line: a transfer may go in front). */
  longestWaiting: StaffTicket | null;
};

/** The waiting tickets of each service, in queue order. */
export function waitingByService(book: TicketBook): Map<string, StaffTicket[]> {
  const queues = new Map<string, StaffTicket[]>();
  for (const ticket of book.values()) {
    if (ticket.status !== 'waiting') continue;
    const queue = queues.get(ticket.serviceId);
    if (queue) queue.push(ticket);
    else queues.set(ticket.serviceId, [ticket]);
  }
  for (const queue of queues.values()) queue.sort(byQueueOrder);
  return queues;
}

export function serviceQueue(serviceId: string, tickets: readonly StaffTicket[], now: number): ServiceQueue {
  let longestWaiting: StaffTicket | null = null;
  let longestWaitMs = 0;
  for (const ticket of tickets) {
    const waited = Math.max(0, now - waitingSince(ticket));
    if (longestWaiting === null || waited > longestWaitMs) {
      longestWaiting = ticket;
      longestWaitMs = waited;
    }
  }
  return { serviceId, tickets: [...tickets], longestWaitMs, longestWaiting };
}

/** A counter's queues, in the order of its profile, and whether this person may serve each. */
export type CounterQueue = ServiceQueue & { mayServe: boolean };

/**
 * What waits at one counter for one person: the queues of the counter's services, each marked
 * with whether the person may serve it under the unit rule (`servable`: the services the server
 * says the person may handle).
 */
export function counterQueues(counterServiceIds: readonly string[], servable: ReadonlySet<string>, book: TicketBook, now: number): CounterQueue[] {
  const waiting = waitingByService(book);
  return counterServiceIds.map((serviceId) => ({
    ...serviceQueue(serviceId, waiting.get(serviceId) ?? [], now),
    mayServe: servable.has(serviceId),
  }));
}

/** How many tickets wait that this person may call at this counter. */
export function servableCount(queues: readonly CounterQueue[]): number {
  return queues.reduce((sum, queue) => sum + (queue.mayServe ? queue.tickets.length : 0), 0);
}

/** The overview's queues: per unit, per service, in the configuration's order. */
export type UnitQueues<Service = CentreService> = { unitId: string; services: { service: Service; queue: ServiceQueue }[] };

export function queuesByUnit<Service extends Pick<CentreService, 'id' | 'unitId'>>(
  centre: { units: readonly Pick<Centre['units'][number], 'id'>[]; services: readonly Service[] },
  book: TicketBook,
  now: number,
): UnitQueues<Service>[] {
  const waiting = waitingByService(book);
  return centre.units.map((unit) => ({
    unitId: unit.id,
    services: centre.services
      .filter((service) => service.unitId === unit.id)
      .map((service) => ({ service, queue: serviceQueue(service.id, waiting.get(service.id) ?? [], now) })),
  }));
}

/** The ticket a counter holds (called or serving), if any. */
export function ticketAtCounter(book: TicketBook, counterId: string): StaffTicket | null {
  for (const ticket of book.values()) {
    if (ticket.counterId === counterId && (ticket.status === 'called' || ticket.status === 'serving')) return ticket;
  }
  return null;
}
