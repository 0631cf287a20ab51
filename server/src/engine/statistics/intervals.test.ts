import { describe, expect, it } from 'vitest';
import { clip, intersect, totalLength, union } from './intervals.js';

describe('intervals of time', () => {
  it('joins overlapping and touching stretches and drops empty ones', () => {
    expect(union([{ from: 5, to: 8 }, { from: 1, to: 3 }, { from: 3, to: 4 }, { from: 6, to: 10 }, { from: 12, to: 12 }])).toEqual([
      { from: 1, to: 4 },
      { from: 5, to: 10 },
    ]);
  });

  it('finds the time two lists share, and cuts to a period', () => {
    const signedIn = [{ from: 0, to: 10 }, { from: 20, to: 30 }];
    const busy = [{ from: 5, to: 25 }, { from: 28, to: 40 }];
    expect(intersect(signedIn, busy)).toEqual([{ from: 5, to: 10 }, { from: 20, to: 25 }, { from: 28, to: 30 }]);
    expect(totalLength(intersect(signedIn, busy))).toBe(12);
    expect(clip(busy, 10, 30)).toEqual([{ from: 10, to: 25 }, { from: 28, to: 30 }]);
  });
});
