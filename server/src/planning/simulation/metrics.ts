import { indexCentre, mayServe } from '../../engine/index.js';
import { referenceWaits } from './queueing-theory.js';
import type { Scenario } from './scenario.js';
import type { DayResult, VisitRecord } from './simulator.js';
import { bias, mean, meanAbsoluteError, quantile, type EstimatePair } from './statistics.js';
import { minuteOf } from './visits.js';

/** The figures of one simulated day under one policy. */
export type DayMetrics = {
  overall: WaitFigures;
  perClass: Record<string, WaitFigures>;
  /** Checked-in appointments: lateness = start − the later of booked time and check-in, 0 if earlier. */
  punctuality: { count: number; mean: number; shareWithin5: number };
  /** Each checked-in appointment's service, booked time and lateness: where capacity is short. */
  appointments: { serviceId: string; appointmentMinute: number; lateness: number }[];
  reWaitAfterTransfer: { count: number; mean: number };
  /** Citizen-minutes of waiting in the day, whichever kind: no policy can hide waiting by moving it. */
  totalWaiting: TotalWaiting;
  idleWhileEligibleWaitingMinutes: number;
  /** Busy share per counter over opening hours and over the real working day (work after closing included). */
  utilisation: { openingHours: Record<string, number>; workingDay: Record<string, number> };
  /** Minutes after closing until the last visit ended. */
  overtimeMinutes: number;
  estimates: { engine: EstimateFigures; baseline: EstimateFigures; freeAwareBaseline: EstimateFigures; numericWithoutOpenCounter: number; withheldWithCounterOpen: number };
  /** Per opening hour (by arrival): the walk-ins' mean wait, the reference and the load. */
  hours: { hour: string; meanWait: number | null; reference: number; load: number; overCapacity: string[]; backlog: string[] }[];
};
export type WaitFigures = { count: number; mean: number; p90: number; p95: number; within: Record<string, number> };
export type EstimateFigures = { count: number; meanAbsoluteError: number; bias: number; shareUnderestimated: number; shareUnderBy10: number };
export type TotalWaiting = { walkIn: number; reWait: number; lateness: number; total: number };

const waitOf = (record: VisitRecord) => record.firstCallMinute! - record.issuedMinute!;
/** A booked citizen's wait past the booked time (or past check-in, if later); being called early is no negative wait. */
export const latenessOf = (record: VisitRecord) => Math.max(0, record.firstCallMinute! - Math.max(record.visit.appointmentMinute!, record.visit.arrivalMinute));
/** Took a number (walk-in, or booked but too late to check in) rather than checking in. */
const tookNumber = (record: VisitRecord) => record.visit.kind !== 'booked';

function waitFigures(records: VisitRecord[], targets: number[]): WaitFigures {
  const waits = records.map(waitOf);
  return {
    count: waits.length,
    mean: mean(waits),
    p90: quantile(waits, 0.9),
    p95: quantile(waits, 0.95),
    within: Object.fromEntries(targets.map((target) => [`${target}`, waits.filter((wait) => wait <= target).length / waits.length])),
  };
}

/** Mean absolute error, bias, the share underestimated and the share underestimated by more than 10 minutes. */
export function estimateFigures(pairs: EstimatePair[]): EstimateFigures {
  return {
    count: pairs.length,
    meanAbsoluteError: meanAbsoluteError(pairs),
    bias: bias(pairs),
    shareUnderestimated: pairs.filter((pair) => pair.estimated < pair.actual).length / pairs.length,
    shareUnderBy10: pairs.filter((pair) => pair.actual - pair.estimated > 10).length / pairs.length,
  };
}

/**
 * The sum of every citizen's waiting in the day: walk-in waits (first call − number taken),
 * re-waits after a transfer (second call − transfer) and appointment lateness.
 */
export function totalWaiting(visits: readonly VisitRecord[]): TotalWaiting {
  const served = visits.filter((record) => record.firstCallMinute !== null);
  const walkIn = served.filter(tookNumber).reduce((sum, record) => sum + waitOf(record), 0);
  const lateness = served.filter((record) => !tookNumber(record)).reduce((sum, record) => sum + latenessOf(record), 0);
  const reWait = served.filter((record) => record.secondCallMinute !== null).reduce((sum, record) => sum + record.secondCallMinute! - record.transferMinute!, 0);
  return { walkIn, reWait, lateness, total: walkIn + reWait + lateness };
}

