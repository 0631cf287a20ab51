import { describe, expect, it } from 'vitest';
import { niceAxis } from './scale.js';

describe('chart axes', () => {
  it('rounds the top of the axis up to a round step', () => {
    expect(niceAxis(34)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceAxis(40.5)).toEqual({ max: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(niceAxis(18.4)).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(niceAxis(0.9)).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('keeps whole steps for counts, and an axis when there is nothing to show', () => {
    expect(niceAxis(3, { whole: true })).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceAxis(0, { whole: true })).toEqual({ max: 1, ticks: [0, 1] });
  });
});
