/**
 * The benchmark's server: the real `startServer` in a process of its own, as `server/src/main.ts`
 * starts it, except for a cheap scrypt cost (the setup signs in ten staff accounts) and the
 * issue rate limit turned off. Listens on 127.0.0.1 only. Run by `tests/bench/run.ts`.
 */
import { closeOnSignals, startServer, systemClock } from '@dintur/server';

const port = Number(process.env.PORT);
const dataDir = process.env.DINTUR_DATA_DIR;
if (!Number.isInteger(port) || port <= 0 || !dataDir) {
  console.error('PORT and DINTUR_DATA_DIR must be set');
  process.exit(1);
}

const running = await startServer(
  {
    port,
    host: '127.0.0.1',
    dataDir,
    adminPassword: process.env.DINTUR_ADMIN_PASSWORD,
    issueLimitPerMinute: 0,
    heartbeatMs: 15_000,
  },
  { clock: systemClock, scryptCost: { N: 1024, r: 8, p: 1 } },
);
console.log(`bench server listening at ${running.url}`);

closeOnSignals(running);
