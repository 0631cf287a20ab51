import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffTicket, Ticket, Tracking } from '@dintur/shared';
import { freePort, spawnServer, waitForHealth, type ChildServer } from './child-server.js';

const adminPassword = 'restart-test-admin-password';
const services = ['information', 'passport'];

type Acknowledged = { serviceId: string; number: string; trackingCode: string };

async function post<T>(url: string, body: unknown, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5_000),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function get<T>(url: string, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: (await response.json()) as T };
}

/** fetch's failure when the server's process is gone: reset, refused, or closed mid-answer. */
function isConnectionLost(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET'].includes(String(code));
}

const numberOf = (ticketNumber: string) => Number(ticketNumber.replace(/^[A-Z]+/, ''));

describe('a server killed while issuing tickets', () => {
  let dataDir: string;
  const children: ChildServer[] = [];

  async function start(): Promise<ChildServer> {
    const server = spawnServer({ port: await freePort(), dataDir, adminPassword });
    children.push(server);
    await waitForHealth(server);
    return server;
  }

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-restart-'));
  });

  afterAll(async () => {
    // Whatever happened, no server outlives the tests.
    await Promise.all(children.map((child) => child.stop('SIGKILL', 1_000)));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged ticket and never reuses a number after a SIGKILL', async () => {
    const first = await start();
    const acknowledged: Acknowledged[] = [];
    const killAfter = 150;
    const workers = 8;
    let killed = false;
    let inFlight = 0;
    let inFlightAtKill = 0;
    let sent = 0;

    // Several kiosks issuing in a tight loop; the process is killed from inside the loop, so
    // other requests are on their way when it dies.
    await Promise.all(
      Array.from({ length: workers }, async (_, worker) => {
        for (let round = 0; !killed && round < 1_000; round += 1) {
          const serviceId = services[(worker + round) % services.length]!;
          inFlight += 1;
          sent += 1;
          let answer: { status: number; body: Ticket };
          try {
            answer = await post<Ticket>(`${first.url}/api/tickets`, { serviceId });
          } catch (error) {
            // The one way a request may fail here: its connection died with the killed process.
            if (killed && isConnectionLost(error)) return;
            throw error;
          } finally {
            inFlight -= 1;
          }
          expect(answer.status, JSON.stringify(answer.body)).toBe(201);
          acknowledged.push({ serviceId, number: answer.body.number, trackingCode: answer.body.trackingCode });
          if (acknowledged.length >= killAfter && !killed) {
            killed = true;
            inFlightAtKill = inFlight;
            first.child.kill('SIGKILL');
          }
        }
      }),
    );
    expect(killed).toBe(true);
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(sent).toBeGreaterThan(acknowledged.length);

    const second = await start();
    for (let offset = 0; offset < acknowledged.length; offset += 25) {
      const tracked = await Promise.all(
        acknowledged.slice(offset, offset + 25).map(async (ticket) => ({ ticket, answer: await get<Tracking>(`${second.url}/api/track/${ticket.trackingCode}`) })),
      );
      for (const { ticket, answer } of tracked) {
        expect(answer.status, ticket.number).toBe(200);
        expect(answer.body).toMatchObject({ number: ticket.number, serviceId: ticket.serviceId, status: 'waiting' });
      }
    }

    const login = await post<{ token: string }>(`${second.url}/api/auth/login`, { username: 'admin', password: adminPassword });
    expect(login.status).toBe(200);
    for (const serviceId of services) {
      const ofService = acknowledged.filter((ticket) => ticket.serviceId === serviceId);
      const highestAcknowledged = Math.max(...ofService.map((ticket) => numberOf(ticket.number)));
      const stored = await get<StaffTicket[]>(`${second.url}/api/tickets?serviceId=${serviceId}`, login.body.token);
      expect(stored.status).toBe(200);
      // What was committed is numbered without gaps; it may hold a few tickets whose answer was lost in the crash.
      const numbers = stored.body.map((ticket) => numberOf(ticket.number)).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, index) => index + 1));
      expect(numbers.length).toBeGreaterThanOrEqual(highestAcknowledged);

      const next = await post<Ticket>(`${second.url}/api/tickets`, { serviceId });
      expect(next.status).toBe(201);
      expect(numberOf(next.body.number)).toBe(numbers.length + 1);
      expect(numberOf(next.body.number)).toBeGreaterThan(highestAcknowledged);
    }
    // An ordinary stop (SIGTERM) closes the database and exits cleanly.
    expect(await second.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('refuses to start on a database migrated by a newer version, naming the migration', async () => {
    const database = new Database(path.join(dataDir, 'dintur.sqlite'));
    database.prepare('INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(999, '999-from-the-future.sql', 'unknown', Date.now());
    database.close();

    const refused = spawnServer({ port: await freePort(), dataDir, adminPassword });
    children.push(refused);
    const timeout = setTimeout(() => refused.child.kill('SIGKILL'), 20_000);
    const exit = await refused.exited;
    clearTimeout(timeout);
    expect(exit.signal).toBeNull();
    expect(exit.code).not.toBe(0);
    expect(refused.output()).toContain('999-from-the-future.sql');
    expect(refused.output()).toMatch(/newer than this server/);
  });
});
