import type { Outcome } from '@dintur/shared';

/**
 * Colours of the charts: the Okabe–Ito palette, which stays distinguishable with the common
 * colour-vision deficiencies, each at least 3:1 against white (WCAG 1.4.11, non-text contrast) —
 * the orange is darkened to 3.8:1 for that, keeping its hue. Charts never rely on colour alone:
 * every series is also named in the legend and the table under the chart.
 */
export const palette = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  purple: '#CC79A7',
  orange: '#AD7A00',
  /** Light blue fill of a capacity bar, always drawn with a blue outline. */
  lightBlue: '#CFE6F5',
  ink: '#1F1F1F',
  mutedInk: '#4A4A4A',
  grid: '#D9D9D9',
  axis: '#5E5E5E',
} as const;

export const outcomeColours: Record<Outcome, string> = {
  resolved: palette.blue,
  referred: palette.orange,
  'needs-appointment': palette.purple,
  'self-service': palette.green,
  'not-resolved': palette.vermillion,
};

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

/** A colour between white (0) and `to` (1), for shading a cell by its count. */
export function shade(to: string, amount: number): string {
  const mix = (offset: number) => {
    const end = parseInt(to.slice(offset, offset + 2), 16);
    return Math.round(255 + (end - 255) * Math.min(1, Math.max(0, amount)))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/** Text that can be read on `background`: white where it has 4.5:1, otherwise near-black. */
export const textOn = (background: string) => (contrast(background, '#ffffff') >= 4.5 ? '#ffffff' : palette.ink);
