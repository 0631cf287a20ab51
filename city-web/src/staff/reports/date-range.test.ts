import { describe, expect, it } from 'vitest';
import { cityToday, presetRange, rangeFromSearch, rangeProblems } from './date-range.js';

describe('the reports’ period', () => {
  it('counts today in Copenhagen, and the quick choices back from it', () => {
    expect(cityToday(Date.parse('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(presetRange('last7', '2026-11-24')).toEqual({ from: '2026-11-18', to: '2026-11-24' });
    expect(presetRange('thisMonth', '2026-11-24')).toEqual({ from: '2026-11-01', to: '2026-11-24' });
    expect(presetRange('lastMonth', '2026-03-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('says which field is wrong, as the hub would refuse it', () => {
    expect(rangeProblems({ from: '2026-11-01', to: '2026-11-30' })).toBeNull();
    expect(rangeProblems({ from: '2026-02-30', to: '2026-11-30' })).toEqual({ from: 'Skriv datoen som åååå-mm-dd.' });
    expect(rangeProblems({ from: '2026-11-30', to: '2026-11-01' })).toEqual({ to: 'Slutdatoen ligger før startdatoen.' });
    expect(rangeProblems({ from: '2025-01-01', to: '2026-11-01' })).toEqual({ to: 'En periode kan højst være 366 dage.' });
    expect(rangeFromSearch(new URLSearchParams('from=2026-11-01&to=2026-11-30'))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(rangeFromSearch(new URLSearchParams('from=2026-11-01'))).toBeNull();
  });
});
