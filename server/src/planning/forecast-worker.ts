import { parentPort } from 'node:worker_threads';
import type { CentreConfig } from '@dintur/shared';
import { fromLocal } from '@dintur/shared/calendar';
import { sampleOfSimulated, type DaySample } from './figures.js';
import { createInProcessDriver, drawVisits, minuteOf, simulateDay, type Scenario } from './simulation/index.js';

/** What a forecast worker is given: the scenario, the plan's counter for each scenario counter, and its seeds. */
export type ForecastJob = { config: CentreConfig; scenario: Scenario; counterOf: Record<string, string>; seeds: number[] };
export type JobMessage = { id: number; job: ForecastJob };
export type WorkerMessage = { id: number; type: 'sample'; sample: DaySample } | { id: number; type: 'done' } | { id: number; type: 'failed'; message: string };

/**
 * Plays the plan's day once per seed on the real engine (an in-memory SQLite each), off the
 * server's thread, and posts each day's sample as it is done (the leader's progress). The worker
 * stays for the next job: loading the engine's code is the dearest part of a first forecast.
 */
async function run({ id, job }: JobMessage): Promise<void> {
  const start = fromLocal(job.scenario.date, minuteOf(job.scenario.open) - 5, job.scenario.centre.centre.timeZone);
  for (const seed of job.seeds) {
    const driver = createInProcessDriver(job.scenario, start);
    const day = await simulateDay(job.scenario, drawVisits(job.scenario, seed), 'engine', driver);
    const sample = sampleOfSimulated(job.config, day, (counterId) => job.counterOf[counterId] ?? counterId);
    parentPort!.postMessage({ id, type: 'sample', sample } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ id, type: 'done' } satisfies WorkerMessage);
}

parentPort!.on('message', (message: JobMessage) => {
  run(message).catch((error: unknown) => {
    parentPort!.postMessage({ id: message.id, type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  });
});
