import { describe, expect, it } from 'vitest';
import { appointmentFigures } from './appointments.js';
import { eventLog } from '@dintur/shared/statistics/test-events';
import { reconstructVisits } from '@dintur/shared/statistics';

describe('appointment figures', () => {
  it('has no kept share and no call figures when no appointment was due', () => {
    const { events, add } = eventLog();
    add('09:00', 'appointment.booked', { details: { serviceId: 'passport', start: '2026-12-01T09:00:00Z', channel: 'online' } });
    add('09:01', 'appointment.booked', { details: { serviceId: 'passport', start: '2026-12-01T09:00:00Z', channel: 'fax' } });
    const figures = appointmentFigures(events, [], () => true);
    expect(figures).toMatchObject({ bookedOnline: 1, bookedByAgent: 0, checkedIn: 0, noShows: 0, keptShare: null });
    expect(figures.calledAfterBookedTime).toEqual({ count: 0, mean: null, median: null, p90: null, max: null, min: null, onTime: 0, onTimeShare: null });
  });

  it('judges a call by the booked time: up to five minutes late is on time, early is too', () => {
    const { events, add, at } = eventLog();
    const booked = [
      { ticketId: 1, time: '10:00', called: '09:50' }, // 10 early
      { ticketId: 2, time: '10:00', called: '10:05' }, // 5 late: on time
      { ticketId: 3, time: '10:00', called: '10:06' }, // 6 late
      { ticketId: 4, time: '10:00', called: null },
    ];
    for (const { ticketId, time } of booked) add('09:45', 'ticket.issued', { ticketId, details: { serviceId: 'passport', appointmentAt: at(time) } });
    for (const { ticketId, called } of booked) if (called) add(called, 'ticket.called', { ticketId, counterId: 'bs-1' });
    const figures = appointmentFigures(events, reconstructVisits(events), () => true).calledAfterBookedTime;
    expect(figures).toMatchObject({ count: 3, min: -10, max: 6, median: 5, onTime: 2, onTimeShare: 2 / 3 });
    expect(appointmentFigures(events, reconstructVisits(events), (serviceId) => serviceId !== 'passport').calledAfterBookedTime.count).toBe(0);
  });
});
