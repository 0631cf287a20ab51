import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { expectError, expectSuccess, issuePaths, serverPerTest } from './helpers.js';
import { appointmentEvents, at, book, placesLeft, requestBooking } from './appointments-helpers.js';

describe('appointments over HTTP: slots, booking, moving, cancelling', () => {
  const server = serverPerTest();

  it('lists the bookable services of every unit and a day’s slots with the places still free', async () => {
    const s = server();
    const options = expectSuccess(await s.request('GET', '/api/appointment-services'), operations.bookingOptions);
    expect(options.today).toBe('2026-11-24');
    expect(new Set(options.services.map((service) => service.unitId))).toEqual(new Set(['borgerservice', 'pension-care', 'social-centre']));
    expect(options.services.find((service) => service.id === 'passport')).toMatchObject({ lengthMinutes: 15, firstDate: '2026-11-24', lastDate: '2027-01-23' });

    const slots = expectSuccess(await s.request('GET', '/api/services/passport/slots?date=2026-11-24'), operations.serviceSlots);
    expect(slots[0]).toEqual({ start: at('11:15'), end: at('11:30'), available: 1, capacity: 1 });
    expect(slots.at(-1)?.end).toBe(at('20:00'));
  });

  it('books a slot (201 with the code), after which the slot is full (409) and its place count is 0', async () => {
    const s = server();
    const booked = await book(s, { start: at('12:00') });
    expect(booked).toMatchObject({ serviceId: 'passport', start: at('12:00'), status: 'booked', channel: 'online', name: 'Anna Hansen', phone: '••••••78' });
    expect(booked.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await placesLeft(s, 'passport', at('12:00'))).toBe(0);
    const full = expectError(await requestBooking(s, { start: at('12:00'), name: 'Bo Berg' }), 409, 'conflict');
    expect(full.details).toMatchObject({ reason: 'slot-full' });
  });

  it('refuses bad input with a 4xx naming each field, and books nothing', async () => {
    const s = server();
    const cases: [Record<string, unknown>, number, string[]][] = [
      [{ phone: undefined }, 400, ['body.phone']],
      [{ phone: '12', email: 'nope', cpr: '320190-1234' }, 400, ['body.cpr', 'body.email', 'body.phone']],
      [{ name: '' }, 400, ['body.name']],
      [{ start: at('11:20') }, 400, ['body.start']],
      [{ start: at('10:30') }, 400, ['body.start']],
      [{ start: 'tomorrow' }, 400, ['body.start']],
      [{ serviceId: 'information' }, 400, ['body.serviceId']],
      [{ serviceId: 'ghost' }, 400, ['body.serviceId']],
    ];
    for (const [input, status, paths] of cases) {
      const body = { serviceId: 'passport', start: at('11:30'), name: 'Anna', phone: '12345678', ...input };
      const error = expectError(await s.request('POST', '/api/appointments', { body }), status, 'validation-failed');
      expect(issuePaths(error).sort(), JSON.stringify(input)).toEqual(paths);
    }
    expect(await placesLeft(s, 'passport', at('11:30'))).toBe(1);
    expect(await appointmentEvents(s)).toEqual([]);
    expectError(await s.request('GET', '/api/services/passport/slots?date=24-11-2026'), 400, 'validation-failed');
    expectError(await s.request('GET', '/api/services/information/slots?date=2026-11-24'), 404, 'not-found');
  });

  it('shows, moves and cancels by code; a cancelled place is free again at once', async () => {
    const s = server();
    const { code } = await book(s, { start: at('12:00'), email: 'anna@example.dk' });
    const shown = expectSuccess(await s.request('GET', `/api/appointments/${code.toLowerCase()}`), operations.getAppointment);
    expect(shown).toMatchObject({ code, email: 'a•••@example.dk', serviceName: { da: 'Pas', en: 'Passport' } });

    const moved = expectSuccess(await s.request('POST', `/api/appointments/${code}/move`, { body: { start: at('13:00') } }), operations.moveAppointment);
    expect(moved).toMatchObject({ code, start: at('13:00') });
    expect(await placesLeft(s, 'passport', at('12:00'))).toBe(1);
    expect(await placesLeft(s, 'passport', at('13:00'))).toBe(0);

    const cancelled = expectSuccess(await s.request('DELETE', `/api/appointments/${code}`), operations.cancelAppointment);
    expect(cancelled.status).toBe('cancelled');
    expect(await placesLeft(s, 'passport', at('13:00'))).toBe(1);
    await book(s, { start: at('13:00'), name: 'Bo Berg' });

    expect((await appointmentEvents(s)).map((event) => [event.type, event.details])).toEqual([
      ['appointment.booked', { serviceId: 'passport', start: at('12:00'), channel: 'online' }],
      ['appointment.moved', { serviceId: 'passport', from: at('12:00'), to: at('13:00') }],
      ['appointment.cancelled', { serviceId: 'passport', start: at('13:00'), by: 'citizen' }],
      ['appointment.booked', { serviceId: 'passport', start: at('13:00'), channel: 'online' }],
    ]);
    expectError(await s.request('GET', '/api/appointments/ABCDEFGH'), 404, 'not-found');
    const badCode = expectError(await s.request('GET', '/api/appointments/0000'), 400, 'validation-failed');
    expect(issuePaths(badCode)).toEqual(['params.code']);
  });

  it('keeps the CPR hash key in the data directory, readable by the server’s user only', async () => {
    const s = server();
    expect(statSync(path.join(s.dataDir, 'cpr-hash.key')).mode & 0o777).toBe(0o600);
  });
});

