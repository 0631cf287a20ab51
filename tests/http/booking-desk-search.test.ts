import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { expectSuccess, serverPerTest } from './helpers.js';
import { at, book } from './appointments-helpers.js';

describe('the booking desk’s phone search', () => {
  const server = serverPerTest();

  it('finds a booking however the caller says the number: with +45 or 0045, spaced, dashed, or its last digits', async () => {
    const s = server();
    const agent = await s.createStaff('agent-anne', 'agent', null);
    // Stored as typed: one without the country code, one with it, one foreign.
    await book(s, { serviceId: 'moving', start: at('12:00'), name: 'Bo Berg', phone: '40 11 22 33' }, agent.token);
    await book(s, { serviceId: 'moving', start: at('12:10'), name: 'Ida Holm', phone: '+45 50 66 77 88' }, agent.token);
    await book(s, { serviceId: 'moving', start: at('12:20'), name: 'Sven Ek', phone: '+46 70 123 45 67' }, agent.token);

    const search = async (query: string) => {
      const found = expectSuccess(await s.request('GET', `/api/appointments?query=${encodeURIComponent(query)}`, { token: agent.token }), operations.searchAppointments);
      return found.map((appointment) => appointment.name);
    };
    for (const typed of ['+45 40 11 22 33', '+4540112233', '0045 40 11 22 33', '40-11-22-33', '40112233', '2233']) {
      expect(await search(typed), typed).toEqual(['Bo Berg']);
    }
    for (const typed of ['50 66 77 88', '+45 50 66 77 88', '0045 50667788', '7788']) {
      expect(await search(typed), typed).toEqual(['Ida Holm']);
    }
    expect(await search('+46 70 123 45 67')).toEqual(['Sven Ek']);
    expect(await search('0046 70 123 45 67')).toEqual(['Sven Ek']);
    // Another number with the same last digits as a Danish one is not it.
    expect(await search('+45 99 11 22 33')).toEqual([]);
    // With a date the same comparison holds.
    const ofDay = expectSuccess(
      await s.request('GET', `/api/appointments?query=${encodeURIComponent('+45 40 11 22 33')}&date=2026-11-24`, { token: agent.token }),
      operations.searchAppointments,
    );
    expect(ofDay.map((appointment) => appointment.name)).toEqual(['Bo Berg']);
  });
});
