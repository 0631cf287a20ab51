/**
 * Descriptive statistics for simulation output: waits per run, confidence intervals over
 * replications, and the accuracy of waiting-time estimates (mean absolute error, bias, share
 * underestimated, as docs/QUEUEING.md asks for). Empty input gives NaN rather than an exception,
 * so an hour or class without visitors shows up as "no data" in a report.
 */

/** The arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((left, right) => left - right);
}

function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must lie in [0, 1], got ${p}`);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? Number.NaN;
  return lower + (position - below) * (upper - lower);
}

/**
 * The p-quantile (0 ≤ p ≤ 1) by linear interpolation between order statistics — Hyndman & Fan
 * type 7, the default of R and NumPy: with the values sorted x₀ ≤ … ≤ x_{n−1} and h = (n − 1)p,
 * x_⌊h⌋ + (h − ⌊h⌋)(x_{⌊h⌋+1} − x_⌊h⌋). NaN for no values.
 */
export function quantile(values: readonly number[], p: number): number {
  return quantileOfSorted(sortedCopy(values), p);
}

/** The usual description of a sample of waits; see {@link summary}. */
export type Summary = {
  count: number;
  mean: number;
  median: number;
  p90: number;
  p95: number;
  max: number;
};

/** Count, mean, median, 90th and 95th percentile ({@link quantile}, type 7) and maximum of a sample; NaN figures for no values. */
export function summary(values: readonly number[]): Summary {
  const sorted = sortedCopy(values);
  return {
    count: sorted.length,
    mean: mean(sorted),
    median: quantileOfSorted(sorted, 0.5),
    p90: quantileOfSorted(sorted, 0.9),
    p95: quantileOfSorted(sorted, 0.95),
    max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] ?? Number.NaN),
  };
}

/** Two-sided 95 % critical values t_{0.975, ν} of Student's t for ν = 1…30 (index ν − 1). */
const studentT975Table = [
  12.706204736, 4.30265273, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
  2.20098516, 2.17881283, 2.160368656, 2.144786688, 2.131449546, 2.119905299, 2.109815578, 2.10092204, 2.093024054, 2.085963447,
  2.079613845, 2.073873068, 2.06865761, 2.063898562, 2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
];

/** The standard normal 0.975 quantile. */
const normal975 = 1.959963984540054;

/**
 * The two-sided 95 % critical value of Student's t with `degreesOfFreedom` (the 0.975 quantile),
 * for confidence intervals from few replications. ν = 1…30 from a table; above 30 the
 * Cornish–Fisher expansion in 1/ν around the normal quantile (Abramowitz & Stegun 26.7.5),
 * accurate to better than 10⁻⁷ there and tending to 1.96 as ν grows. E.g. t(29) ≈ 2.045.
 */
export function studentT975(degreesOfFreedom: number): number {
  if (!Number.isInteger(degreesOfFreedom) || degreesOfFreedom < 1) throw new RangeError(`degrees of freedom must be a whole number ≥ 1, got ${degreesOfFreedom}`);
  const tabled = studentT975Table[degreesOfFreedom - 1];
  if (tabled !== undefined) return tabled;
  const z = normal975;
  const v = degreesOfFreedom;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92_160;
  return z + g1 / v + g2 / v ** 2 + g3 / v ** 3 + g4 / v ** 4;
}

/** A mean with its 95 % confidence interval, low = mean − halfWidth, high = mean + halfWidth. */
export type ConfidenceInterval = {
  mean: number;
  halfWidth: number;
  low: number;
  high: number;
};

/**
 * The 95 % confidence interval of the mean of independent values (e.g. one mean wait per
 * replication): mean ± t_{0.975, n−1}·s/√n with s the sample standard deviation (n − 1
 * denominator), so the interval is right for few replications too. With one value the spread is
 * unknown: halfWidth is Infinity. With none, everything is NaN.
 */
export function confidenceInterval95(values: readonly number[]): ConfidenceInterval {
  const count = values.length;
  const average = mean(values);
  if (count === 0) return { mean: Number.NaN, halfWidth: Number.NaN, low: Number.NaN, high: Number.NaN };
  if (count === 1) return { mean: average, halfWidth: Number.POSITIVE_INFINITY, low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY };
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  const standardDeviation = Math.sqrt(squares / (count - 1));
  const halfWidth = (studentT975(count - 1) * standardDeviation) / Math.sqrt(count);
  return { mean: average, halfWidth, low: average - halfWidth, high: average + halfWidth };
}

/** One waiting-time estimate and the wait that followed, in the same unit. */
export type EstimatePair = {
  estimated: number;
  actual: number;
};

/** Mean of |estimated − actual|: how far off an estimate is on average, whichever the direction. NaN for no pairs. */
export function meanAbsoluteError(pairs: readonly EstimatePair[]): number {
  return mean(pairs.map((pair) => Math.abs(pair.estimated - pair.actual)));
}

/**
 * Mean of estimated − actual: positive when estimates run high (visitors wait less than told),
 * negative when they run low (the worse case: visitors wait longer than told). NaN for no pairs.
 */
export function bias(pairs: readonly EstimatePair[]): number {
  return mean(pairs.map((pair) => pair.estimated - pair.actual));
}

/**
 * The share (0–1) of values strictly below `limit`: e.g. of estimation errors below 0 (the share
 * underestimated). Strict, so a value equal to the limit does not count. NaN for no values.
 */
export function shareBelow(values: readonly number[], limit: number): number {
  if (values.length === 0) return Number.NaN;
  let below = 0;
  for (const value of values) if (value < limit) below += 1;
  return below / values.length;
}
