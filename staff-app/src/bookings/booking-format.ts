import type { AppointmentMessage } from '@dintur/shared';
import { clockTime, localDateOf, noonOf } from '@dintur/web';
import { bookingStrings } from './booking-strings.js';

const dayFormat = new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });

/** A local date ("2026-11-24") as "tirsdag 24. november" (noon UTC, so the day never shifts). */
export function formatDay(date: string): string {
  return dayFormat.format(noonOf(date));
}

/** "tirsdag 24. november kl. 11:15". */
export function formatWhen(start: string, timeZone: string): string {
  return `${formatDay(localDateOf(start, timeZone))} kl. ${clockTime(start, timeZone)}`;
}

/** "tirsdag 24. november kl. 11:15–11:30". */
export function formatSpan(start: string, end: string, timeZone: string): string {
  return `${formatWhen(start, timeZone)}–${clockTime(end, timeZone)}`;
}

/** "ABCDEFGH" → "ABCD EFGH". */
export const spacedCode = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

/**
 * The SMS about a booking as one line for the desk — "SMS: bekræftelse sendt 10:02 · påmindelse
 * venter" — or null when none was sent. Said in words, so a failed one is not told by colour alone.
 */
export function smsLine(messages: readonly AppointmentMessage[] | undefined, timeZone: string): string | null {
  if (!messages || messages.length === 0) return null;
  const { sms } = bookingStrings;
  const parts = messages.map((message) => `${sms.kind[message.kind]} ${sms.state[message.state](clockTime(message.at, timeZone))}`);
  return `${sms.label}: ${parts.join(' · ')}`;
}
