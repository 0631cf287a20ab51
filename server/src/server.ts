import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import { openDatabase } from './data/database.js';
import { cityCprKeyFile, cprKeyFile, createEngine, loadOrCreateSecretKey, systemClock, type Clock, type Engine } from './engine/index.js';
import type { ScryptCost } from '@dintur/shared/passwords';
import { createApp } from './http/app.js';
import { defaultStreamLimits } from './http/event-stream.js';
import { createNotifier } from './notify/index.js';
import { startSmsSender, type SmsSender, type SmsSenderOptions } from './notify/sms-sender.js';
import type { KioskPrinting } from './printing/kiosk-printing.js';
import { demoConfig } from './seed/demo-config.js';
import type { Settings } from './env.js';
import { startCityLink, type CityLink, type CityLinkOptions } from './city/city-link.js';
import { startBookingFeed, type BookingFeedFollower, type BookingFeedOptions } from './city/booking-feed.js';
import { openLogReader } from './data/log-reader.js';

export type RunningServer = {
  engine: Engine;
  server: Server;
  port: number;
  url: string;
  /** Set when the first start created `admin` with a generated password. */
  generatedAdminPassword: string | undefined;
  /** The link to the city hub, when the settings name one. */
  cityLink: CityLink | undefined;
  /** The centre's copy of the bookings made for it at the hub, beside the link. */
  bookingFeed: BookingFeedFollower | undefined;
  /** The loop that sends the SMS outbox, when DINTUR_SMS_URL is set. */
  smsSender: SmsSender | undefined;
  close(): Promise<void>;
};

/**
 * Opens the centre's database in the data directory (seeding the demo centre and the first
 * admin on an empty one), and serves the API. The daily reset is checked every minute.
 */
export type ServerOptions = {
  clock?: Clock;
  scryptCost?: ScryptCost;
  /** Timings of the city link (tests shorten them). */
  cityLink?: Pick<CityLinkOptions, 'batchSize' | 'pollMs' | 'statusEveryMs' | 'maxBackoffMs' | 'shipDelayMs' | 'backlogPauseMs' | 'log'>;
  /** Timings of the booking feed; its log and backoff default to the city link's. */
  bookingFeed?: Pick<BookingFeedOptions, 'pollMs' | 'pageSize' | 'maxBackoffMs' | 'log'>;
  /** Timings of the SMS sender (tests shorten them). */
  smsSender?: Pick<SmsSenderOptions, 'timeoutMs' | 'pollMs' | 'log'>;
};

