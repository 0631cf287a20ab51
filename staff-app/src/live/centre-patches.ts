import type { Centre, CounterState, ServerEventPayload } from '@dintur/shared';

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
