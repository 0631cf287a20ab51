import { parentPort, workerData } from 'node:worker_threads';
import type { CentreConfig } from '@dintur/shared';
import { fromLocal } from '@dintur/shared/calendar';
import { sampleOfSimulated, type DaySample } from './figures.js';
import { createInProcessDriver, drawVisits, minuteOf, simulateDay, type Scenario } from './simulation/index.js';

/** What a forecast worker is given: the scenario, the plan's counters for each scenario counter, and its seeds. */
export type ForecastJob = { config: CentreConfig; scenario: Scenario; counterOf: Record<string, string>; seeds: number[] };
export type WorkerMessage = { type: 'sample'; sample: DaySample } | { type: 'failed'; message: string };

/**
 * Plays the plan's day once per seed on the real engine (an in-memory SQLite each), off the
 * server's thread, and posts each day's sample as it is done (the leader's progress).
 */
async function run(job: ForecastJob): Promise<void> {
  const start = fromLocal(job.scenario.date, minuteOf(job.scenario.open) - 5, job.scenario.centre.centre.timeZone);
  for (const seed of job.seeds) {
    const driver = createInProcessDriver(job.scenario, start);
    const day = await simulateDay(job.scenario, drawVisits(job.scenario, seed), 'engine', driver);
    const sample = sampleOfSimulated(job.config, day, (id) => job.counterOf[id] ?? id);
    parentPort!.postMessage({ type: 'sample', sample } satisfies WorkerMessage);
  }
}

run(workerData as ForecastJob).catch((error: unknown) => {
  parentPort!.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
});
