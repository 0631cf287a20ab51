import { type DayMetrics, type Policy, confidenceInterval95, mean, type ConfidenceInterval } from '@dintur/server/simulation';

/** Which seeds a run used: the holdout seeds (the report), the tuning seeds (`--tune`) or others. */
export type SeedInfo = { kind: 'holdout' | 'tuning' | 'custom'; first: number; last: number };

/** What the capacity analysis (capacity.ts) found: where counters, not routing, limit. */
export type CapacityAdvice = {
  serviceId: string;
  /** The class's on-time share now (engine), and with the extra counter (simulated on the same seeds). */
  onTimeNow: number;
  onTimeWithCounter: number | null;
  /** The hours the extra counter is staffed, "10:00–12:00"; null when no window of up to three hours reaches the aim. */
  window: string | null;
  counters: number;
  sentence: string;
};

export type Target = { name: string; value: string; pass: boolean | null };

/** The result of all replications of every policy: what the table, JSON and chart show. */
export type Evaluation = {
  scenario: string;
  replications: number;
  seeds: SeedInfo;
  /** Citizen-minutes of waiting a day: walk-in waits + re-waits after a transfer + appointment lateness. */
  totalWaiting: Record<Policy, { total: ConfidenceInterval; walkIn: number; reWait: number; lateness: number }> & { engineMinusFair: ConfidenceInterval };
  walkInWait: Record<Policy, ConfidenceInterval> & { engineMinusFair: ConfidenceInterval; engineMinusFcfs: ConfidenceInterval };
  perClass: { serviceId: string; engine: ConfidenceInterval; fair: ConfidenceInterval; fcfs: ConfidenceInterval; p90: number; within15: number; within30: number }[];
  overall: { p90: number; p95: number; within15: number; within30: number };
  punctuality: Record<Policy, { shareWithin5: ConfidenceInterval; meanMinutes: number }>;
  reWaitAfterTransfer: ConfidenceInterval;
  idleWhileEligibleWaitingMinutes: Record<Policy, number>;
  utilisation: { openingHours: Record<string, number>; workingDay: Record<string, number>; overtimeMinutes: number };
  estimates: {
    engineMae: ConfidenceInterval;
    baselineMae: ConfidenceInterval;
    engineBias: number;
    baselineBias: number;
    engineUnderestimated: number;
    baselineUnderestimated: number;
    engineUnderBy10: number;
    baselineUnderBy10: number;
    /** 1 − engine MAE / baseline MAE: the target's figure. */
    improvement: number;
    /** The stronger free-counter-aware baseline, reported beside the target's. */
    freeAwareBaselineMae: ConfidenceInterval;
    freeAwareBaselineUnderBy10: number;
    numericWithoutOpenCounter: number;
    withheldWithCounterOpen: number;
    judged: number;
  };
  /** Per hour: the walk-ins' mean wait against the stationary reference; `mark` says why a comparison means nothing. */
  hours: { hour: string; engine: number; fair: number; fcfs: number; reference: number; load: number; ratio: number; mark: string | null }[];
  capacity: CapacityAdvice[];
  /** `pass` is null when the run could not measure it (no appointments over HTTP). */
  targets: Target[];
};

const average = (values: (number | null | undefined)[]) => mean(values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)));
const ci = (values: number[]) => confidenceInterval95(values.filter((value) => Number.isFinite(value)));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The aims the engine is held to (docs/SIMULATION.md). */
export const aims = { onTimeShare: 0.92, estimateImprovement: 0.25, underBy10Share: 0.1 } as const;

