import { describe, expect, it } from 'vitest';
import { addDays, clockTime, clockTimeWithSeconds, copenhagen, daysBetween, localDateOf, localParts, weekdayName } from './local-time.js';

// 23:30 UTC on 24 November is already the 25th in Copenhagen (UTC+1 in winter).
const lateEvening = Date.parse('2026-11-24T23:30:05Z');

describe('local time in the centre’s time zone', () => {
  it('gives the centre’s date, not the machine’s or UTC’s', () => {
    expect(localDateOf(lateEvening, copenhagen)).toBe('2026-11-25');
    expect(localDateOf(lateEvening, 'UTC')).toBe('2026-11-24');
    expect(localDateOf('2026-07-01T22:30:00Z', copenhagen)).toBe('2026-07-02'); // summer: UTC+2
  });

  it('writes clock times as HH:MM with a colon and Western digits', () => {
    expect(clockTime(lateEvening, copenhagen)).toBe('00:30');
    expect(clockTime('2026-11-24T09:05:00Z', copenhagen)).toBe('10:05');
    expect(clockTimeWithSeconds(lateEvening, copenhagen)).toBe('00:30:05');
    expect(localParts(lateEvening, 'Asia/Karachi')).toMatchObject({ hour: '04', minute: '30' });
  });

  it('counts days across the change to summer time without losing one', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('names the weekday in the reader’s language', () => {
    expect(weekdayName('2026-11-24', 'da-DK')).toBe('tirsdag');
    expect(weekdayName('2026-11-24', 'en-GB')).toBe('Tuesday');
    expect(weekdayName('2026-11-24', 'en-GB', { style: 'short' })).toBe('Tue');
    expect(weekdayName(lateEvening, 'en-GB', { timeZone: copenhagen })).toBe('Wednesday');
  });
});
