import { z } from 'zod';
import { AuthorityLevel } from './domain.js';

/** A name in Danish (shown by default) and English; other languages fall back to these. */
export const LocalizedName = z.object({
  da: z.string().trim().min(1).max(120),
  en: z.string().trim().min(1).max(120),
});
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

const CentreConfigShape = z.object({
  centre: z.object({
    id: Identifier,
    name: z.string().trim().min(1).max(120),
    /** IANA time zone the opening hours and the daily reset are read in. */
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as "Europe/Copenhagen"'),
    /** The line of text the wall displays show under the calls ("Husk dit sundhedskort"), or empty. */
    displayMessage: z.string().trim().max(200).default(''),
  }),
  units: z.array(Unit).min(1),
  services: z.array(Service).min(1),
  counters: z.array(Counter),
  hours: OpeningHours,
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
});
export type CentreConfig = z.infer<typeof CentreConfig>;
/** The configuration as written in a file or request, before defaults are filled in. */
export type CentreConfigInput = z.input<typeof CentreConfig>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
