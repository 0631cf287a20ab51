import { describe, expect, it } from 'vitest';
import { operations, type CentreConfig, type CentreConfigInput, type Operation } from '@dintur/shared';
import type { TestServer } from '../support/test-server.js';
import { callNext, expectError, expectSuccess, issueTicket, serverPerTest, staffAtCounter, ticketAction } from './helpers.js';

async function getConfig(s: TestServer): Promise<CentreConfig> {
  return expectSuccess(await s.request('GET', '/api/config', { token: s.adminToken }), operations.getConfig);
}

describe('centre configuration', () => {
  const server = serverPerTest();

  it('exports the whole configuration and takes it back unchanged (round trip)', async () => {
    const s = server();
    const exported = await getConfig(s);
    expect(exported.centre).toMatchObject({ id: 'valby', name: 'Borgercenter Valby', timeZone: 'Europe/Copenhagen' });
    expect(exported.centre.displayMessage).toContain('borger.dk');
    const saved = expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: exported }), operations.putConfig);
    expect(saved).toEqual(exported);
    expect(await getConfig(s)).toEqual(exported);
  });

  it('imports a changed configuration: a new service can be taken at once and is called at its counters', async () => {
    const s = server();
    const config: CentreConfigInput = await getConfig(s);
    config.services.push({
      id: 'name-certificate',
      unitId: 'borgerservice',
      prefix: 'N',
      name: { da: 'Navneattest', en: 'Name certificate' },
      authority: 'simple-authority',
    });
    config.counters.find((counter) => counter.id === 'bs-4')?.services.push({ serviceId: 'name-certificate' });
    const saved = expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: config }), operations.putConfig);
    // Defaults are filled in on the way in.
    expect(saved.services.find((service) => service.id === 'name-certificate')).toMatchObject({ selfServiceUrl: null, defaultServiceMinutes: 8 });
    expect(await getConfig(s)).toEqual(saved);

    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.services.find((service) => service.id === 'name-certificate')).toMatchObject({ prefix: 'N', open: true, waiting: 0 });
    expect((await issueTicket(s, 'name-certificate')).number).toBe('N1');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-4');
    expect((await callNext(s, clerk.token, 'bs-4'))?.number).toBe('N1');
  });

  it('refuses a configuration with several bad fields (400 invalid-config), naming every one, and keeps the old one', async () => {
    const s = server();
    const before = await getConfig(s);
    const bad = structuredClone(before) as Record<string, unknown> & CentreConfig;
    bad.services[0]!.prefix = 'aa';
    bad.services[1]!.unitId = 'atlantis';
    bad.counters[0]!.services = [];
    bad.counters[1]!.services[0]!.serviceId = 'no-such-service';
    bad.hours.weekly.monday = { open: '25:00', close: '10:00' };
    bad.hours.weekly.tuesday = { open: '18:00', close: '10:00' };
    const error = expectError(await s.request('PUT', '/api/config', { token: s.adminToken, body: bad }), 400, 'invalid-config');
    const paths = (error.issues ?? []).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'services.0.prefix',
        'services.1.unitId',
        'counters.0.services',
        'counters.1.services.0.serviceId',
        'hours.weekly.monday.open',
        'hours.weekly.tuesday.close',
      ]),
    );
    expect(error.issues?.find((issue) => issue.path === 'services.1.unitId')?.message).toContain('atlantis');
    expect(await getConfig(s)).toEqual(before);
  });

  it('refuses a document that is not a configuration at all (400 invalid-config)', async () => {
    const s = server();
    const error = expectError(await s.request('PUT', '/api/config', { token: s.adminToken, body: { centre: 'valby' } }), 400, 'invalid-config');
    expect((error.issues ?? []).map((issue) => issue.path)).toEqual(expect.arrayContaining(['centre', 'units', 'services', 'counters', 'hours']));
  });

  it('refuses to remove a service that still has waiting tickets (409), and allows it once they are gone', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'pension');
    const config = await getConfig(s);
    const withoutPension: CentreConfig = {
      ...config,
      services: config.services.filter((service) => service.id !== 'pension'),
      counters: config.counters.map((counter) => ({ ...counter, services: counter.services.filter((entry) => entry.serviceId !== 'pension') })),
    };
    const error = expectError(await s.request('PUT', '/api/config', { token: s.adminToken, body: withoutPension }), 409, 'conflict');
    expect(error.issues).toEqual([{ path: 'services', message: expect.stringContaining('"pension"') }]);
    expect((await getConfig(s)).services.some((service) => service.id === 'pension')).toBe(true);

    await s.request('POST', `/api/track/${ticket.trackingCode}/cancel`);
    expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: withoutPension }), operations.putConfig);
    expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'pension' } }), 404, 'not-found');
  });

  it('keeps the configuration to admins (403 for staff and managers)', async () => {
    const s = server();
    const config = await getConfig(s);
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const manager = await s.createStaff('boss', 'manager', 'borgerservice');
    expectError(await s.request('PUT', '/api/config', { token: clerk.token, body: config }), 403, 'forbidden');
    expectError(await s.request('PUT', '/api/config', { token: manager.token, body: config }), 403, 'forbidden');
    expectError(await s.request('GET', '/api/config', { token: manager.token }), 403, 'forbidden');
  });
});

