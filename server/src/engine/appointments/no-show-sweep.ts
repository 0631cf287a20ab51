import { iso } from '../views.js';
import { appointmentSettingsOf, minutes, type AppointmentContext } from './appointment-context.js';

/** Grace for an appointment whose service no longer takes appointments. */
const fallbackGraceMinutes = 10;

/**
 * Marks every booked appointment that was not checked in by the end of its grace time as a
 * no-show. Its place is no longer held: the counters that would have served it call walk-ins.
 * Runs on the server's minute timer and before every read or change of appointments, so nothing
 * depends on the timer having run. Returns how many became no-shows. Not on a clock that jumped
 * (clock-trust.ts): a booking is never marked a no-show by a wrong clock.
 */
export function sweepNoShows(context: AppointmentContext): number {
  if (!context.clockTrust.believable('marking appointments as no-shows')) return 0;
  return context.transaction(() => {
    const now = context.clock.now();
    let count = 0;
    for (const appointment of context.appointments.bookedBefore(now)) {
      const grace = appointmentSettingsOf(context.index(), appointment.serviceId)?.graceMinutes ?? fallbackGraceMinutes;
      if (appointment.startAt + minutes(grace) >= now) continue;
      context.appointments.update(appointment.id, { status: 'no-show', changedAt: now });
      context.record({ type: 'appointment.no-show', details: { serviceId: appointment.serviceId, start: iso(appointment.startAt), code: appointment.code } });
      count += 1;
    }
    return count;
  });
}
