import { strings } from '../strings.js';

const minuteMs = 60_000;

/** A wait or duration in whole minutes as staff read it: "under 1 min", "14 min", "1 t 5 min". */
export function formatMinutes(durationMs: number): string {
  const minutes = Math.floor(Math.max(0, durationMs) / minuteMs);
  if (minutes < 1) return strings.time.underAMinute;
  if (minutes < 60) return strings.time.minutes(minutes);
  return strings.time.hoursMinutes(Math.floor(minutes / 60), minutes % 60);
}

/** The same as words for a screen reader: "14 minutter", "1 time og 5 minutter". */
export function spokenMinutes(durationMs: number): string {
  const minutes = Math.floor(Math.max(0, durationMs) / minuteMs);
  if (minutes < 1) return strings.time.spokenUnderAMinute;
  if (minutes < 60) return strings.time.spokenMinutes(minutes);
  return strings.time.spokenHoursMinutes(Math.floor(minutes / 60), minutes % 60);
}

/** A running time at the counter: "3:07", or "1:03:07" past an hour. */
export function formatStopwatch(durationMs: number): string {
  const totalSeconds = Math.floor(Math.max(0, durationMs) / 1000);
  const seconds = totalSeconds % 60;
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const hours = Math.floor(totalSeconds / 3600);
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** "A12" as a screen reader should say it, letter and number apart: "A 12". */
export function spokenNumber(number: string): string {
  return number.replace(/^([A-Za-z]+)(\d+)$/, '$1 $2');
}
