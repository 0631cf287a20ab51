/**
 * Phase "overhead": what being linked to the city costs a centre, and how soon a backlog ships.
 *
 * A centre database is given a history first (`simulateHistory`: 20 simulated weekdays, over
 * 20,000 events), then opened around the clock so tickets can be taken now. Two copies of it are
 * served by the real `startServer`, each in a child process of its own: one alone, one linked to
 * the hub, which has none of its log yet. `POST /api/tickets` goes to both at the same instants,
 * a steady 100/s each (open loop: each request at its time, whatever the others do), so that
 * whatever else the machine does at a moment meets both:
 *
 *   - while the linked centre's backlog ships (from its start until the hub has it all);
 *   - then 2,000 requests each with the hub otherwise idle (the linked centre ships each new
 *     event and its status as they come), and 2,000 more while another process ships batches to
 *     the hub as fast as it takes them (the hub ingesting).
 *
 * Added latency is linked against alone at the same moments. This machine has two cores: the hub
 * and PostgreSQL at work slow a centre running beside them too, which a centre on a machine of
 * its own would not feel; the alone centre carries that share as well, so the difference is the
 * link's own cost in the centre. The CPU each centre process spends per request says the same
 * without the noise of latency.
 *
 * Catch-up: from spawning the linked centre to the hub's cursor for it reaching the last event
 * of the backlog (polled every 100 ms).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEngine, ManualClock, openDatabase } from '@dintur/server';
import type { Centre } from '@dintur/shared';
import { freePort, spawnServer, type ChildServer } from '../../reliability/child-server.js';
import { simulateHistory, weekdaysBetween, loadScenario } from '@dintur/server/simulation';
import { createClient, percentile, processCpuMs, type Client } from '../http-load.js';
import { plan, type BenchContext } from './context.js';
import { centreAdminPassword, sleep, startCentreProcess, type CentreProcess, type Hub } from './processes.js';

export const overheadRows = [
  { key: 'overhead.aloneP50Ms', label: 'issue, centre alone: p50', unit: 'ms' },
  { key: 'overhead.aloneP99Ms', label: 'issue, centre alone: p99', unit: 'ms' },
  { key: 'overhead.linkedP50Ms', label: 'issue, centre linked: p50', unit: 'ms' },
  { key: 'overhead.linkedP99Ms', label: 'issue, centre linked: p99', unit: 'ms' },
  { key: 'overhead.addedP50Pct', label: '  added by the link: p50', unit: '%' },
  { key: 'overhead.addedP99Pct', label: '  added by the link: p99', unit: '%' },
  { key: 'overhead.aloneCpuMsPerIssue', label: 'centre CPU per issue, alone', unit: 'ms' },
  { key: 'overhead.linkedCpuMsPerIssue', label: 'centre CPU per issue, linked', unit: 'ms' },
  { key: 'overhead.addedCpuPct', label: '  added by the link', unit: '%' },
  { key: 'overhead.aloneIngestP50Ms', label: 'issue, alone, hub ingesting: p50', unit: 'ms' },
  { key: 'overhead.aloneIngestP99Ms', label: 'issue, alone, hub ingesting: p99', unit: 'ms' },
  { key: 'overhead.linkedIngestP50Ms', label: 'issue, linked, hub ingesting: p50', unit: 'ms' },
  { key: 'overhead.linkedIngestP99Ms', label: 'issue, linked, hub ingesting: p99', unit: 'ms' },
  { key: 'overhead.addedIngestP50Pct', label: '  added by the link: p50', unit: '%' },
  { key: 'overhead.addedIngestP99Pct', label: '  added by the link: p99', unit: '%' },
  { key: 'overhead.backlogAloneP50Ms', label: 'issue, alone, during the backlog: p50', unit: 'ms' },
  { key: 'overhead.backlogAloneP99Ms', label: 'issue, alone, during the backlog: p99', unit: 'ms' },
  { key: 'overhead.backlogLinkedP50Ms', label: 'issue, linked, its backlog shipping: p50', unit: 'ms' },
  { key: 'overhead.backlogLinkedP99Ms', label: 'issue, linked, its backlog shipping: p99', unit: 'ms' },
  { key: 'overhead.addedBacklogP50Pct', label: '  added by the link: p50', unit: '%' },
  { key: 'overhead.addedBacklogP99Pct', label: '  added by the link: p99', unit: '%' },
  { key: 'overhead.backlogEvents', label: 'backlog: unshipped events at start', unit: 'events' },
  { key: 'overhead.catchUpSeconds', label: 'backlog: spawn → hub has all of it', unit: 's' },
  { key: 'overhead.catchUpAfterUpSeconds', label: 'backlog: answering → hub has all of it', unit: 's' },
];

const within5 = { label: '< 5 %', met: (value: number) => value < 5 };
export const overheadTargets = {
  'overhead.addedP50Pct': within5,
  'overhead.addedP99Pct': within5,
  'overhead.addedIngestP50Pct': within5,
  'overhead.addedIngestP99Pct': within5,
  'overhead.addedBacklogP50Pct': within5,
  'overhead.addedBacklogP99Pct': within5,
  'overhead.catchUpSeconds': { label: '< 60 s', met: (value: number) => value < 60 },
};

/** A centre database with a simulated history of `days` weekdays before today, open around the clock from now on. */
async function prepareHistory(file: string, days: number): Promise<{ events: number; lastEventId: number; tickets: number }> {
  const scenario = loadScenario(path.join(import.meta.dirname, '../../simulation/scenarios/valby-thursday-peak.json'));
  const today = new Date();
  const from = new Date(today.getTime() - 45 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(today.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
  const db = openDatabase(file);
  db.pragma('synchronous = OFF');
  const history = await simulateHistory({ db, scenario, dates: weekdaysBetween(from, to).slice(-days), seed: 4_242, adminPassword: centreAdminPassword });
  const engine = createEngine({ db, clock: new ManualClock(Date.now()), initialConfig: scenario.centre });
  const config = engine.config();
  const allDay = { open: '00:00', close: '24:00' };
  const weekly = { monday: allDay, tuesday: allDay, wednesday: allDay, thursday: allDay, friday: allDay, saturday: allDay, sunday: allDay };
  engine.replaceConfig({ ...config, hours: { ...config.hours, weekly, closedDates: [] } }, null);
  const { events, lastEventId } = db.prepare('SELECT count(*) AS events, max(id) AS lastEventId FROM events').get() as { events: number; lastEventId: number };
  db.close();
  return { events, lastEventId, tickets: history.tickets };
}

type Sample = { sentAt: number; ms: number; status: number };

/** `count` POST /api/tickets at `perSecond`, open loop; every request's latency. */
async function steadyIssue(client: Client, serviceIds: readonly string[], count: number, perSecond: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const start = performance.now() + 50;
  const pending: Promise<void>[] = [];
  for (let index = 0; index < count; index += 1) {
    const due = start + (index * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(
      (async () => {
        const sentAt = performance.now();
        try {
          const answer = await client.timed('POST', '/api/tickets', { body: { serviceId: serviceIds[index % serviceIds.length] } });
          samples.push({ sentAt, ms: answer.ms, status: answer.status });
        } catch {
          // A connection the server closed as idle just as it was reused: a failure, not a latency.
          samples.push({ sentAt, ms: Number.NaN, status: 0 });
        }
      })(),
    );
  }
  await Promise.all(pending);
  return samples;
}

const ok = (samples: Sample[]) => samples.filter((sample) => sample.status === 201).map((sample) => sample.ms);
const added = (linked: number, alone: number) => ((linked - alone) / alone) * 100;

/** Another process shipping batches to the hub as fast as it takes them, until stopped. */
async function startBackgroundIngest(hub: Hub, context: BenchContext, label: string): Promise<{ stop(): Promise<{ events: number; seconds: number }> }> {
  const count = plan.overhead.backgroundCentres;
  const sources = await Promise.all(Array.from({ length: count }, (_, index) => context.source(index)));
  const sourcesFile = path.join(tmpdir(), `dintur-bench-load-${process.pid}.json`);
  writeFileSync(sourcesFile, JSON.stringify(sources));
  const centres = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const id = `load-${label}-${index + 1}`;
      return { id, key: await hub.register(id, `Background load ${label} ${index + 1}`), index: 10 + index };
    }),
  );
  const child: ChildServer = spawnServer({
    port: await freePort(),
    dataDir: tmpdir(),
    adminPassword: centreAdminPassword,
    entry: 'tests/bench/city/ingest-load-process.ts',
    env: { DINTUR_BENCH_LOAD: JSON.stringify({ hubUrl: hub.url, sourcesFile, centres }) },
  });
  // Under way: the first batches are in.
  const deadline = Date.now() + 30_000;
  while (!child.output().includes('shipping') && Date.now() < deadline) await sleep(50);
  await sleep(1_000);
  return {
    async stop() {
      await child.stop('SIGTERM', 30_000);
      rmSync(sourcesFile, { force: true });
      const line = child.output().split('\n').find((text) => text.startsWith('{"events"'));
      if (!line) throw new Error(`the background ingest did not report: ${child.output().slice(-2_000)}`);
      return JSON.parse(line) as { events: number; seconds: number };
    },
  };
}