/** Combines the replications (paired by seed: common random numbers) into the evaluation. */
export function evaluate(scenario: string, seeds: SeedInfo, days: Record<Policy, DayMetrics[]>, capacity: CapacityAdvice[] = []): Evaluation {
  const { engine, fair, fcfs } = days;
  const paired = (other: DayMetrics[], pick: (day: DayMetrics) => number) => ci(engine.map((day, index) => pick(day) - pick(other[index]!)));
  const byPolicy = <T>(figure: (metrics: DayMetrics[]) => T) => ({ engine: figure(engine), fair: figure(fair), fcfs: figure(fcfs) });

  const totalWaiting = {
    ...byPolicy((metrics) => ({
      total: ci(metrics.map((day) => day.totalWaiting.total)),
      walkIn: average(metrics.map((day) => day.totalWaiting.walkIn)),
      reWait: average(metrics.map((day) => day.totalWaiting.reWait)),
      lateness: average(metrics.map((day) => day.totalWaiting.lateness)),
    })),
    engineMinusFair: paired(fair, (day) => day.totalWaiting.total),
  };
  const walkInWait = {
    ...byPolicy((metrics) => ci(metrics.map((day) => day.overall.mean))),
    engineMinusFair: paired(fair, (day) => day.overall.mean),
    engineMinusFcfs: paired(fcfs, (day) => day.overall.mean),
  };
  const serviceIds = [...new Set(engine.flatMap((day) => Object.keys(day.perClass)))];
  const perClass = serviceIds.map((serviceId) => ({
    serviceId,
    ...byPolicy((metrics) => ci(metrics.map((day) => day.perClass[serviceId]?.mean ?? Number.NaN))),
    p90: average(engine.map((day) => day.perClass[serviceId]?.p90)),
    within15: average(engine.map((day) => day.perClass[serviceId]?.within['15'])),
    within30: average(engine.map((day) => day.perClass[serviceId]?.within['30'])),
  }));
  const hours = engine[0]!.hours.map((first, hourIndex) => {
    const hourly = (metrics: DayMetrics[]) => average(metrics.map((day) => day.hours[hourIndex]!.meanWait));
    const engineWait = hourly(engine);
    // A stationary reference says nothing in an hour where a class is over capacity (its queue
    // grows through the hour), still serving the backlog of such hours, or above 85 % load.
    const mark =
      first.overCapacity.length > 0
        ? `over capacity: ${first.overCapacity.join(', ')}`
        : first.backlog.length > 0
          ? `backlog from earlier hours: ${first.backlog.join(', ')}`
          : first.load >= 0.85
            ? 'load ≥ 85 %'
            : null;
    return { hour: first.hour, engine: engineWait, fair: hourly(fair), fcfs: hourly(fcfs), reference: first.reference, load: first.load, ratio: engineWait / first.reference, mark };
  });
  const punctuality = byPolicy((metrics) => ({ shareWithin5: ci(metrics.map((day) => day.punctuality.shareWithin5)), meanMinutes: average(metrics.map((day) => day.punctuality.mean)) }));
  const idle = byPolicy((metrics) => Math.max(0, ...metrics.map((day) => day.idleWhileEligibleWaitingMinutes)));
  const counterIds = Object.keys(engine[0]!.utilisation.openingHours);
  const utilisation = {
    openingHours: Object.fromEntries(counterIds.map((id) => [id, average(engine.map((day) => day.utilisation.openingHours[id]))])),
    workingDay: Object.fromEntries(counterIds.map((id) => [id, average(engine.map((day) => day.utilisation.workingDay[id]))])),
    overtimeMinutes: average(engine.map((day) => day.overtimeMinutes)),
  };
  const engineMae = ci(engine.map((day) => day.estimates.engine.meanAbsoluteError));
  const baselineMae = ci(engine.map((day) => day.estimates.baseline.meanAbsoluteError));
  const estimates = {
    engineMae,
    baselineMae,
    engineBias: average(engine.map((day) => day.estimates.engine.bias)),
    baselineBias: average(engine.map((day) => day.estimates.baseline.bias)),
    engineUnderestimated: average(engine.map((day) => day.estimates.engine.shareUnderestimated)),
    baselineUnderestimated: average(engine.map((day) => day.estimates.baseline.shareUnderestimated)),
    engineUnderBy10: average(engine.map((day) => day.estimates.engine.shareUnderBy10)),
    baselineUnderBy10: average(engine.map((day) => day.estimates.baseline.shareUnderBy10)),
    improvement: 1 - engineMae.mean / baselineMae.mean,
    freeAwareBaselineMae: ci(engine.map((day) => day.estimates.freeAwareBaseline.meanAbsoluteError)),
    freeAwareBaselineUnderBy10: average(engine.map((day) => day.estimates.freeAwareBaseline.shareUnderBy10)),
    numericWithoutOpenCounter: sum(engine.map((day) => day.estimates.numericWithoutOpenCounter)),
    withheldWithCounterOpen: sum(engine.map((day) => day.estimates.withheldWithCounterOpen)),
    judged: sum(engine.map((day) => day.estimates.engine.count)),
  };
  return {
    scenario,
    replications: engine.length,
    seeds,
    totalWaiting,
    walkInWait,
    perClass,
    overall: {
      p90: average(engine.map((day) => day.overall.p90)),
      p95: average(engine.map((day) => day.overall.p95)),
      within15: average(engine.map((day) => day.overall.within['15'])),
      within30: average(engine.map((day) => day.overall.within['30'])),
    },
    punctuality,
    reWaitAfterTransfer: ci(engine.map((day) => day.reWaitAfterTransfer.mean)),
    idleWhileEligibleWaitingMinutes: idle,
    utilisation,
    estimates,
    hours,
    capacity,
    targets: targets(walkInWait.engineMinusFair, punctuality.engine.shareWithin5.mean, idle.engine, estimates),
  };
}

function targets(difference: ConfidenceInterval, onTime: number, idle: number, estimates: Evaluation['estimates']): Target[] {
  const format = (value: number, digits = 1) => value.toFixed(digits);
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${format(value, 2)}`;
  return [
    {
      name: 'mean walk-in wait no worse than the fair baseline (engine − fair, 95 % CI)',
      value: Number.isFinite(difference.halfWidth)
        ? `${signed(difference.mean)} [${signed(difference.low)}, ${signed(difference.high)}] min`
        : `${signed(difference.mean)} min (one day: no interval)`,
      pass: Number.isFinite(difference.halfWidth) ? difference.low <= 0 : null,
    },
    Number.isNaN(onTime)
      ? { name: `checked-in appointments started within 5 min of their time ≥ ${100 * aims.onTimeShare} %`, value: 'not simulated (no check-in over HTTP)', pass: null }
      : { name: `checked-in appointments started within 5 min of their time ≥ ${100 * aims.onTimeShare} %`, value: `${format(100 * onTime)} %`, pass: onTime >= aims.onTimeShare },
    { name: 'counter-minutes idle while an eligible ticket waits = 0', value: format(idle), pass: idle === 0 },
    {
      name: `estimate MAE ≥ ${100 * aims.estimateImprovement} % below the queue-length baseline (true mean service times)`,
      value: `${format(100 * estimates.improvement)} % lower (MAE ${format(estimates.engineMae.mean, 2)} vs ${format(estimates.baselineMae.mean, 2)} min)`,
      pass: estimates.improvement >= aims.estimateImprovement,
    },
    {
      name: `citizens underestimated by more than 10 min < ${100 * aims.underBy10Share} %`,
      value: `${format(100 * estimates.engineUnderBy10)} % (baseline ${format(100 * estimates.baselineUnderBy10)} %)`,
      pass: estimates.engineUnderBy10 < aims.underBy10Share,
    },
    {
      name: 'numeric estimates for a service with no open counter = 0',
      value: `${estimates.numericWithoutOpenCounter}`,
      pass: estimates.numericWithoutOpenCounter === 0,
    },
  ];
}
