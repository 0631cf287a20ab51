import { startHub, type RunningHub } from '@dintur/city';
import { demoConfig } from '@dintur/server';
import { CentreConfig, type CentreConfigInput, type StatsReport } from '@dintur/shared';
import { expect } from 'vitest';
import { startPostgres, type PostgresCluster } from '../support/postgres.js';
import { startTestServer, testScryptCost, type TestServer } from '../support/test-server.js';

export const hubAdminPassword = 'city-admin-password';

/** JSON over HTTP to any server, as the tests read it. */
export async function call(
  base: string,
  method: string,
  url: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...(options.token && { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    ...(options.body !== undefined && { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers };
}

export type CityHub = RunningHub & {
  databaseUrl: string;
  adminToken: string;
  request: (method: string, url: string, options?: Parameters<typeof call>[3]) => ReturnType<typeof call>;
  /** Registers a centre as the admin; returns its key. */
  register(id: string, name: string): Promise<string>;
};

/** Starts the hub on a fresh database of `cluster` (a real PostgreSQL server), or on `databaseUrl` again. */
export async function startCityHub(
  cluster: PostgresCluster,
  databaseUrl?: string,
  options: { now?: () => number; scryptCost?: typeof testScryptCost; bookingLimitPerMinute?: number } = {},
): Promise<CityHub> {
  const url = databaseUrl ?? (await cluster.createDatabase());
  const { bookingLimitPerMinute = 0, ...hubOptions } = options;
  const hub = await startHub(
    { port: 0, host: '127.0.0.1', dataDir: cluster.dir, databaseUrl: url, adminPassword: hubAdminPassword, bookingLimitPerMinute },
    { ...hubOptions, scryptCost: options.scryptCost ?? testScryptCost },
  );
  const request: CityHub['request'] = (method, path, options) => call(hub.url, method, path, options);
  const login = await request('POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } });
  expect(login.status).toBe(200);
  const adminToken = login.body.token as string;
  return {
    ...hub,
    databaseUrl: url,
    adminToken,
    request,
    async register(id, name) {
      const created = await request('POST', '/api/centres', { token: adminToken, body: { id, name } });
      expect(created.status).toBe(201);
      return created.body.key as string;
    },
  };
}

/** A centre server linked to the hub, with the link's waits shortened for tests. */
export function startLinkedCentre(hubUrl: string, centreId: string, key: string, options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  return startTestServer({
    ...options,
    city: { url: hubUrl, centreId, key },
    cityLink: { pollMs: 100, maxBackoffMs: 300, statusEveryMs: 2_000, log: () => undefined, ...options.cityLink },
  });
}

export { startPostgres };

/** Waits until `check` passes (it throws until then), up to `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** The figures the city report must equal: a centre's own `total`. Floating sums may differ in the last bits only. */
export function expectSameFigures(hub: Record<string, unknown>, centre: StatsReport['total']): void {
  const round = (value: unknown): unknown =>
    typeof value === 'number' ? Number(value.toPrecision(12)) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, round(entry)])) : value;
  const { issued, transferredIn, transferredOut, served, noShows, cancelled, unfinished, waits, serviceTimes, outcomes, firstContactResolution } = hub;
  expect(round({ issued, transferredIn, transferredOut, served, noShows, cancelled, unfinished, waits, serviceTimes, outcomes, firstContactResolution })).toEqual(round(centre));
}

/** The demo centre's configuration under another name; its passport slots take `places` citizens (2 counters at 50 % or 0 % walk-ins). */
export function passportConfig(name: string, places: 1 | 2 = 2): CentreConfigInput {
  const config = structuredClone(demoConfig) as CentreConfigInput;
  config.centre.name = name;
  config.appointments!.services!.passport = { ...config.appointments!.services!.passport!, counterIds: ['bs-1', 'bs-2'], walkInShare: places === 2 ? 0 : 0.5 };
  return config;
}

/** As the centre with `key`: its configuration in force, shipped as a linked centre ships it (a `config.changed` event after the hub's cursor, with the document). */
export async function shipConfig(hub: Pick<CityHub, 'request'>, centreId: string, key: string, input: CentreConfigInput, version: string): Promise<void> {
  const cursor = (await hub.request('GET', `/api/centres/${centreId}/cursor`, { token: key })).body.lastEventId as number;
  const event = { id: cursor + 1, at: Date.now(), type: 'config.changed', ticketId: null, counterId: null, staffId: null, details: { configVersion: version } };
  const shipped = await hub.request('POST', `/api/centres/${centreId}/events`, {
    token: key,
    body: { after: cursor, events: [event], configs: [{ version, document: CentreConfig.parse(input) }] },
  });
  expect(shipped.status).toBe(200);
}
