import type { CentreConfig, ServiceAppointments } from '../config.js';
import { fromLocal, hoursOn, minutesOf, weekdayOf } from './calendar.js';

/**
 * The slots a centre's configuration makes: the one function a centre and the city hub both
 * count capacity with, so a place the hub sells is a place the centre has.
 */

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
  const length = settings.lengthMinutes * 60_000;
  const starts: number[] = [];
  for (let start = from; start + length <= until; start += length) starts.push(start);
  const capacities = slotCapacities(settings.counterIds.length, settings.walkInShare, starts.length);
  return starts.map((start, index) => ({ start, end: start + length, capacity: capacities[index]! }));
}

/** Places still free in each slot, given the booked intervals that hold places (a booking of an older length may overlap two slots). */
export function placesLeft(slots: readonly SlotTime[], held: readonly { startAt: number; endAt: number }[]): number[] {
  return slots.map((slot) => Math.max(0, slot.capacity - held.filter((booking) => booking.startAt < slot.end && booking.endAt > slot.start).length));
}
