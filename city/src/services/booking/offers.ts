import type { CentreEarliest, CityBookableService, CityBookingOptions, CityServiceDaySlots, CitySlot } from '@dintur/shared';
import { addDays, toLocal } from '@dintur/shared/calendar';
import type { AppointmentsRepository } from '../../data/appointments-repository.js';
import { HubError } from '../errors.js';
import { bookableSettings, bookingDates, type CentreCalendar, type CentreCalendars } from './calendars.js';
import { slotsAt, slotsOn } from './slots.js';

/** The city's time zone: "today" on the booking pages. */
const cityTimeZone = 'Europe/Copenhagen';

const refuse = (field: string, message: string) => new HubError(400, 'validation-failed', `${message}.`, undefined, [{ path: field, message }]);

/** What can be booked where, and free times: the city's calendar, read from the centres' own configurations. */
export function createBookingOffers(calendars: CentreCalendars, appointments: Pick<AppointmentsRepository, 'heldBetween'>, now: () => number) {
  /** The centres that take bookings for a service, or a 404 when none does. */
  async function centresFor(serviceId: string, centreId?: string): Promise<CentreCalendar[]> {
    const offering = (await calendars.all()).filter((calendar) => bookableSettings(calendar, serviceId));
    if (offering.length === 0) throw new HubError(404, 'not-found', `No centre in the city takes appointments for "${serviceId}".`);
    if (centreId === undefined) return offering;
    const one = offering.find((calendar) => calendar.centreId === centreId);
    if (!one) throw refuse('query.centreId', `"${centreId}" takes no appointments for "${serviceId}"`);
    return [one];
  }

  async function options(): Promise<CityBookingOptions> {
    const at = now();
    const services = new Map<string, CityBookableService>();
    let retention = 0;
    for (const calendar of await calendars.all()) {
      const { config } = calendar;
      retention = Math.max(retention, config.appointments.personalDataRetentionDays);
      for (const service of config.services) {
        const settings = bookableSettings(calendar, service.id);
        if (!settings) continue;
        const { first, last } = bookingDates(calendar, settings, at);
        const entry = services.get(service.id) ?? {
          id: service.id,
          name: service.name,
          unitName: config.units.find((unit) => unit.id === service.unitId)?.name ?? { da: '', en: '' },
          selfServiceUrl: service.selfServiceUrl,
          centres: [],
        };
        entry.centres.push({
          centreId: calendar.centreId,
          centreName: calendar.centreName,
          lengthMinutes: settings.lengthMinutes,
          firstDate: first,
          lastDate: last,
          checkInOpensMinutesBefore: settings.checkInOpensMinutesBefore,
          graceMinutes: settings.graceMinutes,
        });
        services.set(service.id, entry);
      }
    }
    return {
      today: toLocal(at, cityTimeZone).date,
      timeZone: cityTimeZone,
      // The longest any centre keeps them: what a citizen is told on the form.
      personalDataRetentionDays: retention,
      services: [...services.values()].sort((a, b) => a.name.da.localeCompare(b.name.da, 'da')),
    };
  }

  /** A service's slots on a date at every centre that takes it (or one), soonest first. */
  async function slots(serviceId: string, date: string, centreId?: string): Promise<CitySlot[]> {
    const at = now();
    const perCentre = await Promise.all((await centresFor(serviceId, centreId)).map((calendar) => slotsAt(appointments, calendar, serviceId, date, at)));
    return perCentre.flat().sort((a, b) => a.start.localeCompare(b.start) || a.centreId.localeCompare(b.centreId));
  }

  /**
   * The first `count` free slots of a service at a centre from `from` on, within its horizon: a
   * week at a time, its places read in one query, until enough are found.
   */
  async function firstFree(calendar: CentreCalendar, serviceId: string, from: string | undefined, count: number): Promise<CitySlot[]> {
    const at = now();
    const settings = bookableSettings(calendar, serviceId)!;
    const { first, last } = bookingDates(calendar, settings, at);
    const found: CitySlot[] = [];
    for (let week = from && from > first ? from : first; week <= last && found.length < count; week = addDays(week, 7)) {
      const dates = Array.from({ length: 7 }, (_, offset) => addDays(week, offset)).filter((date) => date <= last);
      const byDate = await slotsOn(appointments, calendar, serviceId, dates, at);
      for (const date of dates) found.push(...byDate.get(date)!.filter((slot) => slot.available > 0));
    }
    return found.slice(0, count);
  }

  /** The earliest free times of a service at each centre that has any, the soonest centre first. */
  async function earliest(serviceId: string, query: { from?: string | undefined; perCentre: number }): Promise<CentreEarliest[]> {
    const centres = await centresFor(serviceId);
    const found = await Promise.all(
      centres.map(async (calendar) => ({ centreId: calendar.centreId, centreName: calendar.centreName, slots: await firstFree(calendar, serviceId, query.from, query.perCentre) })),
    );
    return found.filter((centre) => centre.slots.length > 0).sort((a, b) => a.slots[0]!.start.localeCompare(b.slots[0]!.start) || a.centreName.localeCompare(b.centreName, 'da'));
  }

  /** The booking desk's free times: for each centre, service and local date from `from` for `days` days, the free slots. */
  async function freeSlots(query: { serviceIds?: string | undefined; centreIds?: string | undefined; from?: string | undefined; days: number }): Promise<CityServiceDaySlots[]> {
    const all = await calendars.all();
    const list = (text: string | undefined) => text?.split(',').map((item) => item.trim()).filter(Boolean);
    const centreIds = list(query.centreIds);
    const unknownCentres = centreIds?.filter((id) => !all.some((calendar) => calendar.centreId === id)) ?? [];
    if (unknownCentres.length > 0) throw refuse('query.centreIds', `not linked centres: ${unknownCentres.join(', ')}`);
    const centres = centreIds ? all.filter((calendar) => centreIds.includes(calendar.centreId)) : all;
    const bookable = new Set(centres.flatMap((calendar) => calendar.config.services.filter((service) => bookableSettings(calendar, service.id)).map((service) => service.id)));
    const serviceIds = list(query.serviceIds) ?? [...bookable];
    const unknownServices = serviceIds.filter((id) => !bookable.has(id));
    if (unknownServices.length > 0) throw refuse('query.serviceIds', `not services that take appointments there: ${unknownServices.join(', ')}`);
    const from = query.from ?? toLocal(now(), cityTimeZone).date;
    const at = now();
    const days = Array.from({ length: query.days }, (_, offset) => addDays(from, offset));
    const result: CityServiceDaySlots[] = [];
    for (const calendar of centres) {
      for (const serviceId of serviceIds) {
        if (!bookableSettings(calendar, serviceId)) continue;
        // One query for the places held over all the days.
        const byDate = await slotsOn(appointments, calendar, serviceId, days, at);
        for (const date of days) {
          const free = byDate.get(date)!.filter((slot) => slot.available > 0);
          if (free.length > 0) result.push({ centreId: calendar.centreId, serviceId, date, slots: free });
        }
      }
    }
    return result.sort((a, b) => a.date.localeCompare(b.date) || a.centreId.localeCompare(b.centreId) || a.serviceId.localeCompare(b.serviceId));
  }

  return { options, slots, earliest, freeSlots };
}

export type BookingOffers = ReturnType<typeof createBookingOffers>;
