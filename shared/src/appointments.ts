import { z } from 'zod';
import { LocalizedName } from './config.js';
import { LanguageCode } from './domain.js';
import { containsCpr, cprNotHere, normalizeCpr } from './privacy.js';
import { Ticket } from './schemas.js';

/**
 * Appointments: booked online or by a contact-centre agent, kept at the centre by checking in at
 * the kiosk. What is personal (name, phone, e-mail, CPR) lives only in the appointment row, never
 * in the event log, and is deleted a configured number of days after the appointment.
 */

const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 time');
const Id = z.string().min(1).max(64);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** The symbols of a booking code: capital letters and digits without 0/O and 1/I, which are read alike. */
export const bookingCodeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const bookingCodeLength = 8;

/** A code as typed or scanned ("abcd efgh", "ABCD-EFGH") → "ABCDEFGH"; does not check it. */
export function normalizeBookingCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

const bookingCodePattern = new RegExp(`^[${bookingCodeAlphabet}]{${bookingCodeLength}}$`);

/** Whether a normalised string is a well-formed booking code. */
export const isBookingCode = (code: string) => bookingCodePattern.test(code);

/** "ABCDEFGH" → "ABCD EFGH": how a code is shown, so it is easy to read out on the phone. */
export const formatBookingCode = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

export const BookingCode = z
  .string()
  .max(32)
  .transform(normalizeBookingCode)
  .refine(isBookingCode, `a booking code: ${bookingCodeLength} letters and digits (no 0, O, 1 or I)`);

/** The CPR helpers live with the detector of CPR numbers in free text (privacy.ts). */
export { normalizeCpr };

/**
 * The CPR number in what a scanner typed, or null. The yellow health card (sundhedskort) carries
 * the 10 digits in its barcode; its magnetic stripe's track 2 has them after a start sentinel
 * (";" or ":") and 8 digits of card type, nationality, use and issuer.
 */
export function cprFromScan(payload: string): string | null {
  const direct = normalizeCpr(payload);
  if (direct) return direct;
  const track = /^\s*[;:]\d{8}(\d{10})\d*\??\s*$/.exec(payload);
  return track ? normalizeCpr(track[1]!) : null;
}

export const Cpr = z
  .string()
  .max(32)
  .refine((value) => normalizeCpr(value) !== null, 'a CPR number as ddmmyy-xxxx with a real date of birth');

/** A phone number: digits, spaces, dashes, brackets, an optional leading +; at least 8 digits. */
export const Phone = z
  .string()
  .trim()
  .max(24)
  .regex(/^\+?[\d\s()-]+$/, 'a phone number of digits (and an optional leading +)')
  .refine((value) => value.replace(/\D/g, '').length >= 8, 'a phone number of at least 8 digits');

/** Where a phone number is compared: digits only, with a leading + kept. */
export const normalizePhone = (phone: string) => phone.trim().replace(/(?!^\+)\D/g, '');

/** A phone number's national digits: "+45 12 34 56 78", "0045 12345678" and "12345678" are one number; a foreign one keeps its country code. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return digits.startsWith('45') && digits.length === 10 ? digits.slice(2) : digits;
  if (digits.startsWith('0045') && digits.length === 12) return digits.slice(4);
  if (digits.startsWith('00')) return digits.slice(2);
  return digits;
}

/**
 * A phone number in the international form an SMS gateway takes ("+4540112233"), or null when it
 * cannot be one: 8 digits are Danish (+45), "+" and "00" forms keep their country code.
 */
export function internationalPhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^\+?[\d\s()-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : digits.length === 8 ? `45${digits}` : null;
  // E.164: a country code that does not start with 0, and at most 15 digits in all.
  if (international === null || !/^[1-9]\d{7,14}$/.test(international)) return null;
  return `+${international}`;
}

/** "+4512345678" → "••••••78": enough for the holder to recognise, not enough to be read off a screen. */
export const maskPhone = (phone: string) => `••••••${phone.slice(-2)}`;

/** "anna.hansen@example.dk" → "a•••@example.dk". */
export const maskEmail = (email: string) => `${email.slice(0, 1)}•••${email.slice(email.lastIndexOf('@'))}`;

export const appointmentStatuses = ['booked', 'checked-in', 'cancelled', 'no-show'] as const;
export const AppointmentStatus = z.enum(appointmentStatuses);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

/** How a booking was made: by the citizen online, or by a contact-centre agent for a caller. */
export const bookingChannels = ['online', 'agent'] as const;
export const BookingChannel = z.enum(bookingChannels);
export type BookingChannel = z.infer<typeof BookingChannel>;

export const Slot = z.object({
  start: Timestamp,
  end: Timestamp,
  /** Places still free in the slot. */
  available: z.number().int(),
  /** Places the slot has in all (booked ones included). */
  capacity: z.number().int(),
});
export type Slot = z.infer<typeof Slot>;

export const SlotsQuery = z.object({ date: IsoDay });

export const FreeSlotsQuery = z.object({
  serviceIds: z.string().max(2000).optional().describe('comma-separated services; default: every bookable one'),
  from: IsoDay.optional().describe('first local date; default: today'),
  days: z.coerce.number().int().min(1).max(31).default(7),
});

