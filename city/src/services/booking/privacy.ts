import type { AppointmentsRepository } from '../../data/appointments-repository.js';
import type { SmsRepository } from '../../data/sms-repository.js';
import type { CentreCalendars } from './calendars.js';

const day = 24 * 60 * 60_000;

/**
 * Deletes the personal data (name, phone, e-mail, CPR hash) of the hub's appointments whose time
 * is more than their centre's `personalDataRetentionDays` past, as each centre does with its own
 * copies, and the phone numbers and texts of their SMS. The rows keep what is anonymous. Returns
 * how many appointments were purged.
 */
export async function purgePersonalData(
  appointments: Pick<AppointmentsRepository, 'purgePersonalData'>,
  calendars: CentreCalendars,
  now: number,
  outbox?: Pick<SmsRepository, 'purgePersonalData'>,
): Promise<number> {
  let count = 0;
  for (const calendar of await calendars.all()) {
    const before = now - calendar.config.appointments.personalDataRetentionDays * day;
    count += await appointments.purgePersonalData(calendar.centreId, before, now);
    await outbox?.purgePersonalData(calendar.centreId, before, now);
  }
  return count;
}
