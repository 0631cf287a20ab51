import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { startChildServer, waitForHealth, type ChildExit, type ChildServer } from './child-servers.js';
import { demoCentres } from './demo-centres.js';
import { openStateFile, type StateFile } from './demo-state.js';
import { fillHistory, filledHistory, historyPeriod, localDate, type HistoryRecord } from './fill-history.js';
import { signInAsAdmin } from './http-client.js';
import { registerCentres } from './hub-registration.js';
import { waitUntilShipped } from './wait-for-city.js';

export type CityDemoOptions = {
  /** Everything of the demo lives here: `hub/`, one directory per centre, `keys.json`. */
  baseDir: string;
  hubPort: number;
  /** One port per centre, in the order of `demoCentres()`. */
  centrePorts: readonly number[];
  /** Weeks of weekday history each centre gets on its first run, ending yesterday. */
  weeks: number;
  /** Where the servers listen; 127.0.0.1 unless given. */
  host?: string;
  /** `DINTUR_ADMIN_PASSWORD`: the admin password of every server on a first run (else one is generated). */
  adminPassword?: string;
  log?: (line: string) => void;
  /** How long the hub may take to have every centre's log. */
  readyTimeoutMs?: number;
  /** Stops the start half-way (Ctrl-C while starting); what was started is stopped again. */
  signal?: AbortSignal;
};

export type RunningCentre = { id: string; name: string; url: string; pid: number; counters: number; history: HistoryRecord; filledNow: boolean };

export type RunningCityDemo = {
  hub: { url: string; pid: number; dataDir: string };
  centres: RunningCentre[];
  adminPassword: string;
  /** How the password was chosen: this run (generated or from the environment), or kept from an earlier run. */
  password: StateFile['password'];
  stateFile: string;
  /** Ids of the centres registered at the hub by this run. */
  registered: string[];
  timings: { fillMs: number; startMs: number; shipMs: number; totalMs: number };
  /** Every process the demo started. */
  children: ChildServer[];
  /** Settles with the reason when a server of the demo ends by itself. */
  failure: Promise<string>;
  /** Stops the centres, then the hub, and waits until every one has ended. */
  stop(signal?: NodeJS.Signals): Promise<ChildExit[]>;
};

/**
 * Brings up a city on one machine: the hub (embedded PostgreSQL) and three centres, each a real
 * server in its own process. A first run fills each centre's history and registers it at the
 * hub; a later run finds both and starts at once. Resolves when the hub has every centre's log.
 */
