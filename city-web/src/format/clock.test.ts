import { describe, expect, it } from 'vitest';
import { cityDateOf, formatClock, formatWhen } from './clock.js';

describe('clock times on the hub’s pages', () => {
  it('are Copenhagen’s, winter and summer, whatever the phone’s time zone', () => {
    expect(formatClock('2026-11-24T09:02:00Z')).toBe('10:02');
    expect(formatClock('2026-07-01T09:02:00Z')).toBe('11:02');
    expect(cityDateOf('2026-11-24T23:30:00Z')).toBe('2026-11-25');
  });

  it('name the day when it is not today in Copenhagen', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(formatWhen('2026-11-24T09:02:00Z', now)).toBe('10:02');
    expect(formatWhen('2026-11-23T09:02:00Z', now)).toBe('23. nov. 10:02');
    expect(formatWhen('2026-11-23T09:02:00Z', now, 'en')).toBe('23 Nov 10:02');
  });
});
