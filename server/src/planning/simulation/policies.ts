import type { CentreConfig } from '@dintur/shared';

/**
 * The baselines the engine's routing is judged against. Both choose, for a free counter, one of
 * the tickets waiting now; the simulation then calls it out of order through the real engine.
 *
 * - `fcfs`, plain first-come-first-served: the oldest ticket the counter may serve, booked or
 *   not, by the time it joined (check-in for a booked citizen). No appointment comes first, so
 *   its walk-ins wait less than under any policy that keeps booked times (Kleinrock's
 *   conservation law: the waiting moves, it does not vanish). Shown for its punctuality.
 * - `fair`, FCFS among walk-ins with the engine's appointment rules: the baseline a routing
 *   policy must not lose to. Only the order among walk-ins differs from the engine.
 */
export type Policy = 'engine' | 'fcfs' | 'fair';
export const policies: readonly Policy[] = ['engine', 'fair', 'fcfs'];

/** A ticket waiting now, as the simulation sees it. */
export type WaitingTicket = {
  ticketId: number;
  serviceId: string;
  /** When it joined its queue: issue or check-in; a transferred ticket keeps its first place. */
  sinceMinute: number;
  /** A checked-in appointment's booked time; null for a walk-in, and after a transfer (the priority belonged to the booked visit). */
  appointmentMinute: number | null;
};

/** The engine's appointment rules (calling.ts), with the scenario's true mean service times. */
export type AppointmentRules = {
  /** How long before its time a checked-in appointment of the service goes ahead of walk-ins. */
  callAheadMinutes(serviceId: string): number;
  /** Whether the counter takes the service's appointments first (else it takes one like a walk-in who came at the booked time). */
  takesAppointments(counterId: string, serviceId: string): boolean;
  /** The mean minutes of a visit of the service: how long the walk-in it would call keeps the counter. */
  meanServiceMinutes(serviceId: string): number;
};

/** The engine's rules as its configuration sets them (2 minutes' margin unless a service sets `callMarginMinutes`). */
export function appointmentRules(centre: CentreConfig, meanServiceMinutes: (serviceId: string) => number): AppointmentRules {
  const settings = (serviceId: string) => centre.appointments.services[serviceId];
  return {
    callAheadMinutes: (serviceId) => settings(serviceId)?.callMarginMinutes ?? 2,
    takesAppointments: (counterId, serviceId) => settings(serviceId)?.counterIds.includes(counterId) ?? true,
    meanServiceMinutes,
  };
}

const earlier = (a: WaitingTicket, aSince: number, b: WaitingTicket | undefined, bSince: number) =>
  !b || aSince < bSince || (aSince === bSince && a.ticketId < b.ticketId);

/** Plain FCFS: the oldest ticket the counter may serve, by the time it joined. */
export function plainFcfsChoice(waiting: Iterable<WaitingTicket>, eligible: ReadonlySet<string>): WaitingTicket | undefined {
  let oldest: WaitingTicket | undefined;
  for (const ticket of waiting) {
    if (eligible.has(ticket.serviceId) && earlier(ticket, ticket.sinceMinute, oldest, oldest?.sinceMinute ?? 0)) oldest = ticket;
  }
  return oldest;
}

/**
 * FCFS among walk-ins with the engine's appointment rules, in the engine's order:
 * 1. a checked-in appointment due within its call margin, or whose time would pass while the
 *    counter serves the walk-in it would otherwise call (its true mean service time), earliest
 *    booking first — at a counter that takes the service's appointments;
 * 2. the oldest walk-in (a counter that does not take the service's appointments sees a due
 *    appointment as a walk-in who came at the booked time);
 * 3. nothing else waits: a checked-in appointment starts early rather than leave the counter idle.
 */
export function fairChoice(
  waiting: Iterable<WaitingTicket>,
  counter: { id: string; eligible: ReadonlySet<string> },
  nowMinute: number,
  rules: AppointmentRules,
): WaitingTicket | undefined {
  const candidates = [...waiting].filter((ticket) => counter.eligible.has(ticket.serviceId));
  let next: WaitingTicket | undefined;
  let nextSince = 0;
  for (const ticket of candidates) {
    if (ticket.appointmentMinute !== null && rules.takesAppointments(counter.id, ticket.serviceId)) continue;
    const since = ticket.appointmentMinute ?? ticket.sinceMinute;
    if (ticket.appointmentMinute !== null && ticket.appointmentMinute > nowMinute + rules.callAheadMinutes(ticket.serviceId)) continue;
    if (earlier(ticket, since, next, nextSince)) {
      next = ticket;
      nextSince = since;
    }
  }
  const busyFor = next ? rules.meanServiceMinutes(next.serviceId) : 0;
  const booked = candidates
    .filter((ticket) => ticket.appointmentMinute !== null)
    .sort((a, b) => a.appointmentMinute! - b.appointmentMinute! || a.ticketId - b.ticketId);
  const due = booked.find(
    (ticket) =>
      rules.takesAppointments(counter.id, ticket.serviceId) && ticket.appointmentMinute! <= nowMinute + Math.max(rules.callAheadMinutes(ticket.serviceId), busyFor),
  );
  return due ?? next ?? booked[0];
}