export async function startCityDemo(options: CityDemoOptions): Promise<RunningCityDemo> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const host = options.host ?? '127.0.0.1';
  const address = host === '0.0.0.0' ? '127.0.0.1' : host;
  const centres = demoCentres();
  if (options.centrePorts.length !== centres.length) throw new Error(`the demo has ${centres.length} centres: give as many ports`);
  mkdirSync(options.baseDir, { recursive: true });
  const stateFile = openStateFile(options.baseDir, options.adminPassword, log);
  const password = stateFile.state.adminPassword;
  const children: ChildServer[] = [];
  let stopping = false;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    stopping = true;
    // Centres first, so none of them sees the hub go and says so.
    const centreExits = await Promise.all(children.filter((child) => child.name !== 'hub').map((child) => child.stop(signal)));
    const hubExits = await Promise.all(children.filter((child) => child.name === 'hub').map((child) => child.stop(signal)));
    return [...centreExits, ...hubExits];
  };

  try {
    const hubDir = path.join(options.baseDir, 'hub');
    // The hub starts (PostgreSQL, migrations) while the histories are filled.
    const hub = startChildServer({
      name: 'hub',
      entry: 'city/src/main.ts',
      url: `http://${address}:${options.hubPort}`,
      env: { PORT: String(options.hubPort), HOST: host, DINTUR_DATA_DIR: hubDir, DINTUR_ADMIN_PASSWORD: password },
      log,
    });
    children.push(hub);

    const fillStarted = Date.now();
    const histories: { record: HistoryRecord; filledNow: boolean }[] = [];
    for (const centre of centres) {
      const dataDir = path.join(options.baseDir, centre.id);
      const kept = filledHistory(dataDir);
      if (kept) {
        histories.push({ record: kept, filledNow: false });
        continue;
      }
      const period = historyPeriod(localDate(Date.now(), centre.scenario.centre.centre.timeZone), options.weeks);
      log(`${centre.name}: filling ${options.weeks} week${options.weeks === 1 ? '' : 's'} of history (${period.from} to ${period.to})…`);
      const centreStarted = Date.now();
      const record = await fillHistory(centre, dataDir, period, password);
      log(`${centre.name}: ${record.days} days, ${record.tickets} numbers taken (${((Date.now() - centreStarted) / 1000).toFixed(1)} s)`);
      histories.push({ record, filledNow: true });
      // A fill holds the event loop for seconds: let a Ctrl-C in between.
      await turn();
      options.signal?.throwIfAborted();
    }
    const fillMs = Date.now() - fillStarted;

    await waitForHealth(hub, 120_000, options.signal);
    const hubToken = await signInAsAdmin(hub.url, password).catch((error: unknown) => {
      throw new Error(`cannot sign in at the hub as "admin" with the password kept in ${stateFile.file} (${String(error)}); delete ${options.baseDir} to start over`);
    });
    const { registered, before } = await registerCentres(hub.url, hubToken, centres, stateFile, log);
    for (const id of registered) log(`${centres.find((centre) => centre.id === id)!.name}: registered at the hub.`);
    for (const [index, centre] of centres.entries()) {
      // A centre filled afresh beside a hub that kept its old log: the hub would mix the two.
      const old = before.find((entry) => entry.id === centre.id);
      if (histories[index]!.filledNow && old && old.lastEventId > 0) {
        log(`${centre.name}: its history is new but the hub still has its old log (up to event ${old.lastEventId}); delete all of ${options.baseDir} to start over cleanly.`);
      }
    }

    const startStarted = Date.now();
    const servers = centres.map((centre, index) => {
      const port = options.centrePorts[index]!;
      const server = startChildServer({
        name: centre.id,
        entry: 'server/src/main.ts',
        url: `http://${address}:${port}`,
        env: {
          PORT: String(port),
          HOST: host,
          DINTUR_DATA_DIR: path.join(options.baseDir, centre.id),
          DINTUR_ADMIN_PASSWORD: password,
          DINTUR_CITY_URL: hub.url,
          DINTUR_CITY_CENTRE_ID: centre.id,
          DINTUR_CITY_KEY: stateFile.state.keys[centre.id]!,
        },
        log,
      });
      children.push(server);
      return server;
    });
    await Promise.all(servers.map((server) => waitForHealth(server, 60_000, options.signal)));
    const startMs = Date.now() - startStarted;

    const shipStarted = Date.now();
    const endpoints = await Promise.all(
      centres.map(async (centre, index) => ({ id: centre.id, name: centre.name, url: servers[index]!.url, token: await signInAsAdmin(servers[index]!.url, password) })),
    );
    const stoppedChild = () => children.find((child) => !child.running());
    await waitUntilShipped({
      hub: { url: hub.url, token: hubToken },
      centres: endpoints,
      log,
      timeoutMs: options.readyTimeoutMs ?? 10 * 60_000,
      ...(options.signal && { signal: options.signal }),
      stopped: () => {
        const child = stoppedChild();
        return child && `${child.name} stopped while the city was starting:\n${child.tail()}`;
      },
    });
    const shipMs = Date.now() - shipStarted;

    const failure = Promise.race(
      children.map(async (child) => {
        const exit = await child.exited;
        if (stopping) return new Promise<string>(() => undefined);
        return `${child.name} stopped by itself (${exit.signal ?? `exit code ${exit.code}`}):\n${child.tail()}`;
      }),
    );
    return {
      hub: { url: hub.url, pid: hub.pid, dataDir: hubDir },
      centres: centres.map((centre, index) => ({
        id: centre.id,
        name: centre.name,
        url: servers[index]!.url,
        pid: servers[index]!.pid,
        counters: centre.scenario.centre.counters.length,
        history: histories[index]!.record,
        filledNow: histories[index]!.filledNow,
      })),
      adminPassword: password,
      password: stateFile.password,
      stateFile: stateFile.file,
      registered,
      timings: { fillMs, startMs, shipMs, totalMs: Date.now() - started },
      children,
      failure,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
