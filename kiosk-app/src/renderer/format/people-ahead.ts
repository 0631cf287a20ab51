import type { Translator } from '../i18n/translate.js';

/**
 * An estimate as a person should read it: exact up to 10 minutes, then rounded up to 5 minutes,
 * and above an hour up to a quarter. Rounded up, never down: a citizen told "10 minutes" who
 * waits 14 feels cheated, one told "15" who waits 12 does not; and even a perfect estimate is
 * off by about 1/√(n+1) with n people ahead (docs/NOTES on queueing), so more digits would lie.
 */
export function roundEstimateMinutes(minutes: number): number {
  if (minutes <= 10) return Math.max(1, Math.ceil(minutes));
  if (minutes <= 60) return Math.ceil(minutes / 5) * 5;
  return Math.ceil(minutes / 15) * 15;
}

/** "12 minutes", "1 hour", "1 hour 15 minutes", in the translator's language. */
export function formatDuration(t: Translator, minutes: number): string {
  if (minutes < 60) return t.plural('durationMinutes', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return t.plural('durationHours', hours);
  return t.text('durationHoursAndMinutes', { hours: t.plural('durationHours', hours), minutes: t.plural('durationMinutes', rest) });
}

/** "Wait about 15 minutes", "No wait right now", or null when the server gives no estimate. */
export function formatEstimate(t: Translator, minutes: number | null): string | null {
  if (minutes === null) return null;
  if (minutes <= 0) return t.text('noWait');
  return t.text('estimatedWait', { duration: formatDuration(t, roundEstimateMinutes(minutes)) });
}

/** The estimate without its words around it ("15 minutes"), for beside a clock where space is short. */
export function formatEstimateShort(t: Translator, minutes: number | null): string | null {
  if (minutes === null) return null;
  if (minutes <= 0) return t.text('noWait');
  return formatDuration(t, roundEstimateMinutes(minutes));
}

/** "You are next" or "3 people before you", from the ticket's place (1 = next); null once called. */
export function formatPeopleAhead(t: Translator, position: number | null): string | null {
  if (position === null) return null;
  const ahead = Math.max(0, position - 1);
  return ahead === 0 ? t.text('youAreNext') : t.plural('peopleAhead', ahead);
}

/** "3 waiting" or "Nobody waiting". */
export function formatWaiting(t: Translator, waiting: number): string {
  return waiting <= 0 ? t.text('nobodyWaiting') : t.plural('peopleWaiting', waiting);
}
