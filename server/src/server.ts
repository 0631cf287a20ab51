import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import { openDatabase } from './data/database.js';
import { systemClock, type Clock } from './engine/clock.js';
import { createEngine, type Engine } from './engine/engine.js';
import type { ScryptCost } from './engine/passwords.js';
import { createApp } from './http/app.js';
import { demoConfig } from './seed/demo-config.js';
import type { Settings } from './env.js';

export type RunningServer = {
  engine: Engine;
  server: Server;
  port: number;
  url: string;
  /** Set when the first start created `admin` with a generated password. */
  generatedAdminPassword: string | undefined;
  close(): Promise<void>;
};

/**
 * Opens the centre's database in the data directory (seeding the demo centre and the first
 * admin on an empty one), and serves the API. The daily reset is checked every minute.
 */
export async function startServer(settings: Settings, options: { clock?: Clock; scryptCost?: ScryptCost } = {}): Promise<RunningServer> {
  mkdirSync(settings.dataDir, { recursive: true });
  const db = openDatabase(path.join(settings.dataDir, 'dintur.sqlite'));
  const engine = createEngine({
    db,
    clock: options.clock ?? systemClock,
    initialConfig: demoConfig,
    groupCommit: true,
    ...(options.scryptCost && { scryptCost: options.scryptCost }),
  });
  const admin = await engine.staff.ensureAdmin(settings.adminPassword);
  const { app, events } = createApp({ engine, issueLimitPerMinute: settings.issueLimitPerMinute, heartbeatMs: settings.heartbeatMs });
  const dayTimer = setInterval(() => engine.tick(), 60_000);
  dayTimer.unref();

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(settings.port, settings.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    engine,
    server,
    port,
    url: `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${port}`,
    generatedAdminPassword: admin.generatedPassword,
    async close() {
      clearInterval(dayTimer);
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}

/**
 * Closes the server cleanly on SIGINT or SIGTERM, once, then exits with 0 (a clean exit also lets
 * `--cpu-prof` write its profile).
 */
export function closeOnSignals(running: RunningServer): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void running.close().then(() => process.exit(0));
    });
  }
}
