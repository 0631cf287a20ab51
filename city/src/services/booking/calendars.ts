import type { CentreConfig, ServiceAppointments } from '@dintur/shared';
import { addDays, toLocal, type SlotTime } from '@dintur/shared/calendar';
import type { CentresRepository } from '../../data/centres-repository.js';
import { HubError } from '../errors.js';

/** A linked centre as booking sees it: its configuration in force, as it shipped it. */
export type CentreCalendar = {
  centreId: string;
  centreName: string;
  version: string;
  config: CentreConfig;
  /** The days' slots worked out from this configuration (slots.ts), kept while the version stays in force. */
  daySlots: Map<string, readonly SlotTime[]>;
};

/** How long the configurations in force are read from memory before the database is asked again. */
const cacheMs = 1_000;

/** The first and last local dates of a service at a centre that can be booked: today there, and the horizon. */
export function bookingDates(calendar: CentreCalendar, settings: ServiceAppointments, now: number): { first: string; last: string } {
  const first = toLocal(now, calendar.config.centre.timeZone).date;
  return { first, last: addDays(first, settings.bookingHorizonDays) };
}

/** The settings of a service that takes new bookings at a centre, or undefined. */
export function bookableSettings(calendar: CentreCalendar, serviceId: string): ServiceAppointments | undefined {
  const settings = calendar.config.appointments.services[serviceId];
  const offered = calendar.config.services.some((service) => service.id === serviceId);
  return offered && settings?.enabled ? settings : undefined;
}

/**
 * The centres' configurations in force, which say what each centre offers for booking and how
 * many places each slot has. They arrive with each centre's event log (`config.changed`), so a
 * change made at a centre applies to the bookings made after it reaches the hub.
 */
export function createCentreCalendars(centres: Pick<CentresRepository, 'configsInForce'>, now: () => number) {
  let cached: { at: number; calendars: Promise<CentreCalendar[]> } | undefined;
  /** The slots worked out per centre and configuration version, kept across reloads while the version is in force. */
  let daySlots = new Map<string, Map<string, readonly SlotTime[]>>();
  const load = async (): Promise<CentreCalendar[]> => {
    const rows = await centres.configsInForce();
    const kept = new Map<string, Map<string, readonly SlotTime[]>>();
    const calendars = rows.map((row) => {
      const key = `${row.id}\u0000${row.version}`;
      const slots = daySlots.get(key) ?? new Map<string, readonly SlotTime[]>();
      kept.set(key, slots);
      return { centreId: row.id, centreName: row.name, version: row.version, config: row.document, daySlots: slots };
    });
    daySlots = kept;
    return calendars;
  };

  const all = async (): Promise<CentreCalendar[]> => {
    const at = now();
    if (!cached || at - cached.at > cacheMs || at < cached.at) {
      const calendars = load();
      cached = { at, calendars };
      // A failed read is not kept: the next call asks again.
      calendars.catch(() => {
        if (cached?.calendars === calendars) cached = undefined;
      });
    }
    return cached.calendars;
  };

  return {
    all,
    /** The centre's calendar, or a 400 naming `field` when it is not a linked centre whose configuration the hub has. */
    async require(centreId: string, field = 'body.centreId'): Promise<CentreCalendar> {
      const calendar = (await all()).find((candidate) => candidate.centreId === centreId);
      if (!calendar) {
        throw new HubError(400, 'validation-failed', `"${centreId}" is not a centre that takes bookings through the city.`, undefined, [
          { path: field, message: `"${centreId}" is not a linked centre` },
        ]);
      }
      return calendar;
    },
    /** Forgets what was read, so the next call sees a configuration that just arrived. */
    invalidate(): void {
      cached = undefined;
    },
  };
}

export type CentreCalendars = ReturnType<typeof createCentreCalendars>;
