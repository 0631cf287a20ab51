/**
 * Colours of the city's charts, as the centres' reports draw theirs
 * (staff-app/src/reports/charts/palette.ts; an app imports no other app): the Okabe–Ito palette,
 * which stays distinguishable with the common colour-vision deficiencies, each bar colour at least
 * 3:1 against white (WCAG 1.4.11) — the orange darkened to 3.8:1, keeping its hue — and the
 * charts' text at least 7:1, as every text pair of the staff pages. No chart relies on colour
 * alone: the bars of several series also differ by pattern, and every figure is written out.
 */
export const palette = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  orange: '#AD7A00',
  /** Unknown: no colour of its own, a plain grey. */
  grey: '#6E6E6E',
  /** Text, the goal line, and the whole city's bar. */
  ink: '#1F1F1F',
  mutedInk: '#4A4A4A',
  grid: '#D9D9D9',
  axis: '#5E5E5E',
} as const;

/** How a series fills its bars besides its colour, so print in black and white and every eye can tell them apart. */
export type FillPattern = 'solid' | 'stripes' | 'dots' | 'crosses';

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two colours "#RRGGBB". */
export function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
