import { describe, expect, it } from 'vitest';
import { localToday, presetRange, requestFromSearch } from './date-range.js';

describe('periods of the reports', () => {
  it('counts the quick choices back from today', () => {
    expect(presetRange('today', '2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-03-02' });
    expect(presetRange('last7', '2026-03-02')).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(presetRange('last30', '2026-03-02')).toEqual({ from: '2026-02-01', to: '2026-03-02' }); // 28 February days + 2
    expect(presetRange('thisMonth', '2026-03-02')).toEqual({ from: '2026-03-01', to: '2026-03-02' });
    expect(presetRange('lastMonth', '2026-03-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('reads a period from the address and refuses one the server would refuse', () => {
    expect(requestFromSearch(new URLSearchParams('from=2026-11-01&to=2026-11-30&unitId=pension-care'))).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      unitId: 'pension-care',
    });
    expect(requestFromSearch(new URLSearchParams('from=2026-11-01&to=2026-11-30'))?.unitId).toBe('');
    expect(requestFromSearch(new URLSearchParams('from=2026-11-30&to=2026-11-01'))).toBeNull();
    expect(requestFromSearch(new URLSearchParams('from=2026-02-30&to=2026-03-01'))).toBeNull();
    expect(requestFromSearch(new URLSearchParams('to=2026-03-01'))).toBeNull();
    expect(requestFromSearch(new URLSearchParams('from=2025-01-01&to=2026-01-02'))).toBeNull();
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
  });
});
