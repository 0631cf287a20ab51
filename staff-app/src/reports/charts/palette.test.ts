import { describe, expect, it } from 'vitest';
import { contrast, outcomeColours, palette, shade, textOn } from './palette.js';

describe('chart colours', () => {
  it('stand out at least 3:1 against the white page, as WCAG asks of graphics', () => {
    for (const colour of [palette.blue, palette.vermillion, palette.green, palette.purple, palette.orange, palette.axis, ...Object.values(outcomeColours)]) {
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('shade from white to a colour and choose readable text on it', () => {
    expect(shade(palette.blue, 0)).toBe('#ffffff');
    expect(shade(palette.blue, 1)).toBe('#0072b2');
    expect(textOn(palette.blue)).toBe('#ffffff');
    expect(textOn(shade(palette.blue, 0.2))).toBe(palette.ink);
    expect(contrast(textOn(shade(palette.blue, 0.6)), shade(palette.blue, 0.6))).toBeGreaterThanOrEqual(4.5);
  });
});
