import type { CitySlot, ServiceAppointments } from '@dintur/shared';
import { placesLeft, slotTimes, toLocal, type SlotTime } from '@dintur/shared/calendar';
import type { AppointmentsRepository } from '../../data/appointments-repository.js';
import { HubError } from '../errors.js';
import { bookableSettings, bookingDates, type CentreCalendar } from './calendars.js';

const iso = (time: number) => new Date(time).toISOString();

/** A centre keeps the slots of so many service-days at most; past that, it starts afresh. */
const daySlotsLimit = 5_000;

/**
 * `slotTimes` remembered per centre and configuration version: working out a day's slots reads
 * Intl date parts for every slot, and every booking and page of free times needs them, so a rush
 * for the last places would otherwise spend its time recomputing the same day.
 */
function slotTimesOf(calendar: CentreCalendar, serviceId: string, settings: ServiceAppointments, date: string): readonly SlotTime[] {
  const key = `${serviceId}\u0000${date}`;
  let slots = calendar.daySlots.get(key);
  if (!slots) {
    if (calendar.daySlots.size >= daySlotsLimit) calendar.daySlots.clear();
    slots = slotTimes(calendar.config, settings, date);
    calendar.daySlots.set(key, slots);
  }
  return slots;
}

const refuse = (field: string, message: string) => new HubError(400, 'validation-failed', `${message[0]!.toUpperCase()}${message.slice(1)}.`, undefined, [{ path: field, message }]);

/**
 * A service's slots at a centre on a local date that have not begun, with the places still free:
 * the centre's own slot function (`@dintur/shared/calendar`) over the centre's configuration, less
 * the bookings the hub holds. Empty outside the booking horizon or where the service takes none.
 */
export async function slotsAt(appointments: Pick<AppointmentsRepository, 'heldBetween'>, calendar: CentreCalendar, serviceId: string, date: string, now: number): Promise<CitySlot[]> {
  const settings = bookableSettings(calendar, serviceId);
  if (!settings) return [];
  const { first, last } = bookingDates(calendar, settings, now);
  if (date < first || date > last) return [];
  // A slot that takes nobody (the walk-in share's rounding) is not offered at all.
  const upcoming = slotTimesOf(calendar, serviceId, settings, date).filter((slot) => slot.start > now && slot.capacity > 0);
  if (upcoming.length === 0) return [];
  const held = await appointments.heldBetween(calendar.centreId, serviceId, upcoming[0]!.start, upcoming.at(-1)!.end);
  const left = placesLeft(upcoming, held);
  return upcoming.map((slot, index) => ({ centreId: calendar.centreId, start: iso(slot.start), end: iso(slot.end), available: left[index]!, capacity: slot.capacity }));
}

/**
 * The slot of a bookable service at a centre that begins at `start`, or a 400 naming `field`:
 * not a service the centre books, not a slot, in the past, or beyond the booking horizon.
 */
export function requireOpenSlot(calendar: CentreCalendar, serviceId: string, start: number, now: number, field = 'body.start'): SlotTime & { localDate: string } {
  const settings = bookableSettings(calendar, serviceId);
  if (!settings) throw refuse('body.serviceId', `"${serviceId}" takes no appointments at ${calendar.centreName}`);
  if (start <= now) throw refuse(field, 'the time lies in the past');
  const localDate = toLocal(start, calendar.config.centre.timeZone).date;
  const { last } = bookingDates(calendar, settings, now);
  if (localDate > last) throw refuse(field, `bookings open at most ${settings.bookingHorizonDays} days ahead`);
  const slot = slotTimesOf(calendar, serviceId, settings, localDate).find((candidate) => candidate.start === start && candidate.capacity > 0);
  if (!slot) throw refuse(field, `not the start of a slot of this service at ${calendar.centreName}`);
  return { ...slot, localDate };
}
