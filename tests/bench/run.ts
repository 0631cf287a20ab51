/**
 * `npm run bench`: load figures of one centre server over loopback HTTP.
 *
 *   1. issuing: tickets/s and latency with a fixed number of keep-alive connections;
 *   2. call-next: ten counters, each signed in by its own staff account, pressing "next" as fast
 *      as they can (each press finishes the previous visit and calls a new one);
 *   3. call → event: from a call-next request going out to the `ticket.called` frame arriving at
 *      each of 100 connected `GET /api/events` clients;
 *   4. call → screen: from a call-next request going out to the number painted on 20 wall
 *      displays (headless Chromium pages of /display; display-bench.ts);
 *   5. tap → printed: from a tap on a service at the kiosk page to the last byte of the receipt at
 *      a fake network printer (kiosk-bench.ts);
 *   6. statistics: a year's report worked out in process, the time it holds the thread (stats-bench.ts);
 *   7. forecast: a plan's forecast on the demo centre with six weeks of history, cold and warm, and
 *      the server's answers while it runs (forecast-bench.ts).
 *
 * Each phase starts from a fresh database with at least 1,000 tickets waiting throughout.
 * `--only=<phase>` (issue, call-next, call-to-event, call-to-screen, tap-to-print, statistics, forecast) runs one phase.
 * `--json` prints exactly one JSON object of metric → value on stdout (progress goes to stderr);
 * `--profile` runs the server under `node --cpu-prof` and says where the profiles are (the
 * figures of such a run are slower than usual). Targets are shown beside the figures; a missed
 * target is reported, not turned into a failing exit code.
 *
 * Why the server runs in a child process: the server is single-threaded and so is a Node load
 * generator. In one process they would take turns on one event loop, every client-side
 * microsecond (building requests, parsing answers, 100 SSE parsers) would count as server
 * latency, and the server could never use the second core. A child process is also how the
 * server runs in production. Loopback only (127.0.0.1), keep-alive connections throughout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Centre, StaffTicket } from '@dintur/shared';
import { freePort, spawnServer, waitForHealth, type ChildServer } from '../reliability/child-server.js';
import { openEventStream, type EventStreamClient } from '../reliability/event-stream-client.js';
import { callToScreenPlan, callToScreenRows, callToScreenTargets, measureCallToScreen } from './display-bench.js';
import { measureTapToPrint, tapToPrintRows, tapToPrintTargets } from './kiosk-bench.js';
import { forecastRows, forecastTargets, measureForecast, prepareForecastHistory } from './forecast-bench.js';
import { measureStatistics, statsRows } from './stats-bench.js';
import { createClient, percentile, processCpuMs, runPool, withDeadline, type Client } from './http-load.js';

const plan = {
  waitingTickets: 1_000,
  issue: { requests: 5_000, connections: 32 },
  callNext: { counters: 10, callsPerCounter: 100, aloneCalls: 100 },
  callToEvent: { clients: 100, calls: 200 },
  phaseDeadlineMs: 120_000,
} as const;

type Target = { label: string; met: (value: number) => boolean };
const targets: Partial<Record<string, Target>> = {
  'issue.throughputPerSecond': { label: '≥ 2,000 /s', met: (value) => value >= 2_000 },
  'callNext.p99Ms': { label: '< 10 ms', met: (value) => value < 10 },
  'callToEvent.p99Ms': { label: '< 50 ms', met: (value) => value < 50 },
  ...callToScreenTargets,
  ...tapToPrintTargets,
  ...forecastTargets,
};

const asJson = process.argv.includes('--json');
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length);
const profile = process.argv.includes('--profile');
const profileDir = path.join(tmpdir(), `dintur-bench-profiles-${process.pid}`);
const adminPassword = 'bench-admin-password';
const progress = (message: string) => process.stderr.write(`${message}\n`);

const live = new Set<ChildServer>();
process.on('exit', () => {
  for (const server of live) server.child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => process.exit(130));
}

type Bench = { url: string; client: Client; adminToken: string; serviceIds: string[]; centre: Centre; serverPid: number | undefined };

/**
 * CPU milliseconds per request of the server process and of this load generator over `work`,
 * so a figure can be told apart as the server's own cost, the client's, or waiting (the disk).
 */
