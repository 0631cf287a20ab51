import type { EstimateFigures } from '@dintur/shared';
import { mean, share, waitMinutes, type VisitStay } from '@dintur/shared/statistics';

/** The estimate given with a number and the wait until the first call that followed, in minutes. */
export type EstimatePair = { serviceId: string; estimated: number; actual: number };

/**
 * Pairs of estimate and real wait: the first queue of every visit that was given an estimate and
 * called from that queue (not checked-in appointments, whose wait is not a queue's).
 */
export function estimatePairs(stays: readonly VisitStay[]): EstimatePair[] {
  const pairs: EstimatePair[] = [];
  for (const entry of stays) {
    const actual = waitMinutes(entry);
    const estimated = entry.visit.estimatedWaitMinutes;
    if (entry.index === 0 && actual !== null && estimated !== null) pairs.push({ serviceId: entry.stay.serviceId, estimated, actual });
  }
  return pairs;
}

/**
 * How good the estimates were (docs/QUEUEING.md): mean absolute error, bias (mean of estimated −
 * actual, negative when citizens waited longer than told) and the share who waited longer than
 * told — the error that hurts.
 */
export function estimateFigures(pairs: readonly EstimatePair[]): EstimateFigures {
  return {
    count: pairs.length,
    meanAbsoluteError: mean(pairs.map((pair) => Math.abs(pair.estimated - pair.actual))),
    bias: mean(pairs.map((pair) => pair.estimated - pair.actual)),
    underestimatedShare: share(pairs.filter((pair) => pair.estimated < pair.actual).length, pairs.length),
  };
}
