import { firstContactResolutionGoal, type OutcomeCounts, type StatsFigures, type StatsFirstContact } from '../stats.js';
import { share } from './descriptive.js';
import type { VisitStay } from './waits.js';

export type Volumes = Omit<StatsFigures, 'waits' | 'serviceTimes'>;

const noOutcomes = (): OutcomeCounts => ({ resolved: 0, referred: 0, 'needs-appointment': 0, 'self-service': 0, 'not-resolved': 0 });

/**
 * What happened to a group of queue stays: how they began (a number taken, or a transfer in) and
 * how they ended. Every stay begins once and ends once, so for every group
 * issued + transferredIn = served + noShows + cancelled + unfinished + transferredOut.
 * First-contact resolution is the share of served visits finished as `resolved`.
 */
export function countVolumes(stays: readonly VisitStay[]): Volumes {
  const volumes: Volumes = {
    issued: 0,
    transferredIn: 0,
    transferredOut: 0,
    served: 0,
    noShows: 0,
    cancelled: 0,
    unfinished: 0,
    outcomes: noOutcomes(),
    firstContactResolution: null,
  };
  for (const { stay } of stays) {
    if (stay.byTransfer) volumes.transferredIn += 1;
    else volumes.issued += 1;
    switch (stay.end.kind) {
      case 'finished':
        volumes.served += 1;
        volumes.outcomes[stay.end.outcome] += 1;
        break;
      case 'transferred':
        volumes.transferredOut += 1;
        break;
      case 'no-show':
        volumes.noShows += 1;
        break;
      case 'cancelled':
        volumes.cancelled += 1;
        break;
      case 'ended-by-reset':
      case 'open':
        volumes.unfinished += 1;
        break;
    }
  }
  volumes.firstContactResolution = share(volumes.outcomes.resolved, volumes.served);
  return volumes;
}

/**
 * First-contact resolution for the headline: of the visits served, the share resolved — all of
 * them, and those finished in an uncomplicated service (`information` or `simple-authority`),
 * which the national 80 % goal is about. A visit transferred and then resolved within the same
 * visit is still one contact; how many were is shown beside it.
 */
export function firstContact(stays: readonly VisitStay[], isUncomplicated: (serviceId: string) => boolean): StatsFirstContact {
  const tally = (selected: readonly VisitStay[]) => {
    const served = selected.filter(({ stay }) => stay.end.kind === 'finished');
    const resolved = served.filter(({ stay }) => stay.end.kind === 'finished' && stay.end.outcome === 'resolved');
    return {
      served: served.length,
      resolved: resolved.length,
      share: share(resolved.length, served.length),
      resolvedAfterTransfer: resolved.filter(({ index }) => index > 0).length,
    };
  };
  return {
    ...tally(stays),
    goal: firstContactResolutionGoal,
    uncomplicated: tally(stays.filter(({ stay }) => isUncomplicated(stay.serviceId))),
  };
}
