import { describe, expect, it } from 'vitest';
import { formatDay, formatSpan, formatWhen, localDateOf, spacedCode } from './booking-format.js';

describe('the booking desk’s dates and times', () => {
  it('are Danish and in the centre’s time zone', () => {
    expect(formatDay('2026-11-24')).toBe('tirsdag 24. november');
    expect(localDateOf('2026-11-24T23:30:00Z', 'Europe/Copenhagen')).toBe('2026-11-25');
    expect(formatWhen('2026-11-24T10:15:00Z', 'Europe/Copenhagen')).toBe('tirsdag 24. november kl. 11:15');
    expect(formatSpan('2026-11-24T10:15:00Z', '2026-11-24T10:30:00Z', 'Europe/Copenhagen')).toBe('tirsdag 24. november kl. 11:15–11:30');
    expect(spacedCode('ABCD2345')).toBe('ABCD 2345');
  });
});