/**
 * The estimates a citizen who took a number was given, judged against the wait that followed:
 * the engine's and the queue-length baseline's on the same citizens (both numeric). Also counts
 * numeric estimates given while no counter that calls the service was open (a promise nobody
 * can keep: the engine should say it does not know), and estimates the engine withheld while
 * one was.
 */
export function judgeEstimates(visits: readonly VisitRecord[]): DayMetrics['estimates'] {
  const judged = visits.filter((record) => record.firstCallMinute !== null && tookNumber(record));
  const both = judged.filter((record) => record.estimateMinutes !== null && record.baselineMinutes !== null && record.freeAwareBaselineMinutes !== null);
  const pairs = (pick: (record: VisitRecord) => number | null) => both.map((record) => ({ estimated: pick(record)!, actual: waitOf(record) }));
  const issued = visits.filter((record) => record.issuedMinute !== null && tookNumber(record));
  return {
    engine: estimateFigures(pairs((record) => record.estimateMinutes)),
    baseline: estimateFigures(pairs((record) => record.baselineMinutes)),
    freeAwareBaseline: estimateFigures(pairs((record) => record.freeAwareBaselineMinutes)),
    numericWithoutOpenCounter: issued.filter((record) => record.openCountersAtIssue === 0 && record.estimateMinutes !== null).length,
    withheldWithCounterOpen: issued.filter((record) => record.openCountersAtIssue !== 0 && record.estimateMinutes === null).length,
  };
}

/**
 * The queueing references of each opening hour (pointwise stationary, docs/QUEUEING.md): the
 * hour's arrivals of every class (booked included, and the transfers they cause) on the counters
 * staffed that hour, each class on the counters whose person may serve it. A class whose
 * reference is infinite is over capacity that hour: no routing can keep its wait steady. A class
 * with `backlog` starts the hour with work left from hours over capacity, which a stationary
 * reference cannot see (Green, Kolesar & Whitt 2007).
 */
export function hourlyReferences(scenario: Scenario) {
  const index = indexCentre(scenario.centre);
  const open = minuteOf(scenario.open);
  const factorSum = scenario.hourlyFactors.reduce((sum, factor) => sum + factor, 0);
  // Work (counter-minutes) each class carries into the next hour: a fluid view of its queue, on
  // all its eligible counters as if they served it alone (so a lower bound of the real backlog).
  const carried = new Map<string, number>();
  return scenario.hourlyFactors.map((factor, hourIndex) => {
    const hourStart = open + hourIndex * 60;
    const classes = scenario.classes.map((visitClass) => {
      const perMinute = (visitClass.visitsPerDay * scenario.volumeFactor * factor) / factorSum / 60;
      // Transfers from class j go to the classes of other units in proportion to their volumes
      // (as visits.ts draws them): class i receives Σ_j V_j · share · V_i / Σ_{k ∉ unit(j)} V_k.
      const unitOf = (serviceId: string) => index.service(serviceId).unitId;
      const incoming = scenario.classes
        .filter((source) => unitOf(source.serviceId) !== unitOf(visitClass.serviceId))
        .reduce((sum, source) => {
          const outside = scenario.classes.filter((k) => unitOf(k.serviceId) !== unitOf(source.serviceId)).reduce((total, k) => total + k.visitsPerDay, 0);
          return sum + (source.visitsPerDay * scenario.transferShare * visitClass.visitsPerDay) / outside;
        }, 0);
      const transferredIn = (incoming * scenario.volumeFactor * factor) / factorSum / 60;
      return { id: visitClass.serviceId, arrivalsPerMinute: perMinute + transferredIn, meanServiceMinutes: visitClass.meanServiceMinutes, serviceCv: visitClass.serviceCv };
    });
    const middle = hourStart + 30;
    const counters = scenario.counters
      .filter((simulated) => !simulated.breaks.some((pause) => minuteOf(pause.from) < middle && minuteOf(pause.to) > middle))
      .filter((simulated) => !simulated.shift || (minuteOf(simulated.shift.from) <= middle && minuteOf(simulated.shift.to) > middle))
      .map((simulated) => ({
        id: simulated.counterId,
        classes: index
          .counter(simulated.counterId)
          .services.map((entry) => entry.serviceId)
          .filter((serviceId) => mayServe({ unitId: simulated.staffUnitId }, index.service(serviceId), index.units)),
      }));
    const hour = `${String(Math.floor(hourStart / 60)).padStart(2, '0')}:00`;
    const waits = referenceWaits({ classes, counters });
    const overCapacity = Object.entries(waits.perClass)
      .filter(([, wait]) => !Number.isFinite(wait))
      .map(([serviceId]) => serviceId);
    const backlog = classes.filter((item) => (carried.get(item.id) ?? 0) > 0).map((item) => item.id);
    for (const item of classes) {
      const servers = counters.filter((counter) => counter.classes.includes(item.id)).length;
      carried.set(item.id, Math.max(0, (carried.get(item.id) ?? 0) + 60 * (item.arrivalsPerMinute * item.meanServiceMinutes - servers)));
    }
    return { hour, hourStart, ...waits, overCapacity, backlog };
  });
}

