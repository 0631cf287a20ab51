import { describe, expect, it } from 'vitest';
import { businessDayOf, fromLocal, nextReset, toLocal } from './calendar.js';

const zone = 'Europe/Copenhagen';

describe('the centre calendar', () => {
  it('reads local time across daylight saving changes', () => {
    expect(fromLocal('2026-03-29', 10 * 60, zone)).toBe(Date.parse('2026-03-29T08:00:00Z')); // summer time
    expect(fromLocal('2026-03-28', 10 * 60, zone)).toBe(Date.parse('2026-03-28T09:00:00Z'));
    expect(fromLocal('2026-10-25', 10 * 60, zone)).toBe(Date.parse('2026-10-25T09:00:00Z')); // winter time again
    expect(toLocal(Date.parse('2026-07-01T22:30:00Z'), zone)).toEqual({ date: '2026-07-02', weekday: 'thursday', minutes: 30 });
  });

  it('keeps the hours before the daily reset on the day before', () => {
    expect(businessDayOf(Date.parse('2026-11-25T01:59:00Z'), zone, '03:00')).toBe('2026-11-24');
    expect(businessDayOf(Date.parse('2026-11-25T02:00:00Z'), zone, '03:00')).toBe('2026-11-25');
  });
});

describe('the daily reset on daylight-saving days in Copenhagen', () => {
  it('turns the business day at the first moment the clock shows the reset time', () => {
    // Last Sunday of October: 02:00–02:59 shows twice; the reset is at its first showing (summer time).
    expect(nextReset(Date.parse('2026-10-24T22:00:00Z'), zone, '02:30')).toBe(Date.parse('2026-10-25T00:30:00Z'));
    expect(businessDayOf(Date.parse('2026-10-25T00:30:00Z'), zone, '02:30')).toBe('2026-10-25');
    // Last Sunday of March: 02:00–02:59 never shows; the reset is when the clock skips past it (03:00 summer time).
    expect(nextReset(Date.parse('2026-03-28T22:00:00Z'), zone, '02:30')).toBe(Date.parse('2026-03-29T01:00:00Z'));
    expect(businessDayOf(Date.parse('2026-03-29T00:59:00Z'), zone, '02:30')).toBe('2026-03-28');
    expect(businessDayOf(Date.parse('2026-03-29T01:00:00Z'), zone, '02:30')).toBe('2026-03-29');
    expect(nextReset(Date.parse('2026-03-28T22:00:00Z'), zone, '03:00')).toBe(Date.parse('2026-03-29T01:00:00Z'));
    expect(nextReset(Date.parse('2026-10-24T22:00:00Z'), zone, '03:00')).toBe(Date.parse('2026-10-25T02:00:00Z'));
  });
});
