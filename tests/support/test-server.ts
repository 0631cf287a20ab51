import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ManualClock, startServer, type RunningServer, type ServerOptions, type Settings } from '@dintur/server';
import type { Role } from '@dintur/shared';

/** Cheap scrypt for tests: the production cost would make each sign-in take ~100 ms. */
export const testScryptCost = { N: 1024, r: 8, p: 1 };
export const adminPassword = 'admin-password-for-tests';

export type TestServer = RunningServer & {
  clock: ManualClock;
  dataDir: string;
  /** fetch against the server, JSON in and out. */
  request(method: string, url: string, options?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<{
    status: number;
    body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
    headers: Headers;
  }>;
  login(username: string, password: string): Promise<string>;
  /** Creates an account as admin and signs it in; returns its token and id. */
  createStaff(username: string, role: Role, unitId: string | null): Promise<{ token: string; id: number }>;
  adminToken: string;
};

/**
 * Starts the real server (real SQLite file in a temporary directory, real HTTP on port 0)
 * with a clock the test sets. Default time: a Tuesday at 11:00 in Copenhagen.
 */
export async function startTestServer(
  options: {
    time?: string;
    issueLimitPerMinute?: number;
    /** Public bookings a minute per client (DINTUR_BOOKING_LIMIT_PER_MINUTE); default 0, no limit. */
    bookingLimitPerMinute?: number;
    /** Caps on anonymous event streams (DINTUR_EVENT_STREAMS_PER_CLIENT, _MAX); default as in production. */
    eventStreamsPerClient?: number;
    eventStreamsMax?: number;
    /** Addresses whose streams are never capped (DINTUR_DEVICE_ADDRESSES). */
    deviceAddresses?: string[];
    dataDir?: string;
    heartbeatMs?: number;
    /** Join this city hub. */
    city?: Settings['city'];
    cityLink?: ServerOptions['cityLink'];
    /** Proxies whose X-Forwarded-* headers are believed (DINTUR_TRUSTED_PROXY). */
    trustedProxy?: Settings['trustedProxy'];
    /** Origins whose pages count as the server's own (DINTUR_ALLOWED_ORIGINS). */
    allowedOrigins?: Settings['allowedOrigins'];
    /** SMS through this gateway (DINTUR_SMS_URL and the rest; tests/support/fake-sms-gateway.ts). */
    sms?: Settings['sms'];
    /** The address citizens reach the server at (DINTUR_PUBLIC_URL), for links in messages. */
    publicUrl?: string;
    /** Timings of the SMS sender (a short gateway timeout, a short poll). */
    smsSender?: ServerOptions['smsSender'];
    /** A dearer scrypt than testScryptCost, for tests of load on sign-in. */
    scryptCost?: ServerOptions['scryptCost'];
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'dintur-test-'));
  const clock = new ManualClock(new Date(options.time ?? '2026-11-24T10:00:00Z').getTime());
  const running = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      adminPassword,
      issueLimitPerMinute: options.issueLimitPerMinute ?? 0,
      bookingLimitPerMinute: options.bookingLimitPerMinute ?? 0,
      ...(options.eventStreamsPerClient !== undefined && { eventStreamsPerClient: options.eventStreamsPerClient }),
      ...(options.eventStreamsMax !== undefined && { eventStreamsMax: options.eventStreamsMax }),
      ...(options.deviceAddresses && { deviceAddresses: options.deviceAddresses }),
      heartbeatMs: options.heartbeatMs ?? 15_000,
      city: options.city,
      ...(options.trustedProxy && { trustedProxy: options.trustedProxy }),
      ...(options.allowedOrigins && { allowedOrigins: options.allowedOrigins }),
      ...(options.sms && { sms: options.sms }),
      ...(options.publicUrl && { publicUrl: options.publicUrl }),
    },
    {
      clock,
      scryptCost: options.scryptCost ?? testScryptCost,
      ...(options.cityLink && { cityLink: options.cityLink }),
      ...(options.smsSender && { smsSender: options.smsSender }),
    },
  );
  const request: TestServer['request'] = async (method, url, { body, token, headers = {} } = {}) => {
    const response = await fetch(`${running.url}${url}`, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
        ...headers,
      },
      ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
  const login = async (username: string, password: string) => {
    const response = await request('POST', '/api/auth/login', { body: { username, password } });
    if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.token as string;
  };
  const adminToken = await login('admin', adminPassword);
  const server: TestServer = {
    ...running,
    clock,
    dataDir,
    request,
    login,
    adminToken,
    async createStaff(username, role, unitId) {
      const password = `${username}-password`;
      const created = await request('POST', '/api/staff', { token: adminToken, body: { username, password, role, unitId } });
      if (created.status !== 201) throw new Error(`create ${username} failed: ${created.status} ${JSON.stringify(created.body)}`);
      return { token: await login(username, password), id: created.body.id as number };
    },
    async close() {
      await running.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
