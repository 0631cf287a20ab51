/*
 * Dates and times as the centre's wall clock shows them, whatever the time zone of the machine
 * the page runs on (a phone abroad, a test runner in UTC). Every helper takes the centre's IANA
 * time zone (its configuration says it; the hub's is Copenhagen).
 */

/** The hub serves Copenhagen's centres: every clock time on its pages is Copenhagen's. */
export const copenhagen = 'Europe/Copenhagen';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl formatter per locale, zone and options: building one costs far more than using it. */
export function formatterOf(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

export type LocalParts = { year: string; month: string; day: string; hour: string; minute: string; second: string };

/** The local date and time of an instant in a time zone, as two-digit parts with Western digits. */
export function localParts(instant: number | string, timeZone: string): LocalParts {
  const parts = formatterOf('en-GB', timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: keyof LocalParts) => parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** The local date ("2026-11-24") of an instant in a time zone. */
export function localDateOf(instant: number | string, timeZone: string): string {
  const { year, month, day } = localParts(instant, timeZone);
  return `${year}-${month}-${day}`;
}

/**
 * "13:05": hours and minutes with a colon in every language, as the wall displays, receipts and
 * staff write them (Intl would give Danish "13.05" and Arabic-Indic digits for Arabic, which a
 * visitor may misread).
 */
export function clockTime(instant: number | string, timeZone: string): string {
  const { hour, minute } = localParts(instant, timeZone);
  return `${hour}:${minute}`;
}

/** "13:05:09", the same with seconds. */
export function clockTimeWithSeconds(instant: number | string, timeZone: string): string {
  const { hour, minute, second } = localParts(instant, timeZone);
  return `${hour}:${minute}:${second}`;
}

/** A local date ("2026-11-24") as noon UTC, so formatting it in UTC never shifts the day. */
export const noonOf = (date: string): number => Date.parse(`${date}T12:00:00Z`);

/** `date` plus `days` days (negative for earlier). */
export function addDays(date: string, days: number): string {
  return new Date(noonOf(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from local date `from` to local date `to` ("2026-11-24" → "2026-11-26": 2). */
export function daysBetween(from: string, to: string): number {
  return Math.round((noonOf(to) - noonOf(from)) / 86_400_000);
}

/**
 * The weekday of a local date ("2026-11-24") or an instant in `timeZone`, named in `locale`:
 * "tirsdag", "Tuesday", "الثلاثاء". `style` short gives "tir.", "Tue".
 */
export function weekdayName(day: string | number, locale: string, options: { timeZone?: string; style?: 'long' | 'short' } = {}): string {
  const instant = typeof day === 'string' ? noonOf(day) : day;
  const timeZone = typeof day === 'string' ? 'UTC' : (options.timeZone ?? 'UTC');
  return formatterOf(locale, timeZone, { weekday: options.style ?? 'long' }).format(instant);
}
