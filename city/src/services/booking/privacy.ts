import type { AppointmentsRepository } from '../../data/appointments-repository.js';
import type { CentreCalendars } from './calendars.js';

const day = 24 * 60 * 60_000;

/**
 * Deletes the personal data (name, phone, e-mail, CPR hash) of the hub's appointments whose time
 * is more than their centre's `personalDataRetentionDays` past, as each centre does with its own
 * copies. The row keeps what is anonymous. Returns how many were purged.
 */
export async function purgePersonalData(appointments: Pick<AppointmentsRepository, 'purgePersonalData'>, calendars: CentreCalendars, now: number): Promise<number> {
  let count = 0;
  for (const calendar of await calendars.all()) {
    count += await appointments.purgePersonalData(calendar.centreId, now - calendar.config.appointments.personalDataRetentionDays * day, now);
  }
  return count;
}
