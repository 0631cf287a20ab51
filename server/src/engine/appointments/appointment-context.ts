import type { ServiceAppointments } from '@dintur/shared';
import type { AppointmentRepository } from '../../data/appointment-repository.js';
import type { CityBookingRepository } from '../../data/city-booking-repository.js';
import type { CentreIndex } from '../centre-index.js';
import type { EngineContext } from '../context.js';
import { toLocal } from '@dintur/shared/calendar';
import { invalidInput } from '../errors.js';

/** What the appointment steps work with: the engine's context, the appointments table and the CPR key. */
export type AppointmentContext = EngineContext & {
  appointments: AppointmentRepository;
  /** The secret key of the CPR hash (HMAC-SHA256), kept in the data directory. */
  cprKey: Buffer;
  /** The cursor of the city hub's booking feed. */
  cityFeed: CityBookingRepository;
  /** Set when the centre is linked to a city hub: the hub then books its appointments. */
  city: CityBookings | undefined;
};

/**
 * A centre linked to the city hub: citizens and agents book at the hub, which delivers the
 * bookings here through its feed. Bookings made at the hub hash the CPR number with the city's
 * key (null until the hub has given it).
 */
export type CityBookings = { hubUrl: string; centreId: string; cityCprKey: Buffer | null };

/** The appointment settings of a service, or undefined when it takes none. */
export function appointmentSettingsOf(index: CentreIndex, serviceId: string): ServiceAppointments | undefined {
  return index.config.appointments.services[serviceId];
}

/** The settings of a service that takes new bookings now, or a 400 naming `field`. */
export function requireBookable(context: EngineContext, serviceId: string, field = 'serviceId'): ServiceAppointments {
  const settings = appointmentSettingsOf(context.index(), serviceId);
  if (!context.index().services.has(serviceId) || !settings?.enabled) {
    throw invalidInput(`"${serviceId}" is not a service that takes appointments.`, [
      { path: field, message: `"${serviceId}" takes no appointments` },
    ]);
  }
  return settings;
}

/** The centre's local date now (the calendar date, not the business day: slots are booked by date). */
export function localToday(context: EngineContext): string {
  return toLocal(context.clock.now(), context.index().config.centre.timeZone).date;
}

export const minutes = (count: number) => count * 60_000;