/** The free slots of one service on one local date. */
export const ServiceDaySlots = z.object({ serviceId: z.string(), date: z.string(), slots: z.array(Slot) });
export type ServiceDaySlots = z.infer<typeof ServiceDaySlots>;

export const BookableService = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: LocalizedName,
  name: LocalizedName,
  selfServiceUrl: z.string().nullable(),
  lengthMinutes: z.number().int(),
  /** The first and last local dates that can be booked. */
  firstDate: z.string(),
  lastDate: z.string(),
  checkInOpensMinutesBefore: z.number().int(),
  graceMinutes: z.number().int(),
  /** What to bring to the appointment, as the centre wrote it; null when it wrote nothing. */
  bring: LocalizedName.nullable(),
});
export type BookableService = z.infer<typeof BookableService>;

export const BookingOptions = z.object({
  centreName: z.string(),
  /** The centre's street address, or null when the configuration gives none. */
  address: z.string().nullable(),
  timeZone: z.string(),
  today: z.string(),
  /** Days after an appointment until the citizen's personal data are deleted (told on the form). */
  personalDataRetentionDays: z.number().int(),
  /** The centre sends a confirmation to an e-mail address given (SMTP is set up). */
  emailConfirmations: z.boolean(),
  services: z.array(BookableService),
});
export type BookingOptions = z.infer<typeof BookingOptions>;

/** A free-text field of a booking must not hold a CPR number (that goes in `cpr`, kept only as a hash). */
const withoutCprIn = (text: string) => !containsCpr(text);

/** An empty form field counts as not given. */
const optional = <Schema extends z.ZodType>(schema: Schema) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const BookAppointmentBody = z
  .object({
    serviceId: Id,
    start: Timestamp,
    name: z.string().trim().min(1, 'a name').max(120).refine(withoutCprIn, cprNotHere('name')),
    phone: optional(Phone.refine(withoutCprIn, cprNotHere('phone number'))),
    email: optional(z.email('an e-mail address').max(254).refine(withoutCprIn, cprNotHere('e-mail address'))),
    /** Lets the health card check in; kept only as a keyed hash. */
    cpr: optional(Cpr),
    lang: LanguageCode.default('da'),
  })
  .refine((body) => body.phone !== undefined || body.email !== undefined, {
    path: ['phone'],
    message: 'a phone number or an e-mail address, so the centre can reach you',
  });
export type BookAppointmentBody = z.infer<typeof BookAppointmentBody>;

export const AppointmentCodeParams = z.object({ code: BookingCode });
export const MoveAppointmentBody = z.object({ start: Timestamp });
export const CheckInBody = z.object({
  /** The kiosk's language when the citizen checks in; default: the booking's. */
  lang: LanguageCode.optional(),
});
export const CprCheckInBody = z.object({
  /** The CPR number as typed, or what a scanner read from the health card. */
  cpr: z.string().max(200).refine((value) => cprFromScan(value) !== null, 'a CPR number (ddmmyy-xxxx) or a scanned health card'),
  lang: LanguageCode.optional(),
});
export const AppointmentSearchQuery = z.object({
  query: z.string().trim().max(120).optional().describe('a booking code, part of a name, or a phone number'),
  date: IsoDay.optional().describe('only appointments on this local date'),
});

/**
 * An SMS about an appointment, as the booking desk sees it: what it was and how far it got
 * (queued: waiting for the gateway or a retry; limited: stopped by a flood limit). No number, no text.
 */
export const AppointmentMessage = z.object({
  kind: z.enum(['booked', 'reminder', 'moved', 'cancelled']),
  state: z.enum(['queued', 'sent', 'failed', 'limited']),
  /** When it reached that state (queued: when it was queued). */
  at: Timestamp,
});
export type AppointmentMessage = z.infer<typeof AppointmentMessage>;

/** An appointment as its holder sees it (contact details partly hidden) or as an agent sees it. */
export const Appointment = z.object({
  code: z.string(),
  serviceId: z.string(),
  serviceName: LocalizedName,
  unitId: z.string(),
  unitName: LocalizedName,
  start: Timestamp,
  end: Timestamp,
  status: AppointmentStatus,
  channel: BookingChannel,
  lang: z.string(),
  /** Null once the personal data have been deleted. */
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** A CPR number was given: the health card can check in. */
  healthCardCheckIn: z.boolean(),
  bookedAt: Timestamp,
  checkInOpensAt: Timestamp,
  checkInClosesAt: Timestamp,
  /** The ticket once checked in. */
  ticket: z.object({ number: z.string(), trackingCode: z.string(), trackingUrl: z.string() }).nullable(),
  /** The booking desk's view only: the SMS sent about it, oldest first (empty without SMS). */
  messages: z.array(AppointmentMessage).optional(),
});
export type Appointment = z.infer<typeof Appointment>;

/** A check-in: the ticket to print, and the appointment it belongs to. */
export const CheckInResult = Ticket.extend({
  appointment: z.object({ code: z.string(), start: Timestamp, serviceId: z.string() }),
});
export type CheckInResult = z.infer<typeof CheckInResult>;
