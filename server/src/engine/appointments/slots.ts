import type { ServiceAppointments, Slot } from '@dintur/shared';
import { addDays, placesLeft, slotTimes, toLocal, type SlotTime } from '@dintur/shared/calendar';
import { DomainError, invalidInput } from '../errors.js';
import { iso } from '../views.js';
import { appointmentSettingsOf, localToday, requireBookable, type AppointmentContext } from './appointment-context.js';

/** The first and last local dates that can be booked: today and the horizon. */
export function bookingDates(context: AppointmentContext, settings: ServiceAppointments): { first: string; last: string } {
  const first = localToday(context);
  return { first, last: addDays(first, settings.bookingHorizonDays) };
}

/** Places taken in each slot: the bookings that overlap it (a booking of an older length may overlap two). */
function withAvailability(context: AppointmentContext, serviceId: string, times: SlotTime[]): Slot[] {
  if (times.length === 0) return [];
  const held = context.appointments.heldBetween(serviceId, times[0]!.start, times.at(-1)!.end);
  const left = placesLeft(times, held);
  return times.map((slot, index) => ({ start: iso(slot.start), end: iso(slot.end), available: left[index]!, capacity: slot.capacity }));
}

/**
 * A service's slots on a local date that have not begun, with the places still free. Empty for a
 * date outside the booking horizon or a service whose bookings are switched off; 404 for a
 * service that takes no appointments at all.
 */
export function slotsOn(context: AppointmentContext, serviceId: string, date: string): Slot[] {
  const index = context.index();
  index.service(serviceId);
  const settings = appointmentSettingsOf(index, serviceId);
  if (!settings) throw new DomainError(404, 'not-found', `${index.service(serviceId).name.en} takes no appointments.`);
  if (!settings.enabled) return [];
  const { first, last } = bookingDates(context, settings);
  if (date < first || date > last) return [];
  const now = context.clock.now();
  // A slot that takes nobody (the walk-in share's rounding) is not offered at all.
  const upcoming = slotTimes(index.config, settings, date).filter((slot) => slot.start > now && slot.capacity > 0);
  return withAvailability(context, serviceId, upcoming);
}

/**
 * The slot of a bookable service that begins at `start`, with its capacity, or a 400 naming
 * `field`: not a slot, in the past, or beyond the booking horizon.
 */
export function requireOpenSlot(context: AppointmentContext, serviceId: string, start: number, field = 'start'): SlotTime & { localDate: string } {
  const settings = requireBookable(context, serviceId);
  const { config } = context.index();
  const refuse = (message: string) => invalidInput(`${message}.`, [{ path: field, message }]);
  if (start <= context.clock.now()) throw refuse('the time lies in the past');
  const localDate = toLocal(start, config.centre.timeZone).date;
  const { last } = bookingDates(context, settings);
  if (localDate > last) throw refuse(`bookings open at most ${settings.bookingHorizonDays} days ahead`);
  const slot = slotTimes(config, settings, localDate).find((candidate) => candidate.start === start);
  if (!slot) throw refuse('not the start of a slot of this service');
  return { ...slot, localDate };
}