describe('the booking desk over HTTP', () => {
  const server = serverPerTest();

  it('books on the agent channel with an agent’s session, sees contact details in full, and finds by name, phone or code', async () => {
    const s = server();
    const agent = await s.createStaff('agent-anne', 'agent', null);
    const booked = await book(s, { serviceId: 'home-help', start: at('14:00'), name: 'Kirsten Ærbo', phone: '87 65 43 21' }, agent.token);
    expect(booked).toMatchObject({ channel: 'agent', phone: '87654321' });
    await book(s, { start: at('12:00') });

    const search = async (query: string) => {
      const found = expectSuccess(await s.request('GET', `/api/appointments?query=${encodeURIComponent(query)}`, { token: agent.token }), operations.searchAppointments);
      return found.map((appointment) => appointment.name);
    };
    expect(await search('ærbo')).toEqual(['Kirsten Ærbo']);
    expect(await search('4321')).toEqual(['Kirsten Ærbo']);
    expect(await search(booked.code)).toEqual(['Kirsten Ærbo']);
    expect(await search('Anna')).toEqual(['Anna Hansen']);

    const free = expectSuccess(await s.request('GET', '/api/slots?serviceIds=home-help,moving&days=3', { token: agent.token }), operations.freeSlots);
    expect(free.map((entry) => entry.serviceId)).toEqual(['home-help', 'moving', 'home-help', 'moving', 'home-help', 'moving']);
    expect(free[0]!.slots.map((slot) => slot.start)).not.toContain(at('14:00'));

    expectSuccess(await s.request('DELETE', `/api/appointments/${booked.code}`, { token: agent.token }), operations.cancelAppointment);
    expect((await appointmentEvents(s)).at(-1)?.details).toEqual({ serviceId: 'home-help', start: at('14:00'), by: 'agent' });
  });

  it('keeps search and free slots to agents, managers and admins', async () => {
    const s = server();
    expectError(await s.request('GET', '/api/appointments?query=Anna'), 401, 'unauthenticated');
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    expectError(await s.request('GET', '/api/appointments?query=Anna', { token: clerk.token }), 403, 'forbidden');
    expectError(await s.request('GET', '/api/slots', { token: clerk.token }), 403, 'forbidden');
    const manager = await s.createStaff('lead', 'manager', 'borgerservice');
    expectSuccess(await s.request('GET', '/api/slots?days=1', { token: manager.token }), operations.freeSlots);
    expectError(await s.request('GET', '/api/appointments', { token: manager.token }), 400, 'validation-failed');
  });
});

describe('the per-client limit on booking requests', () => {
  const server = serverPerTest({ issueLimitPerMinute: 3 });

  it('refuses the 4th public request in a minute (429) but never limits the signed-in booking desk', async () => {
    const s = server();
    const { code } = await book(s, { start: at('12:00') });
    expectSuccess(await s.request('GET', `/api/appointments/${code}`), operations.getAppointment);
    expectSuccess(await s.request('GET', `/api/appointments/${code}`), operations.getAppointment);
    expectError(await s.request('GET', `/api/appointments/${code}`), 429, 'too-many-requests');
    expectError(await requestBooking(s, { start: at('12:15') }), 429, 'too-many-requests');
    expect(await placesLeft(s, 'passport', at('12:15'))).toBe(1);

    const agent = await s.createStaff('agent', 'agent', null);
    for (const start of [at('12:15'), at('12:30'), at('12:45'), at('13:00')]) await book(s, { start }, agent.token);
  });
});
