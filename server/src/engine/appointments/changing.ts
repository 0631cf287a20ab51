import type { AppointmentRecord } from '../../data/appointment-repository.js';
import { invalidState, notFound, invalidInput } from '../errors.js';
import type { Actor } from '../permissions.js';
import { iso } from '../views.js';
import type { AppointmentContext } from './appointment-context.js';
import { channelOf, slotFull } from './booking.js';
import { requireOwnedHere } from './city-bookings.js';
import { requireOpenSlot } from './slots.js';

/** The appointment a booking code belongs to, or 404. */
export function requireAppointment(context: AppointmentContext, code: string): AppointmentRecord {
  const appointment = context.appointments.byCode(code);
  if (!appointment) throw notFound('appointment with booking code', code);
  return appointment;
}

const describe: Record<AppointmentRecord['status'], string> = {
  booked: 'booked',
  'checked-in': 'already checked in',
  cancelled: 'cancelled',
  'no-show': 'past: it was not kept',
};

function requireBooked(appointment: AppointmentRecord, action: string): void {
  if (appointment.status !== 'booked') {
    throw invalidState(`The appointment is ${describe[appointment.status]}; it cannot be ${action}.`);
  }
}

/**
 * Moves a booked appointment to another slot of its service, keeping its code. The old place is
 * free again in the same transaction that takes the new one.
 */
export function move(context: AppointmentContext, code: string, start: number): AppointmentRecord {
  return context.transaction(() => {
    const appointment = requireAppointment(context, code);
    requireOwnedHere(context, appointment, 'moved');
    requireBooked(appointment, 'moved');
    if (start === appointment.startAt) throw invalidInput('The appointment is already at that time.', [{ path: 'start', message: 'the same time as now' }]);
    const slot = requireOpenSlot(context, appointment.serviceId, start);
    if (context.appointments.countHeld(appointment.serviceId, slot.start, slot.end, appointment.id) >= slot.capacity) throw slotFull(slot.start);
    const moved = context.appointments.update(appointment.id, {
      startAt: slot.start,
      endAt: slot.end,
      localDate: slot.localDate,
      changedAt: context.clock.now(),
    });
    context.record({
      type: 'appointment.moved',
      details: { serviceId: moved.serviceId, from: iso(appointment.startAt), to: iso(moved.startAt) },
    });
    return moved;
  });
}

/**
 * Cancels a booked appointment: its place is free at once. Cancelling again changes nothing and
 * answers the same (a second tap, a retried request).
 */
export function cancel(context: AppointmentContext, code: string, actor: Actor | null): { appointment: AppointmentRecord; changed: boolean } {
  return context.transaction(() => {
    const appointment = requireAppointment(context, code);
    requireOwnedHere(context, appointment, 'cancelled');
    if (appointment.status === 'cancelled') return { appointment, changed: false };
    requireBooked(appointment, 'cancelled');
    const cancelled = context.appointments.update(appointment.id, { status: 'cancelled', changedAt: context.clock.now() });
    const by = channelOf(actor) === 'agent' ? 'agent' : 'citizen';
    context.record({
      type: 'appointment.cancelled',
      staffId: by === 'agent' ? (actor?.id ?? null) : null,
      details: { serviceId: cancelled.serviceId, start: iso(cancelled.startAt), by },
    });
    return { appointment: cancelled, changed: true };
  });
}
