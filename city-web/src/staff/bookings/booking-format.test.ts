import { describe, expect, it } from 'vitest';
import { formatClockIn, formatClockSpan, formatDay, formatPhone, formatShortSpan, formatSpan, formatWhen, localDateOf, spacedCode } from './booking-format.js';

describe('the city booking desk’s dates and times', () => {
  it('are Danish and in Copenhagen’s time, summer and winter', () => {
    expect(formatDay('2026-11-24')).toBe('tirsdag 24. november');
    expect(localDateOf('2026-11-24T23:30:00Z', 'Europe/Copenhagen')).toBe('2026-11-25');
    expect(formatClockIn('2026-07-01T08:05:00Z', 'Europe/Copenhagen')).toBe('10:05');
    expect(formatWhen('2026-11-24T10:15:00Z', 'Europe/Copenhagen')).toBe('tirsdag 24. november kl. 11:15');
    expect(formatSpan('2026-11-24T10:15:00Z', '2026-11-24T10:30:00Z', 'Europe/Copenhagen')).toBe('tirsdag 24. november kl. 11:15–11:30');
    expect(formatClockSpan('2026-11-24T10:15:00Z', '2026-11-24T10:30:00Z', 'Europe/Copenhagen')).toBe('11:15–11:30');
    expect(formatShortSpan('2026-11-24T23:15:00Z', '2026-11-24T23:30:00Z', 'Europe/Copenhagen')).toBe('ons. 25. nov. kl. 00:15–00:30');
  });

  it('show a booking code in two groups of four, and a Danish phone number in pairs, as they are read out', () => {
    expect(spacedCode('ABCD2345')).toBe('ABCD 2345');
    expect(formatPhone('+4512345678')).toBe('+45 12 34 56 78');
    expect(formatPhone('12345678')).toBe('12 34 56 78');
    expect(formatPhone('+46701234567')).toBe('+46701234567');
    expect(formatPhone('004512345678')).toBe('004512345678');
  });
});
