import { describe, expect, it } from 'vitest';
import { staysOf } from './figures.js';
import { eventLog } from './test-events.js';
import { reconstructVisits } from './visits.js';
import { serviceMinutes, summariseWaits, waitMinutes } from './waits.js';

describe('waits and service times of queue stays', () => {
  it('counts a checked-in appointment’s wait only in the queue it was transferred to', () => {
    const { events, add, at } = eventLog();
    add('09:50', 'ticket.issued', { ticketId: 1, details: { serviceId: 'passport', appointmentAt: at('10:00') } });
    add('09:58', 'ticket.called', { ticketId: 1, counterId: 'bs-1' });
    add('10:05', 'ticket.transferred', { ticketId: 1, details: { toServiceId: 'pension' } });
    add('10:17', 'ticket.called', { ticketId: 1, counterId: 'po-7' });
    add('10:18', 'ticket.started', { ticketId: 1, counterId: 'po-7' });
    add('10:30', 'ticket.finished', { ticketId: 1, details: { outcome: 'resolved' } });
    const stays = staysOf(reconstructVisits(events), () => true);
    expect(stays.map(waitMinutes)).toEqual([null, 12]);
    // At the first counter it was transferred, not finished; at the second, started 10:18, finished 10:30.
    expect(stays.map(serviceMinutes)).toEqual([null, 12]);
  });

  it('times a visit that was never started from its call', () => {
    const { events, add } = eventLog();
    add('10:00', 'ticket.issued', { ticketId: 1, details: { serviceId: 'moving' } });
    add('10:04', 'ticket.called', { ticketId: 1, counterId: 'bs-3' });
    add('10:11', 'ticket.finished', { ticketId: 1, details: { outcome: 'referred' } });
    const [stay] = staysOf(reconstructVisits(events), () => true);
    expect([waitMinutes(stay!), serviceMinutes(stay!)]).toEqual([4, 7]);
  });

  it('counts a wait of exactly the target as within it', () => {
    expect(summariseWaits([3, 15, 15.5], 15)).toMatchObject({ count: 3, withinTarget: 2, withinTargetShare: 2 / 3, max: 15.5 });
    expect(summariseWaits([], 15)).toMatchObject({ withinTarget: 0, withinTargetShare: null });
  });
});
