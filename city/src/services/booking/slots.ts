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
 * A service's slots at a centre on some local dates that have not begun, with the places still
 * free, by date: the centre's own slot function (`@dintur/shared/calendar`) over the centre's
 * configuration, less the bookings the hub holds — read in one query for all the dates. A date
 * outside the booking horizon, or a service the centre does not book, has none.
 */
export async function slotsOn(
  appointments: Pick<AppointmentsRepository, 'heldBetween'>,
  calendar: CentreCalendar,
  serviceId: string,
  dates: readonly string[],
  now: number,
): Promise<Map<string, CitySlot[]>> {
  const byDate = new Map<string, CitySlot[]>(dates.map((date) => [date, []]));
  const settings = bookableSettings(calendar, serviceId);
  if (!settings) return byDate;
  const { first, last } = bookingDates(calendar, settings, now);
  // A slot that takes nobody (the walk-in share's rounding) is not offered at all.
  const upcoming = dates
    .filter((date) => date >= first && date <= last)
    .map((date) => ({ date, slots: slotTimesOf(calendar, serviceId, settings, date).filter((slot) => slot.start > now && slot.capacity > 0) }))
    .filter((day) => day.slots.length > 0);
  if (upcoming.length === 0) return byDate;
  const all = upcoming.flatMap((day) => day.slots);
  const held = await appointments.heldBetween(calendar.centreId, serviceId, Math.min(...all.map((slot) => slot.start)), Math.max(...all.map((slot) => slot.end)));
  for (const { date, slots } of upcoming) {
    const left = placesLeft(slots, held);
    byDate.set(
      date,
      slots.map((slot, index) => ({ centreId: calendar.centreId, start: iso(slot.start), end: iso(slot.end), available: left[index]!, capacity: slot.capacity })),
    );
  }
  return byDate;
}

/** The same for one local date. */
export async function slotsAt(appointments: Pick<AppointmentsRepository, 'heldBetween'>, calendar: CentreCalendar, serviceId: string, date: string, now: number): Promise<CitySlot[]> {
  return (await slotsOn(appointments, calendar, serviceId, [date], now)).get(date)!;
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
