import { describe, expect, it } from 'vitest';
import { addDays, formatAppointment, formatNearDay, formatTime, localDateOf } from './book-format.js';
import { strings } from './book-strings.js';

const copenhagen = 'Europe/Copenhagen';

describe('times on the booking pages', () => {
  it('are Copenhagen’s, in winter and summer, whatever the phone’s time zone', () => {
    expect(formatTime('2026-11-24T08:15:00.000Z', 'da', copenhagen)).toBe('09.15');
    expect(formatTime('2026-07-01T08:15:00.000Z', 'en', copenhagen)).toBe('10:15');
    expect(localDateOf('2026-11-24T23:30:00.000Z', copenhagen)).toBe('2026-11-25');
  });

  it('say an appointment as the centres’ pages do', () => {
    expect(formatAppointment('2026-11-25T08:30:00.000Z', '2026-11-25T08:45:00.000Z', 'da', copenhagen)).toBe('onsdag 25. november kl. 09.30–09.45');
    expect(formatAppointment('2026-11-25T08:30:00.000Z', '2026-11-25T08:45:00.000Z', 'en', copenhagen)).toBe('Wednesday 25 November, 09:30–09:45');
  });

  it('name the day of an early time as briefly as is clear', () => {
    expect(formatNearDay('2026-11-24', '2026-11-24', 'da', strings.da)).toBe('i dag');
    expect(formatNearDay('2026-11-25', '2026-11-24', 'en', strings.en)).toBe('tomorrow');
    expect(formatNearDay('2026-11-26', '2026-11-24', 'da', strings.da)).toBe('tors. 26. nov.');
    expect(formatNearDay('2026-11-26', '2026-11-24', 'en', strings.en)).toBe('Thu 26 Nov');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
