/**
 * Phase "ingest": events per second the hub stores from `POST /api/centres/{id}/events`, in
 * batches of 5,000 (the most a centre sends at once), from several centres in parallel, each
 * centre's batches one after another as a centre's link sends them. The events are tiled
 * simulated days (tiling.ts), so each batch rebuilds real visits into stays. Also: one centre
 * alone, the CPU the hub and PostgreSQL spend per 1,000 events, and the SQL time per batch.
 */
import type { ShippedEvent } from '@dintur/shared';
import { percentile, type Answer, type Client } from '../http-load.js';
import { plan, sourcesOf, type BenchContext } from './context.js';
import { afterReset, postgresCpuMs, type Hub } from './processes.js';
import { metricName, resetStatementTimes, statementTimes, type StatementTime } from './sql-time.js';
import { batchesOf, idBasesOf, tiledDays, weekdaysOfYear, type CentreSource } from './tiling.js';

export const ingestRows = [
  { key: 'ingest.eventsPerSecond', label: 'ingest: events stored, centres in parallel', unit: 'events/s' },
  { key: 'ingest.aloneEventsPerSecond', label: 'ingest: events stored, one centre alone', unit: 'events/s' },
  { key: 'ingest.batchP50Ms', label: 'ingest: a 5,000-event batch, p50', unit: 'ms' },
  { key: 'ingest.batchP99Ms', label: 'ingest: a 5,000-event batch, p99', unit: 'ms' },
  { key: 'ingest.hubCpuMsPer1000', label: 'ingest: hub CPU per 1,000 events', unit: 'ms' },
  { key: 'ingest.postgresCpuMsPer1000', label: 'ingest: PostgreSQL CPU per 1,000 events', unit: 'ms' },
];

export const ingestTargets = {
  'ingest.eventsPerSecond': { label: '≥ 20,000 /s', met: (value: number) => value >= 20_000 },
};

/** One batch to the hub; sent again after a reset connection, as a centre's link would (the hub keeps each event once). */
const sendBatch = (client: Client, centreId: string, key: string, body: unknown): Promise<Answer> =>
  afterReset(() => client.send('POST', `/api/centres/${centreId}/events`, { body, token: key, timeoutMs: 120_000 }));

