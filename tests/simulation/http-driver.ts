import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ManualClock, startServer } from '@dintur/server';
import type { StaffTicket, Ticket } from '@dintur/shared';
import type { CentreDriver, Scenario } from '@dintur/server/simulation';

/**
 * Drives a real centre server over HTTP on loopback: its own data directory and SQLite file,
 * group commit, the scenario's configuration imported through `PUT /api/config`, one signed-in
 * account per counter. The server's clock is the simulation's, so a day runs in seconds.
 *
 * Booked visits take a plain number here: checking in for an appointment over HTTP arrives
 * with the appointments issue, so only the in-process driver simulates appointments.
 */
export async function createHttpDriver(scenario: Scenario, startInstant: number): Promise<CentreDriver> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-simulation-'));
  const clock = new ManualClock(startInstant);
  const adminPassword = 'simulation-admin-password';
  const server = await startServer(
    { port: 0, host: '127.0.0.1', dataDir, adminPassword, issueLimitPerMinute: 0, heartbeatMs: 60_000 },
    { clock, scryptCost: { N: 1024, r: 8, p: 1 } },
  );
  async function request<T>(method: string, url: string, token?: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
  async function expectOk<T>(method: string, url: string, token?: string, body?: unknown): Promise<T> {
    const response = await request<T>(method, url, token, body);
    if (response.status >= 300) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }
  const login = async (username: string, password: string) =>
    (await expectOk<{ token: string }>('POST', '/api/auth/login', undefined, { username, password })).token;

  const admin = await login('admin', adminPassword);
  await expectOk('PUT', '/api/config', admin, scenario.centre);
  const tokens = new Map<string, string>();
  for (const counter of scenario.counters) {
    const username = `clerk-${counter.counterId}`;
    const password = `${username}-password`;
    await expectOk('POST', '/api/staff', admin, { username, password, unitId: counter.staffUnitId, role: 'staff' });
    tokens.set(counter.counterId, await login(username, password));
  }
  const token = (counterId: string) => tokens.get(counterId)!;

  return {
    appointments: false,
    setTime: (instant) => clock.set(instant),
    openCounter: async (counterId) => void (await expectOk('POST', `/api/counters/${counterId}/open`, token(counterId))),
    pauseCounter: async (counterId) => void (await expectOk('POST', `/api/counters/${counterId}/pause`, token(counterId), { reason: 'lunch' })),
    resumeCounter: async (counterId) => void (await expectOk('POST', `/api/counters/${counterId}/resume`, token(counterId))),
    closeCounter: async (counterId) => void (await expectOk('POST', `/api/counters/${counterId}/close`, token(counterId))),
    async issue(serviceId) {
      const response = await request<Ticket>('POST', '/api/tickets', undefined, { serviceId });
      return response.status === 201 ? response.body : null;
    },
    async callNext(counterId) {
      const response = await request<{ ticket: StaffTicket }>('POST', `/api/counters/${counterId}/call-next`, token(counterId));
      if (response.status === 204) return null;
      if (response.status !== 200) throw new Error(`call-next answered ${response.status}`);
      return response.body.ticket;
    },
    callTicket: (counterId, ticketId) => expectOk<StaffTicket>('POST', `/api/tickets/${ticketId}/call`, token(counterId), { counterId }),
    start: async (counterId, ticketId) => void (await expectOk('POST', `/api/tickets/${ticketId}/start`, token(counterId))),
    finish: async (counterId, ticketId) => void (await expectOk('POST', `/api/tickets/${ticketId}/finish`, token(counterId), { outcome: 'resolved' })),
    transfer: async (counterId, ticketId, serviceId) =>
      void (await expectOk('POST', `/api/tickets/${ticketId}/transfer`, token(counterId), { serviceId, placement: 'original' })),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
