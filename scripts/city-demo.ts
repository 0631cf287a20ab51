/**
 * `npm run city:demo`: a whole city on one machine. The city hub (embedded PostgreSQL) and three
 * centres — Borgercenter Valby, Borgerservice Nørrebro, Borgerservice Amager — each a real server
 * in its own process, with weeks of simulated history shipped to the hub. Everything lives in
 * ./data/city; delete it to start over. Ctrl-C stops every server.
 *
 *   DINTUR_CITY_DEMO_PORT   centres on PORT+1, +2, +3 and the hub on PORT+10 (default 8080)
 *   DINTUR_CITY_DEMO_WEEKS  weeks of history on the first run (default 4)
 *   DINTUR_ADMIN_PASSWORD   the admin password of every server (first run; default: generated)
 *   HOST                    where the servers listen (default 127.0.0.1)
 */
import path from 'node:path';
import { z } from 'zod';
import { issuesOf } from '@dintur/shared';
import { startCityDemo, type RunningCityDemo } from './city-demo/run-city-demo.js';

const Environment = z.object({
  DINTUR_CITY_DEMO_PORT: z.coerce.number().int().min(1).max(65_525).default(8080),
  DINTUR_CITY_DEMO_WEEKS: z.coerce.number().int().min(1).max(52).default(4),
  DINTUR_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
});

const print = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const parsed = Environment.safeParse(process.env);
if (!parsed.success) {
  process.stderr.write(`Invalid environment:\n${issuesOf(parsed.error).map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}\n`);
  process.exit(1);
}
const env = parsed.data;
const baseDir = path.resolve('data/city');

const starting = new AbortController();
let demo: RunningCityDemo | undefined;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!demo) {
      // Still starting: the start stops what it started and throws.
      starting.abort();
      return;
    }
    if (stopping) return;
    stopping = true;
    print(`\nstopping the city (${signal})…`);
    void demo.stop(signal).then(() => {
      print('stopped: every server has ended.');
      process.exit(0);
    });
  });
}

print('dintur city demo: starting the hub and three centres…');
try {
  demo = await startCityDemo({
    baseDir,
    hubPort: env.DINTUR_CITY_DEMO_PORT + 10,
    centrePorts: [1, 2, 3].map((offset) => env.DINTUR_CITY_DEMO_PORT + offset),
    weeks: env.DINTUR_CITY_DEMO_WEEKS,
    host: env.HOST,
    adminPassword: env.DINTUR_ADMIN_PASSWORD,
    log: print,
    signal: starting.signal,
  });
} catch (error) {
  if (starting.signal.aborted) {
    print('stopped while starting; every server has ended.');
    process.exit(130);
  }
  process.stderr.write(`dintur city demo could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const relative = (file: string) => path.relative(process.cwd(), file) || '.';
print();
print(`dintur city — ${relative(baseDir)}`);
print(`  city hub (embedded PostgreSQL in ${relative(demo.hub.dataDir)})`);
print(`    waits:    ${demo.hub.url}/waits     (citizens: where is the wait shortest)`);
print(`    book:     ${demo.hub.url}/book      (citizens: an appointment at any centre)`);
print(`    staff:    ${demo.hub.url}/staff/    (city overview, reports, centres; the contact centre's booking desk at /staff/bookings)`);
for (const centre of demo.centres) {
  const { history } = centre;
  print(`  ${centre.name} (${centre.id}: ${centre.counters} counters, ${history.days} days of history ${history.from} to ${history.to}, ${history.tickets} numbers)`);
  print(`    kiosk:    ${centre.url}/kiosk/`);
  print(`    display:  ${centre.url}/display/`);
  print(`    staff:    ${centre.url}/staff/`);
}
print();
const kept = relative(demo.stateFile);
if (demo.password === 'generated') {
  print(`  Sign in everywhere as "admin" with the password  ${demo.adminPassword}`);
  print(`  (generated for this demo and kept in ${kept}; set DINTUR_ADMIN_PASSWORD before a first run to choose it)`);
} else if (demo.password === 'environment') {
  print(`  Sign in everywhere as "admin" with the password from DINTUR_ADMIN_PASSWORD (kept in ${kept}).`);
} else {
  print(`  Sign in everywhere as "admin" with the password  ${demo.adminPassword}  as before (kept in ${kept}).`);
}
const filled = demo.centres.filter((centre) => centre.filledNow).length;
const { timings } = demo;
print(
  `  ${filled > 0 ? `First run: history filled for ${filled} centre${filled === 1 ? '' : 's'} in ${seconds(timings.fillMs)}` : 'History and keys as before'}; ` +
    `servers up in ${seconds(timings.startMs)}, logs at the hub in ${seconds(timings.shipMs)}.`,
);
print(`  The centres are open every day around the clock. Ctrl-C stops them all; delete ${relative(baseDir)} to start over.`);
print();
print(`ready in ${seconds(timings.totalMs)}`);

void demo.failure.then(async (reason) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`\n${reason}\nstopping the city…\n`);
  await demo!.stop();
  process.exit(1);
});
