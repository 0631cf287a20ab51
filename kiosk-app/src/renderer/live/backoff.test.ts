import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './backoff.js';

describe('reconnect backoff', () => {
  it('doubles from half a second up to 10 seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((attempt) => reconnectDelayMs(attempt, 0.5))).toEqual([500, 1000, 2000, 4000, 8000, 10000, 10000, 10000]);
  });

  it('spreads kiosks by up to 20 % either way', () => {
    expect(reconnectDelayMs(3, 0)).toBe(3200);
    expect(reconnectDelayMs(3, 0.999_999)).toBe(4800);
  });
});