async function measureCpu(bench: Bench, requests: number, work: () => Promise<void>): Promise<{ server: number; client: number }> {
  const serverBefore = processCpuMs(bench.serverPid);
  const clientBefore = process.cpuUsage();
  await work();
  const serverAfter = processCpuMs(bench.serverPid);
  const client = process.cpuUsage(clientBefore);
  return {
    server: serverBefore === undefined || serverAfter === undefined ? Number.NaN : (serverAfter - serverBefore) / requests,
    client: (client.user + client.system) / 1000 / requests,
  };
}

/** A fresh server (own data directory, own process) for one phase; always stopped afterwards. */
async function withServer<T>(phase: string, connections: number, work: (bench: Bench) => Promise<T>, prepare?: (dataDir: string) => Promise<void>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-bench-'));
  await prepare?.(dataDir);
  const server = spawnServer({
    port: await freePort(),
    dataDir,
    adminPassword,
    entry: 'tests/bench/server-process.ts',
    // One directory per phase: the tsx loader's worker thread writes a profile of its own beside the server's.
    nodeFlags: profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, phase)}`] : [],
  });
  live.add(server);
  const client = createClient(server.url, connections);
  try {
    await waitForHealth(server);
    const login = await client.send('POST', '/api/auth/login', { body: { username: 'admin', password: adminPassword } });
    if (login.status !== 200) throw new Error(`admin sign-in failed: ${login.status} ${login.text}`);
    const centre = JSON.parse((await client.send('GET', '/api/centre')).text) as Centre;
    const bench = {
      url: server.url,
      client,
      adminToken: (JSON.parse(login.text) as { token: string }).token,
      centre,
      serviceIds: centre.services.map((service) => service.id),
      serverPid: server.child.pid,
    };
    return await withDeadline(phase, plan.phaseDeadlineMs, work(bench));
  } finally {
    client.close();
    await server.stop('SIGTERM', 10_000);
    live.delete(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Takes `count` tickets, spread evenly over every service, 32 at a time (not measured). */
async function issueWaiting(bench: Bench, count: number): Promise<void> {
  await runPool(count, plan.issue.connections, async (index) => {
    const answer = await bench.client.send('POST', '/api/tickets', { body: { serviceId: bench.serviceIds[index % bench.serviceIds.length] } });
    if (answer.status !== 201) throw new Error(`issuing failed: ${answer.status} ${answer.text}`);
  });
}

/** One staff account of the counter's own unit per counter, signed in there. */
async function openCounters(bench: Bench, count: number): Promise<{ counterId: string; token: string }[]> {
  return Promise.all(
    bench.centre.counters.slice(0, count).map(async (counter) => {
      const username = `bench-${counter.id}`;
      const password = `${username}-password`;
      const created = await bench.client.send('POST', '/api/staff', {
        token: bench.adminToken,
        body: { username, password, role: 'staff', unitId: counter.unitId },
      });
      if (created.status !== 201) throw new Error(`creating ${username} failed: ${created.status} ${created.text}`);
      const login = await bench.client.send('POST', '/api/auth/login', { body: { username, password } });
      const token = (JSON.parse(login.text) as { token: string }).token;
      const opened = await bench.client.send('POST', `/api/counters/${counter.id}/open`, { token });
      if (opened.status !== 200) throw new Error(`opening ${counter.id} failed: ${opened.status} ${opened.text}`);
      return { counterId: counter.id, token };
    }),
  );
}

async function issuePhase(): Promise<Record<string, number>> {
  const { requests, connections } = plan.issue;
  return withServer('issue', connections, async (bench) => {
    progress(`issue: ${plan.waitingTickets} tickets waiting, then ${requests} requests over ${connections} connections`);
    await issueWaiting(bench, plan.waitingTickets);
    const latencies: number[] = [];
    let failures = 0;
    const started = performance.now();
    const cpu = await measureCpu(bench, requests, () =>
      runPool(requests, connections, async (index) => {
        const answer = await bench.client.timed('POST', '/api/tickets', { body: { serviceId: bench.serviceIds[index % bench.serviceIds.length] } });
        latencies.push(answer.ms);
        if (answer.status !== 201) failures += 1;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      'issue.throughputPerSecond': requests / seconds,
      'issue.p50Ms': percentile(latencies, 50),
      'issue.p99Ms': percentile(latencies, 99),
      'issue.requests': requests,
      'issue.connections': connections,
      'issue.failures': failures,
      'issue.serverCpuMsPerRequest': cpu.server,
      'issue.clientCpuMsPerRequest': cpu.client,
    };
  });
}

async function callNextPhase(): Promise<Record<string, number>> {
  const { counters, callsPerCounter } = plan.callNext;
  const calls = counters * callsPerCounter;
  return withServer('call-next', counters + 2, async (bench) => {
    // Enough that at least 1,000 still wait when the last call is made.
    progress(`call-next: ${plan.waitingTickets + calls} tickets waiting, ${counters} counters × ${callsPerCounter} calls`);
    await issueWaiting(bench, plan.waitingTickets + calls);
    const seats = await openCounters(bench, counters);
    const latencies: number[] = [];
    let empty = 0;
    let failures = 0;
    const started = performance.now();
    const cpu = await measureCpu(bench, calls, async () => {
      await Promise.all(
        seats.map(async ({ counterId, token }) => {
          for (let call = 0; call < callsPerCounter; call += 1) {
            const answer = await bench.client.timed('POST', `/api/counters/${counterId}/call-next`, { token });
            latencies.push(answer.ms);
            if (answer.status === 204) empty += 1;
            else if (answer.status !== 200) failures += 1;
          }
        }),
      );
    });
    const seconds = (performance.now() - started) / 1000;
    return {
      'callNext.throughputPerSecond': calls / seconds,
      'callNext.p50Ms': percentile(latencies, 50),
      'callNext.p99Ms': percentile(latencies, 99),
      'callNext.calls': calls,
      'callNext.counters': counters,
      'callNext.emptyAnswers': empty,
      'callNext.failures': failures,
      'callNext.serverCpuMsPerRequest': cpu.server,
      'callNext.clientCpuMsPerRequest': cpu.client,
    };
  });
}

/** The ticket id of a `ticket.called` frame; the payload starts with the ticket, so no full parse is needed. */
function calledTicketId(data: string): number {
  const match = /^\{"ticket":\{"id":(\d+)/.exec(data);
  return match ? Number(match[1]) : (JSON.parse(data) as { ticket: { id: number } }).ticket.id;
}

async function callToEventPhase(): Promise<Record<string, number>> {
  const { clients, calls } = plan.callToEvent;
  const counters = plan.callNext.counters;
  return withServer('call-to-event', counters + 2, async (bench) => {
    const { aloneCalls } = plan.callNext;
    progress(`call → event: ${plan.waitingTickets + aloneCalls + calls} tickets waiting, ${clients} event-stream clients, ${calls} calls`);
    await issueWaiting(bench, plan.waitingTickets + aloneCalls + calls);
    const seats = await openCounters(bench, counters);

    // First, for comparison: call-next latency when no other counter is calling and no stream is open.
    const aloneLatencies: number[] = [];
    for (let call = 0; call < aloneCalls; call += 1) {
      const seat = seats[call % seats.length]!;
      aloneLatencies.push((await bench.client.timed('POST', `/api/counters/${seat.counterId}/call-next`, { token: seat.token })).ms);
    }
    const alone = { 'callNext.aloneP50Ms': percentile(aloneLatencies, 50), 'callNext.aloneP99Ms': percentile(aloneLatencies, 99) };

    /** ticket id → when each client received its `ticket.called` frame. */
    const arrivals = new Map<number, number[]>();
    const complete = new Map<number, () => void>();
    const onFrame = (frame: { event: string; data: string; receivedAt: number }) => {
      if (frame.event !== 'ticket.called') return;
      const ticketId = calledTicketId(frame.data);
      const times = arrivals.get(ticketId) ?? [];
      times.push(frame.receivedAt);
      arrivals.set(ticketId, times);
      if (times.length === clients) complete.get(ticketId)?.();
    };
    const streams: EventStreamClient[] = [];
    try {
      for (let index = 0; index < clients; index += 10) {
        streams.push(...(await Promise.all(Array.from({ length: Math.min(10, clients - index) }, () => openEventStream(`${bench.url}/api/events`, onFrame)))));
      }
      const delays: number[] = [];
      let lost = 0;
      // One call at a time, like counters in a real centre, so each delay is the server's
      // publish path and not a queue of other calls. The delay also holds this process reading
      // 100 sockets in turn, so it errs on the slow side.
      for (let call = 0; call < calls; call += 1) {
        const seat = seats[call % seats.length]!;
        const sentAt = performance.now();
        const answer = await bench.client.send('POST', `/api/counters/${seat.counterId}/call-next`, { token: seat.token });
        if (answer.status !== 200) throw new Error(`call-next at ${seat.counterId} answered ${answer.status} ${answer.text}`);
        const ticketId = (JSON.parse(answer.text) as { ticket: StaffTicket }).ticket.id;
        if ((arrivals.get(ticketId)?.length ?? 0) < clients) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 5_000);
            complete.set(ticketId, () => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        const times = arrivals.get(ticketId) ?? [];
        lost += clients - times.length;
        for (const receivedAt of times) delays.push(receivedAt - sentAt);
      }
      return {
        'callToEvent.p50Ms': percentile(delays, 50),
        'callToEvent.p99Ms': percentile(delays, 99),
        'callToEvent.maxMs': Math.max(...delays),
        'callToEvent.clients': clients,
        'callToEvent.calls': calls,
        'callToEvent.deliveries': delays.length,
        'callToEvent.lost': lost,
        ...alone,
      };
    } finally {
      for (const stream of streams) stream.close();
    }
  });
}

async function callToScreenPhase(): Promise<Record<string, number>> {
  const counters = plan.callNext.counters;
  return withServer('call-to-screen', counters + 2, async (bench) => {
    await issueWaiting(bench, plan.waitingTickets + callToScreenPlan.calls);
    const seats = await openCounters(bench, counters);
    return measureCallToScreen({ url: bench.url, client: bench.client, seats, progress });
  });
}

async function tapToPrintPhase(): Promise<Record<string, number>> {
  return withServer('tap-to-print', 4, (bench) =>
    measureTapToPrint({ url: bench.url, client: bench.client, adminToken: bench.adminToken, progress }),
  );
}

const phases: Record<string, () => Promise<Record<string, number>>> = {
  issue: issuePhase,
  'call-next': callNextPhase,
  'call-to-event': callToEventPhase,
  'call-to-screen': callToScreenPhase,
  'tap-to-print': tapToPrintPhase,
  statistics: async () => measureStatistics(progress),
  forecast: async () => {
    progress('forecast: six weeks of demo history (not measured)');
    return withServer(
      'forecast',
      4,
      (bench) => measureForecast({ client: bench.client, adminToken: bench.adminToken, progress }),
      (dataDir) => prepareForecastHistory(dataDir, adminPassword),
    );
  },
};

const rows: { key: string; label: string; unit: string }[] = [
  { key: 'issue.throughputPerSecond', label: 'issue: throughput', unit: 'tickets/s' },
  { key: 'issue.p50Ms', label: 'issue: latency p50', unit: 'ms' },
  { key: 'issue.p99Ms', label: 'issue: latency p99', unit: 'ms' },
  { key: 'issue.serverCpuMsPerRequest', label: 'issue: server CPU per request', unit: 'ms' },
  { key: 'callNext.throughputPerSecond', label: 'call-next: throughput', unit: 'calls/s' },
  { key: 'callNext.p50Ms', label: 'call-next: latency p50', unit: 'ms' },
  { key: 'callNext.p99Ms', label: 'call-next: latency p99', unit: 'ms' },
  { key: 'callNext.serverCpuMsPerRequest', label: 'call-next: server CPU per request', unit: 'ms' },
  { key: 'callNext.aloneP50Ms', label: 'call-next, one counter alone: p50', unit: 'ms' },
  { key: 'callNext.aloneP99Ms', label: 'call-next, one counter alone: p99', unit: 'ms' },
  { key: 'callToEvent.p50Ms', label: 'call → event: delay p50', unit: 'ms' },
  { key: 'callToEvent.p99Ms', label: 'call → event: delay p99', unit: 'ms' },
  { key: 'callToEvent.maxMs', label: 'call → event: delay max', unit: 'ms' },
  ...callToScreenRows,
  ...tapToPrintRows,
  ...statsRows,
  ...forecastRows,
];

function printTable(metrics: Record<string, number>): void {
  const format = (value: number | undefined, unit: string) =>
    value === undefined ? '–' : unit.endsWith('/s') ? Math.round(value).toLocaleString('en-GB') : value.toFixed(2);
  const lines = [['metric', 'value', 'unit', 'target', '']];
  for (const row of rows) {
    const value = metrics[row.key];
    const target = targets[row.key];
    const mark = target && value !== undefined ? (target.met(value) ? '✔ pass' : '✘ miss') : '';
    lines.push([row.label, format(value, row.unit), row.unit, target?.label ?? '', mark]);
  }
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const render = (line: string[]) => line.map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  console.log('');
  console.log(render(lines[0]!));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const line of lines.slice(1)) console.log(render(line));
  console.log('');
  const summaries = [
    ['issue.requests', `${metrics['issue.requests']} issues over ${metrics['issue.connections']} connections (${metrics['issue.failures']} failed)`],
    ['callNext.calls', `${metrics['callNext.calls']} call-next at ${metrics['callNext.counters']} counters (${metrics['callNext.emptyAnswers']} empty, ${metrics['callNext.failures']} failed)`],
    ['callToEvent.calls', `${metrics['callToEvent.deliveries']} deliveries of ${metrics['callToEvent.calls']} calls to ${metrics['callToEvent.clients']} clients (${metrics['callToEvent.lost']} lost)`],
    ['callToScreen.calls', `${metrics['callToScreen.samples']} numbers painted of ${metrics['callToScreen.calls']} calls on ${metrics['callToScreen.displays']} displays (${metrics['callToScreen.missed']} missed)`],
    ['tapToPrint.tickets', `${metrics['tapToPrint.tickets']} kiosk tickets printed`],
  ] as const;
  console.log(`${summaries.filter(([key]) => metrics[key] !== undefined).map(([, text]) => text).join('; ')}.`);
  console.log(`Node ${process.version}, ${availableParallelism()} CPU(s) ${cpus()[0]?.model ?? ''}, server in a child process, SQLite in ${tmpdir()}.`);
  console.log(
    `Load average (1 min) ${metrics['machine.loadAverageBefore']?.toFixed(2)} before, ${metrics['machine.loadAverageAfter']?.toFixed(2)} after: ` +
      'anything else running on the machine shows up in these figures.',
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAverageBefore = loadavg()[0]!;
  if (loadAverageBefore > 0.5) progress(`note: the machine is busy (load average ${loadAverageBefore.toFixed(2)}); figures will be lower`);
  if (only !== undefined && !(only in phases)) throw new Error(`unknown phase "${only}": one of ${Object.keys(phases).join(', ')}`);
  const metrics: Record<string, number> = {};
  for (const [name, phase] of Object.entries(phases)) {
    if (only === undefined || only === name) Object.assign(metrics, await phase());
  }
  metrics['machine.loadAverageBefore'] = loadAverageBefore;
  metrics['machine.loadAverageAfter'] = loadavg()[0]!;
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (profile) progress(`CPU profiles of the server (one per phase): ${profileDir}`);
  if (asJson) {
    const rounded = Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, Math.round(value * 100) / 100]));
    process.stdout.write(`${JSON.stringify(rounded)}\n`);
  } else {
    printTable(metrics);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
