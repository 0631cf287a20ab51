import { formatterOf, localDateOf, noonOf } from '@dintur/web';
import type { Language } from '../i18n/strings.js';

const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

function formatter(lang: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatterOf(locales[lang], timeZone, options);
}

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

/** "tirsdag 24. november kl. 11.30–11.45" / "Tuesday 24 November, 11:30–11:45". */
export function formatAppointment(start: string, end: string, lang: Language, timeZone: string): string {
  const day = formatDay(localDateOf(start, timeZone), lang);
  const span = `${formatTime(start, lang, timeZone)}–${formatTime(end, lang, timeZone)}`;
  return lang === 'da' ? `${day} kl. ${span}` : `${day}, ${span}`;
}

/** "ABCDEFGH" → "ABCD EFGH". */
export const spacedCode = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;
