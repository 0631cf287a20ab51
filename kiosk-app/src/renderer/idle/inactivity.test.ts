import { describe, expect, it } from 'vitest';
import { defaultInactivityTimes, inactivityPhase, msUntilNextPhase } from './inactivity.js';

describe('inactivity', () => {
  it('warns after a minute untouched and starts afresh 25 seconds later', () => {
    expect(defaultInactivityTimes).toEqual({ warnAfterMs: 60_000, resetAfterWarningMs: 25_000 });
    expect([0, 59_999, 60_000, 84_999, 85_000, 600_000].map((idle) => inactivityPhase(idle))).toEqual([
      'active',
      'active',
      'warning',
      'warning',
      'expired',
      'expired',
    ]);
  });

  it('says how long until the next change, so one timer is enough', () => {
    expect(msUntilNextPhase(0)).toBe(60_000);
    expect(msUntilNextPhase(45_000)).toBe(15_000);
    expect(msUntilNextPhase(60_000)).toBe(25_000);
    expect(msUntilNextPhase(85_000)).toBeNull();
  });

  it('takes other times', () => {
    const times = { warnAfterMs: 1_000, resetAfterWarningMs: 500 };
    expect(inactivityPhase(1_200, times)).toBe('warning');
    expect(msUntilNextPhase(1_200, times)).toBe(300);
  });
});
