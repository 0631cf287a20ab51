import { describe, expect, it } from 'vitest';
import { totalWaiting } from './metrics.js';
import { appointmentRules, fairChoice, plainFcfsChoice, type WaitingTicket } from './policies.js';
import { playTinyDay, tinyScenario } from './test-days.js';
import { minuteOf } from './visits.js';

const rules = appointmentRules(tinyScenario().centre, () => 10);
const counter = { id: 'c0', eligible: new Set(['svc']) };
const walkIn = (ticketId: number, since: string): WaitingTicket => ({ ticketId, serviceId: 'svc', sinceMinute: minuteOf(since), appointmentMinute: null });
const booked = (ticketId: number, checkedIn: string, at: string): WaitingTicket => ({ ticketId, serviceId: 'svc', sinceMinute: minuteOf(checkedIn), appointmentMinute: minuteOf(at) });

describe('the fair baseline (FCFS among walk-ins with the engine’s appointment rules)', () => {
  it('serves a due checked-in appointment before a walk-in who came earlier; plain FCFS serves by arrival', () => {
    const waiting = [walkIn(1, '09:02'), booked(2, '09:05', '09:10')];
    expect(fairChoice(waiting, counter, minuteOf('09:10'), rules)?.ticketId).toBe(2);
    expect(plainFcfsChoice(waiting, counter.eligible)?.ticketId).toBe(1);
  });

  it('calls a booked citizen whose time would pass during the walk-in’s visit, and not one due later', () => {
    // The walk-in's visit takes 10 minutes on average: an appointment at 09:18 would pass during it.
    expect(fairChoice([walkIn(1, '09:00'), booked(2, '09:05', '09:18')], counter, minuteOf('09:10'), rules)?.ticketId).toBe(2);
    expect(fairChoice([walkIn(1, '09:00'), booked(2, '09:05', '09:25')], counter, minuteOf('09:10'), rules)?.ticketId).toBe(1);
  });

  it('serves walk-ins oldest first, starts an appointment early rather than idle, and calls nothing it may not serve', () => {
    expect(fairChoice([walkIn(1, '09:06'), walkIn(3, '09:04')], counter, minuteOf('09:30'), rules)?.ticketId).toBe(3);
    expect(fairChoice([booked(2, '09:05', '10:00')], counter, minuteOf('09:30'), rules)?.ticketId).toBe(2);
    expect(fairChoice([walkIn(1, '09:06')], { id: 'c0', eligible: new Set(['other']) }, minuteOf('09:30'), rules)).toBeUndefined();
  });

  it('on the real engine, moves waiting from the booked citizen to the walk-in without changing the total at one counter', async () => {
    const scenario = tinyScenario();
    // A walk-in at the counter until 09:10; another walk-in at 09:02; a booked citizen checks in at 09:05 for 09:10.
    const citizens = [
      { at: '09:00', minutes: 10 },
      { at: '09:02', minutes: 10 },
      { at: '09:05', minutes: 10, booked: '09:10' },
    ];
    const fair = await playTinyDay(scenario, citizens, 'fair');
    const fcfs = await playTinyDay(scenario, citizens, 'fcfs');
    const engine = await playTinyDay(scenario, citizens, 'engine');
    const calledAt = (day: typeof fair) => day.visits.map((record) => record.firstCallMinute);
    expect(calledAt(fair)).toEqual([minuteOf('09:00'), minuteOf('09:20'), minuteOf('09:10')]);
    expect(calledAt(fcfs)).toEqual([minuteOf('09:00'), minuteOf('09:10'), minuteOf('09:20')]);
    expect(calledAt(engine)).toEqual(calledAt(fair));
    // Kleinrock's conservation law at one counter: 18 citizen-minutes either way, on different people.
    expect(totalWaiting(fair.visits)).toEqual({ walkIn: 18, reWait: 0, lateness: 0, total: 18 });
    expect(totalWaiting(fcfs.visits)).toEqual({ walkIn: 8, reWait: 0, lateness: 10, total: 18 });
  });
});
