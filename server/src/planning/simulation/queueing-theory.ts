/**
 * Closed-form queueing references for the simulation: Erlang C (M/M/c), the Allen–Cunneen
 * correction for non-exponential service, and the per-hour reference waits a routing policy is
 * compared against. Formulas and worked numbers, with their sources, are in
 * docs/QUEUEING.md ("Erlang C (M/M/c)" and "References for counters with different skills").
 *
 * Everything here is a stationary approximation: evaluate it hour by hour (pointwise stationary,
 * Green, Kolesar & Whitt 2007) and distrust it in hours above ~85 % load. Times are in minutes.
 */

/**
 * The Erlang C probability that an arriving customer has to wait in an M/M/c queue with offered
 * load `offeredLoad` (a = λ·m, in erlangs) and `servers` identical counters. Computed through the
 * numerically stable Erlang B recursion B₀ = 1, B_k = a·B_{k−1} / (k + a·B_{k−1}), then
 * C = c·B_c / (c − a(1 − B_c)) (docs/QUEUEING.md), which never forms large factorials or powers.
 * Returns 1 when a ≥ c (the queue is unstable, so everyone waits) and 0 when a = 0.
 * `servers` must be a whole number; for a fractional count use {@link mmcWait}.
 */
export function erlangC(offeredLoad: number, servers: number): number {
  if (!Number.isFinite(offeredLoad) || offeredLoad < 0) throw new RangeError(`offered load must be a finite number ≥ 0, got ${offeredLoad}`);
  if (!Number.isInteger(servers) || servers < 0) throw new RangeError(`servers must be a whole number ≥ 0, got ${servers}`);
  if (offeredLoad === 0) return 0;
  if (offeredLoad >= servers) return 1;
  let erlangB = 1;
  for (let k = 1; k <= servers; k += 1) erlangB = (offeredLoad * erlangB) / (k + offeredLoad * erlangB);
  return (servers * erlangB) / (servers - offeredLoad * (1 - erlangB));
}

/** The input of {@link mmcWait}: one class of customers on `servers` interchangeable counters. */
export type QueueInput = {
  /** λ, Poisson arrivals per minute. */
  arrivalsPerMinute: number;
  /** m = 1/μ, the mean service time in minutes. */
  meanServiceMinutes: number;
  /** c, the number of counters; may be fractional (a counter shared with other classes counts in part). */
  servers: number;
  /** Coefficient of variation of the service time; omitted means exponential service (cv = 1). */
  serviceCv?: number;
};

/** The stationary waiting-time (time in queue, before service) figures of {@link mmcWait}. */
export type QueueWait = {
  /** ρ = λm / c; at or above 1 the queue grows without bound. */
  utilisation: number;
  /** Probability that an arriving customer waits at all (Erlang C). */
  probabilityOfWaiting: number;
  /** Mean wait E[Wq] in minutes; Infinity when unstable. */
  meanWaitMinutes: number;
  /** The p-quantile (0 ≤ p ≤ 1) of the wait in minutes; Infinity when unstable. */
  quantileWaitMinutes: (p: number) => number;
  /** The share of customers whose wait is at most `minutes`; 0 when unstable. */
  shareWithin: (minutes: number) => number;
  /** Whether ρ < 1, so that the stationary figures exist. */
  stable: boolean;
};

/**
 * Probability of waiting for a possibly fractional number of servers: Erlang C interpolated
 * linearly between the floor and ceiling server counts (with 0 servers everyone waits).
 */
function interpolatedProbabilityOfWaiting(offeredLoad: number, servers: number): number {
  if (offeredLoad === 0) return 0;
  const lower = Math.floor(servers);
  const upper = Math.ceil(servers);
  if (lower === upper) return erlangC(offeredLoad, servers);
  const fraction = servers - lower;
  return (1 - fraction) * erlangC(offeredLoad, lower) + fraction * erlangC(offeredLoad, upper);
}

