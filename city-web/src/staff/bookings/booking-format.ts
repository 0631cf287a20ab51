import { formatBookingCode } from '@dintur/shared';

const dayFormat = new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
const shortDayFormat = new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** A local date ("2026-11-24") as "tirsdag 24. november" (noon UTC, so the day never shifts). */
export function formatDay(date: string): string {
  return dayFormat.format(Date.parse(`${date}T12:00:00Z`));
}

/** The local date of an instant in the hub's time zone. */
export function localDateOf(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(Date.parse(instant));
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}`;
}

/** "11:15": the time of day in the hub's time zone (Danish writes "11.15"; a colon reads better on a screen). */
export function formatClockIn(instant: string, timeZone: string): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('da-DK', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  return format.format(Date.parse(instant)).replace('.', ':');
}

/** "tirsdag 24. november kl. 11:15". */
export function formatWhen(start: string, timeZone: string): string {
  return `${formatDay(localDateOf(start, timeZone))} kl. ${formatClockIn(start, timeZone)}`;
}

/** "tirsdag 24. november kl. 11:15–11:30". */
export function formatSpan(start: string, end: string, timeZone: string): string {
  return `${formatWhen(start, timeZone)}–${formatClockIn(end, timeZone)}`;
}

/** "tir. 24. nov. kl. 11:15–11:30": a time in a list across days, short enough for a table cell. */
export function formatShortSpan(start: string, end: string, timeZone: string): string {
  const day = shortDayFormat.format(Date.parse(`${localDateOf(start, timeZone)}T12:00:00Z`));
  return `${day} kl. ${formatClockIn(start, timeZone)}–${formatClockIn(end, timeZone)}`;
}

/** "11:15–11:30", for a list of one day. */
export function formatClockSpan(start: string, end: string, timeZone: string): string {
  return `${formatClockIn(start, timeZone)}–${formatClockIn(end, timeZone)}`;
}

/**
 * A phone number as the hub keeps it (digits, a leading + kept) in the groups a Dane reads it
 * in: "+4512345678" → "+45 12 34 56 78", "12345678" → "12 34 56 78"; any other number as it is.
 */
export function formatPhone(phone: string): string {
  const danish = /^(\+45)?(\d{8})$/.exec(phone.replace(/\s/g, ''));
  if (!danish) return phone;
  const pairs = danish[2]!.match(/\d\d/g)!.join(' ');
  return danish[1] ? `${danish[1]} ${pairs}` : pairs;
}

/** "ABCDEFGH" → "ABCD EFGH": how the code is read out on the phone. */
export const spacedCode = formatBookingCode;
