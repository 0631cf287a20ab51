import { fromLocal } from '@dintur/server';
import { createInProcessDriver, type CentreDriver, playWeekBefore, dayMetrics, hourlyReferences, type DayMetrics, policies, type Policy, type Scenario, simulateDay, type DayResult, drawVisits, minuteOf } from '@dintur/server/simulation';
import { createHttpDriver } from './http-driver.js';

/**
 * Seeds: the engine is tuned on one range and judged on another, so a gain that only fits the
 * tuning days does not show up as a gain. `npm run simulate` reports on the holdout seeds;
 * `--tune` runs the tuning seeds.
 */
export const seedRanges = {
  tuning: { first: 1, count: 30 },
  holdout: { first: 1001, count: 30 },
} as const;

export type RunOptions = {
  seeds: readonly number[];
  policies?: readonly Policy[];
  /** Through a real server over HTTP (no previous day, no check-in there). */
  http?: boolean;
  /** Play the day a week before first, so the estimator has recent service times (default on). */
  history?: boolean;
  /** The day's citizens are drawn from this scenario (a what-if with extra counters keeps the bookings of the base day). */
  visitsFrom?: Scenario;
  /** Sees every simulated day (e.g. to write per-citizen estimates). */
  onDay?: (seed: number, policy: Policy, day: DayResult) => void;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Simulates every seed under each policy on the same citizens (common random numbers), each on
 * a centre whose database already holds the previous week's day.
 */
export async function runReplications(scenario: Scenario, options: RunOptions): Promise<Record<Policy, DayMetrics[]>> {
  const chosen = options.policies ?? policies;
  const references = hourlyReferences(scenario);
  const results: Record<Policy, DayMetrics[]> = { engine: [], fair: [], fcfs: [] };
  // Staff sign in just before opening (sessions last 12 hours, a simulated day less).
  const startInstant = fromLocal(scenario.date, minuteOf(scenario.open) - 5, scenario.centre.centre.timeZone);
  const base = options.visitsFrom ?? scenario;
  for (const [done, seed] of options.seeds.entries()) {
    const visits = drawVisits(base, seed);
    for (const policy of chosen) {
      const driver: CentreDriver = options.http ? await createHttpDriver(scenario, startInstant) : createInProcessDriver(scenario, startInstant);
      if (!options.http && options.history !== false) {
        await playWeekBefore(base, driver, seed);
        driver.setTime(startInstant);
      }
      const day = await simulateDay(scenario, visits, policy, driver);
      options.onDay?.(seed, policy, day);
      results[policy].push(dayMetrics(scenario, day, references));
    }
    options.onProgress?.(done + 1, options.seeds.length);
  }
  return results;
}

/** `count` seeds from `first`. */
export const seedsFrom = (first: number, count: number) => Array.from({ length: count }, (_, offset) => first + offset);