type Served = { centre: CentreProcess; client: Client; services: string[]; spawnedAt: number; upAt: number; centreId: string | undefined };

/**
 * `requests` to each centre at the same instants, so that whatever else the machine does at a
 * moment meets both; and the CPU each centre's process spent per request meanwhile.
 */
async function paired(alone: Served, linked: Served, requests: number, perSecond: number): Promise<{ alone: Sample[]; linked: Sample[]; aloneCpuMs: number; linkedCpuMs: number }> {
  const before = [processCpuMs(alone.centre.pid), processCpuMs(linked.centre.pid)];
  const [aloneSamples, linkedSamples] = await Promise.all([
    steadyIssue(alone.client, alone.services, requests, perSecond),
    steadyIssue(linked.client, linked.services, requests, perSecond),
  ]);
  const after = [processCpuMs(alone.centre.pid), processCpuMs(linked.centre.pid)];
  const perRequest = (index: number) => ((after[index] ?? Number.NaN) - (before[index] ?? Number.NaN)) / requests;
  return { alone: aloneSamples, linked: linkedSamples, aloneCpuMs: perRequest(0), linkedCpuMs: perRequest(1) };
}

export async function measureOverhead(context: BenchContext): Promise<{ metrics: Record<string, number>; notes: string[] }> {
  const { requests, perSecond, backlogDays } = plan.overhead;
  const hub = context.yearHub ?? (await context.freshHub());
  const ownHub = hub !== context.yearHub;
  context.progress(`overhead: issue latency at ${perSecond}/s, alone vs linked, ${requests} requests each; backlog of ${backlogDays} simulated days`);
  const work = mkdtempSync(path.join(tmpdir(), 'dintur-bench-overhead-'));
  try {
    return await measureIn(context, hub, work, !ownHub);
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (ownHub) await hub.stop();
  }
}

