import { describe, expect, it } from 'vitest';
import { RandomStream } from './random.js';
import { bias, confidenceInterval95, mean, meanAbsoluteError, quantile, shareBelow, studentT975, summary } from './statistics.js';

describe('mean', () => {
  it('averages, and is NaN for no values', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([-3, 3])).toBe(0);
    expect(mean([])).toBeNaN();
  });
});

describe('quantile (type 7)', () => {
  it('interpolates linearly between order statistics, like R and NumPy', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5); // h = 1.5
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12); // h = 2.7: 3 + 0.7·(4 − 3)
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20); // h = 1 exactly
    expect(quantile([7, 3, 10, 1, 5, 2, 9, 4, 8, 6], 0.95)).toBeCloseTo(9.55, 12); // R: quantile(1:10, 0.95)
    expect(quantile([4, 1, 3], 0)).toBe(1);
    expect(quantile([4, 1, 3], 1)).toBe(4);
    expect(quantile([42], 0.3)).toBe(42);
  });

  it('does not reorder its input, is NaN for no values and rejects p outside [0, 1]', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
    expect(quantile([], 0.5)).toBeNaN();
    expect(() => quantile([1, 2], 1.01)).toThrow(RangeError);
    expect(() => quantile([1, 2], -0.1)).toThrow(RangeError);
  });
});

describe('summary', () => {
  it('gives count, mean, median, p90, p95 and max', () => {
    // Sorted 1…5: p90 at h = 3.6 → 4.6, p95 at h = 3.8 → 4.8.
    const result = summary([5, 1, 4, 2, 3]);
    expect(result.count).toBe(5);
    expect(result.mean).toBe(3);
    expect(result.median).toBe(3);
    expect(result.p90).toBeCloseTo(4.6, 12);
    expect(result.p95).toBeCloseTo(4.8, 12);
    expect(result.max).toBe(5);
  });

  it('is a count of 0 and NaN figures for no values', () => {
    const result = summary([]);
    expect(result.count).toBe(0);
    for (const figure of [result.mean, result.median, result.p90, result.p95, result.max]) expect(figure).toBeNaN();
  });
});

describe('studentT975', () => {
  it('gives t(29) ≈ 2.045 and the textbook table values', () => {
    expect(studentT975(29)).toBeCloseTo(2.045, 3);
    expect(studentT975(1)).toBeCloseTo(12.706, 3);
    expect(studentT975(4)).toBeCloseTo(2.776, 3);
    expect(studentT975(9)).toBeCloseTo(2.262, 3);
    expect(studentT975(30)).toBeCloseTo(2.042, 3);
  });

  it('continues smoothly above the table and tends to 1.96', () => {
    expect(studentT975(31)).toBeCloseTo(2.039513, 6);
    expect(studentT975(40)).toBeCloseTo(2.021075, 6);
    expect(studentT975(60)).toBeCloseTo(2.000298, 6);
    expect(studentT975(120)).toBeCloseTo(1.979930, 6);
    expect(studentT975(1000)).toBeCloseTo(1.962339, 6);
    expect(studentT975(1_000_000)).toBeCloseTo(1.959966, 6);
    let previous = Number.POSITIVE_INFINITY;
    for (let degrees = 1; degrees <= 1000; degrees += 1) {
      const value = studentT975(degrees);
      expect(value).toBeLessThan(previous);
      previous = value;
    }
  });

  it('rejects degrees of freedom that are not whole numbers ≥ 1', () => {
    expect(() => studentT975(0)).toThrow(RangeError);
    expect(() => studentT975(2.5)).toThrow(RangeError);
  });
});

describe('confidenceInterval95', () => {
  it('is mean ± t(n−1)·s/√n', () => {
    // 1…5: mean 3, s = √2.5, t(4) = 2.776445 → half width 2.776445·√2.5/√5 = 1.963243.
    const interval = confidenceInterval95([1, 2, 3, 4, 5]);
    expect(interval.mean).toBe(3);
    expect(interval.halfWidth).toBeCloseTo(1.963243, 6);
    expect(interval.low).toBeCloseTo(3 - 1.963243, 6);
    expect(interval.high).toBeCloseTo(3 + 1.963243, 6);
  });

  it('has zero width for equal values, infinite width for one value and NaN for none', () => {
    expect(confidenceInterval95([4, 4, 4])).toEqual({ mean: 4, halfWidth: 0, low: 4, high: 4 });
    expect(confidenceInterval95([4])).toEqual({ mean: 4, halfWidth: Number.POSITIVE_INFINITY, low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY });
    const none = confidenceInterval95([]);
    expect(none.mean).toBeNaN();
    expect(none.halfWidth).toBeNaN();
  });

  it('covers the true mean about 95 % of the time with 10 normal values', () => {
    const stream = new RandomStream(77);
    let covered = 0;
    const trials = 4000;
    for (let trial = 0; trial < trials; trial += 1) {
      const values = Array.from({ length: 10 }, () => stream.normal(5, 2));
      const interval = confidenceInterval95(values);
      if (interval.low <= 5 && 5 <= interval.high) covered += 1;
    }
    expect(Math.abs(covered / trials - 0.95)).toBeLessThan(0.012);
  });
});

describe('estimate accuracy', () => {
  const pairs = [
    { estimated: 10, actual: 12 },
    { estimated: 5, actual: 4 },
    { estimated: 8, actual: 8 },
  ];

  it('meanAbsoluteError averages |estimated − actual|', () => {
    expect(meanAbsoluteError(pairs)).toBe(1); // (2 + 1 + 0) / 3
    expect(meanAbsoluteError([])).toBeNaN();
  });

  it('bias averages estimated − actual: negative when estimates run low', () => {
    expect(bias(pairs)).toBeCloseTo(-1 / 3, 12); // (−2 + 1 + 0) / 3
    expect(bias([{ estimated: 15, actual: 10 }])).toBe(5);
    expect(bias([])).toBeNaN();
  });

  it('shareBelow counts values strictly below the limit', () => {
    expect(shareBelow([-2, 1, 0, -0.5], 0)).toBe(0.5); // the share underestimated, from errors
    expect(shareBelow([3, 9, 14, 15, 22], 15)).toBe(0.6); // 15 itself is not below 15
    expect(shareBelow([], 1)).toBeNaN();
  });
});
