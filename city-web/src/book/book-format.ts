import type { Language } from './book-strings.js';

/**
 * Dates and times of the booking pages, always in the centres' time zone (Copenhagen), whatever
 * the phone's own is. The wording is the centres' booking pages' (citizen-web/src/format/time.ts).
 */

const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone} ${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locales[lang], { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** A local date ("2026-11-24") as noon UTC, so formatting it in UTC never shifts the day. */
const noonOf = (date: string) => Date.parse(`${date}T12:00:00Z`);

/** "tirsdag 24. november" / "Tuesday 24 November". */
export function formatDay(date: string, lang: Language): string {
  return formatter(lang, 'UTC', { weekday: 'long', day: 'numeric', month: 'long' }).format(noonOf(date)).replace(',', '');
}

/** "tir", "24", "nov" / "Tue", "24", "Nov": a day chip. */
export function formatDayShort(date: string, lang: Language): { weekday: string; day: string; month: string } {
  const instant = noonOf(date);
  return {
    weekday: formatter(lang, 'UTC', { weekday: 'short' }).format(instant).replace('.', ''),
    day: formatter(lang, 'UTC', { day: 'numeric' }).format(instant).replace('.', ''),
    month: formatter(lang, 'UTC', { month: 'short' }).format(instant).replace('.', ''),
  };
}

/** "11.30" / "11:30" in the time zone. */
export function formatTime(iso: string, lang: Language, timeZone: string): string {
  return formatter(lang, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.parse(iso));
}

/** The local date ("2026-11-24") of an instant in the time zone. */
export function localDateOf(iso: string, timeZone: string): string {
  const parts = formatter('en', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(Date.parse(iso));
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}`;
}

/** An appointment's day, what stands between, and its times: "tirsdag 24. november", " ", "kl. 11.30–11.45". */
export function appointmentParts(start: string, end: string, lang: Language, timeZone: string): { day: string; between: string; span: string } {
  return {
    day: formatDay(localDateOf(start, timeZone), lang),
    between: lang === 'da' ? ' ' : ', ',
    span: `${lang === 'da' ? 'kl. ' : ''}${formatTime(start, lang, timeZone)}–${formatTime(end, lang, timeZone)}`,
  };
}

/** "tirsdag 24. november kl. 11.30–11.45" / "Tuesday 24 November, 11:30–11:45". */
export function formatAppointment(start: string, end: string, lang: Language, timeZone: string): string {
  const { day, between, span } = appointmentParts(start, end, lang, timeZone);
  return `${day}${between}${span}`;
}

/**
 * The day of a time among the earliest ones, as short as is clear: "i dag" / "today", "i morgen" /
 * "tomorrow", else "tor. 26. nov." / "Thu 26 Nov".
 */
export function formatNearDay(date: string, today: string, lang: Language, words: { today: string; tomorrow: string }): string {
  if (date === today) return words.today;
  if (date === addDays(today, 1)) return words.tomorrow;
  const short = formatDayShort(date, lang);
  return lang === 'da' ? `${short.weekday}. ${short.day}. ${short.month}.` : `${short.weekday} ${short.day} ${short.month}`;
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return new Date(noonOf(date) + days * 24 * 60 * 60_000).toISOString().slice(0, 10);
}
