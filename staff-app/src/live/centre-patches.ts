import type { Centre, CounterState, QueueSummary, ServerEventPayload } from '@dintur/shared';

/** The centre with the queues' new lengths and waits an event carried. */
export function withQueues(centre: Centre | null, queues: readonly QueueSummary[]): Centre | null {
  if (!centre || queues.length === 0) return centre;
  const byService = new Map(queues.map((queue) => [queue.serviceId, queue]));
  return {
    ...centre,
    services: centre.services.map((service) => {
      const queue = byService.get(service.id);
      return queue ? { ...service, waiting: queue.waiting, estimatedWaitMinutes: queue.estimatedWaitMinutes } : service;
    }),
  };
}

/** The centre with one counter's new state. */
export function withCounter(centre: Centre | null, counter: CounterState): Centre | null {
  return centre && { ...centre, counters: centre.counters.map((known) => (known.id === counter.id ? counter : known)) };
}

/** The centre with a service opened or closed. */
export function withService(centre: Centre | null, { serviceId, open, closedByStaff }: ServerEventPayload<'service.changed'>): Centre | null {
  return (
    centre && {
      ...centre,
      services: centre.services.map((service) => (service.id === serviceId ? { ...service, open, closedByStaff } : service)),
    }
  );
}