export async function startServer(settings: Settings, options: ServerOptions = {}): Promise<RunningServer> {
  mkdirSync(settings.dataDir, { recursive: true });
  const databaseFile = path.join(settings.dataDir, 'dintur.sqlite');
  // Refuses a damaged, read-only or lost database with a plain message (main.ts prints it, exit 1).
  const db = openDatabase(databaseFile, { stateBeside: stateOfEarlierRuns(settings.dataDir) });
  const engine = createEngine({
    db,
    clock: options.clock ?? systemClock,
    initialConfig: demoConfig,
    groupCommit: true,
    cprKey: loadOrCreateSecretKey(settings.dataDir),
    ...(options.scryptCost && { scryptCost: options.scryptCost }),
    // A linked centre's appointments are booked at the hub and delivered by its feed.
    ...(settings.city && { city: { hubUrl: settings.city.url, centreId: settings.city.centreId } }),
    // Without a gateway no SMS is queued at all (nothing would ever send it).
    sms: settings.sms !== undefined,
    publicUrl: settings.publicUrl,
  });
  const admin = await engine.staff.ensureAdmin(settings.adminPassword);
  if (admin.restored) {
    console.warn(
      admin.generatedPassword
        ? `dintur: no active admin in the database: restored the account "admin" (admin, enabled) with the password  ${admin.generatedPassword}  (shown only this once; set DINTUR_ADMIN_PASSWORD to choose it)`
        : 'dintur: no active admin in the database: restored the account "admin" (admin, enabled) with the password of DINTUR_ADMIN_PASSWORD',
    );
  }
  const notifier = createNotifier(settings);
  const smsSender =
    settings.sms &&
    startSmsSender({
      ...options.smsSender,
      context: engine.context,
      gateway: { url: settings.sms.url, from: settings.sms.from, token: settings.sms.token },
      perHour: settings.sms.perHour ?? 600,
      perNumberPerHour: settings.sms.perNumberPerHour ?? 5,
      serviceOfAppointment: (code) => engine.appointments.context.appointments.byCode(code)?.serviceId ?? null,
    });
  // The city link ships the event log and live status beside request handling, never in its way.
  const cityLink = settings.city && startCityLink({ ...options.cityLink, settings: settings.city, engine, reader: openLogReader(databaseFile) });
  const bookingFeed =
    settings.city &&
    startBookingFeed({
      ...(options.cityLink?.log && { log: options.cityLink.log }),
      ...(options.cityLink?.maxBackoffMs !== undefined && { maxBackoffMs: options.cityLink.maxBackoffMs }),
      ...options.bookingFeed,
      settings: settings.city,
      engine,
      dataDir: settings.dataDir,
    });
  const cityLinkStatus =
    settings.city &&
    (() => ({
      configured: true,
      hubUrl: settings.city!.url,
      centreId: settings.city!.centreId,
      ...cityLink!.state(),
      bookingDeskUrl: engine.appointments.bookingDeskUrl(),
      bookingFeed: bookingFeed!.state(),
    }));
  const { app, events, printing } = createApp({
    engine,
    issueLimitPerMinute: settings.issueLimitPerMinute,
    bookingLimitPerMinute: settings.bookingLimitPerMinute ?? 10,
    heartbeatMs: settings.heartbeatMs,
    eventStreams: {
      perClient: settings.eventStreamsPerClient ?? defaultStreamLimits.perClient,
      total: settings.eventStreamsMax ?? defaultStreamLimits.total,
      deviceAddresses: settings.deviceAddresses ?? [],
    },
    notifier,
    ...(cityLinkStatus && { cityLink: cityLinkStatus }),
    ...(settings.trustedProxy !== undefined && { trustedProxy: settings.trustedProxy }),
    // The address citizens reach the server at is its own origin too (behind a proxy that rewrites Host).
    ownOrigins: [...(settings.allowedOrigins ?? []), ...(settings.publicUrl ? [new URL(settings.publicUrl).origin] : [])],
  });
  const dayTimer = setInterval(() => engine.tick(), 60_000);
  dayTimer.unref();
  // Appointments past their grace become no-shows, and personal data past retention is deleted.
  const appointmentTimer = setInterval(() => maintainAppointments(engine), 60_000);
  appointmentTimer.unref();
  maintainAppointments(engine);
  // Kiosks and displays gone silent, and the status of the printers the server drives.
  const deviceTimer = setInterval(() => checkDevices(engine, printing), 60_000);
  deviceTimer.unref();
  checkDevices(engine, printing);

  const server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands a failure to listen (a port in use) to this callback.
    const listening = app.listen(settings.port, settings.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  }).catch(async (error: unknown) => {
    clearInterval(dayTimer);
    clearInterval(appointmentTimer);
    clearInterval(deviceTimer);
    await cityLink?.stop();
    await bookingFeed?.stop();
    await smsSender?.close();
    await printing.close();
    events.close();
    await engine.staff.close();
    // The writes of the start (maintenance, the first admin) commit before the database closes.
    await engine.settled();
    db.close();
    await notifier.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  return {
    engine,
    server,
    port,
    url: `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${port}`,
    generatedAdminPassword: admin.created ? admin.generatedPassword : undefined,
    cityLink,
    bookingFeed,
    smsSender,
    async close() {
      await cityLink?.stop();
      await bookingFeed?.stop();
      await smsSender?.close();
      clearInterval(dayTimer);
      clearInterval(appointmentTimer);
      clearInterval(deviceTimer);
      await printing.close();
      events.close();
      await engine.staff.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // The last writes (and the SMS their listeners queue) commit before the database closes.
      await engine.settled();
      db.close();
      await notifier.close();
    },
  };
}

/**
 * What marks a data directory as a centre's that has run before: its CPR-hash keys. The key is
 * written after the database on a first start, so beside a missing or empty database it means
 * the database was lost, not that this is a first start.
 */
function stateOfEarlierRuns(dataDir: string): string[] {
  return [cprKeyFile, cityCprKeyFile].filter((file) => existsSync(path.join(dataDir, file)));
}

/** The appointment timer's work; a failure is reported and tried again at the next minute. */
function maintainAppointments(engine: Engine): void {
  try {
    engine.appointments.maintain();
  } catch (error) {
    console.error(`dintur: appointment maintenance failed: ${error instanceof Error ? error.message : String(error)}`);
  }
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

/** The device timer's work: silence first (no I/O), then the printers (network, in the background). */
function checkDevices(engine: Engine, printing: KioskPrinting): void {
  try {
    engine.devices.checkSilence();
  } catch (error) {
    console.error('dintur: checking for silent devices failed; trying again in a minute', error);
  }
  printing.checkPrinters().catch((error: unknown) => console.error('dintur: checking the kiosk printers failed; trying again in a minute', error));
}
