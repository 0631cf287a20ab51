import type { CentreConfig, Counter, Service, Unit } from '@dintur/shared';
import { notFound } from './errors.js';

/** The configuration with lookups by id, rebuilt whenever the configuration changes. */
export type CentreIndex = {
  config: CentreConfig;
  units: ReadonlyMap<string, Unit>;
  services: ReadonlyMap<string, Service>;
  counters: ReadonlyMap<string, Counter>;
  /** Counters whose profile includes the service. */
  countersOf: ReadonlyMap<string, Counter[]>;
  service(id: string): Service;
  counter(id: string): Counter;
};

export function indexCentre(config: CentreConfig): CentreIndex {
  const services = new Map(config.services.map((service) => [service.id, service]));
  const counters = new Map(config.counters.map((counter) => [counter.id, counter]));
  const countersOf = new Map<string, Counter[]>(config.services.map((service) => [service.id, []]));
  for (const counter of config.counters) {
    for (const entry of counter.services) countersOf.get(entry.serviceId)?.push(counter);
  }
  return {
    config,
    units: new Map(config.units.map((unit) => [unit.id, unit])),
    services,
    counters,
    countersOf,
    service(id) {
      const service = services.get(id);
      if (!service) throw notFound('service', id);
      return service;
    },
    counter(id) {
      const counter = counters.get(id);
      if (!counter) throw notFound('counter', id);
      return counter;
    },
  };
}
