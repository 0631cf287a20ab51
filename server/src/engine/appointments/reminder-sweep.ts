import { addDays, fromLocal, minutesOf } from '@dintur/shared/calendar';
import { localToday, type AppointmentContext } from './appointment-context.js';
import { queueAppointmentSms } from './sms.js';

/** The last local date whose appointments were reminded: the sweep runs once a day. */
const remindedKey = 'sms_reminders_sent_for';

/**
 * Queues the day-before reminder of tomorrow's booked appointments once the centre's
 * `sms.reminderTime` (local time, default 17:00) has passed today: once per date (kept in the
 * meta table, so a restart does not remind again; the ids would refuse a second reminder anyway).
 * An appointment booked or moved to tomorrow after the sweep got its own confirmation and gets no
 * reminder. A server that was down at the reminder time reminds when it is back, until midnight.
 * Runs on the server's minute timer; not on a clock that jumped (clock-trust.ts). Returns how many
 * reminders were queued.
 */
export function sweepReminders(context: AppointmentContext, publicUrl: string | null): number {
  if (!context.sms.enabled) return 0;
  const config = context.index().config;
  const today = localToday(context);
  const tomorrow = addDays(today, 1);
  const now = context.clock.now();
  if (now < fromLocal(today, minutesOf(config.sms.reminderTime), config.centre.timeZone)) return 0;
  if ((context.centre.getMeta(remindedKey) ?? '') >= tomorrow) return 0;
  if (!context.clockTrust.believable('sending appointment reminders')) return 0;
  return context.transaction(() => {
    let count = 0;
    for (const appointment of context.appointments.ofDate(tomorrow)) {
      if (appointment.status === 'booked' && appointment.startAt > now && queueAppointmentSms(context, appointment, 'reminder', publicUrl)) count += 1;
    }
    context.centre.setMeta(remindedKey, tomorrow);
    return count;
  });
}
