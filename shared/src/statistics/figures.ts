import type { StatsFigures } from '../stats.js';
import { summarise } from './descriptive.js';
import { countVolumes } from './outcomes.js';
import { serviceMinutes, summariseWaits, waitMinutes, type VisitStay } from './waits.js';
import type { Visit } from './visits.js';

/** Every queue stay of the visits that `include` keeps (a filtered report keeps its services' stays). */
export function staysOf(visits: readonly Visit[], include: (serviceId: string) => boolean): VisitStay[] {
  const stays: VisitStay[] = [];
  for (const visit of visits) {
    visit.stays.forEach((stay, index) => {
      if (include(stay.serviceId)) stays.push({ visit, stay, index });
    });
  }
  return stays;
}

const present = <Value>(value: Value | null): value is Value => value !== null;

/** The figures of one group of stays: volumes, outcomes, waits against the target and service times. */
export function figuresOf(stays: readonly VisitStay[], waitTargetMinutes: number): StatsFigures {
  return {
    ...countVolumes(stays),
    waits: summariseWaits(stays.map(waitMinutes).filter(present), waitTargetMinutes),
    serviceTimes: summarise(stays.map(serviceMinutes).filter(present)),
  };
}

/**
 * The figures of each group: `keys` lists the groups to show, in order, even those without a
 * stay (an hour nobody came still has a row); `keyOf` says which group a stay belongs to (null:
 * none of them).
 */
export function figuresBy<Key>(
  stays: readonly VisitStay[],
  keys: readonly Key[],
  keyOf: (entry: VisitStay) => Key | null,
  waitTargetMinutes: number,
): { key: Key; figures: StatsFigures }[] {
  const groups = new Map<Key, VisitStay[]>(keys.map((key) => [key, []]));
  for (const entry of stays) {
    const key = keyOf(entry);
    if (key !== null) groups.get(key)?.push(entry);
  }
  return [...groups].map(([key, members]) => ({ key, figures: figuresOf(members, waitTargetMinutes) }));
}
