import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import type { TestServer } from '../support/test-server.js';
import { expectError, expectSuccess, issueTicket, issuePaths, serverPerTest, staffAtCounter } from './helpers.js';

/** An account with a full name, signed in: the name must never reach the log. */
async function person(server: TestServer, username: string, displayName: string, role: 'staff' | 'manager', unitId: string) {
  const password = `${username}-password`;
  const created = await server.request('POST', '/api/staff', { token: server.adminToken, body: { username, displayName, password, role, unitId } });
  expect(created.status).toBe(201);
  const login = await server.request('POST', '/api/auth/login', { body: { username, password } });
  return { id: created.body.id as number, token: login.body.token as string };
}

/** The whole event log of the test day as a leader exports it. */
async function exportedLog(server: TestServer) {
  const response = await server.request('GET', '/api/events/export?from=2026-11-20&to=2026-11-30', { token: server.adminToken });
  expect(response.status).toBe(200);
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { type: string; staffId: number | null; counterId: string | null; details: Record<string, unknown> });
}

describe('leaders’ actions on counters and services, recorded with who did them', () => {
  const server = serverPerTest();

  it('logs the leader who closed another’s counter and whose seat it was, by id and never by name', async () => {
    const s = server();
    const leader = await person(s, 'mette', 'Mette Leder', 'manager', 'pension-care');
    const poul = await person(s, 'poul', 'Poul Pensionsen', 'staff', 'borgerservice');
    expectSuccess(await s.request('POST', '/api/counters/bs-2/open', { token: poul.token }), operations.openCounter);
    expectSuccess(await s.request('POST', '/api/counters/bs-2/close', { token: leader.token }), operations.closeCounter);
    expectSuccess(await s.request('POST', '/api/services/passport/close', { token: leader.token }), operations.closeService);

    const log = await exportedLog(s);
    const closed = log.filter((event) => event.type === 'counter.changed' && event.counterId === 'bs-2').at(-1);
    expect(closed).toMatchObject({ staffId: leader.id, details: { status: 'closed', signedOutStaffId: poul.id } });
    expect(log.filter((event) => event.type === 'service.changed').at(-1)).toMatchObject({ staffId: leader.id, details: { serviceId: 'passport', closedByStaff: true } });
    // Someone closing their own counter is the one who did it; no seat of another is named.
    const ida = await staffAtCounter(s, 'ida', 'borgerservice', 'bs-3');
    expectSuccess(await s.request('POST', '/api/counters/bs-3/close', { token: ida.token }), operations.closeCounter);
    const after = await exportedLog(s);
    const own = after.filter((event) => event.type === 'counter.changed' && event.counterId === 'bs-3').at(-1);
    expect(own).toMatchObject({ staffId: ida.id, details: { status: 'closed' } });
    expect(own?.details).not.toHaveProperty('signedOutStaffId');
    const serialised = JSON.stringify(after);
    for (const name of ['Mette Leder', 'Poul Pensionsen', 'Mette', 'Poul']) expect(serialised).not.toContain(name);
  });

  it('tells leaders the day’s newest events with who did each, and who last closed each counter and service', async () => {
    const s = server();
    const leader = await person(s, 'mette', 'Mette Leder', 'manager', 'pension-care');
    const poul = await staffAtCounter(s, 'poul', 'borgerservice', 'bs-2');
    await issueTicket(s, 'passport');
    s.clock.advanceMinutes(2);
    expectSuccess(await s.request('POST', '/api/services/moving/close', { token: leader.token }), operations.closeService);
    s.clock.advanceMinutes(1);
    expectSuccess(await s.request('POST', '/api/counters/bs-2/close', { token: leader.token }), operations.closeCounter);

    const activity = expectSuccess(await s.request('GET', '/api/activity', { token: leader.token }), operations.listActivity);
    expect(activity.events.map((event) => event.type)).toEqual(['counter.changed', 'service.changed', 'ticket.issued', 'counter.changed']);
    expect(activity.events[0]).toMatchObject({ type: 'counter.changed', staffId: leader.id, signedOutStaffId: poul.id, data: { counter: { id: 'bs-2', status: 'closed' } } });
    expect(activity.events[1]).toMatchObject({ type: 'service.changed', staffId: leader.id, data: { serviceId: 'moving', open: false, closedByStaff: true } });
    expect(activity.events[2]).toMatchObject({ type: 'ticket.issued', staffId: null, data: { ticket: { number: 'A1' } } });
    expect(activity.events[3]).toMatchObject({ type: 'counter.changed', staffId: poul.id, signedOutStaffId: null });
    expect(activity.counters).toEqual([{ counterId: 'bs-2', status: 'closed', at: new Date(s.clock.now()).toISOString(), staffId: leader.id, signedOutStaffId: poul.id }]);
    expect(activity.services).toEqual([{ serviceId: 'moving', closedByStaff: true, at: new Date(s.clock.now() - 60_000).toISOString(), staffId: leader.id }]);

    const two = expectSuccess(await s.request('GET', '/api/activity?limit=2', { token: s.adminToken }), operations.listActivity);
    expect(two.events.map((event) => event.id)).toEqual(activity.events.slice(0, 2).map((event) => event.id));
  });

  it('keeps a service’s closure and who made it across the day’s reset, while the feed starts the new day empty', async () => {
    const s = server();
    const leader = await person(s, 'mette', 'Mette Leder', 'manager', 'pension-care');
    expectSuccess(await s.request('POST', '/api/services/pension/close', { token: leader.token }), operations.closeService);
    s.clock.advanceMinutes(24 * 60);
    const again = await s.request('POST', '/api/auth/login', { body: { username: 'mette', password: 'mette-password' } });
    const activity = expectSuccess(await s.request('GET', '/api/activity', { token: again.body.token }), operations.listActivity);
    expect(activity.events).toEqual([]);
    expect(activity.services).toMatchObject([{ serviceId: 'pension', closedByStaff: true, staffId: leader.id }]);
  });

  it('is for leaders only, and refuses a limit it cannot give', async () => {
    const s = server();
    const staff = await s.createStaff('ida', 'staff', 'borgerservice');
    expectError(await s.request('GET', '/api/activity'), 401, 'unauthenticated');
    expectError(await s.request('GET', '/api/activity', { token: staff.token }), 403, 'forbidden');
    for (const limit of ['0', '51', 'many']) {
      const error = expectError(await s.request('GET', `/api/activity?limit=${limit}`, { token: s.adminToken }), 400, 'validation-failed');
      expect(issuePaths(error)).toEqual(['query.limit']);
    }
  });
});
