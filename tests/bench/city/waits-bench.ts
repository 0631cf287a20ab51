/**
 * Phase "waits": how soon the city's public waits show a new ticket. Eight real centre servers
 * (`startServer` with `city` settings and production link timings, each with its own SQLite in a
 * temporary directory, all eight in one child process) are linked to the hub. Tickets are taken
 * at each at a steady rate, arriving at random (nobody calls, so a service's waiting count only
 * grows), while `GET /api/city/waits` is polled every 50 ms; the lag of a ticket is from its 201
 * arriving to the first poll that shows its centre's waiting count at least as high as it made it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CityWaits } from '@dintur/shared';
import { freePort } from '../../reliability/child-server.js';
import { RandomStream } from '@dintur/server/simulation';
import { createClient, percentile } from '../http-load.js';
import { plan, type BenchContext } from './context.js';
import { sleep, startCentreProcess, type CentreSpec } from './processes.js';

export const waitsRows = [
  { key: 'waits.lagP50Ms', label: 'live waits: ticket 201 → shown at the hub, p50', unit: 'ms' },
  { key: 'waits.lagP99Ms', label: 'live waits: ticket 201 → shown at the hub, p99', unit: 'ms' },
  { key: 'waits.lagMaxMs', label: 'live waits: ticket 201 → shown at the hub, max', unit: 'ms' },
  { key: 'waits.pollP50Ms', label: 'live waits: GET /api/city/waits, p50', unit: 'ms' },
];

export const waitsTargets = {
  'waits.lagP99Ms': { label: '< 2,000 ms', met: (value: number) => value < 2_000 },
};

const serviceId = 'passport';

export async function measureWaits(context: BenchContext): Promise<{ metrics: Record<string, number>; notes: string[] }> {
  const { centres, ticketsPerCentrePerSecond, seconds, pollMs } = plan.waits;
  const hub = context.yearHub ?? (await context.freshHub());
  const ownHub = hub !== context.yearHub;
  context.progress(`waits: ${centres} centre servers linked to the hub${ownHub ? '' : ' (which holds the year)'}, ${ticketsPerCentrePerSecond} tickets/s at each for ${seconds} s, waits polled every ${pollMs} ms`);
  const dirs: string[] = [];
  const specs: CentreSpec[] = [];
  for (let index = 0; index < centres; index += 1) {
    const centreId = `live-${index + 1}`;
    const key = await hub.register(centreId, `Live centre ${index + 1}`);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-bench-live-'));
    dirs.push(dataDir);
    specs.push({ dataDir, port: await freePort(), city: { url: hub.url, centreId, key } });
  }
  const ids = specs.map((spec) => spec.city!.centreId);
  const centreProcess = await startCentreProcess(specs);
  const clients = centreProcess.urls.map((url) => createClient(url, 2));
  try {
    const waitingAt = (waits: CityWaits, centreId: string) => waits.centres.find((centre) => centre.id === centreId)?.services.find((service) => service.id === serviceId)?.waiting;
    const readWaits = async () => JSON.parse((await hub.client.send('GET', '/api/city/waits')).text) as CityWaits;
    // Every centre has sent its first status.
    const linkedBy = Date.now() + 20_000;
    let first = await readWaits();
    while (ids.some((id) => waitingAt(first, id) === undefined)) {
      if (Date.now() > linkedBy) throw new Error(`not every centre reached the hub: ${centreProcess.output().slice(-2_000)}`);
      await sleep(100);
      first = await readWaits();
    }
    const baseline = ids.map((id) => waitingAt(first, id)!);

    /** Every poll: when its answer arrived, and each centre's waiting count in it. */
    const polls: { at: number; ms: number; waiting: (number | undefined)[] }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const started = performance.now();
        const waits = await readWaits().catch(() => undefined);
        const at = performance.now();
        if (waits) polls.push({ at, ms: at - started, waiting: ids.map((id) => waitingAt(waits, id)) });
        await sleep(Math.max(0, pollMs - (performance.now() - started)));
      }
    })();

    const interval = 1000 / ticketsPerCentrePerSecond;
    const perCentre = Math.round(seconds * ticketsPerCentrePerSecond);
    // Citizens come at random (Poisson arrivals at the rate), not on a beat that could fall into
    // step with the link's half-second status pacing and always meet it at the same phase.
    const arrivals = clients.map((_, centre) => {
      const stream = new RandomStream(500 + centre);
      let at = 0;
      return Array.from({ length: perCentre }, () => (at += stream.exponential(interval)));
    });
    const tickets: { centre: number; expected: number; answeredAt: number }[] = [];
    const start = performance.now() + 200;
    let failures = 0;
    await Promise.all(
      clients.map(async (client, centre) => {
        let issued = 0;
        for (let index = 0; index < perCentre; index += 1) {
          await sleep(Math.max(0, start + arrivals[centre]![index]! - performance.now()));
          const answer = await client.send('POST', '/api/tickets', { body: { serviceId } }).catch(() => ({ status: 0, text: '' }));
          const answeredAt = performance.now();
          if (answer.status !== 201) {
            failures += 1;
            continue;
          }
          issued += 1;
          tickets.push({ centre, expected: baseline[centre]! + issued, answeredAt });
        }
      }),
    );
    await sleep(3_000);
    polling = false;
    await poller;

    const lags: number[] = [];
    let missing = 0;
    for (const ticket of tickets) {
      const shown = polls.find((poll) => (poll.waiting[ticket.centre] ?? -1) >= ticket.expected);
      if (!shown) missing += 1;
      else lags.push(Math.max(0, shown.at - ticket.answeredAt));
    }
    return {
      metrics: {
        'waits.lagP50Ms': percentile(lags, 50),
        'waits.lagP99Ms': percentile(lags, 99),
        'waits.lagMaxMs': Math.max(...lags),
        'waits.pollP50Ms': percentile(
          polls.map((poll) => poll.ms),
          50,
        ),
        'waits.pollP99Ms': percentile(
          polls.map((poll) => poll.ms),
          99,
        ),
        'waits.tickets': tickets.length,
        'waits.missing': missing,
        'waits.failures': failures,
        'waits.polls': polls.length,
        'waits.centres': centres,
      },
      notes: [
        `Live waits: ${centres} real centre servers (startServer, own SQLite each, city link with production timings: a status at most every 500 ms after a change), ` +
          `all in one child process; ${tickets.length} tickets at ${ticketsPerCentrePerSecond}/s per centre (Poisson arrivals) (${missing} never shown, ${failures} refused), ${polls.length} polls of GET /api/city/waits` +
          `${ownHub ? ' on an empty hub' : ' on the hub holding the year'}.`,
      ],
    };
  } finally {
    for (const client of clients) client.close();
    await centreProcess.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    if (ownHub) await hub.stop();
  }
}
