/**
 * Background load for the overhead phase: centres shipping their tiled years to the hub as fast
 * as the hub takes them, in a process of its own so that building 5,000-event batches never
 * stalls the latency measurements of the bench's own process. DINTUR_BENCH_LOAD is JSON:
 * `{ hubUrl, sourcesFile, centres: [{ id, key, index }] }` (the sources written by the bench).
 * Ships until SIGTERM, then prints `{"events": …, "seconds": …}` and exits.
 */
import { readFileSync } from 'node:fs';
import { createClient } from '../http-load.js';
import { shipBatches, yearBatches } from './ingest-bench.js';
import type { CentreSource } from './tiling.js';

type Load = { hubUrl: string; sourcesFile: string; centres: { id: string; key: string; index: number }[] };
const load = JSON.parse(process.env.DINTUR_BENCH_LOAD ?? 'null') as Load | null;
if (!load) {
  console.error('DINTUR_BENCH_LOAD must say where to ship what');
  process.exit(1);
}
const sources = JSON.parse(readFileSync(load.sourcesFile, 'utf8')) as CentreSource[];
const client = createClient(load.hubUrl, load.centres.length + 1);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true));

const started = performance.now();
let events = 0;
console.error('shipping');
await Promise.all(
  load.centres.map(async ({ id, key, index }) => {
    const source = sources[index % sources.length]!;
    await shipBatches({ client, centreId: id, key, source, batches: yearBatches(source, index, 5_000), stop: () => stopping, onBatch: (_ms, count) => (events += count) });
  }),
);
console.log(JSON.stringify({ events, seconds: (performance.now() - started) / 1000 }));
client.close();
process.exit(0);
