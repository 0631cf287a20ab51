import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { callNext, expectError, expectSuccess, issueTicket, serverPerTest, staffAtCounter } from './helpers.js';
import { appointmentEvents, at, book, placesLeft } from './appointments-helpers.js';

describe('checking in for an appointment', () => {
  const server = serverPerTest();

  it('refuses too early, then gives a ticket like a kiosk’s, placed at the booked time, followed on the tracking page', async () => {
    const s = server();
    const { code } = await book(s, { start: at('12:00') });
    const early = expectError(await s.request('POST', `/api/appointments/${code}/check-in`, { body: {} }), 409, 'invalid-state');
    expect(early.details).toMatchObject({ reason: 'too-early', opensAt: at('11:30') });

    s.clock.set(at('11:45'));
    const ticket = expectSuccess(await s.request('POST', `/api/appointments/${code}/check-in`, { body: { lang: 'en' } }), operations.checkIn);
    expect(ticket).toMatchObject({ serviceId: 'passport', status: 'waiting', lang: 'en', position: 1, trackingUrl: `/t/${ticket.trackingCode}` });
    expect(ticket.appointment).toEqual({ code, start: at('12:00'), serviceId: 'passport' });
    expectSuccess(await s.request('GET', `/api/track/${ticket.trackingCode}`), operations.track);
    expect(expectSuccess(await s.request('GET', `/api/appointments/${code}`), operations.getAppointment)).toMatchObject({
      status: 'checked-in',
      ticket: { number: ticket.number },
    });
    expect((await appointmentEvents(s)).at(-1)).toMatchObject({
      type: 'appointment.checked-in',
      details: { serviceId: 'passport', start: at('12:00'), minutesEarly: 15, ticketId: ticket.id },
    });
    // The ticket counts on the appointment channel in the statistics.
    const history = await s.request('GET', `/api/tickets/${ticket.id}`, { token: s.adminToken });
    expect(history.body.history[0]).toMatchObject({ type: 'ticket.issued', details: { channel: 'appointment', appointmentAt: Date.parse(at('12:00')) } });
  });

  it('turns a citizen away after the grace time with the reason (the kiosk then offers a walk-in ticket), and records a no-show', async () => {
    const s = server();
    const { code } = await book(s, { start: at('11:30') });
    s.clock.set(at('11:41'));
    const late = expectError(await s.request('POST', `/api/appointments/${code}/check-in`, { body: {} }), 409, 'invalid-state');
    expect(late.details).toMatchObject({ reason: 'too-late', serviceId: 'passport' });
    expect((await issueTicket(s, 'passport')).status).toBe('waiting');
    expect((await appointmentEvents(s)).map((event) => event.type)).toEqual(['appointment.booked', 'appointment.no-show']);
  });

  it('checks in with the health card’s number, dash or not, and answers 404 when the card has no appointment today', async () => {
    const s = server();
    const { code } = await book(s, { start: at('11:30'), cpr: '241180-1235' });
    const ticket = expectSuccess(await s.request('POST', '/api/appointments/check-in-by-cpr', { body: { cpr: '2411801235' } }), operations.checkInByCpr);
    expect(ticket.appointment.code).toBe(code);
    expectError(await s.request('POST', '/api/appointments/check-in-by-cpr', { body: { cpr: '0101901234' } }), 404, 'not-found');
    const bad = expectError(await s.request('POST', '/api/appointments/check-in-by-cpr', { body: { cpr: '12345' } }), 400, 'validation-failed');
    expect(JSON.stringify(bad)).not.toContain('12345');
  });
});

describe('serving appointments on time', () => {
  const server = serverPerTest();

  it('calls a checked-in appointment at its time ahead of walk-ins who waited longer, and walk-ins before it', async () => {
    const s = server();
    const { code } = await book(s, { start: at('11:30') });
    const walkIns = [await issueTicket(s, 'passport'), await issueTicket(s, 'passport'), await issueTicket(s, 'passport')];
    s.clock.set(at('11:05'));
    const booked = expectSuccess(await s.request('POST', `/api/appointments/${code}/check-in`, { body: {} }), operations.checkIn);
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    // 25 minutes before the time and a 12-minute visit: the walk-in goes first.
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe(walkIns[0]!.number);
    s.clock.set(at('11:20')); // the next walk-in's visit would run past 11:30: the booked citizen now
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe(booked.number);
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe(walkIns[1]!.number);
  });

  it('tells a checked-in citizen their place among the appointments, not behind the walk-ins, and a wait until their time', async () => {
    const s = server();
    const { code } = await book(s, { start: at('11:30') });
    for (let index = 0; index < 4; index += 1) await issueTicket(s, 'passport');
    s.clock.set(at('11:05'));
    await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1'); // with no counter open there is no wait to give
    const booked = expectSuccess(await s.request('POST', `/api/appointments/${code}/check-in`, { body: {} }), operations.checkIn);
    const tracking = expectSuccess(await s.request('GET', `/api/track/${booked.trackingCode}`), operations.track);
    // Skranke 1 serves two 12-minute walk-ins, then the booked citizen at 11:29, ahead of the other two.
    expect(tracking).toMatchObject({ status: 'waiting', position: 1, estimatedWaitMinutes: 24 });
    expect(booked.estimatedWaitMinutes).toBe(24);
    const walkIn = await issueTicket(s, 'passport');
    expect(walkIn.position).toBe(5);
  });

  it('gives the place of a no-show back: walk-ins are called, and nothing is held for it', async () => {
    const s = server();
    await book(s, { start: at('11:30') });
    const walkIn = await issueTicket(s, 'passport');
    s.clock.set(at('11:45'));
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe(walkIn.number);
    expect(await callNext(s, clerk.token, 'bs-1')).toBeNull();
    // Any read of appointments sweeps (as the minute timer does).
    expect(await placesLeft(s, 'passport', at('12:00'))).toBe(1);
    expect((await appointmentEvents(s)).at(-1)).toMatchObject({ type: 'appointment.no-show', details: { serviceId: 'passport', start: at('11:30') } });
  });
});
