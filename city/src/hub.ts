import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ScryptCost } from '@dintur/shared/passwords';
import { createAccountsRepository } from './data/accounts-repository.js';
import { createCentresRepository } from './data/centres-repository.js';
import { openEmbeddedDatabase, openServerDatabase, type Database } from './data/database.js';
import { migrate } from './data/migrate.js';
import { createStatsRepository } from './data/stats-repository.js';
import type { HubSettings } from './env.js';
import { createHubApp } from './http/app.js';
import { createAccounts } from './services/accounts.js';
import { createCentres } from './services/centres.js';
import { createCityStatistics } from './services/stats.js';

export type RunningHub = {
  server: Server;
  port: number;
  url: string;
  db: Database;
  /** Set when the first start created `admin` with a generated password. */
  generatedAdminPassword: string | undefined;
  close(): Promise<void>;
};

/** Opens the hub's PostgreSQL (the server at `databaseUrl`, or the embedded one), migrates it, and serves. */
export async function startHub(settings: HubSettings, options: { now?: () => number; scryptCost?: ScryptCost } = {}): Promise<RunningHub> {
  const now = options.now ?? Date.now;
  let db: Database;
  if (settings.databaseUrl) {
    db = await openServerDatabase(settings.databaseUrl);
  } else {
    const dir = path.join(settings.dataDir, 'city-pg');
    mkdirSync(dir, { recursive: true });
    db = await openEmbeddedDatabase(dir);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const accounts = createAccounts(createAccountsRepository(db), now, options.scryptCost);
  const centresRepository = createCentresRepository(db);
  const centres = createCentres(centresRepository, now);
  await centres.load();
  const admin = await accounts.ensureAdmin(settings.adminPassword);
  const statistics = createCityStatistics(createStatsRepository(db), centresRepository, now);
  const app = createHubApp({ db, accounts, centres, statistics, now });
  const server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands a failure to listen (a port in use) to this callback.
    const listening = app.listen(settings.port, settings.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${port}`,
    db,
    generatedAdminPassword: admin.generatedPassword,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
