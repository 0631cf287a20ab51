/**
 * Average advance of a character of the display's bold type, in em. DejaVu Sans Bold (the
 * widest of the fonts in the stack) averages about 0.64 em over ticket letters, digits and
 * spaces; a little more leaves room for rounding.
 */
const characterWidthEm = 0.68;

/**
 * A font size that keeps `text` on one line in its container: `preferred` when that fits, else
 * the size at which the text's width equals the container's (`cqi`, container query units).
 * "A 3" stays huge; "AB 142" shrinks instead of breaking or running off the screen.
 */
export function fittedFontSize(text: string, preferred: string): string {
  const characters = Math.max(1, text.length);
  return `min(${preferred}, ${(100 / (characters * characterWidthEm)).toFixed(2)}cqi)`;
}
