/**
 * `npm run bench:city`: the city hub on a real PostgreSQL server this bench starts itself.
 *
 *   1. ingest: events/s the hub stores from `POST /api/centres/{id}/events` batches of 5,000,
 *      several centres in parallel (ingest-bench.ts);
 *   2. year: a year of eight centres (≈ 1.2 M visits), tiled from simulated days, loaded into the
 *      hub, then `GET /api/city/stats` over the year timed, its figures checked against the
 *      centre's own statistics code, and a sample month shipped through the endpoint checked to
 *      give the same stays (year-bench.ts);
 *   3. waits: eight centre servers linked to the hub; from a ticket's 201 to `GET /api/city/waits`
 *      showing the new waiting count (waits-bench.ts);
 *   4. overhead: a centre's issue latency alone and linked, while the hub ingests and while the
 *      centre's own backlog ships; how long a 20,000-event backlog takes to reach the hub
 *      (overhead-bench.ts);
 *   5. booking: on a fresh hub with 8 centres, POST /api/city/appointments at a steady 220/s for
 *      30 s (open loop, each a real free place); then 2,000 citizens from as many source addresses
 *      for 50 places within 10 s, exactly 50 booked (booking-bench.ts).
 *
 * `--only=<phase>` (ingest, year, waits, overhead, booking) runs one phase (waits and overhead then
 * run on an empty hub; booking always does). `--json` prints exactly one JSON object of metric →
 * value on stdout (progress goes to stderr). `--profile` runs the hub under `node --cpu-prof` and
 * prints where its CPU went. Targets are shown beside the figures; a missed target is reported, not turned into a
 * failing exit code.
 *
 * The hub runs as `npm run city` runs it, in a child process, on PostgreSQL through `pg`; centre
 * servers run in a child process of their own (centre-process.ts); load and measurements stay
 * here. Loopback only, keep-alive connections.
 */
import { mkdtempSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { withDeadline } from '../http-load.js';
import { bookingRows, bookingTargets, measureBooking } from './booking-bench.js';
import { createContext, plan, type BenchContext } from './context.js';
import { ingestRows, ingestTargets, measureIngest } from './ingest-bench.js';
import { overheadRows, overheadTargets, measureOverhead } from './overhead-bench.js';
import { startCluster } from './processes.js';
import { summariseProfiles } from './profile.js';
import type { StatementTime } from './sql-time.js';
import { measureWaits, waitsRows, waitsTargets } from './waits-bench.js';
import { measureYear, yearRows, yearTargets } from './year-bench.js';

const asJson = process.argv.includes('--json');
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length);
const profile = process.argv.includes('--profile');
const progress = (message: string) => process.stderr.write(`${message}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => process.exit(130));
}

type Target = { label: string; met: (value: number) => boolean };
const targets: Partial<Record<string, Target>> = { ...ingestTargets, ...yearTargets, ...waitsTargets, ...overheadTargets, ...bookingTargets };
const rows = [...ingestRows, ...yearRows, ...waitsRows, ...overheadRows, ...bookingRows];

/** `sql`: the statements of the phase's main measurement; `moreSql`: of other parts of it, by name. */
type PhaseResult = { metrics: Record<string, number>; sql?: StatementTime[]; moreSql?: Record<string, StatementTime[]>; notes?: string[] };
const phases: Record<string, (context: BenchContext) => Promise<PhaseResult>> = {
  ingest: measureIngest,
  year: measureYear,
  waits: measureWaits,
  overhead: measureOverhead,
  booking: measureBooking,
};

function formatValue(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (unit.endsWith('/s') || ['visits', 'events', 'fields', 'rows', 'requests', 'bookings'].includes(unit)) return Math.round(value).toLocaleString('en-GB');
  if (unit === '%') return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
  return value.toFixed(2);
}

function printTable(metrics: Record<string, number>, notes: string[], sqlByPhase: Map<string, StatementTime[]>): void {
  const lines = [['metric', 'value', 'unit', 'target', '']];
  for (const row of rows) {
    const value = metrics[row.key];
    if (value === undefined) continue;
    const target = targets[row.key];
    const mark = target && !Number.isNaN(value) ? (target.met(value) ? '✔ pass' : '✘ miss') : '';
    lines.push([row.label, formatValue(value, row.unit), row.unit, target?.label ?? '', mark]);
  }
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const render = (line: string[]) => line.map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  console.log('');
  console.log(render(lines[0]!));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const line of lines.slice(1)) console.log(render(line));
  console.log('');
  for (const note of notes) console.log(note);
  for (const [phase, times] of sqlByPhase) {
    if (times.length === 0) continue;
    console.log(`\nSQL time in the hub's database during "${phase}" (pg_stat_statements):`);
    for (const time of times.slice(0, 8)) {
      console.log(`  ${time.label.padEnd(28)} ${time.calls.toString().padStart(6)} calls  ${time.totalMs.toFixed(0).padStart(8)} ms  (${time.meanMs.toFixed(2)} ms each)`);
    }
  }
  console.log('');
  console.log(`Node ${process.version}, ${availableParallelism()} CPU(s) ${cpus()[0]?.model ?? ''}; hub and centres in child processes, PostgreSQL on 127.0.0.1 (fsync=off, synchronous_commit=on), temporary files in ${tmpdir()}.`);
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
  const profileDir = profile ? mkdtempSync(path.join(tmpdir(), 'dintur-bench-city-profiles-')) : undefined;
  progress('starting PostgreSQL');
  const cluster = await startCluster();
  const context = createContext(cluster, progress, profileDir);
  const metrics: Record<string, number> = {};
  const notes: string[] = [];
  const sqlByPhase = new Map<string, StatementTime[]>();
  try {
    for (const [name, phase] of Object.entries(phases)) {
      if (only !== undefined && only !== name) continue;
      const phaseStarted = performance.now();
      const result = await withDeadline(name, plan.phaseDeadlineMs, phase(context));
      Object.assign(metrics, result.metrics);
      notes.push(...(result.notes ?? []));
      if (result.sql) sqlByPhase.set(name, result.sql);
      for (const [part, times] of Object.entries(result.moreSql ?? {})) sqlByPhase.set(`${name}: ${part}`, times);
      metrics[`${name}.phaseSeconds`] = (performance.now() - phaseStarted) / 1000;
      progress(`  ${name} done in ${metrics[`${name}.phaseSeconds`]!.toFixed(1)} s`);
    }
  } finally {
    await context.yearHub?.stop();
    await cluster.stop();
  }
  metrics['setup.simulatedDays'] = context.simulation.days;
  metrics['setup.simulationSeconds'] = context.simulation.seconds;
  metrics['machine.loadAverageBefore'] = loadAverageBefore;
  metrics['machine.loadAverageAfter'] = loadavg()[0]!;
  metrics['bench.seconds'] = (performance.now() - started) / 1000;
  progress(`done in ${metrics['bench.seconds'].toFixed(1)} s`);
  if (profileDir) {
    const summary = summariseProfiles(profileDir);
    for (const line of summary) progress(line);
  }
  if (asJson) {
    const rounded = Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, Math.round(value * 100) / 100]));
    process.stdout.write(`${JSON.stringify(rounded)}\n`);
  } else {
    printTable(metrics, notes, sqlByPhase);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
