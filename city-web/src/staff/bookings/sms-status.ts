import type { CitySmsDelivery } from '@dintur/shared';
import { formatClockIn, localDateOf } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';

const shortDate = new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', day: 'numeric', month: 'short' });

/** "24. nov. kl. 17:00": when a message went, short enough for a table cell. */
function formatSentAt(instant: string, timeZone: string): string {
  return `${shortDate.format(Date.parse(`${localDateOf(instant, timeZone)}T12:00:00Z`))} kl. ${formatClockIn(instant, timeZone)}`;
}

/**
 * What the desk says of a booking's SMS: the newest message and what became of it ("SMS-påmindelse
 * sendt 24. nov. kl. 17:00"), and whether the agent should notice (not sent: the caller may not
 * know). Null when the booking has no message (no phone number, or the hub sends no SMS).
 */
export function smsStatusLine(messages: readonly CitySmsDelivery[] | undefined, timeZone: string): { text: string; attention: boolean } | null {
  const newest = messages?.at(-1);
  if (!newest) return null;
  const label = text.sms.kinds[newest.kind];
  switch (newest.state) {
    case 'sent':
      return { text: `${label} ${text.sms.sent} ${formatSentAt(newest.at, timeZone)}`, attention: false };
    case 'queued':
      return { text: `${label} ${text.sms.queued}`, attention: false };
    case 'failed':
      return { text: `${label} ${text.sms.failed}`, attention: true };
    case 'limited':
      return { text: `${label} ${text.sms.limited}`, attention: true };
  }
}