/**
 * Stationary waiting-time figures of an M/M/c queue (M/G/c with `serviceCv`), so the simulation
 * can be checked against theory and a policy's waits compared with a reference.
 *
 * With a = λm, θ = cμ − λ and C the probability of waiting (docs/QUEUEING.md):
 * - E[Wq] = C / θ;  P(Wq > t) = C·e^{−θt};  t_p = max(0, ln(C/(1−p)) / θ);
 *   share within T = 1 − C·e^{−θT}.
 * - `serviceCv` applies the Allen–Cunneen factor f = (c_a² + c_s²)/2 = (1 + cv²)/2 (Poisson
 *   arrivals, c_a = 1) to the mean wait. As an approximation the whole wait distribution is
 *   scaled by f as well: quantiles are multiplied by f and share within T uses e^{−θT/f}, so the
 *   mean, the quantiles and the shares describe one distribution. The probability of waiting is
 *   left at its M/M/c value. cv = 0 (fixed service) halves the wait; cv = 1 leaves it unchanged.
 * - Fractional `servers` (a counter shared between classes counts in part): the probability of
 *   waiting C is interpolated linearly between the Erlang C values of the floor and ceiling
 *   server counts (0 servers: everyone waits), while θ = cμ − λ uses the fractional capacity
 *   itself. Interpolating C rather than the waits keeps the figures finite whenever the
 *   fractional capacity suffices (λm < c) even if the floor count alone would be unstable; the
 *   result is exact at whole counts, continuous, decreasing in `servers`, and its mean wait lies
 *   between those of the neighbouring whole counts.
 * - Unstable (ρ ≥ 1): `stable` is false, C = 1, waits and quantiles are Infinity, shares are 0.
 */
export function mmcWait({ arrivalsPerMinute, meanServiceMinutes, servers, serviceCv = 1 }: QueueInput): QueueWait {
  if (!Number.isFinite(arrivalsPerMinute) || arrivalsPerMinute < 0) throw new RangeError(`arrivals per minute must be a finite number ≥ 0, got ${arrivalsPerMinute}`);
  if (!Number.isFinite(meanServiceMinutes) || meanServiceMinutes <= 0) throw new RangeError(`mean service minutes must be a finite number > 0, got ${meanServiceMinutes}`);
  if (!Number.isFinite(servers) || servers <= 0) throw new RangeError(`servers must be a finite number > 0, got ${servers}`);
  if (!Number.isFinite(serviceCv) || serviceCv < 0) throw new RangeError(`service cv must be a finite number ≥ 0, got ${serviceCv}`);

  const offeredLoad = arrivalsPerMinute * meanServiceMinutes;
  const utilisation = offeredLoad / servers;
  if (utilisation >= 1) {
    return {
      utilisation,
      probabilityOfWaiting: 1,
      meanWaitMinutes: Number.POSITIVE_INFINITY,
      quantileWaitMinutes: (p) => {
        checkProbability(p);
        return Number.POSITIVE_INFINITY;
      },
      shareWithin: () => 0,
      stable: false,
    };
  }

  const probabilityOfWaiting = interpolatedProbabilityOfWaiting(offeredLoad, servers);
  const decayPerMinute = servers / meanServiceMinutes - arrivalsPerMinute;
  const factor = (1 + serviceCv * serviceCv) / 2;
  return {
    utilisation,
    probabilityOfWaiting,
    meanWaitMinutes: (factor * probabilityOfWaiting) / decayPerMinute,
    quantileWaitMinutes: (p) => {
      checkProbability(p);
      if (probabilityOfWaiting === 0) return 0;
      if (p === 1) return Number.POSITIVE_INFINITY;
      return (factor * Math.max(0, Math.log(probabilityOfWaiting / (1 - p)))) / decayPerMinute;
    },
    shareWithin: (minutes) => {
      if (Number.isNaN(minutes)) throw new RangeError('minutes must be a number');
      if (minutes < 0) return 0;
      return 1 - probabilityOfWaiting * Math.exp((-decayPerMinute * minutes) / factor);
    },
    stable: true,
  };
}

function checkProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must lie in [0, 1], got ${p}`);
}

/** One customer class in one hour, for {@link referenceWaits}. */
export type ReferenceClass = {
  id: string;
  /** Poisson arrivals per minute in this hour. */
  arrivalsPerMinute: number;
  /** Mean service time in minutes. */
  meanServiceMinutes: number;
  /** Coefficient of variation of the service time (1 = exponential). */
  serviceCv: number;
};

/** One open counter in one hour and the class ids it may serve, for {@link referenceWaits}. */
export type ReferenceCounter = {
  id: string;
  classes: string[];
};

/** The classes and open counters of ONE hour, taken as stationary (pointwise stationary approximation). */
export type ReferenceInput = {
  classes: ReferenceClass[];
  counters: ReferenceCounter[];
};

/** Reference mean waits (minutes) of one hour; see {@link referenceWaits}. */
export type ReferenceWaits = {
  /** Mean wait with all classes pooled in one queue on all counters (full pooling). */
  pooled: number;
  /** Per class id: the mean wait of that class alone on every counter that may serve it. */
  perClass: Record<string, number>;
  /** The larger of `pooled` and the arrival-weighted mean of `perClass`: the reference to report. */
  largest: number;
  /** Total offered load Σλ_i·m_i divided by the number of counters (the pooled utilisation). */
  load: number;
};

/**
 * The reference mean waits of one hour that a routing policy's mean wait is compared against
 * (docs/QUEUEING.md, "References for counters with different skills"). Each is an M/G/c mean
 * wait from {@link mmcWait} with the Allen–Cunneen correction:
 *
 * - `pooled`, the full-pooling reference: every class in one FCFS queue served by all counters
 *   that serve at least one listed class. Arrivals add up, λ = Σλ_i; the service time is the
 *   arrival-weighted mixture of the classes' service times, with mean m = Σλ_i·m_i / λ and
 *   coefficient of variation from the mixture's second moment
 *   E[S²] = Σ(λ_i/λ)·m_i²·(1 + cv_i²), cv² = E[S²]/m² − 1.
 * - `perClass[id]`, the per-class lower reference: class i alone on its |N(i)| eligible counters
 *   (every counter listing it), each counter wholly available to it. No policy gives class i a
 *   lower mean wait than this. A class with no arrivals gets 0; a class with arrivals and no
 *   eligible counter gets Infinity.
 * - `largest`: max(pooled, Σλ_i·perClass[i] / Σλ_i). The per-class references are averaged over
 *   visitors (weighted by arrivals), so the average is comparable with the pooled mean wait,
 *   itself a mean over visitors. Report the policy's mean wait as a ratio to this.
 * - `load`: Σλ_i·m_i divided by the number of counters used for `pooled`.
 *
 * Counter entries naming class ids absent from `classes` are ignored. These are stationary
 * approximations: compute them hour by hour (pointwise stationary, Green, Kolesar & Whitt 2007)
 * and distrust them in hours above ~85 % load, where the hour is too short to reach steady state.
 */
export function referenceWaits(input: ReferenceInput): ReferenceWaits {
  const classIds = new Set<string>();
  for (const item of input.classes) {
    if (classIds.has(item.id)) throw new RangeError(`class ${item.id} is listed twice`);
    classIds.add(item.id);
  }
  const usefulCounters = input.counters.filter((counter) => counter.classes.some((id) => classIds.has(id)));

  const totalArrivals = input.classes.reduce((sum, item) => sum + item.arrivalsPerMinute, 0);
  const totalLoad = input.classes.reduce((sum, item) => sum + item.arrivalsPerMinute * item.meanServiceMinutes, 0);

  const perClass: Record<string, number> = {};
  for (const item of input.classes) {
    const eligible = usefulCounters.filter((counter) => counter.classes.includes(item.id)).length;
    perClass[item.id] = meanWaitOrLimit({
      arrivalsPerMinute: item.arrivalsPerMinute,
      meanServiceMinutes: item.meanServiceMinutes,
      servers: eligible,
      serviceCv: item.serviceCv,
    });
  }

  let pooled = 0;
  if (totalArrivals > 0) {
    const meanService = totalLoad / totalArrivals;
    const secondMoment =
      input.classes.reduce(
        (sum, item) => sum + item.arrivalsPerMinute * item.meanServiceMinutes ** 2 * (1 + item.serviceCv ** 2),
        0,
      ) / totalArrivals;
    const mixtureCv = Math.sqrt(Math.max(0, secondMoment / meanService ** 2 - 1));
    pooled = meanWaitOrLimit({
      arrivalsPerMinute: totalArrivals,
      meanServiceMinutes: meanService,
      servers: usefulCounters.length,
      serviceCv: mixtureCv,
    });
  }

  const weightedPerClass =
    totalArrivals > 0
      ? input.classes.reduce((sum, item) => sum + (item.arrivalsPerMinute === 0 ? 0 : item.arrivalsPerMinute * (perClass[item.id] ?? 0)), 0) / totalArrivals
      : 0;

  const load = totalLoad === 0 ? 0 : usefulCounters.length === 0 ? Number.POSITIVE_INFINITY : totalLoad / usefulCounters.length;
  return { pooled, perClass, largest: Math.max(pooled, weightedPerClass), load };
}

/** {@link mmcWait}'s mean wait, with the limits of no arrivals (0) and no counters (Infinity). */
function meanWaitOrLimit(input: QueueInput): number {
  if (input.arrivalsPerMinute === 0) return 0;
  if (input.servers === 0) return Number.POSITIVE_INFINITY;
  return mmcWait(input).meanWaitMinutes;
}
