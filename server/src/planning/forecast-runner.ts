import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CentreConfig } from '@dintur/shared';
import type { DaySample } from './figures.js';
import type { ForecastJob, JobMessage, WorkerMessage } from './forecast-worker.js';
import type { Scenario } from './simulation/index.js';

const workerUrl = new URL('./forecast-worker-entry.mjs', import.meta.url);
type Listener = (message: WorkerMessage) => void;
type PoolWorker = { worker: Worker; listeners: Map<number, Listener> };

/**
 * Up to two worker threads, started on the first forecast and kept (unreferenced: they never hold
 * the process open) so a later forecast skips loading the engine's code. A worker that dies is
 * replaced on the next forecast; its running jobs fail.
 */
const pool: PoolWorker[] = [];
let nextJob = 1;

function workers(count: number): PoolWorker[] {
  while (pool.length < count) {
    const worker = new Worker(workerUrl);
    worker.unref();
    const entry: PoolWorker = { worker, listeners: new Map() };
    worker.on('message', (message: WorkerMessage) => entry.listeners.get(message.id)?.(message));
    const fail = (error: Error) => {
      pool.splice(pool.indexOf(entry), 1);
      for (const listener of entry.listeners.values()) listener({ id: 0, type: 'failed', message: error.message });
    };
    worker.on('error', fail);
    worker.on('exit', (code) => pool.includes(entry) && fail(new Error(`the forecast worker stopped (exit ${code})`)));
    pool.push(entry);
  }
  return pool.slice(0, count);
}

/**
 * Runs the replications in worker threads (the server's own thread keeps answering), split over
 * the pool. Each worker loads the TypeScript through tsx's API (forecast-worker-entry.mjs), as the
 * server itself runs under tsx. `onDone` sees the count of finished replications.
 */
export async function runInWorkers(
  config: CentreConfig,
  scenario: Scenario,
  counterOf: (id: string) => string,
  seeds: readonly number[],
  onDone: (done: number) => void,
): Promise<DaySample[]> {
  const mapping = Object.fromEntries(scenario.counters.map((counter) => [counter.counterId, counterOf(counter.counterId)]));
  const chosen = workers(Math.max(1, Math.min(2, availableParallelism(), seeds.length)));
  const samples: DaySample[] = [];
  await Promise.all(
    chosen.map(
      (entry, part) =>
        new Promise<void>((resolve, reject) => {
          const id = nextJob++;
          const job: ForecastJob = { config, scenario, counterOf: mapping, seeds: seeds.filter((_, at) => at % chosen.length === part) };
          entry.listeners.set(id, (message) => {
            if (message.type === 'sample') {
              samples.push(message.sample);
              onDone(samples.length);
              return;
            }
            entry.listeners.delete(id);
            if (message.type === 'done') resolve();
            else reject(new Error(`forecast worker failed: ${message.message}`));
          });
          entry.worker.postMessage({ id, job } satisfies JobMessage);
        }),
    ),
  );
  return samples;
}
