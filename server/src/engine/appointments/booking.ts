import { isBookingDesk, normalizePhone, phoneKey, type BookAppointmentBody, type BookingChannel } from '@dintur/shared';
import { cprHash, newBookingCode } from '@dintur/shared/booking-keys';
import type { AppointmentRecord } from '../../data/appointment-repository.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../permissions.js';
import { iso } from '../views.js';
import type { AppointmentContext } from './appointment-context.js';
import { requireBookedHere } from './city-bookings.js';
import { requireOpenSlot } from './slots.js';

/** The channel of a booking made by `actor` (null: the citizen, online); the booking desk's are the contact centre's. */
export function channelOf(actor: Actor | null): BookingChannel {
  return actor && isBookingDesk(actor.role) ? 'agent' : 'online';
}

/** The 409 of a full slot. */
export const slotFull = (start: number) =>
  new DomainError(409, 'conflict', 'That time was just taken; choose another.', { reason: 'slot-full', start: iso(start) });

/**
 * One phone number or one e-mail address (any case) holds at most `bookingsPerContact` future
 * booked appointments: one client cannot book out a day under one name (docs/DECISIONS.md,
 * "Caps: bookings, streams, queues"). Read inside the booking's transaction, so a flood of
 * simultaneous requests cannot pass it together.
 */
function requireBelowContactLimit(context: AppointmentContext, request: BookAppointmentBody, now: number): void {
  const limit = context.index().config.appointments.bookingsPerContact;
  const phone = request.phone === undefined ? null : phoneKey(request.phone);
  const email = request.email?.toLowerCase() ?? null;
  // SQL narrows to the phone numbers ending in the same digits (a stored one may carry +45); the
  // national digits decide.
  const held = context.appointments
    .bookedContactsSince(now, phone, email)
    .filter(
      (appointment) =>
        (phone !== null && appointment.phone !== null && phoneKey(appointment.phone) === phone) ||
        (email !== null && appointment.email?.toLowerCase() === email),
    ).length;
  if (held >= limit) {
    throw new DomainError(
      409,
      'booking-limit',
      `This phone number or e-mail address already has ${held} coming appointments, the most one person may book (${limit}). Cancel one to book another, or call the centre.`,
      { limit },
    );
  }
}

/**
 * Books a slot. The capacity check and the insert run in one synchronous transaction, so of two
 * people booking the last place at the same moment exactly one gets it. The CPR number is kept
 * only as its keyed hash. A centre linked to the city hub books nothing itself (the hub does).
 */
export function book(context: AppointmentContext, request: BookAppointmentBody, actor: Actor | null): AppointmentRecord {
  requireBookedHere(context);
  const start = Date.parse(request.start);
  return context.transaction(() => {
    const slot = requireOpenSlot(context, request.serviceId, start);
    if (context.appointments.countHeld(request.serviceId, slot.start, slot.end) >= slot.capacity) throw slotFull(slot.start);
    const now = context.clock.now();
    const channel = channelOf(actor);
    // The booking desk books for callers; a citizen's own phone number or e-mail is limited.
    if (channel === 'online') requireBelowContactLimit(context, request, now);
    const appointment = context.appointments.insert({
      code: newBookingCode(context.appointments.codeExists),
      serviceId: request.serviceId,
      startAt: slot.start,
      endAt: slot.end,
      localDate: slot.localDate,
      channel,
      lang: request.lang,
      name: request.name,
      phone: request.phone === undefined ? null : normalizePhone(request.phone),
      email: request.email ?? null,
      cprHash: request.cpr === undefined ? null : cprHash(context.cprKey, request.cpr),
      bookedAt: now,
      bookedBy: channel === 'agent' && actor ? actor.id : null,
    });
    // Never anything personal in the log: statistics read it, and it is never deleted.
    context.record({
      type: 'appointment.booked',
      staffId: appointment.bookedBy,
      details: { serviceId: appointment.serviceId, start: iso(appointment.startAt), channel },
    });
    return appointment;
  });
}
