import path from 'node:path';
import type { CentreConfig } from '@dintur/shared';
import { loadScenario, type Scenario } from '@dintur/server/simulation';
import { repositoryRoot } from './repository-root.js';

/** One centre of the demo city: its own configuration (a variant of the Valby scenario) and its seed. */
export type DemoCentre = {
  /** The centre's id at the hub and in its own configuration. */
  id: string;
  name: string;
  /** The simulated days: the centre's configuration, its staffed counters, its volume. */
  scenario: Scenario;
  /** The first day's seed of its history (each centre draws different citizens). */
  seed: number;
};

const valbyScenarioFile = path.join(repositoryRoot, 'tests/simulation/scenarios/valby-thursday.json');

type Variant = {
  id: string;
  name: string;
  seed: number;
  volumeFactor: number;
  /** Counters the centre does not have. */
  withoutCounters?: readonly string[];
  /** Counters it has besides Valby's: a copy of another counter's services under a new id and name. */
  extraCounters?: readonly { id: string; name: string; like: string }[];
  /** A service it does not offer (service ids are the city's: the others keep theirs). */
  withoutService?: string;
};

const variants: readonly Variant[] = [
  { id: 'valby', name: 'Borgercenter Valby', seed: 1100, volumeFactor: 1 },
  // A smaller centre: one Borgerservice counter fewer, fewer citizens.
  { id: 'norrebro', name: 'Borgerservice Nørrebro', seed: 2200, volumeFactor: 0.8, withoutCounters: ['bs-4'] },
  // A bigger one: two more counters, more citizens, and no home help (Pension og Omsorg sits elsewhere).
  {
    id: 'amager',
    name: 'Borgerservice Amager',
    seed: 3300,
    volumeFactor: 1.3,
    extraCounters: [
      { id: 'bs-10', name: 'Skranke 10', like: 'bs-1' },
      { id: 'po-11', name: 'Skranke 11', like: 'po-5' },
    ],
    withoutService: 'home-help',
  },
];

/** The demo's three centres, each its own configuration derived from the Valby scenario. */
export function demoCentres(): DemoCentre[] {
  const valby = loadScenario(valbyScenarioFile);
  return variants.map((variant) => ({ id: variant.id, name: variant.name, seed: variant.seed, scenario: variantOf(valby, variant) }));
}

function variantOf(valby: Scenario, variant: Variant): Scenario {
  const without = new Set(variant.withoutCounters ?? []);
  const extra = (variant.extraCounters ?? []).map(({ id, name, like }) => {
    const model = valby.centre.counters.find((counter) => counter.id === like)!;
    return { model: like, counter: { ...model, id, name } };
  });
  const offered = (serviceId: string) => serviceId !== variant.withoutService;
  const counters = [...valby.centre.counters.filter((counter) => !without.has(counter.id)), ...extra.map((entry) => entry.counter)].map((counter) => ({
    ...counter,
    services: counter.services.filter((entry) => offered(entry.serviceId)),
  }));
  const staffed = [
    ...valby.counters.filter((counter) => !without.has(counter.counterId)),
    ...extra.map(({ model, counter }) => ({ ...valby.counters.find((staffedCounter) => staffedCounter.counterId === model)!, counterId: counter.id })),
  ];
  const centre: CentreConfig = {
    ...valby.centre,
    centre: { ...valby.centre.centre, id: variant.id, name: variant.name },
    services: valby.centre.services.filter((service) => offered(service.id)),
    counters,
  };
  return {
    ...valby,
    name: `${variant.name} (demo history)`,
    centre,
    counters: staffed,
    classes: valby.classes.filter((visitClass) => offered(visitClass.serviceId)),
    volumeFactor: variant.volumeFactor,
  };
}

/** The configuration open every day around the clock, so the demo can be tried at any hour. */
export function openAroundTheClock(config: CentreConfig): CentreConfig {
  const day = { open: '00:00', close: '24:00' };
  const weekly = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: day, sunday: day };
  return { ...config, hours: { ...config.hours, weekly, closedDates: [] } };
}
