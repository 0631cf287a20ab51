import { clockTime, daysBetween, localDateOf, localParts, weekdayName } from '@dintur/web';
import type { Translator } from '../i18n/translate.js';

/**
 * "13:05": hours and minutes with a colon in every language, as the wall displays and the
 * receipts write them (Intl would give Danish "13.05" and Arabic-Indic digits for Arabic).
 */
export const formatTime = clockTime;

/** "24.11.2026 13:05": the receipt's issue time, in the centre's time zone. */
export function formatDateTime(instant: number, timeZone: string): string {
  const { year, month, day, hour, minute } = localParts(instant, timeZone);
  return `${day}.${month}.${year} ${hour}:${minute}`;
}

/**
 * When something opens, relative to now in the centre's time zone: "today at 10:00", "tomorrow
 * at 10:00", or "Monday at 10:00" (the weekday as Intl names it in the translator's language).
 */
export function formatOpening(t: Translator, opensAt: number, now: number, timeZone: string): string {
  const time = formatTime(opensAt, timeZone);
  const days = daysBetween(localDateOf(now, timeZone), localDateOf(opensAt, timeZone));
  if (days <= 0) return t.text('whenToday', { time });
  if (days === 1) return t.text('whenTomorrow', { time });
  // The weekday must be in the language the surrounding text came from.
  const weekday = weekdayName(opensAt, t.sourceOf('whenWeekday'), { timeZone });
  return t.text('whenWeekday', { weekday, time });
}
