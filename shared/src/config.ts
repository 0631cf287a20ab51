import { z } from 'zod';
import { AuthorityLevel } from './domain.js';
import { checkDeviceIds, DisplayDevice, KioskDevice } from './device-config.js';
import { containsCpr, cprNotHere } from './privacy.js';
import type { KioskLanguage } from './local-name.js';

const NameText = z.string().trim().min(1).max(120);

/**
 * A unit's or service's name: Danish (shown by default) and English always, each other kiosk
 * language when the centre has written it (`localName` shows English until then, and saving the
 * configuration warns of the gaps). An unknown language code is refused, so a typo ("ua") is not
 * silently dropped.
 */
export const LocalizedName = z.strictObject({
  da: NameText,
  en: NameText,
  ar: NameText.optional(),
  so: NameText.optional(),
  pl: NameText.optional(),
  uk: NameText.optional(),
  tr: NameText.optional(),
  ur: NameText.optional(),
} satisfies Record<KioskLanguage, z.ZodType>);
export type LocalizedName = z.infer<typeof LocalizedName>;

const Identifier = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes, at most 40 characters');

/** "HH:MM" in the centre's local time; "24:00" closes at midnight. */
const TimeOfDay = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day as "HH:MM" (00:00 to 24:00)');

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as "YYYY-MM-DD"');

export const Unit = z.object({
  id: Identifier,
  name: LocalizedName,
  /**
   * Borgerservice's dispensation: its staff may make the uncomplicated authority decisions
   * (`simple-authority`) of the other units.
   */
  dispensation: z.boolean().default(false),
  /**
   * Its matters are sensitive (a social centre): an SMS about its services names only the centre,
   * never the unit or the service. Its services inherit it unless they say otherwise.
   */
  sensitive: z.boolean().optional(),
});
export type Unit = z.infer<typeof Unit>;

export const Service = z.object({
  id: Identifier,
  unitId: Identifier,
  /** One or two capital letters printed before the ticket number ("A" in "A42"). */
  prefix: z.string().regex(/^[A-Z]{1,2}$/, 'one or two capital letters A–Z'),
  name: LocalizedName,
  authority: AuthorityLevel,
  /** Where the matter can be done online instead; offered at the kiosk before a ticket. */
  selfServiceUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  /** Used for estimates until the service has enough finished visits of its own. */
  defaultServiceMinutes: z.number().positive().max(240).default(8),
  /**
   * The most tickets that may wait in this service's queue: beyond it a new number is refused
   * (409 `queue-full`, "come back later"); checked-in appointments and transfers still join.
   */
  maxWaiting: z.number().int().min(1).max(10_000).default(300),
  /** Overrides the unit's `sensitive` for this service (an SMS then names only the centre). */
  sensitive: z.boolean().optional(),
});
export type Service = z.infer<typeof Service>;

export const CounterProfileEntry = z.object({
  serviceId: Identifier,
  /** How strongly this counter prefers the service: waiting time is multiplied by it. */
  weight: z.number().positive().max(100).default(1),
});
export type CounterProfileEntry = z.infer<typeof CounterProfileEntry>;

export const Counter = z.object({
  id: Identifier,
  unitId: Identifier,
  name: z.string().trim().min(1).max(40),
  services: z.array(CounterProfileEntry).min(1, 'a counter must call at least one service'),
});
export type Counter = z.infer<typeof Counter>;

export const OpeningInterval = z.object({ open: TimeOfDay, close: TimeOfDay });
export type OpeningInterval = z.infer<typeof OpeningInterval>;

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

const DayHours = OpeningInterval.nullable();

