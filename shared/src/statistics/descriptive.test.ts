import { describe, expect, it } from 'vitest';
import { mean, quantileOfSorted, share, summarise } from './descriptive.js';

describe('descriptive statistics', () => {
  it('interpolates percentiles between order statistics as spreadsheets do (type 7)', () => {
    // PERCENTILE.INC({2,4,7,15}, 0.9): h = 3 × 0.9 = 2.7 → 7 + 0.7 × (15 − 7) = 12.6
    expect(quantileOfSorted([2, 4, 7, 15], 0.9)).toBeCloseTo(12.6, 10);
    expect(quantileOfSorted([2, 4, 7, 15], 0.5)).toBe(5.5);
    expect(quantileOfSorted([9], 0.9)).toBe(9);
  });

  it('summarises a sample given in any order', () => {
    expect(summarise([15, 2, 7, 4])).toEqual({ count: 4, mean: 7, median: 5.5, p90: expect.closeTo(12.6, 10), max: 15 });
  });

  it('gives null, not 0, when there is nothing to describe', () => {
    expect(summarise([])).toEqual({ count: 0, mean: null, median: null, p90: null, max: null });
    expect(mean([])).toBeNull();
    expect(share(3, 0)).toBeNull();
    expect(share(3, 4)).toBe(0.75);
  });

  it('refuses a percentile outside 0–1', () => {
    expect(() => quantileOfSorted([1], 1.5)).toThrow(RangeError);
  });
});
