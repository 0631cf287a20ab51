import { describe, expect, it } from 'vitest';
import { pageShownAt, pagesOf, pageTurnMs } from './queue-pages.js';

describe('pages of queues', () => {
  it('keeps every queue, on as few pages as fit, filled evenly', () => {
    const ten = Array.from({ length: 10 }, (_, index) => index);
    expect(pagesOf(ten, 4)).toEqual([[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    expect(pagesOf(ten, 6)).toEqual([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
    expect(pagesOf(ten.slice(0, 4), 4)).toEqual([[0, 1, 2, 3]]);
    expect(pagesOf([], 4)).toEqual([]);
  });

  it('turns the page every few seconds by the clock, round and round', () => {
    const start = 1_000 * pageTurnMs * 3; // a multiple of three pages: page 1
    expect(pageShownAt(start, 3)).toBe(0);
    expect(pageShownAt(start + pageTurnMs - 1, 3)).toBe(0);
    expect(pageShownAt(start + pageTurnMs, 3)).toBe(1);
    expect(pageShownAt(start + 2 * pageTurnMs, 3)).toBe(2);
    expect(pageShownAt(start + 3 * pageTurnMs, 3)).toBe(0);
    expect(pageShownAt(start + pageTurnMs, 1)).toBe(0);
  });
});
