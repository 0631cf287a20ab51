import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatHours, formatMinutes, formatPeriod, formatShare, formatShortDate, hourLabel } from './format.js';

describe('Danish figures', () => {
  it('writes counts, minutes, shares and hours the Danish way, and a dash where there is no data', () => {
    expect(formatCount(1234)).toBe('1.234');
    expect(formatMinutes(12.54)).toBe('12,5');
    expect(formatMinutes(null)).toBe('–');
    expect(formatShare(4 / 7)).toBe('57\u00A0%');
    expect(formatShare(null)).toBe('–');
    expect(formatHours(390)).toBe('6,5');
  });

  it('names hours, dates and periods', () => {
    expect(hourLabel(9)).toBe('09–10');
    expect(hourLabel(23)).toBe('23–00');
    expect(formatDate('2026-11-24')).toBe('24. november 2026');
    expect(formatShortDate('2026-11-24')).toMatch(/^tirs?\.? 24\.11/);
    expect(formatPeriod('2026-11-24', '2026-11-24')).toBe('24. november 2026');
    expect(formatPeriod('2026-11-01', '2026-11-30')).toBe('1. november 2026 – 30. november 2026');
  });
});
