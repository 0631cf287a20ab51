import { isBookingCode, normalizeBookingCode, phoneKey, type BookingOptions, type ServiceDaySlots } from '@dintur/shared';
import type { AppointmentRecord } from '../../data/appointment-repository.js';
import { addDays } from '@dintur/shared/calendar';
import { invalidInput } from '../errors.js';
import { localToday, type AppointmentContext } from './appointment-context.js';
import { bookingDates, slotsOn } from './slots.js';

const day = 24 * 60 * 60_000;
/** How far back a search without a date looks: the booking desk deals with coming appointments. */
const searchBackDays = 14;
const searchLimit = 100;

/** The services that take new bookings, in the configuration's order, with the dates open to booking. */
export function bookingOptions(context: AppointmentContext): Omit<BookingOptions, 'emailConfirmations'> {
  const index = context.index();
  const { config } = index;
  const services = config.services.flatMap((service) => {
    const settings = config.appointments.services[service.id];
    if (!settings?.enabled) return [];
    const { first, last } = bookingDates(context, settings);
    return [
      {
        id: service.id,
        unitId: service.unitId,
        unitName: index.units.get(service.unitId)!.name,
        name: service.name,
        selfServiceUrl: service.selfServiceUrl,
        lengthMinutes: settings.lengthMinutes,
        firstDate: first,
        lastDate: last,
        checkInOpensMinutesBefore: settings.checkInOpensMinutesBefore,
        graceMinutes: settings.graceMinutes,
        bring: settings.bring ?? null,
      },
    ];
  });
  return {
    centreName: config.centre.name,
    address: config.centre.address ?? null,
    timeZone: config.centre.timeZone,
    today: localToday(context),
    personalDataRetentionDays: config.appointments.personalDataRetentionDays,
    services,
  };
}

/**
 * Free slots across services and days for the booking desk: each service's local dates from
 * `from` for `days` days that still have a free place, with only the free slots.
 */
export function freeSlots(context: AppointmentContext, query: { serviceIds?: string[]; from?: string; days: number }): ServiceDaySlots[] {
  const bookable = bookingOptions(context).services.map((service) => service.id);
  const serviceIds = query.serviceIds ?? bookable;
  const unknown = serviceIds.filter((id) => !bookable.includes(id));
  if (unknown.length > 0) {
    throw invalidInput(`Not services that take appointments: ${unknown.join(', ')}.`, [
      { path: 'serviceIds', message: `${unknown.join(', ')} take no appointments` },
    ]);
  }
  const from = query.from ?? localToday(context);
  const result: ServiceDaySlots[] = [];
  for (let offset = 0; offset < query.days; offset += 1) {
    const date = addDays(from, offset);
    for (const serviceId of serviceIds) {
      const slots = slotsOn(context, serviceId, date).filter((slot) => slot.available > 0);
      if (slots.length > 0) result.push({ serviceId, date, slots });
    }
  }
  return result;
}

/**
 * The booking desk's search: a booking code finds its appointment (however old); otherwise the
 * appointments of `date` (or, without one, of the last two weeks and all to come) whose name
 * contains the query (any case) or whose phone number ends with its digits. Numbers are compared
 * by `phoneKey`, as bookings are told apart: "+45 40 11 22 33", "0045 40112233" and "40 11 22 33"
 * are one number. Soonest first.
 */
export function searchAppointments(context: AppointmentContext, query: { query?: string | undefined; date?: string | undefined }): AppointmentRecord[] {
  const text = query.query?.trim() ?? '';
  if (!text && !query.date) {
    throw invalidInput('Search by code, name or phone number, or choose a date.', [{ path: 'query', message: 'a code, name or phone number, or a date' }]);
  }
  const code = normalizeBookingCode(text);
  if (isBookingCode(code)) {
    const found = context.appointments.byCode(code);
    if (found) return [found];
  }
  const candidates = query.date
    ? context.appointments.ofDate(query.date)
    : context.appointments.unpurgedSince(context.clock.now() - searchBackDays * day);
  if (!text) return candidates.slice(0, searchLimit);
  const digits = phoneKey(text);
  const isPhone = /^[\d\s()+-]+$/.test(text) && digits.length >= 4;
  const needle = text.toLocaleLowerCase('da');
  return candidates
    .filter((appointment) =>
      isPhone ? appointment.phone !== null && phoneKey(appointment.phone).endsWith(digits) : (appointment.name ?? '').toLocaleLowerCase('da').includes(needle),
    )
    .slice(0, searchLimit);
}
