import type { AppointmentContext } from './appointment-context.js';
import { sweepNoShows } from './no-show-sweep.js';

const day = 24 * 60 * 60_000;

/**
 * Deletes the personal data (name, phone, e-mail, CPR hash) of appointments whose time is more
 * than `personalDataRetentionDays` past. The row keeps what is anonymous: service, time,
 * channel and outcome. The event log never held any of it. Finished SMS lose their number and text
 * a day after they were queued. Returns how many were purged. Not on
 * a clock that jumped (clock-trust.ts): personal data is never deleted early by a wrong clock.
 */
export function purgePersonalData(context: AppointmentContext): number {
  sweepNoShows(context);
  if (!context.clockTrust.believable('purging personal data')) return 0;
  return context.transaction(() => {
    const now = context.clock.now();
    const retentionDays = context.index().config.appointments.personalDataRetentionDays;
    const before = now - retentionDays * day;
    const count = context.appointments.purgePersonalData(before, now);
    // An SMS's number and text are needed only until it is sent or given up (and an hour for the
    // per-number limit): a finished message keeps them a day, then only its kind and state remain.
    context.sms.purgePersonalData(now - day);
    if (count > 0) context.record({ type: 'privacy.purged', details: { appointments: count, before: new Date(before).toISOString() } });
    return count;
  });
}
