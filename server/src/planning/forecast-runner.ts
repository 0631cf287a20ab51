import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CentreConfig } from '@dintur/shared';
import type { DaySample } from './figures.js';
import type { ForecastJob, WorkerMessage } from './forecast-worker.js';
import type { Scenario } from './simulation/index.js';

const workerUrl = new URL('./forecast-worker.ts', import.meta.url);

/**
 * Runs the replications in worker threads (the server's own thread keeps answering), split over
 * up to two workers. The workers load TypeScript through tsx, as the server itself runs (`npm
 * start` is tsx; vitest too). `onDone` sees each finished replication.
 */
export async function runInWorkers(
  config: CentreConfig,
  scenario: Scenario,
  counterOf: (id: string) => string,
  seeds: readonly number[],
  onDone: (done: number) => void,
): Promise<DaySample[]> {
  const mapping = Object.fromEntries(scenario.counters.map((counter) => [counter.counterId, counterOf(counter.counterId)]));
  const parts = Math.max(1, Math.min(2, availableParallelism(), seeds.length));
  const chunks = Array.from({ length: parts }, (_, part) => seeds.filter((_, at) => at % parts === part));
  const samples: DaySample[] = [];
  await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          const job: ForecastJob = { config, scenario, counterOf: mapping, seeds: chunk };
          const worker = new Worker(workerUrl, { workerData: job, execArgv: [...process.execArgv, '--import', 'tsx'] });
          let received = 0;
          worker.on('message', (message: WorkerMessage) => {
            if (message.type === 'failed') {
              reject(new Error(`forecast worker failed: ${message.message}`));
              void worker.terminate();
              return;
            }
            samples.push(message.sample);
            received += 1;
            onDone(samples.length);
            if (received === chunk.length) void worker.terminate().then(() => resolve());
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (received < chunk.length) reject(new Error(`forecast worker stopped (exit ${code}) after ${received} of ${chunk.length} days`));
          });
        }),
    ),
  );
  return samples;
}
