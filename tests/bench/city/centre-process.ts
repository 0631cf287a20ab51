/**
 * Centre servers for `npm run bench:city`: the real `startServer` (own SQLite in its data
 * directory, system clock, the city link with its production timings when `city` is given), one
 * or several in this one child process, on 127.0.0.1, with the issue rate limit off and a cheap
 * scrypt cost (only the admin signs in). DINTUR_BENCH_CENTRES is a JSON list of
 * `{ dataDir, port, city? }`. Started by processes.ts.
 */
import { startServer, systemClock, type RunningServer } from '@dintur/server';
import type { CentreSpec } from './processes.js';

const specs = JSON.parse(process.env.DINTUR_BENCH_CENTRES ?? '[]') as CentreSpec[];
if (specs.length === 0) {
  console.error('DINTUR_BENCH_CENTRES must list the centres to start');
  process.exit(1);
}

const running: RunningServer[] = [];
for (const spec of specs) {
  running.push(
    await startServer(
      {
        port: spec.port,
        host: '127.0.0.1',
        dataDir: spec.dataDir,
        adminPassword: process.env.DINTUR_ADMIN_PASSWORD,
        issueLimitPerMinute: 0,
        heartbeatMs: 15_000,
        city: spec.city,
      },
      { clock: systemClock, scryptCost: { N: 1024, r: 8, p: 1 }, cityLink: { log: (message) => console.error(`[${spec.city?.centreId}] ${message}`) } },
    ),
  );
}
console.log(`bench centres listening: ${running.map((server) => server.url).join(' ')}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.all(running.map((server) => server.close())).then(() => process.exit(0));
  });
}
