import type { CentreConfig, ServiceAppointments, Slot } from '@dintur/shared';
import { addDays, fromLocal, hoursOn, minutesOf, toLocal, weekdayOf } from '../calendar.js';
import { badRequest, DomainError } from '../errors.js';
import { iso } from '../views.js';
import { appointmentSettingsOf, localToday, minutes, requireBookable, type AppointmentContext } from './appointment-context.js';

/** One slot of a service as the configuration makes it: its times and how many it takes. */
export type SlotTime = { start: number; end: number; capacity: number };

/** Guards the rounding against 0.7 × 10 = 6.9999999999999991. */
const epsilon = 1e-9;

/**
 * The capacity of each of a day's `count` slots: counters × (1 − walk-in share) rounded down,
 * with the fraction carried from slot to slot, so that over the day exactly the rounded-down
 * share of the counters' time is booked. 2 counters at 25 % walk-ins give 1, 2, 1, 2 …; 1 counter
 * at 30 % gives 0, 1, 1, 0, 1, 1, 0 … instead of no appointments at all.
 */
export function slotCapacities(counters: number, walkInShare: number, count: number): number[] {
  const perSlot = Math.max(0, counters * (1 - walkInShare));
  const taken = (slots: number) => Math.floor(slots * perSlot + epsilon);
  return Array.from({ length: count }, (_, index) => taken(index + 1) - taken(index));
}

/**
 * A service's slots on a local date: back to back from the start of its appointment hours (its
 * own, within the centre's opening hours of the day, none on closed dates), each
 * `lengthMinutes` long and ending by the close.
 */
export function slotTimes(config: CentreConfig, settings: ServiceAppointments, date: string): SlotTime[] {
  const { timeZone } = config.centre;
  const day = hoursOn(date, config.hours, timeZone);
  if (day.opensAt === null || day.closesAt === null) return [];
  const own = settings.hours ? settings.hours[weekdayOf(date)] : day.interval;
  if (!own) return [];
  const from = Math.max(day.opensAt, fromLocal(date, minutesOf(own.open), timeZone));
  const until = Math.min(day.closesAt, fromLocal(date, minutesOf(own.close), timeZone));
  const length = minutes(settings.lengthMinutes);
  const starts: number[] = [];
  for (let start = from; start + length <= until; start += length) starts.push(start);
  const capacities = slotCapacities(settings.counterIds.length, settings.walkInShare, starts.length);
  return starts.map((start, index) => ({ start, end: start + length, capacity: capacities[index]! }));
}

/** The first and last local dates that can be booked: today and the horizon. */
export function bookingDates(context: AppointmentContext, settings: ServiceAppointments): { first: string; last: string } {
  const first = localToday(context);
  return { first, last: addDays(first, settings.bookingHorizonDays) };
}

/** Places taken in each slot: the bookings that overlap it (a booking of an older length may overlap two). */
function withAvailability(context: AppointmentContext, serviceId: string, times: SlotTime[]): Slot[] {
  if (times.length === 0) return [];
  const held = context.appointments.heldBetween(serviceId, times[0]!.start, times.at(-1)!.end);
  return times.map((slot) => {
    const taken = held.filter((booking) => booking.startAt < slot.end && booking.endAt > slot.start).length;
    return { start: iso(slot.start), end: iso(slot.end), available: Math.max(0, slot.capacity - taken), capacity: slot.capacity };
  });
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
export function requireOpenSlot(context: AppointmentContext, serviceId: string, start: number, field = 'body.start'): SlotTime & { localDate: string } {
  const settings = requireBookable(context, serviceId);
  const { config } = context.index();
  const refuse = (message: string) => badRequest(`${message}.`, [{ path: field, message }]);
  if (start <= context.clock.now()) throw refuse('the time lies in the past');
  const localDate = toLocal(start, config.centre.timeZone).date;
  const { last } = bookingDates(context, settings);
  if (localDate > last) throw refuse(`bookings open at most ${settings.bookingHorizonDays} days ahead`);
  const slot = slotTimes(config, settings, localDate).find((candidate) => candidate.start === start);
  if (!slot) throw refuse('not the start of a slot of this service');
  return { ...slot, localDate };
}
