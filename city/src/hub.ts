import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ScryptCost } from '@dintur/shared/passwords';
import { createAccountsRepository } from './data/accounts-repository.js';
import { createCentresRepository } from './data/centres-repository.js';
import { openEmbeddedDatabase, openServerDatabase, type Database } from './data/database.js';
import { migrate } from './data/migrate.js';
import { createAppointmentsRepository } from './data/appointments-repository.js';
import { createSmsRepository } from './data/sms-repository.js';
import { createStatsRepository } from './data/stats-repository.js';
import type { HubSettings } from './env.js';
import { createHubApp } from './http/app.js';
import { createAccounts } from './services/accounts.js';
import { createBookings } from './services/booking/bookings.js';
import { createCentreCalendars } from './services/booking/calendars.js';
import { createFeeds } from './services/booking/feed.js';
import { createBookingOffers } from './services/booking/offers.js';
import { purgePersonalData } from './services/booking/privacy.js';
import { createCentres } from './services/centres.js';
import { createHubSms, type HubSmsOptions } from './services/sms/hub-sms.js';
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
export async function startHub(settings: HubSettings, options: { now?: () => number; scryptCost?: ScryptCost; sms?: HubSmsOptions } = {}): Promise<RunningHub> {
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
  if (admin.restored) {
    console.warn(
      admin.generatedPassword
        ? `dintur city: no admin in the database: restored the account "admin" (admin) with the password  ${admin.generatedPassword}  (shown only this once; set DINTUR_ADMIN_PASSWORD to choose it)`
        : 'dintur city: no admin in the database: restored the account "admin" (admin) with the password of DINTUR_ADMIN_PASSWORD',
    );
  }
  const statistics = createCityStatistics(createStatsRepository(db), centresRepository, now);
  const appointments = createAppointmentsRepository(db);
  const calendars = createCentreCalendars(centresRepository, now);
  const cprKey = await appointments.secret('cpr-key', () => randomBytes(32), now());
  // SMS about the bookings the hub owns: queued with each change, sent when DINTUR_SMS_URL is set.
  const sms = createHubSms(db, calendars, { sms: settings.sms, publicUrl: settings.publicUrl ?? null }, now, options.sms);
  const booking = {
    offers: createBookingOffers(calendars, appointments, now),
    bookings: createBookings(db, calendars, cprKey, now, sms),
    feeds: createFeeds(appointments, (await appointments.secret('booking-feed-id', () => randomBytes(16), now())).toString('hex')),
    cprKey,
    bookingLimitPerMinute: settings.bookingLimitPerMinute ?? 10,
    now,
  };
  // Personal data go a configured number of days after the appointment: once the hub serves (not
  // in the way of its start), then hourly. Closing waits for a purge under way.
  let purging: Promise<unknown> = Promise.resolve();
  const purge = () => {
    purging = purgePersonalData(appointments, calendars, now(), createSmsRepository(db)).catch((error: Error) => console.error(`dintur city: the personal-data purge failed: ${error.message}`));
  };
  const purgeTimer = setInterval(purge, 60 * 60_000);
  purgeTimer.unref();
  const app = createHubApp({ db, accounts, centres, statistics, booking, calendars, now }, { trustedProxy: settings.trustedProxy, ownOrigins: settings.allowedOrigins });
  const server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands a failure to listen (a port in use) to this callback.
    // A queue of 4,096 connections not yet accepted (Node's default is 511): the morning a month's
    // slots open, thousands of phones connect within a second, and a dropped SYN costs a citizen a
    // second before the retry. The kernel caps it at net.core.somaxconn.
    const listening = app.listen(settings.port, settings.host, 4096, (error?: Error) => (error ? reject(error) : resolve(listening)));
  }).catch(async (error: unknown) => {
    clearInterval(purgeTimer);
    await sms.close();
    await accounts.close();
    await db.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  purge();
  return {
    server,
    port,
    url: `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${port}`,
    db,
    generatedAdminPassword: admin.restored ? undefined : admin.generatedPassword,
    async close() {
      clearInterval(purgeTimer);
      await purging;
      await sms.close();
      await accounts.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
