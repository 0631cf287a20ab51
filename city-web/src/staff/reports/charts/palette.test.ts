import { describe, expect, it } from 'vitest';
import { contrast, palette } from './palette.js';

describe('the charts’ colours', () => {
  it('set every bar at least 3:1 against the white page, and the text at least 7:1', () => {
    for (const colour of [palette.blue, palette.vermillion, palette.green, palette.orange, palette.grey, palette.ink, palette.axis]) {
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
    }
    for (const text of [palette.ink, palette.mutedInk]) expect(contrast(text, '#ffffff'), text).toBeGreaterThanOrEqual(7);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