describe('opening hours: a closed centre gives no numbers', () => {
  const server = serverPerTest();

  /** Valby's real hours: weekdays 10:00–18:00, last ticket 15 minutes before closing. */
  async function useRealHours(s: TestServer) {
    const config = await getConfig(s);
    const weekday = { open: '10:00', close: '18:00' };
    config.hours.weekly = { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday, saturday: null, sunday: null };
    config.hours.lastTicketMinutesBeforeClose = 15;
    expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: config }), operations.putConfig);
  }

  const closedTimes = [
    { when: 'Tuesday 20:00', time: '2026-11-24T19:00:00Z', opensAt: '2026-11-25T09:00:00.000Z' },
    { when: 'Tuesday 08:00', time: '2026-11-24T07:00:00Z', opensAt: '2026-11-24T09:00:00.000Z' },
    { when: 'Tuesday 17:50, after the last ticket', time: '2026-11-24T16:50:00Z', opensAt: '2026-11-25T09:00:00.000Z' },
    { when: 'Friday 20:00', time: '2026-11-27T19:00:00Z', opensAt: '2026-11-30T09:00:00.000Z' },
  ];

  it.each(closedTimes)('refuses a number on $when (409 centre-closed) and says when it opens', async ({ time, opensAt }) => {
    const s = server();
    await useRealHours(s);
    s.clock.set(time);
    const error = expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'passport' } }), 409, 'centre-closed');
    expect(error.details).toEqual({ opensAt });
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.today).toMatchObject({ nextOpening: opensAt });
    expect(centre.services.every((service) => !service.open && service.opensAt === opensAt)).toBe(true);
  });

  it('issues numbers again once the centre opens', async () => {
    const s = server();
    await useRealHours(s);
    s.clock.set('2026-11-24T19:00:00Z');
    expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'passport' } }), 409, 'centre-closed');
    s.clock.set('2026-11-25T09:00:00Z');
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.today).toMatchObject({ date: '2026-11-25', open: '10:00', close: '18:00', isOpen: true });
    expect((await issueTicket(s, 'passport')).number).toBe('A1');
  });
});

describe('services opened and closed by managers', () => {
  const server = serverPerTest();

  it('closes a service for new numbers (409 service-closed) while its queue is still served, and opens it again', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const manager = await s.createStaff('boss', 'manager', 'borgerservice');
    const closed = expectSuccess(await s.request('POST', '/api/services/passport/close', { token: manager.token }), operations.closeService);
    expect(closed).toMatchObject({ id: 'passport', open: false, closedByStaff: true, waiting: 1 });
    expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'passport' } }), 409, 'service-closed');
    expect((await issueTicket(s, 'information')).number).toBe('G1');

    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe('A1');

    const opened = expectSuccess(await s.request('POST', '/api/services/passport/open', { token: manager.token }), operations.openService);
    expect(opened).toMatchObject({ open: true, closedByStaff: false });
    expect((await issueTicket(s, 'passport')).number).toBe('A2');
  });

  it('lets only managers and admins open or close a service (403 for staff), and answers 404 for an unknown one', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    expectError(await s.request('POST', '/api/services/passport/close', { token: clerk.token }), 403, 'forbidden');
    expectError(await s.request('POST', '/api/services/no-such-service/close', { token: s.adminToken }), 404, 'not-found');
    expect((await issueTicket(s, 'passport')).number).toBe('A1');
  });

  it('leaves a closed service’s called visit to be finished normally', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    await s.request('POST', '/api/services/passport/close', { token: s.adminToken });
    expect(expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'finish', { outcome: 'resolved' }), operations.finish).status).toBe('finished');
  });
});

describe('the OpenAPI document', () => {
  const server = serverPerTest();

  it('lists every operation of the shared map under its path and method, and the event stream', async () => {
    const response = await server().request('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    expect(document.openapi).toBe('3.1.0');
    for (const [name, operation] of Object.entries(operations) as [string, Operation][]) {
      expect(document.paths[operation.path]?.[operation.method]?.operationId, `${operation.method} ${operation.path}`).toBe(name);
    }
    expect(document.paths['/api/events']?.get?.operationId).toBe('events');
  });
});
