import { describe, expect, it } from 'vitest';
import { CentreConfig } from '@dintur/shared';
import { reconstructVisits } from '@dintur/shared/statistics';
import { eventLog } from '@dintur/shared/statistics/test-events';
import { demoConfig } from '../seed/demo-config.js';
import { learnFrom, type PastDay } from './learn.js';

const config = CentreConfig.parse(demoConfig);

/**
 * One past Wednesday: `walkIns` passport walk-ins from 10:00, one every 2 minutes, each called
 * at once and served `minutes` minutes at bs-1; every fifth sent on to pension after its visit;
 * and `booked` checked-in passport appointments at 11:00, checking in 4 or 8 minutes early.
 */
function day(date: string, walkIns: number, minutes: (index: number) => number, booked = 0): PastDay {
  const { events, add } = eventLog(date);
  const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  for (let index = 0; index < walkIns; index += 1) {
    const ticketId = index + 1;
    const issued = 600 + 2 * index;
    add(clock(issued), 'ticket.issued', { ticketId, details: { serviceId: 'passport', channel: 'kiosk' } });
    add(clock(issued), 'ticket.called', { ticketId, counterId: 'bs-1' });
    if (index % 5 === 4) add(clock(issued + minutes(index)), 'ticket.transferred', { ticketId, counterId: 'bs-1', details: { toServiceId: 'pension' } });
    else add(clock(issued + minutes(index)), 'ticket.finished', { ticketId, counterId: 'bs-1', details: { outcome: 'resolved' } });
  }
  for (let index = 0; index < booked; index += 1) {
    const ticketId = 1000 + index;
    const early = index % 2 === 0 ? 4 : 8;
    const appointmentAt = Date.parse(`${date}T11:00:00+01:00`);
    add(clock(660 - early), 'ticket.issued', { ticketId, details: { serviceId: 'passport', channel: 'appointment', appointmentAt } });
  }
  return { date, visits: reconstructVisits(events) };
}

describe('what the centre learns from its log', () => {
  it('turns known events into known figures', () => {
    // Two Wednesdays of 25 passport walk-ins each: 10 minutes each, 20 checked-in appointments.
    const days = [day('2026-11-18', 25, () => 10, 10), day('2026-11-11', 25, () => 10, 10)];
    const learned = learnFrom(config, days, []);
    const passport = learned.history.services.find((service) => service.serviceId === 'passport')!;
    expect(learned.history.days).toBe(2);
    expect(learned.history.from).toBe('2026-11-11');
    expect(passport.visitsPerDay).toEqual({ value: 35, samples: 70, source: 'history' });
    expect(passport.bookedShare).toEqual({ value: 0.29, samples: 70, source: 'history' });
    // 40 finished and 10 transferred visits at bs-1, each 10 minutes: a mean of 10, no spread.
    expect(passport.meanServiceMinutes).toEqual({ value: 10, samples: 50, source: 'history' });
    expect(passport.serviceCv.value).toBe(0);
    expect(learned.history.transferShare).toEqual({ value: 0.143, samples: 70, source: 'history' });
    expect(learned.history.checkInEarlyMinutes).toEqual({ value: 6, samples: 20, source: 'history' });
    expect(learned.history.checkInEarlySdMinutes.value).toBeCloseTo(2.05, 1);
    // Walk-ins 10:00–10:48, appointments checking in 10:52 and 10:56: all in the 10 o'clock hour.
    expect(learned.history.hourlyShares).toEqual([{ hour: '10:00', share: 1 }]);
    expect(learned.hourly.get('passport')!.get('10:00')).toBeCloseTo(35);
    expect(learned.history.notes.some((note) => note.startsWith('Pas:'))).toBe(false);
  });

  it('falls back to the configured defaults where history is thin, and says so in Danish', () => {
    const learned = learnFrom(config, [day('2026-11-18', 4, () => 30)], []);
    const passport = learned.history.services.find((service) => service.serviceId === 'passport')!;
    expect(passport.meanServiceMinutes).toEqual({ value: 12, samples: 0, source: 'default' });
    expect(passport.serviceCv.source).toBe('default');
    expect(passport.visitsPerDay).toEqual({ value: 4, samples: 4, source: 'history' });
    expect(learned.history.notes).toContain('Pas: for lidt historik (4 besøg) – bruger standardtiden 12 min');
    expect(learned.history.transferShare).toEqual({ value: 0.1, samples: 0, source: 'default' });
    expect(learned.history.noShowShare.source).toBe('default');
    expect(learned.history.notes.some((note) => note.startsWith('Udeblivelser'))).toBe(true);
  });

  it('with no history says the forecast knows only the bookings', () => {
    const learned = learnFrom(config, [], []);
    expect(learned.history.days).toBe(0);
    expect(learned.history.services.every((service) => service.visitsPerDay.value === 0 && service.visitsPerDay.source === 'default')).toBe(true);
    expect(learned.history.notes[0]).toBe('Ingen historik for denne ugedag: prognosen kender kun dagens bookinger');
  });
});
