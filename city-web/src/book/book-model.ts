import { localName, type CentreEarliest, type CityBookableService, type CityBookingCentre, type CityBookingOptions, type CitySlot } from '@dintur/shared';
import { ApiError } from '@dintur/web';
import { addDays } from './book-format.js';
import type { Language } from './book-strings.js';

/**
 * What the booking pages show, from the hub's answers: pure, so the choices are tested without
 * a browser.
 */

/** Day chips shown at once; later days through the date field. */
export const daysShown = 14;

/** The services to choose from, by name in the language; only those of `centreId` when one is chosen. */
export function servicesToChoose(options: CityBookingOptions, centreId: string | null, lang: Language): CityBookableService[] {
  const offered = options.services.filter((service) => service.centres.length > 0 && (centreId === null || service.centres.some((centre) => centre.centreId === centreId)));
  return offered.sort((left, right) => localName(left.name, lang).localeCompare(localName(right.name, lang), lang));
}

/** Every centre that takes bookings for some service, once, by id: for reading `?centre=`. */
export function bookingCentres(options: CityBookingOptions): Map<string, string> {
  const centres = new Map<string, string>();
  for (const service of options.services) for (const centre of service.centres) centres.set(centre.centreId, centre.centreName);
  return centres;
}

/** The centres taking bookings for a service, by name. */
export function centresOf(service: CityBookableService): CityBookingCentre[] {
  return [...service.centres].sort((left, right) => left.centreName.localeCompare(right.centreName, 'da'));
}

/** The free slots of a list, soonest first, without the one being moved. */
export function freeSlots<Slot extends CitySlot>(slots: readonly Slot[], exclude?: string): Slot[] {
  return slots.filter((slot) => slot.available > 0 && slot.start !== exclude).sort((left, right) => Date.parse(left.start) - Date.parse(right.start));
}

/**
 * The earliest free times by centre, soonest centre first (ties by name), each centre's times in
 * order and at most `perCentre`; centres with none left out. The hub answers in this order
 * already; the page does not rely on it.
 */
export function earliestByCentre(answer: readonly CentreEarliest[], perCentre: number): CentreEarliest[] {
  return answer
    .map((centre) => ({ ...centre, slots: freeSlots(centre.slots.filter((slot) => slot.centreId === centre.centreId)).slice(0, perCentre) }))
    .filter((centre) => centre.slots.length > 0)
    .sort((left, right) => Date.parse(left.slots[0]!.start) - Date.parse(right.slots[0]!.start) || left.centreName.localeCompare(right.centreName, 'da'));
}

/** Slots of several centres grouped by centre, each group in time order. */
export function slotsByCentre(slots: readonly CitySlot[]): Map<string, CitySlot[]> {
  const groups = new Map<string, CitySlot[]>();
  for (const slot of slots) groups.set(slot.centreId, [...(groups.get(slot.centreId) ?? []), slot]);
  for (const [centreId, group] of groups) groups.set(centreId, group.sort((left, right) => Date.parse(left.start) - Date.parse(right.start)));
  return groups;
}

/** The days a centre can be booked on that get a chip: from its first date, at most `daysShown`. */
export function dayChips(centre: Pick<CityBookingCentre, 'firstDate' | 'lastDate'>): string[] {
  return Array.from({ length: daysShown }, (_, offset) => addDays(centre.firstDate, offset)).filter((day) => day <= centre.lastDate);
}

/**
 * Someone else took the last place: the hub's 409 `conflict` (its `details.reason` is
 * 'slot-full'; the client's ApiError keeps the code, not the details). Another 409, such as
 * moving an appointment that is no longer booked, is not a taken time.
 */
export const isSlotFull = (error: unknown) => error instanceof ApiError && error.status === 409 && error.code === 'conflict';

/** The hub did not answer at all (no network, hub down): what was typed must stay. */
export const isUnreachable = (error: unknown) => !(error instanceof ApiError) || error.code === 'network' || error.status >= 500;

/** The chosen start has passed or is not a slot (400 naming `start`): choose again. */
export const isStartRefused = (error: unknown) =>
  error instanceof ApiError && error.status === 400 && error.issues.some((issue) => issue.path === 'body.start' || issue.path === 'start');
