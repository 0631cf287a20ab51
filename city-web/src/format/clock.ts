/** The hub serves Copenhagen's centres: every clock time on its pages is Copenhagen's. */
export const cityTimeZone = 'Europe/Copenhagen';

export type Locale = 'da' | 'en';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { timeZone: cityTimeZone, ...options });
    formats.set(key, format);
  }
  return format;
}

/** "10:02" in Copenhagen (Danish writes "10.02"; a clock time on a screen reads better with a colon). */
export function formatClock(instant: string | number, lang: Locale = 'da'): string {
  return formatter(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant)).replace('.', ':');
}

/** "10:02:05" in Copenhagen. */
export function formatClockWithSeconds(instant: string | number, lang: Locale = 'da'): string {
  return formatter(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(instant)).replace(/\./g, ':');
}

/** The Copenhagen date ("2026-11-24") of an instant. */
export function cityDateOf(instant: string | number): string {
  const parts = formatter('en', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instant));
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}`;
}

/**
 * When something happened, as briefly as is clear at `now`: "10:02" the same day in Copenhagen,
 * "3. dec. 10:02" / "3 Dec 10:02" on another.
 */
export function formatWhen(instant: string | number, now: number, lang: Locale = 'da'): string {
  return cityDateOf(instant) === cityDateOf(now) ? formatClock(instant, lang) : formatDayClock(instant, lang);
}

/** A day and a clock time in Copenhagen: "24. nov. 10:53" / "24 Nov 10:53". */
export function formatDayClock(instant: string | number, lang: Locale = 'da'): string {
  return `${formatter(lang, { day: 'numeric', month: 'short' }).format(new Date(instant))} ${formatClock(instant, lang)}`;
}

/** A date and time in Copenhagen: "24. november 2026 kl. 10.05". */
export function formatInstant(instant: string | number, lang: Locale = 'da'): string {
  return formatter(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
}
