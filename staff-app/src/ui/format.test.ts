import { describe, expect, it } from 'vitest';
import { formatMinutes, formatStopwatch, spokenMinutes, spokenNumber } from './format.js';

const minutes = (count: number) => count * 60_000;

describe('time as staff read it', () => {
  it('writes waits in whole minutes, rounding down, with hours past an hour', () => {
    expect(formatMinutes(0)).toBe('under 1 min');
    expect(formatMinutes(59_999)).toBe('under 1 min');
    expect(formatMinutes(minutes(1))).toBe('1 min');
    expect(formatMinutes(minutes(14) + 59_000)).toBe('14 min');
    expect(formatMinutes(minutes(60))).toBe('1 t 0 min');
    expect(formatMinutes(minutes(125))).toBe('2 t 5 min');
    expect(formatMinutes(-5_000)).toBe('under 1 min');
  });

  it('says waits in words for screen readers', () => {
    expect(spokenMinutes(30_000)).toBe('under et minut');
    expect(spokenMinutes(minutes(1))).toBe('1 minut');
    expect(spokenMinutes(minutes(14))).toBe('14 minutter');
    expect(spokenMinutes(minutes(61))).toBe('1 time og 1 minut');
    expect(spokenMinutes(minutes(150))).toBe('2 timer og 30 minutter');
  });

  it('runs a stopwatch in minutes and seconds, with hours when needed', () => {
    expect(formatStopwatch(0)).toBe('0:00');
    expect(formatStopwatch(187_400)).toBe('3:07');
    expect(formatStopwatch(3_787_000)).toBe('1:03:07');
  });

  it('spaces a ticket number for speech', () => {
    expect(spokenNumber('A12')).toBe('A 12');
    expect(spokenNumber('AB3')).toBe('AB 3');
  });
});