export const OpeningHours = z.object({
  /** The hours of each weekday, or null when closed all day. */
  weekly: z.object({
    monday: DayHours,
    tuesday: DayHours,
    wednesday: DayHours,
    thursday: DayHours,
    friday: DayHours,
    saturday: DayHours,
    sunday: DayHours,
  }),
  /** Holidays and other days closed although the weekday is open. */
  closedDates: z.array(IsoDate).default([]),
  /** Tickets stop this many minutes before closing, so the last visitor can still be served. */
  lastTicketMinutesBeforeClose: z.number().int().min(0).max(240).default(15),
  /** When the day's numbering restarts and unfinished tickets are ended (local time). */
  dailyResetTime: TimeOfDay.default('03:00'),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

/**
 * How a service takes appointments. A slot's capacity is the number of `counterIds` ×
 * (1 − `walkInShare`), rounded down, with the fractions carried from slot to slot through the
 * day (docs/DECISIONS.md, "Appointment capacity").
 */
export const ServiceAppointments = z.object({
  /** Off keeps the settings but offers no new slots; booked appointments are still kept. */
  enabled: z.boolean().default(true),
  /** The length of one appointment, and the step between slots. */
  lengthMinutes: z.number().int().min(5).max(240),
  /** The counters that take this service's appointments (each must call the service). */
  counterIds: z.array(Identifier).min(1, 'at least one counter takes the appointments'),
  /** When those counters take appointments; null: all of the centre's opening hours. Always within them. */
  hours: OpeningHours.shape.weekly.nullable().default(null),
  /** The share of those counters' time kept for walk-ins (0 to 1). */
  walkInShare: z.number().min(0).max(1).default(0),
  /** How early a citizen may check in before the booked time. */
  checkInOpensMinutesBefore: z.number().int().min(0).max(240).default(30),
  /** How late a citizen may still check in; after that the appointment is a no-show. */
  graceMinutes: z.number().int().min(0).max(120).default(10),
  /** A checked-in appointment goes ahead of walk-ins from this long before its time. */
  callMarginMinutes: z.number().int().min(0).max(60).default(2),
  /** How many days ahead a slot can be booked (today is day 0). */
  bookingHorizonDays: z.number().int().min(0).max(366).default(60),
  /** What the citizen should bring ("Dit gamle pas og billed-id"): told on the booking's confirmation. */
  bring: LocalizedName.optional(),
});
export type ServiceAppointments = z.infer<typeof ServiceAppointments>;

/** How many future booked appointments one phone number or e-mail address may hold, unless the booking desk books. */
export const defaultBookingsPerContact = 3;

export const AppointmentSettings = z.object({
  /**
   * Future booked appointments one phone number or one e-mail address may hold (booked online;
   * the booking desk is not limited): one citizen cannot book out a day (docs/DECISIONS.md, "Caps").
   */
  bookingsPerContact: z.number().int().min(1).max(100).default(defaultBookingsPerContact),
  /** Days after an appointment's time until its name, phone, e-mail and CPR hash are deleted. */
  personalDataRetentionDays: z.number().int().min(0).max(3650).default(30),
  /** The bookable services by id; a service not listed takes no appointments. */
  services: z.record(Identifier, ServiceAppointments).default({}),
});
export type AppointmentSettings = z.infer<typeof AppointmentSettings>;

/** What the centre's statistics measure against. */
export const StatisticsSettings = z.object({
  /** The wait the centre aims to call citizens within: the reports show the share called within it. */
  waitTargetMinutes: z.number().int().min(1).max(240).default(15),
});
export type StatisticsSettings = z.infer<typeof StatisticsSettings>;

/** What the centre's SMS messages do (sent only when the server has an SMS gateway). */
export const SmsSettings = z.object({
  /** When the reminder of the next day's appointments is sent (local time, the day before). */
  reminderTime: TimeOfDay.refine((time) => time !== '24:00', 'a time of day from 00:00 to 23:59').default('17:00'),
  /** A walk-in who asked for an SMS is told their turn is near when this many are ahead of them. */
  nearAhead: z.number().int().min(1).max(20).default(3),
});
export type SmsSettings = z.infer<typeof SmsSettings>;

const CentreConfigShape = z.object({
  centre: z.object({
    id: Identifier,
    name: z.string().trim().min(1).max(120),
    /** IANA time zone the opening hours and the daily reset are read in. */
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as "Europe/Copenhagen"'),
    /** Where the centre is ("Valgårdsvej 4-8, 2500 Valby"): on the booking's confirmation and in its calendar entry. */
    address: z
      .string()
      .trim()
      .max(200)
      .refine((address) => !containsCpr(address), cprNotHere('address'))
      .optional(),
    /** The line of text the wall displays show under the calls ("Husk dit sundhedskort"), or empty. */
    displayMessage: z
      .string()
      .trim()
      .max(200)
      .refine((message) => !containsCpr(message), cprNotHere('display message'))
      .default(''),
  }),
  units: z.array(Unit).min(1),
  services: z.array(Service).min(1),
  counters: z.array(Counter),
  hours: OpeningHours,
  /** The ticket kiosks (and the printer the server drives for each, if any). */
  kiosks: z.array(KioskDevice).default([]),
  /** The wall displays. */
  displays: z.array(DisplayDevice).default([]),
  appointments: AppointmentSettings.prefault({}),
  statistics: StatisticsSettings.prefault({}),
  sms: SmsSettings.prefault({}),
});

/**
 * The whole configuration of one centre: exported and imported as one JSON document. Checks
 * every cross-reference too, and reports every bad field, not only the first.
 */
export const CentreConfig = CentreConfigShape.superRefine((config, context) => {
  const unitIds = new Set<string>();
  config.units.forEach((unit, index) => {
    if (unitIds.has(unit.id)) context.addIssue({ code: 'custom', path: ['units', index, 'id'], message: `duplicate unit id "${unit.id}"` });
    unitIds.add(unit.id);
  });
  const serviceIds = new Set<string>();
  config.services.forEach((service, index) => {
    if (serviceIds.has(service.id)) {
      context.addIssue({ code: 'custom', path: ['services', index, 'id'], message: `duplicate service id "${service.id}"` });
    }
    serviceIds.add(service.id);
    if (!unitIds.has(service.unitId)) {
      context.addIssue({ code: 'custom', path: ['services', index, 'unitId'], message: `unknown unit "${service.unitId}"` });
    }
  });
  const counterIds = new Set<string>();
  config.counters.forEach((counter, index) => {
    if (counterIds.has(counter.id)) {
      context.addIssue({ code: 'custom', path: ['counters', index, 'id'], message: `duplicate counter id "${counter.id}"` });
    }
    counterIds.add(counter.id);
    if (!unitIds.has(counter.unitId)) {
      context.addIssue({ code: 'custom', path: ['counters', index, 'unitId'], message: `unknown unit "${counter.unitId}"` });
    }
    const seen = new Set<string>();
    counter.services.forEach((entry, entryIndex) => {
      const path = ['counters', index, 'services', entryIndex, 'serviceId'];
      if (!serviceIds.has(entry.serviceId)) context.addIssue({ code: 'custom', path, message: `unknown service "${entry.serviceId}"` });
      if (seen.has(entry.serviceId)) context.addIssue({ code: 'custom', path, message: `service "${entry.serviceId}" listed twice` });
      seen.add(entry.serviceId);
    });
  });
  for (const day of Object.keys(config.hours.weekly) as Weekday[]) {
    const interval = config.hours.weekly[day];
    if (interval && interval.open >= interval.close) {
      context.addIssue({ code: 'custom', path: ['hours', 'weekly', day, 'close'], message: 'closing time must be after opening time' });
    }
  }
  checkAppointments(config, context);
  checkDeviceIds(config, context);
});
export type CentreConfig = z.infer<typeof CentreConfig>;
/** The configuration as written in a file or request, before defaults are filled in. */
export type CentreConfigInput = z.input<typeof CentreConfig>;

/**
 * Appointments name real services and counters that call them, and no counter takes appointments
 * for two services at the same time: a slot's capacity counts counters, so one counter must not
 * be counted twice.
 */
function checkAppointments(config: z.infer<typeof CentreConfigShape>, context: z.RefinementCtx): void {
  const counters = new Map(config.counters.map((counter) => [counter.id, counter]));
  const services = new Set(config.services.map((service) => service.id));
  const taken = new Map<string, { serviceId: string; weekly: ServiceAppointments['hours'] }[]>();
  for (const [serviceId, settings] of Object.entries(config.appointments.services)) {
    const path = ['appointments', 'services', serviceId];
    if (!services.has(serviceId)) context.addIssue({ code: 'custom', path, message: `unknown service "${serviceId}"` });
    settings.counterIds.forEach((counterId, index) => {
      const counter = counters.get(counterId);
      const counterPath = [...path, 'counterIds', index];
      if (!counter) return context.addIssue({ code: 'custom', path: counterPath, message: `unknown counter "${counterId}"` });
      if (!counter.services.some((entry) => entry.serviceId === serviceId)) {
        context.addIssue({ code: 'custom', path: counterPath, message: `counter "${counterId}" does not call service "${serviceId}"` });
      }
      if (settings.counterIds.indexOf(counterId) !== index) {
        context.addIssue({ code: 'custom', path: counterPath, message: `counter "${counterId}" listed twice` });
      }
      for (const other of taken.get(counterId) ?? []) {
        const day = overlappingDay(settings.hours, other.weekly, config.hours.weekly);
        if (day) {
          context.addIssue({
            code: 'custom',
            path: counterPath,
            message: `counter "${counterId}" already takes appointments for "${other.serviceId}" on ${day} at these hours`,
          });
        }
      }
      taken.set(counterId, [...(taken.get(counterId) ?? []), { serviceId, weekly: settings.hours }]);
    });
    for (const day of weekdays) {
      const interval = settings.hours?.[day];
      if (interval && interval.open >= interval.close) {
        context.addIssue({ code: 'custom', path: [...path, 'hours', day, 'close'], message: 'closing time must be after opening time' });
      }
    }
  }
}

type WeeklyHours = OpeningHours['weekly'];

/** The first weekday on which two appointment schedules (null: the centre's hours) overlap. */
function overlappingDay(first: WeeklyHours | null, second: WeeklyHours | null, centre: WeeklyHours): Weekday | undefined {
  return weekdays.find((day) => {
    const a = (first ?? centre)[day];
    const b = (second ?? centre)[day];
    return a !== null && b !== null && a.open < b.close && b.open < a.close;
  });
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
