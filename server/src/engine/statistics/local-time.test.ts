import { describe, expect, it } from 'vitest';
import { toLocal } from '@dintur/shared/calendar';
import { createLocalCalendar } from './local-time.js';

const copenhagen = createLocalCalendar('Europe/Copenhagen');
const minute = 60_000;

describe('the local calendar of statistics', () => {
  it('places instants on the same local date, weekday and hour as the engine, across both daylight-saving changes', () => {
    const kathmandu = createLocalCalendar('Asia/Kathmandu'); // UTC+5:45
    for (const [calendar, timeZone] of [
      [copenhagen, 'Europe/Copenhagen'],
      [kathmandu, 'Asia/Kathmandu'],
    ] as const) {
      for (const start of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z', '2026-12-31T20:00:00Z']) {
        for (let instant = Date.parse(start); instant < Date.parse(start) + 12 * 60 * minute; instant += 7 * minute + 13_000) {
          const expected = toLocal(instant, timeZone);
          expect(calendar.slotOf(instant)).toEqual({ date: expected.date, weekday: expected.weekday, hour: Math.floor(expected.minutes / 60) });
        }
      }
    }
  });

  it('splits a stretch of time at local hour boundaries', () => {
    // 10:40 to 12:10 local on a winter Tuesday (UTC+1)
    expect(copenhagen.hourSlices(Date.parse('2026-11-24T09:40:00Z'), Date.parse('2026-11-24T11:10:00Z'))).toEqual([
      { hour: 10, milliseconds: 20 * minute },
      { hour: 11, milliseconds: 60 * minute },
      { hour: 12, milliseconds: 10 * minute },
    ]);
  });

  it('counts the hour the clock skips in spring as nothing, and the repeated autumn hour twice', () => {
    // 29 March 2026: 02:00 local becomes 03:00. 01:30 to 03:30 local is one real hour.
    expect(copenhagen.hourSlices(Date.parse('2026-03-29T00:30:00Z'), Date.parse('2026-03-29T01:30:00Z'))).toEqual([
      { hour: 1, milliseconds: 30 * minute },
      { hour: 3, milliseconds: 30 * minute },
    ]);
    // 25 October 2026: 03:00 local goes back to 02:00. 02:00 to 03:00 local is two real hours.
    const slices = copenhagen.hourSlices(Date.parse('2026-10-25T00:00:00Z'), Date.parse('2026-10-25T02:00:00Z'));
    expect(slices).toEqual([{ hour: 2, milliseconds: 120 * minute }]);
  });
});
