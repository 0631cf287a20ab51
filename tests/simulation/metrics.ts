import { indexCentre, mayServe } from '@dintur/server';
import { referenceWaits } from './queueing-theory.js';
import type { Scenario } from './scenario.js';
import type { DayResult, VisitRecord } from './simulator.js';
import { bias, mean, meanAbsoluteError, quantile, type EstimatePair } from './statistics.js';
import { minuteOf } from './visits.js';

/** The figures of one simulated day under one policy. */
export type DayMetrics = {
  overall: WaitFigures;
  perClass: Record<string, WaitFigures>;
  /** Booked visits: start minus the later of booked time and check-in (minutes). */
  punctuality: { count: number; mean: number; shareWithin5: number };
  reWaitAfterTransfer: { count: number; mean: number };
  idleWhileEligibleWaitingMinutes: number;
  utilisation: Record<string, number>;
  estimates: { engine: EstimateFigures; baseline: EstimateFigures };
  /** Per opening hour (by arrival): the walk-ins' mean wait, the reference and the load. */
  hours: { hour: string; meanWait: number | null; reference: number; load: number }[];
};
export type WaitFigures = { count: number; mean: number; p90: number; p95: number; within: Record<string, number> };
export type EstimateFigures = { count: number; meanAbsoluteError: number; bias: number; shareUnderestimated: number };

const waitOf = (record: VisitRecord) => record.firstCallMinute! - record.issuedMinute!;

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

function estimateFigures(pairs: EstimatePair[]): EstimateFigures {
  return {
    count: pairs.length,
    meanAbsoluteError: meanAbsoluteError(pairs),
    bias: bias(pairs),
    shareUnderestimated: pairs.filter((pair) => pair.estimated < pair.actual).length / pairs.length,
  };
}

/**
 * The queueing references of each opening hour (pointwise stationary, docs/QUEUEING.md): the
 * hour's arrivals of every class (booked included, and the transfers they cause) on the counters
 * staffed that hour, each class on the counters whose person may serve it.
 */
export function hourlyReferences(scenario: Scenario) {
  const index = indexCentre(scenario.centre);
  const open = minuteOf(scenario.open);
  const factorSum = scenario.hourlyFactors.reduce((sum, factor) => sum + factor, 0);
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
    const counters = scenario.counters
      .filter((simulated) => !simulated.breaks.some((pause) => minuteOf(pause.from) < hourStart + 30 && minuteOf(pause.to) > hourStart + 30))
      .map((simulated) => ({
        id: simulated.counterId,
        classes: index
          .counter(simulated.counterId)
          .services.map((entry) => entry.serviceId)
          .filter((serviceId) => mayServe({ unitId: simulated.staffUnitId }, index.service(serviceId), index.units)),
      }));
    const hour = `${String(Math.floor(hourStart / 60)).padStart(2, '0')}:00`;
    return { hour, hourStart, ...referenceWaits({ classes, counters }) };
  });
}

/** Turns one simulated day into its figures. */
export function dayMetrics(scenario: Scenario, day: DayResult, references = hourlyReferences(scenario)): DayMetrics {
  const served = day.visits.filter((record) => record.firstCallMinute !== null);
  const walkIns = served.filter((record) => record.visit.kind !== 'booked');
  const booked = served.filter((record) => record.visit.kind === 'booked');
  const perClass: Record<string, WaitFigures> = {};
  for (const visitClass of scenario.classes) {
    const ofClass = walkIns.filter((record) => record.visit.serviceId === visitClass.serviceId);
    if (ofClass.length > 0) perClass[visitClass.serviceId] = waitFigures(ofClass, scenario.targetMinutes);
  }
  const lateness = booked.map((record) => record.firstCallMinute! - Math.max(record.visit.appointmentMinute!, record.visit.arrivalMinute));
  const transferred = served.filter((record) => record.secondCallMinute !== null);
  const pairs = (pick: (record: VisitRecord) => number | null) =>
    walkIns.filter((record) => pick(record) !== null).map((record) => ({ estimated: pick(record)!, actual: waitOf(record) }));
  return {
    overall: waitFigures(walkIns, scenario.targetMinutes),
    perClass,
    punctuality: { count: lateness.length, mean: mean(lateness), shareWithin5: lateness.filter((value) => value <= 5).length / lateness.length },
    reWaitAfterTransfer: { count: transferred.length, mean: mean(transferred.map((record) => record.secondCallMinute! - record.transferMinute!)) },
    idleWhileEligibleWaitingMinutes: day.counters.reduce((sum, counter) => sum + counter.idleWhileEligibleWaitingMinutes, 0),
    utilisation: Object.fromEntries(day.counters.map((counter) => [counter.counterId, counter.busyMinutes / counter.availableMinutes])),
    estimates: { engine: estimateFigures(pairs((record) => record.estimateMinutes)), baseline: estimateFigures(pairs((record) => record.baselineMinutes)) },
    hours: references.map((reference) => {
      const inHour = walkIns.filter((record) => record.issuedMinute! >= reference.hourStart && record.issuedMinute! < reference.hourStart + 60);
      return { hour: reference.hour, meanWait: inHour.length ? mean(inHour.map(waitOf)) : null, reference: reference.largest, load: reference.load };
    }),
  };
}
