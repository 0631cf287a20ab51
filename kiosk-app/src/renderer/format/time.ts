import type { Translator } from '../i18n/translate.js';

type Parts = { year: string; month: string; day: string; hour: string; minute: string };

/** The local date and time of an instant in a time zone, as two-digit parts with Western digits. */
export function localParts(instant: number, timeZone: string): Parts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: keyof Parts) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/**
 * "13:05": hours and minutes with a colon in every language, as the wall displays and the
 * receipts write them (Intl would give Danish "13.05" and Arabic-Indic digits for Arabic).
 */
export function formatTime(instant: number, timeZone: string): string {
  const { hour, minute } = localParts(instant, timeZone);
  return `${hour}:${minute}`;
}

/** "24.11.2026 13:05": the receipt's issue time, in the centre's time zone. */
export function formatDateTime(instant: number, timeZone: string): string {
  const { year, month, day, hour, minute } = localParts(instant, timeZone);
  return `${day}.${month}.${year} ${hour}:${minute}`;
}

const dayNumber = (instant: number, timeZone: string) => {
  const { year, month, day } = localParts(instant, timeZone);
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
};

/**
 * When something opens, relative to now in the centre's time zone: "today at 10:00", "tomorrow
 * at 10:00", or "Monday at 10:00" (the weekday as Intl names it in the translator's language).
 */
export function formatOpening(t: Translator, opensAt: number, now: number, timeZone: string): string {
  const time = formatTime(opensAt, timeZone);
  const days = dayNumber(opensAt, timeZone) - dayNumber(now, timeZone);
  if (days <= 0) return t.text('whenToday', { time });
  if (days === 1) return t.text('whenTomorrow', { time });
  // The weekday must be in the language the surrounding text came from.
  const weekday = new Intl.DateTimeFormat(t.sourceOf('whenWeekday'), { weekday: 'long', timeZone }).format(opensAt);
  return t.text('whenWeekday', { weekday, time });
}
