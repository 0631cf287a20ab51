/** A counter as the forecast sees it: when it is next free and what it calls, with its profile's weights. */
export type ForecastCounter = {
  id: string;
  freeAt: number;
  services: readonly { serviceId: string; weight: number }[];
  /** The services whose due appointments this counter takes first (calling.ts). */
  takesAppointments: ReadonlySet<string>;
};

/** A waiting ticket: its place (queue order) and, for a checked-in appointment, the booked time. */
export type ForecastTicket = { id: number; serviceId: string; queuedAt: number; appointmentAt: number | null };

export type ForecastInput = {
  now: number;
  counters: readonly ForecastCounter[];
  /** Each service's waiting tickets in queue order (queuedAt, then id). */
  queues: ReadonlyMap<string, readonly ForecastTicket[]>;
  /** Mean minutes at the counter of a service's visit. */
  minutes(serviceId: string): number;
  /** How long before its time a checked-in appointment of the service goes first. */
  callAheadMs(serviceId: string): number;
  /** The ticket whose call time is wanted. */
  targetId: number;
  /** Steps before giving up (a queue far longer than a day). */
  maxSteps?: number;
};

type Queue = { tickets: readonly ForecastTicket[]; next: number };

/**
 * When the target ticket would be called if the counters open now went on calling by the
 * calling rule (calling.ts: due appointments, then weight × waiting time ÷ mean minutes, then an
 * early appointment rather than an idle counter), each visit taking its service's mean minutes
 * and nobody new arriving. Undefined if no counter would ever call it. A deterministic replay of
 * the real routing: shared counters, empty queues and booked times count exactly as they will.
 */
export function forecastCall(input: ForecastInput): number | undefined {
  const queues = new Map<string, Queue>();
  for (const [serviceId, tickets] of input.queues) queues.set(serviceId, { tickets, next: 0 });
  const called = new Set<number>();
  const appointments = [...input.queues.values()]
    .flat()
    .filter((ticket) => ticket.appointmentAt !== null)
    .sort((a, b) => a.appointmentAt! - b.appointmentAt! || a.id - b.id);
  const longestCallAheadMs = Math.max(0, ...new Set(appointments.map((ticket) => input.callAheadMs(ticket.serviceId))));
  const counters = input.counters.map((counter) => ({ ...counter, calls: new Set(counter.services.map((entry) => entry.serviceId)) }));
  const head = (serviceId: string): ForecastTicket | undefined => {
    const queue = queues.get(serviceId);
    if (!queue) return undefined;
    while (queue.next < queue.tickets.length && called.has(queue.tickets[queue.next]!.id)) queue.next += 1;
    return queue.tickets[queue.next];
  };
  const maxSteps = input.maxSteps ?? 20_000;
  for (let step = 0; step < maxSteps && counters.length > 0; step += 1) {
    let at = 0;
    for (let index = 1; index < counters.length; index += 1) if (counters[index]!.freeAt < counters[at]!.freeAt) at = index;
    const counter = counters[at]!;
    const now = Math.max(counter.freeAt, input.now);
    let best: { ticket: ForecastTicket; score: number } | undefined;
    for (const { serviceId, weight } of counter.services) {
      const ticket = head(serviceId);
      if (!ticket || (ticket.appointmentAt !== null && ticket.appointmentAt > now + input.callAheadMs(serviceId))) continue;
      const score = (weight * (now - ticket.queuedAt)) / input.minutes(serviceId);
      if (!best || score > best.score || (score === best.score && (ticket.queuedAt < best.ticket.queuedAt || (ticket.queuedAt === best.ticket.queuedAt && ticket.id < best.ticket.id)))) {
        best = { ticket, score };
      }
    }
    const busyFor = best ? input.minutes(best.ticket.serviceId) * 60_000 : 0;
    const serves = (ticket: ForecastTicket) => !called.has(ticket.id) && counter.calls.has(ticket.serviceId);
    let due: ForecastTicket | undefined;
    for (const ticket of appointments) {
      if (ticket.appointmentAt! > now + Math.max(longestCallAheadMs, busyFor)) break; // booked in time order
      if (serves(ticket) && counter.takesAppointments.has(ticket.serviceId) && ticket.appointmentAt! <= now + Math.max(input.callAheadMs(ticket.serviceId), busyFor)) {
        due = ticket;
        break;
      }
    }
    const next = due ?? best?.ticket ?? appointments.find(serves);
    if (!next) {
      counters.splice(at, 1); // nothing left that this counter may call
      continue;
    }
    if (next.id === input.targetId) return now;
    called.add(next.id);
    counter.freeAt = now + input.minutes(next.serviceId) * 60_000;
  }
  return undefined;
}
