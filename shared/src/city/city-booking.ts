import { z } from 'zod';
import { Appointment, AppointmentCodeParams, AppointmentStatus, BookAppointmentBody, BookingChannel, MoveAppointmentBody, Slot } from '../appointments.js';
import { LocalizedName } from '../config.js';
import { CentreId } from './shipping.js';

/**
 * Booking at any centre, at the city hub. The hub owns the future appointments of linked centres:
 * it counts each slot's places from the centre's own appointment configuration with the same
 * function the centre uses (`@dintur/shared/calendar`), books in one PostgreSQL transaction, and
 * hands each centre its bookings through a change feed with a cursor, so the centre checks them in
 * with the link down.
 */

const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 time');
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const ServiceId = z.string().min(1).max(64);

export const CityServiceParams = z.object({ serviceId: ServiceId });

/** A centre that takes bookings for a service, and the dates it can be booked on. */
export const CityBookingCentre = z.object({
  centreId: z.string(),
  centreName: z.string(),
  lengthMinutes: z.number().int(),
  /** The first and last local dates that can be booked. */
  firstDate: z.string(),
  lastDate: z.string(),
  checkInOpensMinutesBefore: z.number().int(),
  graceMinutes: z.number().int(),
});
export type CityBookingCentre = z.infer<typeof CityBookingCentre>;

/** A service that takes appointments somewhere in the city (the city's service ids are shared). */
export const CityBookableService = z.object({
  id: z.string(),
  name: LocalizedName,
  unitName: LocalizedName,
  selfServiceUrl: z.string().nullable(),
  centres: z.array(CityBookingCentre),
});
export type CityBookableService = z.infer<typeof CityBookableService>;

export const CityBookingOptions = z.object({
  /** Today in Copenhagen. */
  today: z.string(),
  timeZone: z.string(),
  /** Days after an appointment until the citizen's personal data are deleted (told on the form). */
  personalDataRetentionDays: z.number().int(),
  services: z.array(CityBookableService),
});
export type CityBookingOptions = z.infer<typeof CityBookingOptions>;

/** A slot at one centre: its places in all and still free. */
export const CitySlot = Slot.extend({ centreId: z.string() });
export type CitySlot = z.infer<typeof CitySlot>;

export const CitySlotsQuery = z.object({
  date: IsoDay,
  centreId: CentreId.optional().describe('only this centre; default: every centre that takes the service'),
});

/** The earliest free times of a service at each centre that has any. */
export const EarliestQuery = z.object({
  from: IsoDay.optional().describe('first local date; default: today'),
  perCentre: z.coerce.number().int().min(1).max(10).default(3),
});
export const CentreEarliest = z.object({ centreId: z.string(), centreName: z.string(), slots: z.array(CitySlot) });
export type CentreEarliest = z.infer<typeof CentreEarliest>;

/** The booking desk's free times: several centres, services and days at once. */
export const CityFreeSlotsQuery = z.object({
  serviceIds: z.string().max(2000).optional().describe('comma-separated services; default: every bookable one'),
  centreIds: z.string().max(2000).optional().describe('comma-separated centres; default: every centre'),
  from: IsoDay.optional().describe('first local date; default: today'),
  days: z.coerce.number().int().min(1).max(31).default(7),
});
export const CityServiceDaySlots = z.object({ centreId: z.string(), serviceId: z.string(), date: z.string(), slots: z.array(CitySlot) });
export type CityServiceDaySlots = z.infer<typeof CityServiceDaySlots>;

export const CityBookBody = z.intersection(z.object({ centreId: CentreId }), BookAppointmentBody);
export type CityBookBody = z.infer<typeof CityBookBody>;

/** What became of one SMS about a booking, as the booking desk sees it: never the number or the text. */
export const CitySmsDelivery = z.object({
  kind: z.enum(['booked', 'reminder', 'moved', 'cancelled']),
  /** `limited`: not sent, over the messages one number may have an hour. */
  state: z.enum(['queued', 'sent', 'failed', 'limited']),
  /** When it was queued, sent or given up. */
  at: Timestamp,
});
export type CitySmsDelivery = z.infer<typeof CitySmsDelivery>;

/** An appointment at the hub: the centre's answer, plus where. */
export const CityAppointment = Appointment.extend({
  centreId: z.string(),
  centreName: z.string(),
  /** The booking desk's views only: its SMS messages, oldest first (none when the hub sends no SMS). */
  messages: z.array(CitySmsDelivery).optional(),
});
export type CityAppointment = z.infer<typeof CityAppointment>;

export const CityAppointmentSearchQuery = z.object({
  query: z.string().trim().max(120).optional().describe('a booking code, part of a name, or a phone number (spacing and +45 ignored)'),
  centreId: CentreId.optional(),
  date: IsoDay.optional().describe('only appointments on this local date'),
});

export { AppointmentCodeParams as CityAppointmentCodeParams, MoveAppointmentBody as CityMoveBody };

/** The state of one booking as its centre keeps it: what the change feed carries. */
export const BookingChange = z.object({
  /** The booking's place in its centre's feed: increasing, in the order the hub committed them. */
  revision: z.number().int().positive(),
  code: z.string(),
  serviceId: z.string(),
  start: Timestamp,
  end: Timestamp,
  localDate: z.string(),
  status: AppointmentStatus,
  channel: BookingChannel,
  lang: z.string(),
  /** Personal data travel only to the booking's own centre, and are null once purged. */
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** HMAC-SHA256 of the CPR number with the city's key; never the number. */
  cprHash: z.string().nullable(),
  bookedAt: Timestamp,
  changedAt: Timestamp,
});
export type BookingChange = z.infer<typeof BookingChange>;

export const BookingFeedQuery = z.object({
  after: z.coerce.number().int().min(0).default(0).describe('the last revision the centre has'),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export const BookingFeed = z.object({
  changes: z.array(BookingChange),
  /** The revision to ask after next time. */
  cursor: z.number().int().min(0),
  /** More changes wait: ask again at once. */
  more: z.boolean(),
  /** Names the hub's feed (made with its database): a new id means revisions start anew, so the centre reads from the start. */
  feedId: z.string().optional(),
});
export type BookingFeed = z.infer<typeof BookingFeed>;

/** The city's CPR-hash key, given to linked centres so a health card finds a booking made anywhere. */
export const CityCprKey = z.object({ key: z.string().describe('base64 of the HMAC key') });
export type CityCprKey = z.infer<typeof CityCprKey>;

