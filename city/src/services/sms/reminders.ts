import { addDays, fromLocal, minutesOf, toLocal } from '@dintur/shared/calendar';
import type { SmsSettings } from '@dintur/shared';
import type { OutboxMessage, SmsRepository } from '../../data/sms-repository.js';
import type { CentreCalendar } from '../booking/calendars.js';
import { bookingMessage, type BookingMessageSettings } from './booking-messages.js';

/** A reminder missed the evening before (the hub was down) is still sent on the day, up to this long before the time. */
const catchUpBeforeMs = 60 * 60_000;

/** The reminder hour of a centre: its `sms.reminderTime`, 17:00 for a configuration shipped before there was one. */
const reminderTimeOf = (calendar: CentreCalendar) => (calendar.config.sms as SmsSettings | undefined)?.reminderTime ?? '17:00';

/**
 * The days whose bookings are due a reminder at `now` at a centre, each with the moment its
 * reminders went (or should have gone) out: tomorrow once today's reminder hour has come, and
 * today (reminders missed yesterday evening, while the time is still an hour away).
 */
export function reminderDays(calendar: CentreCalendar, now: number): { date: string; moment: number; startAfter: number }[] {
  const timeZone = calendar.config.centre.timeZone;
  const minutes = minutesOf(reminderTimeOf(calendar));
  const today = toLocal(now, timeZone).date;
  const days = [{ date: today, moment: fromLocal(addDays(today, -1), minutes, timeZone), startAfter: now + catchUpBeforeMs }];
  const todaysMoment = fromLocal(today, minutes, timeZone);
  if (now >= todaysMoment) days.push({ date: addDays(today, 1), moment: todaysMoment, startAfter: now });
  return days;
}

/**
 * Queues the reminders due at `now` at every centre, in each centre's time zone and at its
 * configured hour the day before: one per booked appointment with a phone number (id
 * `reminder:<code>:<start>`, so a sweep repeated, or run by two hub processes, queues each once).
 * A booking made or moved after the reminder hour gets none: its own message is just as fresh.
 * Returns how many were queued.
 */
export async function sweepReminders(outbox: Pick<SmsRepository, 'reminderCandidates' | 'enqueueMany'>, calendars: readonly CentreCalendar[], settings: BookingMessageSettings, now: number): Promise<number> {
  let queued = 0;
  for (const calendar of calendars) {
    const messages: OutboxMessage[] = [];
    for (const day of reminderDays(calendar, now)) {
      for (const candidate of await outbox.reminderCandidates(calendar.centreId, day.date, day.moment, day.startAfter)) {
        const message = bookingMessage(settings, calendar.config, 'reminder', { ...candidate, centreId: calendar.centreId });
        if (message) messages.push(message);
      }
    }
    queued += await outbox.enqueueMany(messages, now);
  }
  return queued;
}
