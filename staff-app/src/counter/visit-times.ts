import type { StaffTicket } from '@dintur/shared';

/**
 * When the citizen came in: the number's issue time. For a checked-in appointment that is the
 * check-in, not the booked time: someone who checked in at 10:00 for 10:12 and is called at 10:12
 * has sat in the waiting room for 12 minutes, and the counter must not say "under 1 min".
 * (The overview's alerts judge waits from the booked time instead: an early arrival is not late.)
 */
export function arrivedAt(ticket: Pick<StaffTicket, 'issuedAt'>): number {
  return Date.parse(ticket.issuedAt);
}

/** How long the citizen has waited in the centre by `until` (the call, or now). */
export function waitedMs(ticket: Pick<StaffTicket, 'issuedAt'>, until: number): number {
  return Math.max(0, until - arrivedAt(ticket));
}

export type AppointmentTiming = { kind: 'early' | 'on-time' | 'late'; minutes: number };

/**
 * When an appointment was called against its booked time: a minute either way is on time (the
 * call margin calls booked citizens a little ahead of their time on purpose).
 */
export function appointmentTiming(appointmentAt: string, calledAt: number): AppointmentTiming {
  const minutes = Math.round((calledAt - Date.parse(appointmentAt)) / 60_000);
  if (Math.abs(minutes) <= 1) return { kind: 'on-time', minutes: 0 };
  return minutes < 0 ? { kind: 'early', minutes: -minutes } : { kind: 'late', minutes };
}