async function measureIn(context: BenchContext, hub: Hub, work: string, holdsYear: boolean): Promise<{ metrics: Record<string, number>; notes: string[] }> {
  const { requests, perSecond, connections, backlogDays } = plan.overhead;
  const history = await prepareHistory(path.join(work, 'history.sqlite'), backlogDays);
  context.progress(`  a centre history of ${history.events.toLocaleString('en-GB')} events (${history.tickets.toLocaleString('en-GB')} tickets)`);

  const serve = async (name: string, linked: boolean): Promise<Served> => {
    const dataDir = path.join(work, name);
    mkdirSync(dataDir, { recursive: true });
    copyFileSync(path.join(work, 'history.sqlite'), path.join(dataDir, 'dintur.sqlite'));
    const city = linked ? { url: hub.url, centreId: `overhead-${name}`, key: await hub.register(`overhead-${name}`, `Overhead ${name}`) } : undefined;
    const spawnedAt = performance.now();
    const profileDir = context.profileDir && path.join(context.profileDir, `centre-${name}`);
    const centre = await startCentreProcess([{ dataDir, port: await freePort(), ...(city && { city }) }], { ...(profileDir && { profileDir }) });
    const upAt = performance.now();
    const client = createClient(centre.urls[0]!, connections);
    const services = (JSON.parse((await client.send('GET', '/api/centre')).text) as Centre).services.filter((service) => service.open).map((service) => service.id);
    if (services.length === 0) throw new Error('the centre has no open service to take tickets for');
    return { centre, client, services, spawnedAt, upAt, centreId: city?.centreId };
  };

  const alone = await serve('alone', false);
  try {
    // The linked centre's backlog ships from its start: both centres take tickets meanwhile.
    context.progress(`  linked centre starting with a backlog of ${history.events.toLocaleString('en-GB')} events; both centres take tickets until the hub has it`);
    const linked = await serve('linked', true);
    try {
      let caughtUpAt: number | undefined;
      const watcher = (async () => {
        const deadline = performance.now() + 120_000;
        while (caughtUpAt === undefined && performance.now() < deadline) {
          const cursor = (await hub.cursors().catch(() => new Map<string, number>())).get(linked.centreId!) ?? 0;
          if (cursor >= history.lastEventId) caughtUpAt = performance.now();
          else await sleep(100);
        }
      })();
      const backlog = { alone: [] as Sample[], linked: [] as Sample[] };
      while (caughtUpAt === undefined && backlog.linked.length < requests) {
        const round = await paired(alone, linked, 50, perSecond);
        backlog.alone.push(...round.alone);
        backlog.linked.push(...round.linked);
      }
      await watcher;

      context.progress(`  hub otherwise idle: ${requests} requests at each centre`);
      const idle = await paired(alone, linked, requests, perSecond);
      context.progress(`  while another process ships to the hub flat out: ${requests} requests at each centre`);
      const load = await startBackgroundIngest(hub, context, 'paired');
      const busy = await paired(alone, linked, requests, perSecond);
      const background = await load.stop();

      const all = [backlog.alone, backlog.linked, idle.alone, idle.linked, busy.alone, busy.linked];
      const failures = all.reduce((sum, samples) => sum + samples.filter((sample) => sample.status !== 201).length, 0);
      const p = (samples: Sample[], rank: number) => percentile(ok(samples), rank);
      const metrics: Record<string, number> = {
        'overhead.aloneP50Ms': p(idle.alone, 50),
        'overhead.aloneP99Ms': p(idle.alone, 99),
        'overhead.linkedP50Ms': p(idle.linked, 50),
        'overhead.linkedP99Ms': p(idle.linked, 99),
        'overhead.addedP50Pct': added(p(idle.linked, 50), p(idle.alone, 50)),
        'overhead.addedP99Pct': added(p(idle.linked, 99), p(idle.alone, 99)),
        'overhead.aloneCpuMsPerIssue': idle.aloneCpuMs,
        'overhead.linkedCpuMsPerIssue': idle.linkedCpuMs,
        'overhead.addedCpuPct': added(idle.linkedCpuMs, idle.aloneCpuMs),
        'overhead.aloneIngestP50Ms': p(busy.alone, 50),
        'overhead.aloneIngestP99Ms': p(busy.alone, 99),
        'overhead.linkedIngestP50Ms': p(busy.linked, 50),
        'overhead.linkedIngestP99Ms': p(busy.linked, 99),
        'overhead.addedIngestP50Pct': added(p(busy.linked, 50), p(busy.alone, 50)),
        'overhead.addedIngestP99Pct': added(p(busy.linked, 99), p(busy.alone, 99)),
        'overhead.backlogRequests': backlog.linked.length,
        'overhead.backlogAloneP50Ms': p(backlog.alone, 50),
        'overhead.backlogAloneP99Ms': p(backlog.alone, 99),
        'overhead.backlogLinkedP50Ms': p(backlog.linked, 50),
        'overhead.backlogLinkedP99Ms': p(backlog.linked, 99),
        'overhead.addedBacklogP50Pct': added(p(backlog.linked, 50), p(backlog.alone, 50)),
        'overhead.addedBacklogP99Pct': added(p(backlog.linked, 99), p(backlog.alone, 99)),
        'overhead.backgroundEventsPerSecond': background.events / background.seconds,
        'overhead.backlogEvents': history.events,
        'overhead.catchUpSeconds': caughtUpAt === undefined ? Number.NaN : (caughtUpAt - linked.spawnedAt) / 1000,
        'overhead.catchUpAfterUpSeconds': caughtUpAt === undefined ? Number.NaN : (caughtUpAt - linked.upAt) / 1000,
        'overhead.failures': failures,
      };
      return {
        metrics,
        notes: [
          `Overhead: two real centre servers (startServer, each in a child process) on copies of one database with ${history.events.toLocaleString('en-GB')} events of history, ` +
            `one alone, one linked (production link timings); POST /api/tickets at ${perSecond}/s (${failures} failed): ${backlog.linked.length} to each at once while the backlog shipped, ` +
            `then ${requests} to each at the same instants with the hub otherwise idle, and again while another process shipped to the hub flat out ` +
            `(${Math.round(metrics['overhead.backgroundEventsPerSecond']!).toLocaleString('en-GB')} events/s). All on this 2-core machine beside the hub and PostgreSQL${holdsYear ? ' (the hub holds the year)' : ''}.`,
        ],
      };
    } finally {
      linked.client.close();
      await linked.centre.stop();
    }
  } finally {
    alone.client.close();
    await alone.centre.stop();
  }
}
