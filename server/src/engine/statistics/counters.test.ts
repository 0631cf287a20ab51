import { describe, expect, it } from 'vitest';
import { counterFigures, type CounterInput } from './counters.js';
import { createLocalCalendar } from './local-time.js';
import { eventLog } from '@dintur/shared/statistics/test-events';
import { reconstructVisits } from '@dintur/shared/statistics';

const counters = [{ counterId: 'bs-1', unitId: 'borgerservice', name: 'Skranke 1' }];

describe('counter hours', () => {
  it('counts a counter signed in before the period from the period’s start, and an open period up to now', () => {
    const { events, add, at } = eventLog();
    const before = add('08:00', 'counter.changed', { counterId: 'bs-1', details: { status: 'open' } });
    add('09:30', 'ticket.issued', { ticketId: 1, details: { serviceId: 'moving' } });
    add('09:40', 'ticket.called', { ticketId: 1, counterId: 'bs-1' });
    const input: CounterInput = {
      counters,
      before: [before],
      changes: [],
      visits: reconstructVisits(events),
      from: at('09:00'),
      to: at('23:59') + 60_000,
      now: at('10:00'),
      calendar: createLocalCalendar('Europe/Copenhagen'),
    };
    // Signed in 09:00–10:00 (now); busy with ticket 1 since 09:40, still at the counter.
    expect(counterFigures(input).byCounter).toEqual([{ ...counters[0], signedInMinutes: 60, pausedMinutes: 0, busyMinutes: 20, utilisation: 20 / 60 }]);
  });

  it('counts busy time only while signed in, so utilisation stays within 100 %', () => {
    const { events, add, at } = eventLog();
    const changes = [
      add('09:00', 'counter.changed', { counterId: 'bs-1', details: { status: 'open' } }),
      add('09:30', 'counter.changed', { counterId: 'bs-1', details: { status: 'closed' } }),
      add('09:30', 'counter.changed', { counterId: 'bs-9', details: { status: 'open' } }), // not in the report
    ];
    add('08:50', 'ticket.issued', { ticketId: 1, details: { serviceId: 'moving' } });
    add('08:55', 'ticket.called', { ticketId: 1, counterId: 'bs-1' });
    add('09:40', 'ticket.finished', { ticketId: 1, counterId: 'bs-1', details: { outcome: 'resolved' } });
    const figures = counterFigures({
      counters,
      before: [],
      changes,
      visits: reconstructVisits(events),
      from: at('00:00'),
      to: at('23:59') + 60_000,
      now: at('12:00'),
      calendar: createLocalCalendar('Europe/Copenhagen'),
    });
    expect(figures.total).toEqual({ signedInMinutes: 30, pausedMinutes: 0, busyMinutes: 30, utilisation: 1 });
    expect(figures.byCounter.map((row) => row.counterId)).toEqual(['bs-1']);
  });
});
