import { describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '@dintur/web';
import { formatAppointment, formatDay, formatDayShort, formatTime } from './time.js';

const zone = 'Europe/Copenhagen';

describe('dates and times on the citizens’ pages', () => {
  it('write a day in Danish and English without shifting it', () => {
    expect(formatDay('2026-11-24', 'da')).toBe('tirsdag 24. november');
    expect(formatDay('2026-11-24', 'en')).toBe('Tuesday 24 November');
    expect(formatDayShort('2026-11-24', 'da')).toEqual({ weekday: 'tirs', day: '24', month: 'nov' });
  });

  it('write times in the centre’s zone, whatever the phone’s', () => {
    expect(formatTime('2026-11-24T10:30:00Z', 'da', zone)).toBe('11.30');
    expect(formatTime('2026-11-24T10:30:00Z', 'en', zone)).toBe('11:30');
    expect(localDateOf('2026-11-24T23:30:00Z', zone)).toBe('2026-11-25');
    expect(formatAppointment('2026-11-24T10:30:00Z', '2026-11-24T10:45:00Z', 'da', zone)).toBe('tirsdag 24. november kl. 11.30–11.45');
  });

  it('count days across months and a daylight-saving change', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
});
