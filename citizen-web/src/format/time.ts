import type { Language } from '../i18n/strings.js';

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

/** "tir. 24." / "Tue 24": a day chip. */
export function formatDayShort(date: string, lang: Language): { weekday: string; day: string; month: string } {
  const instant = noonOf(date);
  return {
    weekday: formatter(lang, 'UTC', { weekday: 'short' }).format(instant).replace('.', ''),
    day: formatter(lang, 'UTC', { day: 'numeric' }).format(instant).replace('.', ''),
    month: formatter(lang, 'UTC', { month: 'short' }).format(instant).replace('.', ''),
  };
}

/** "11.30" / "11:30" in the centre's time zone. */
export function formatTime(iso: string, lang: Language, timeZone: string): string {
  return formatter(lang, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.parse(iso));
}

/** The local date ("2026-11-24") of an instant in the centre's time zone. */
export function localDateOf(iso: string, timeZone: string): string {
  const parts = formatter('en', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(Date.parse(iso));
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}`;
}

/** "tirsdag 24. november kl. 11.30–11.45" / "Tuesday 24 November, 11:30–11:45". */
export function formatAppointment(start: string, end: string, lang: Language, timeZone: string): string {
  const day = formatDay(localDateOf(start, timeZone), lang);
  const span = `${formatTime(start, lang, timeZone)}–${formatTime(end, lang, timeZone)}`;
  return lang === 'da' ? `${day} kl. ${span}` : `${day}, ${span}`;
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return new Date(noonOf(date) + days * 24 * 60 * 60_000).toISOString().slice(0, 10);
}

/** "ABCDEFGH" → "ABCD EFGH". */
export const spacedCode = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;
