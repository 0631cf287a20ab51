import type { DurationSummary } from '../stats.js';

/**
 * Descriptive statistics of a sample, as the reports show them. No data gives null, never 0 or
 * NaN: an hour without visitors has no median wait, and JSON has no NaN.
 */

/** The arithmetic mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, by linear interpolation between order
 * statistics — Hyndman & Fan type 7, the default of R, NumPy and spreadsheets' PERCENTILE.INC, so a
 * figure can be checked in Excel: with h = (n − 1)p, x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋).
 */
export function quantileOfSorted(sorted: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must lie in [0, 1], got ${p}`);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (position - below) * (upper - lower);
}

/** Count, mean, median, 90th percentile and maximum of a sample. */
export function summarise(values: readonly number[]): DurationSummary {
  const sorted = [...values].sort((left, right) => left - right);
  return {
    count: sorted.length,
    mean: mean(sorted),
    median: quantileOfSorted(sorted, 0.5),
    p90: quantileOfSorted(sorted, 0.9),
    max: sorted.length === 0 ? null : sorted[sorted.length - 1]!,
  };
}

/** part ÷ whole, or null when the whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Milliseconds as minutes. */
export const minutes = (milliseconds: number) => milliseconds / 60_000;
