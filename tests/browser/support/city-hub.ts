import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHub, type HubSettings } from '@dintur/city';
import { CentreConfig, type CentreConfigInput, type CentreStatus, type CityRole, type EventBatch, type ShippedEvent } from '@dintur/shared';
import { testScryptCost } from '../../support/test-server.js';

export const hubAdminPassword = 'a-long-admin-password';

type Answer = {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
};

/** The real hub for the browser tests: embedded PostgreSQL (PGlite) in a temporary directory, real HTTP on port 0. */
export type BrowserHub = {
  url: string;
  /** The hub's clock is the real one plus this; a test moves it to make time pass at the hub only. */
  clock: { offsetMs: number; now(): number };
  /**
   * Sets the hub's clock to stand at `at` now, and signs the admin in again by it: a session is
   * valid for 12 hours of the hub's clock, so a clock set ahead would end the first sign-in.
   */
  pinClock(at: number): Promise<void>;
  adminToken: string;
  request(method: string, url: string, options?: { body?: unknown; token?: string }): Promise<Answer>;
  /** Registers a centre as the admin; returns its key. */
  register(id: string, name: string): Promise<string>;
  /** Creates an account as the admin (`<username>-password` is its password). */
  createAccount(username: string, role: CityRole, displayName: string): Promise<void>;
  /** As the centre with `key`: its live status, which is how live waits arrive. */
  putStatus(centreId: string, key: string, status: CentreStatus): Promise<void>;
  /** As the centre with `key`: a batch of its event log. */
  shipEvents(centreId: string, key: string, batch: EventBatch): Promise<void>;
  /**
   * As the centre with `key`: its configuration in force, as a linked centre ships it (a
   * `config.changed` event after what the hub has, with the document). This is how the hub learns
   * a centre's services and appointment settings, and so its slots.
   */
  shipConfig(centreId: string, key: string, config: CentreConfigInput): Promise<void>;
  close(): Promise<void>;
};