/** Turns one simulated day into its figures. */
export function dayMetrics(scenario: Scenario, day: DayResult, references = hourlyReferences(scenario)): DayMetrics {
  const served = day.visits.filter((record) => record.firstCallMinute !== null);
  const walkIns = served.filter(tookNumber);
  const booked = served.filter((record) => !tookNumber(record));
  const perClass: Record<string, WaitFigures> = {};
  for (const visitClass of scenario.classes) {
    const ofClass = walkIns.filter((record) => record.visit.serviceId === visitClass.serviceId);
    if (ofClass.length > 0) perClass[visitClass.serviceId] = waitFigures(ofClass, scenario.targetMinutes);
  }
  const lateness = booked.map(latenessOf);
  const transferred = served.filter((record) => record.secondCallMinute !== null);
  const close = minuteOf(scenario.close);
  const lastFinish = Math.max(close, ...day.visits.map((record) => record.finishMinute ?? 0));
  const share = (busy: (counter: DayResult['counters'][number]) => number, available: (counter: DayResult['counters'][number]) => number) =>
    Object.fromEntries(day.counters.map((counter) => [counter.counterId, available(counter) > 0 ? busy(counter) / available(counter) : Number.NaN]));
  return {
    overall: waitFigures(walkIns, scenario.targetMinutes),
    perClass,
    punctuality: { count: lateness.length, mean: mean(lateness), shareWithin5: lateness.filter((value) => value <= 5).length / lateness.length },
    appointments: booked.map((record) => ({ serviceId: record.visit.serviceId, appointmentMinute: record.visit.appointmentMinute!, lateness: latenessOf(record) })),
    reWaitAfterTransfer: { count: transferred.length, mean: mean(transferred.map((record) => record.secondCallMinute! - record.transferMinute!)) },
    totalWaiting: totalWaiting(day.visits),
    idleWhileEligibleWaitingMinutes: day.counters.reduce((sum, counter) => sum + counter.idleWhileEligibleWaitingMinutes, 0),
    utilisation: {
      openingHours: share((counter) => counter.busyWithinHoursMinutes, (counter) => counter.availableMinutes),
      workingDay: share((counter) => counter.busyMinutes, (counter) => counter.workingMinutes),
    },
    overtimeMinutes: lastFinish - close,
    estimates: judgeEstimates(day.visits),
    hours: references.map((reference) => {
      const inHour = walkIns.filter((record) => record.issuedMinute! >= reference.hourStart && record.issuedMinute! < reference.hourStart + 60);
      return { hour: reference.hour, meanWait: inHour.length ? mean(inHour.map(waitOf)) : null, reference: reference.largest, load: reference.load, overCapacity: reference.overCapacity, backlog: reference.backlog };
    }),
  };
}
