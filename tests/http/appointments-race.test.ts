import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { expectSuccess, serverPerTest } from './helpers.js';
import { appointmentEvents, at, placesLeft, requestBooking } from './appointments-helpers.js';

describe('the last free place', () => {
  const server = serverPerTest();

  it('goes to exactly one of 25 people who ask for it at the same moment; the others get 409', async () => {
    const s = server();
    const answers = await Promise.all(Array.from({ length: 25 }, (_, index) => requestBooking(s, { start: at('12:00'), name: `Person ${index}`, phone: `+45 20 00 00 ${10 + index}` })));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(24);
    expect(await placesLeft(s, 'passport', at('12:00'))).toBe(0);
    expect((await appointmentEvents(s)).filter((event) => event.type === 'appointment.booked')).toHaveLength(1);
  });

  it('goes to exactly as many as the slot holds when several places are left, and moving into it races the same way', async () => {
    const s = server();
    // Two counters without a walk-in share: two places a slot.
    const config = (await s.request('GET', '/api/config', { token: s.adminToken })).body;
    config.appointments.services.passport.walkInShare = 0;
    expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: config }), operations.putConfig);
    expect(await placesLeft(s, 'passport', at('12:00'))).toBe(2);

    const booked = await Promise.all(Array.from({ length: 10 }, (_, index) => requestBooking(s, { start: at('12:00'), name: `Person ${index}`, phone: `+45 20 00 00 ${10 + index}` })));
    expect(booked.filter((answer) => answer.status === 201)).toHaveLength(2);

    const elsewhere = await Promise.all(
      [at('13:00'), at('13:15'), at('13:30'), at('13:45')].map((start, index) => requestBooking(s, { start, name: `Mover ${index}`, phone: `+45 30 00 00 ${10 + index}` })),
    );
    const codes = elsewhere.map((answer) => expectSuccess(answer, operations.bookAppointment).code);
    const cancelled = await s.request('DELETE', `/api/appointments/${booked.find((answer) => answer.status === 201)!.body.code}`);
    expectSuccess(cancelled, operations.cancelAppointment);
    const moves = await Promise.all(codes.map((code) => s.request('POST', `/api/appointments/${code}/move`, { body: { start: at('12:00') } })));
    expect(moves.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await placesLeft(s, 'passport', at('12:00'))).toBe(0);
  });
});
