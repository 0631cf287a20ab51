import { clockTime, clockTimeWithSeconds, copenhagen, formatterOf, localDateOf } from '@dintur/web';

/** The hub serves Copenhagen's centres: every clock time on its pages is Copenhagen's. */
export const cityTimeZone = copenhagen;

export type Locale = 'da' | 'en';

function formatter(lang: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatterOf(lang === 'da' ? 'da-DK' : 'en-GB', cityTimeZone, options);
}

/** "10:02" in Copenhagen, in every language (Danish writes "10.02"; a clock time on a screen reads better with a colon). */
export function formatClock(instant: string | number): string {
  return clockTime(instant, cityTimeZone);
}

/** "10:02:05" in Copenhagen. */
export function formatClockWithSeconds(instant: string | number): string {
  return clockTimeWithSeconds(instant, cityTimeZone);
}

/** The Copenhagen date ("2026-11-24") of an instant. */
export function cityDateOf(instant: string | number): string {
  return localDateOf(instant, cityTimeZone);
}

/**
 * When something happened, as briefly as is clear at `now`: "10:02" the same day in Copenhagen,
 * "3. dec. 10:02" / "3 Dec 10:02" on another.
 */
export function formatWhen(instant: string | number, now: number, lang: Locale = 'da'): string {
  return cityDateOf(instant) === cityDateOf(now) ? formatClock(instant) : formatDayClock(instant, lang);
}

/** A day and a clock time in Copenhagen: "24. nov. 10:53" / "24 Nov 10:53". */
export function formatDayClock(instant: string | number, lang: Locale = 'da'): string {
  return `${formatter(lang, { day: 'numeric', month: 'short' }).format(new Date(instant))} ${formatClock(instant)}`;
}

/** A date and time in Copenhagen: "24. november 2026 kl. 10.05". */
export function formatInstant(instant: string | number, lang: Locale = 'da'): string {
  return formatter(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
}
