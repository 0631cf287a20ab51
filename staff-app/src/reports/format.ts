import type { Weekday } from '@dintur/shared';
import { reportStrings } from './report-strings.js';

/** Shown where a figure has no data (an hour without visitors has no median wait). */
export const noValue = '–';

const wholeNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** A count as Danish writes it: "1.234". */
export const formatCount = (value: number) => wholeNumber.format(value);

/** Minutes with at most one decimal: "12,5"; "–" for no data. */
export const formatMinutes = (value: number | null) => (value === null ? noValue : oneDecimal.format(value));

/** The same with its unit: "12,5 min". */
export const formatMinutesWithUnit = (value: number | null) => (value === null ? noValue : `${oneDecimal.format(value)}\u00A0min`);

/** A share 0–1 as a whole percentage, "72 %" (with a no-break space); "–" for no data. */
export const formatShare = (value: number | null) => (value === null ? noValue : `${wholeNumber.format(value * 100)}\u00A0%`);

/** Minutes as hours with one decimal: "6,5". */
export const formatHours = (minutes: number) => oneDecimal.format(minutes / 60);

/** "10–11": the local hour starting at `hour`. */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}–${String((hour + 1) % 24).padStart(2, '0')}`;

/** "kl. 10–11", as a sentence says it. */
export const spokenHour = (hour: number) => `kl. ${hourLabel(hour)}`;

export const weekdayName = (weekday: Weekday) => reportStrings.weekdays[weekday];

const longDate = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('da-DK', { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' });

/** "2026-11-24" → "24. november 2026". */
export const formatDate = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

/** "2026-11-24" → "tirs. 24.11" (for axes and table rows). */
export const formatShortDate = (date: string) => shortDate.format(new Date(`${date}T00:00:00Z`));

/** "24. november 2026", or "24. november 2026 – 30. november 2026". */
export const formatPeriod = (from: string, to: string) => (from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`);

/** An instant in the centre's time zone: "24. november 2026 kl. 11.05". */
export function formatInstant(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(instant));
}