/** Starts the hub the way its tests are asked to: `startHub` from `@dintur/city`; `settings` adds to its own (an SMS gateway, say). */
export async function startBrowserHub(settings: Pick<HubSettings, 'sms' | 'publicUrl'> = {}): Promise<BrowserHub> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-city-web-'));
  const clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs };
  const hub = await startHub(
    { port: 0, host: '127.0.0.1', dataDir, databaseUrl: undefined, adminPassword: hubAdminPassword, ...settings },
    { now: () => clock.now(), scryptCost: testScryptCost, sms: { pollMs: 100, log: () => undefined } },
  );
  const request: BrowserHub['request'] = async (method, url, { body, token } = {}) => {
    const response = await fetch(`${hub.url}${url}`, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const expectStatus = (answer: Answer, status: number, what: string) => {
    if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };
  const signIn = async () =>
    expectStatus(await request('POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } }), 200, 'admin sign-in').body.token as string;
  const browserHub: BrowserHub = {
    url: hub.url,
    clock,
    adminToken: await signIn(),
    request,
    async pinClock(at) {
      clock.offsetMs = at - Date.now();
      browserHub.adminToken = await signIn();
    },
    async register(id, name) {
      return expectStatus(await request('POST', '/api/centres', { token: browserHub.adminToken, body: { id, name } }), 201, `register ${id}`).body.key as string;
    },
    async createAccount(username, role, displayName) {
      expectStatus(
        await request('POST', '/api/staff', { token: browserHub.adminToken, body: { username, password: `${username}-password`, role, displayName } }),
        201,
        `account ${username}`,
      );
    },
    async putStatus(centreId, key, status) {
      expectStatus(await request('PUT', `/api/centres/${centreId}/status`, { token: key, body: status }), 204, `status of ${centreId}`);
    },
    async shipEvents(centreId, key, batch) {
      expectStatus(await request('POST', `/api/centres/${centreId}/events`, { token: key, body: batch }), 200, `events of ${centreId}`);
    },
    async shipConfig(centreId, key, input) {
      const document = CentreConfig.parse(input);
      const cursor = expectStatus(await request('GET', `/api/centres/${centreId}/cursor`, { token: key }), 200, `cursor of ${centreId}`).body.lastEventId as number;
      const version = `test-${cursor + 1}`;
      const event: ShippedEvent = { id: cursor + 1, at: clock.now(), type: 'config.changed', ticketId: null, counterId: null, staffId: null, details: { configVersion: version } };
      expectStatus(await request('POST', `/api/centres/${centreId}/events`, { token: key, body: { after: cursor, events: [event], configs: [{ version, document }] } }), 200, `configuration of ${centreId}`);
    },
    async close() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return browserHub;
}

const names = {
  passport: { da: 'Pas', en: 'Passport' },
  moving: { da: 'Flytning', en: 'Change of address' },
  pension: { da: 'Folkepension', en: 'State pension' },
} as const;

export type ServiceWait = { waiting: number; estimate: number | null; open?: boolean };

/** A centre's live status, taken `ageMs` before `now` (the hub's clock), open unless said otherwise. */
export function statusOf(name: string, now: number, services: Partial<Record<keyof typeof names, ServiceWait>>, options: { ageMs?: number; openNow?: boolean } = {}): CentreStatus {
  return {
    at: new Date(now - (options.ageMs ?? 0)).toISOString(),
    name,
    openNow: options.openNow ?? true,
    countersOpen: 3,
    services: Object.entries(services).map(([id, wait]) => ({
      id,
      name: names[id as keyof typeof names],
      waiting: wait.waiting,
      estimatedWaitMinutes: wait.estimate,
      open: wait.open ?? true,
    })),
  };
}

/** One visit as a centre logs it: a number taken, called after `waitMinutes`, finished `serviceMinutes` later, or a no-show. */
export type LoggedVisit = {
  serviceId: string;
  issuedAt: number;
  channel?: 'kiosk' | 'web' | 'appointment';
  waitMinutes: number;
  serviceMinutes?: number;
  outcome?: 'resolved' | 'referred' | 'not-resolved';
  noShow?: boolean;
};

/**
 * A centre's event log of some visits, as one batch (ids from 1 in time order): ticket.issued,
 * ticket.called, then ticket.finished or ticket.no-show, with the details the statistics read.
 */
export function visitsBatch(visits: readonly LoggedVisit[]): EventBatch {
  const entries: Omit<ShippedEvent, 'id'>[] = [];
  visits.forEach((visit, index) => {
    const ticketId = index + 1;
    const number = `A${ticketId}`;
    const calledAt = visit.issuedAt + visit.waitMinutes * 60_000;
    const base = { ticketId, staffId: null };
    entries.push({ ...base, at: visit.issuedAt, type: 'ticket.issued', counterId: null, details: { number, serviceId: visit.serviceId, channel: visit.channel ?? 'kiosk', estimatedWaitMinutes: 10 } });
    entries.push({ ...base, at: calledAt, type: 'ticket.called', counterId: 'bs-1', details: { number, serviceId: visit.serviceId, waitedMs: calledAt - visit.issuedAt } });
    if (visit.noShow) {
      entries.push({ ...base, at: calledAt + 3 * 60_000, type: 'ticket.no-show', counterId: 'bs-1', details: { number, serviceId: visit.serviceId } });
    } else {
      const serviceMs = (visit.serviceMinutes ?? 8) * 60_000;
      entries.push({ ...base, at: calledAt + 30_000, type: 'ticket.started', counterId: 'bs-1', details: { number, serviceId: visit.serviceId } });
      entries.push({ ...base, at: calledAt + 30_000 + serviceMs, type: 'ticket.finished', counterId: 'bs-1', details: { number, serviceId: visit.serviceId, outcome: visit.outcome ?? 'resolved', serviceMs } });
    }
  });
  entries.sort((left, right) => left.at - right.at);
  return { after: 0, events: entries.map((entry, index) => ({ id: index + 1, ...entry })) };
}