/** A centre shipping its log to the hub as its city link does: batches in order, each from where the last ended. */
export async function shipBatches(options: {
  client: Client;
  centreId: string;
  key: string;
  source: CentreSource;
  batches: Iterator<ShippedEvent[]>;
  limit?: number;
  /** Checked before each batch: stop shipping when it says so. */
  stop?: () => boolean;
  onBatch?: (ms: number, events: number) => void;
}): Promise<{ events: number; batches: number }> {
  const { client, centreId, key, source } = options;
  let after = 0;
  let events = 0;
  let batches = 0;
  while ((options.limit === undefined || batches < options.limit) && !options.stop?.()) {
    const next = options.batches.next();
    if (next.done) break;
    const batch = next.value;
    const started = performance.now();
    const body = { after, events: batch, configs: batches === 0 ? [{ version: source.configVersion, document: source.config }] : [] };
    const answer = await sendBatch(client, centreId, key, body);
    if (answer.status !== 200) throw new Error(`shipping to ${centreId} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
    const receipt = JSON.parse(answer.text) as { stored: number; duplicates: number; lastEventId: number };
    // (Duplicates only if a batch sent again after a reset had arrived the first time after all.)
    if (receipt.stored + receipt.duplicates !== batch.length || receipt.lastEventId !== batch.at(-1)!.id) {
      throw new Error(`the hub took ${receipt.stored} of ${batch.length} events of ${centreId} (cursor ${receipt.lastEventId})`);
    }
    options.onBatch?.(performance.now() - started, batch.length);
    after = receipt.lastEventId;
    events += batch.length;
    batches += 1;
  }
  return { events, batches };
}

/** The batches of a centre's tiled year (the year phase's tiling, so the events are the same kind). */
export function yearBatches(source: CentreSource, index: number, size: number): Iterator<ShippedEvent[]> {
  const dates = weekdaysOfYear(plan.year.year);
  return batchesOf(tiledDays(source, { dates, visits: plan.year.visits / plan.year.centres, ...idBasesOf(index), seed: 77 + index }), size)[Symbol.iterator]();
}

export function sqlRows(prefix: string, times: StatementTime[], per: number): Record<string, number> {
  return Object.fromEntries(times.slice(0, 8).map((time) => [`${prefix}.${metricName(time.label)}`, time.totalMs / per]));
}

export async function measureIngest(context: BenchContext): Promise<{ metrics: Record<string, number>; sql: StatementTime[] }> {
  const { centres, batchesPerCentre, batchEvents, warmUpBatches, aloneBatches } = plan.ingest;
  context.progress(`ingest: ${centres} centres in parallel × ${batchesPerCentre} batches of ${batchEvents.toLocaleString('en-GB')} events`);
  const sources = await sourcesOf(context, centres);
  const hub: Hub = await context.freshHub();
  try {
    const register = async (id: string) => ({ id, key: await hub.register(id, `Bench ${id}`) });
    // Warm-up (JIT, connections, caches): not measured.
    const warm = await register('warm-up');
    await shipBatches({ client: hub.client, centreId: warm.id, key: warm.key, source: sources[0]!, batches: yearBatches(sources[0]!, 0, batchEvents), limit: warmUpBatches });

    // One centre alone: the hub's latency per batch without competition.
    const alone = await register('alone');
    const aloneStarted = performance.now();
    const aloneShipped = await shipBatches({ client: hub.client, centreId: alone.id, key: alone.key, source: sources[1]!, batches: yearBatches(sources[1]!, 1, batchEvents), limit: aloneBatches });
    const aloneSeconds = (performance.now() - aloneStarted) / 1000;

    const registered = await Promise.all(sources.map((_, index) => register(`ingest-${index + 1}`)));
    const batchMs: number[] = [];
    await resetStatementTimes(hub.databaseUrl);
    const hubBefore = hub.cpuMs();
    const postgresBefore = postgresCpuMs(context.cluster);
    const clientBefore = process.cpuUsage();
    const started = performance.now();
    const shipped = await Promise.all(
      registered.map(({ id, key }, index) =>
        shipBatches({
          client: hub.client,
          centreId: id,
          key,
          source: sources[index]!,
          batches: yearBatches(sources[index]!, index, batchEvents),
          limit: batchesPerCentre,
          onBatch: (ms) => batchMs.push(ms),
        }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const events = shipped.reduce((sum, { events }) => sum + events, 0);
    const hubMs = (hub.cpuMs() ?? Number.NaN) - (hubBefore ?? Number.NaN);
    const postgresMs = postgresCpuMs(context.cluster) - postgresBefore;
    const client = process.cpuUsage(clientBefore);
    const sql = await statementTimes(hub.databaseUrl);
    const batches = shipped.reduce((sum, { batches }) => sum + batches, 0);
    return {
      metrics: {
        'ingest.eventsPerSecond': events / seconds,
        'ingest.aloneEventsPerSecond': aloneShipped.events / aloneSeconds,
        'ingest.batchP50Ms': percentile(batchMs, 50),
        'ingest.batchP99Ms': percentile(batchMs, 99),
        'ingest.hubCpuMsPer1000': (hubMs / events) * 1000,
        'ingest.postgresCpuMsPer1000': (postgresMs / events) * 1000,
        'ingest.clientCpuMsPer1000': ((client.user + client.system) / 1000 / events) * 1000,
        'ingest.events': events,
        'ingest.batches': batches,
        'ingest.centres': centres,
        'ingest.seconds': seconds,
        ...sqlRows('ingest.sqlMsPerBatch', sql, batches),
      },
      sql,
    };
  } finally {
    await hub.stop();
  }
}
