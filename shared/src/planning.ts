import { z } from 'zod';
import { LocalDate } from './stats.js';

/**
 * Planning the day (`/staff/plan`, `POST /api/plan/forecast`): a leader tries tomorrow's staffing
 * before living it. The centre learns arrivals, service times, no-shows, transfers and check-in
 * earliness from its own event log, simulates the chosen day under a plan (which counters open
 * when, who sits there, what they take) with the real queue engine, and answers expected walk-in
 * waits per unit and hour, appointment punctuality, idle counter time and where the plan breaks.
 *
 * Times are "HH:MM" in the centre's local time; durations are minutes; shares 0–1. A figure
 * without data is null, never 0.
 */

const TimeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day as "HH:MM" (00:00 to 24:00)');

/** A stretch of the day, `from` before `to`. */
export const PlanInterval = z
  .object({ from: TimeOfDay, to: TimeOfDay })
  .refine((interval) => interval.from < interval.to, { message: '"from" must be before "to"', path: ['to'] });
export type PlanInterval = z.infer<typeof PlanInterval>;

/** One service a planned counter calls, and how strongly (the counter profile's weight). */
export const PlanService = z.object({ serviceId: z.string().min(1).max(64), weight: z.number().int().min(1).max(10) });
export type PlanService = z.infer<typeof PlanService>;

/**
 * One staffed stretch at a counter: who sits there (the unit of the person: decides what they
 * may decide on), from when to when, their breaks, and what the counter calls. Without
 * `services` the counter calls its configured profile. A counter may appear more than once (a
 * Borgerservice person in the morning, a P/O person in the afternoon), never overlapping.
 */
export const PlanCounter = z.object({
  counterId: z.string().min(1).max(64),
  staffUnitId: z.string().min(1).max(64),
  from: TimeOfDay,
  to: TimeOfDay,
  breaks: z.array(PlanInterval).max(6).default([]),
  services: z.array(PlanService).min(1).max(30).optional(),
});
export type PlanCounter = z.infer<typeof PlanCounter>;

/** Who sits where, when: the day's plan. The day's booked appointments come from the centre's bookings. */
export const DayPlan = z.object({ counters: z.array(PlanCounter).min(1).max(100) });
export type DayPlan = z.infer<typeof DayPlan>;

/** How much of the centre's own history a learned figure rests on, or that it is the configured default. */
export const LearnedFigure = z.object({
  value: z.number(),
  /** Visits (or appointments) the figure was learned from; 0 for a default. */
  samples: z.number().int().min(0),
  source: z.enum(['history', 'default']),
});
export type LearnedFigure = z.infer<typeof LearnedFigure>;

/** What the centre has learned about one service on the plan's weekday. */
export const LearnedService = z.object({
  serviceId: z.string(),
  /** Walk-ins and checked-in appointments a day on this weekday. */
  visitsPerDay: LearnedFigure,
  bookedShare: LearnedFigure,
  meanServiceMinutes: LearnedFigure,
  /** Coefficient of variation of the service time. */
  serviceCv: LearnedFigure,
});
export type LearnedService = z.infer<typeof LearnedService>;

export const LearnedHistory = z.object({
  /** Past days of this weekday the figures rest on (open days with visits). */
  days: z.number().int().min(0),
  from: LocalDate.nullable(),
  to: LocalDate.nullable(),
  services: z.array(LearnedService),
  /** Each opening hour's share of the day's arrivals ("09:00" → 0.18). */
  hourlyShares: z.array(z.object({ hour: z.string(), share: z.number() })),
  noShowShare: LearnedFigure,
  transferShare: LearnedFigure,
  /** Minutes before the booked time citizens check in: mean and standard deviation. */
  checkInEarlyMinutes: LearnedFigure,
  checkInEarlySdMinutes: LearnedFigure,
  /** Danish sentences for the leader: where history is thin and defaults were used. */
  notes: z.array(z.string()),
});
export type LearnedHistory = z.infer<typeof LearnedHistory>;

/** `GET /api/plan?date=`: the day's usual plan, pre-filled from the same weekday's pattern. */
export const PlanQuery = z.object({ date: LocalDate });
export const PlanView = z.object({
  date: LocalDate,
  /** Opening hours of the day in the configuration; null when the centre is closed that day. */
  hours: z.object({ open: TimeOfDay, close: TimeOfDay }).nullable(),
  plan: DayPlan,
  /** Where the plan came from: the same weekday's counters in the log, or every counter open all day. */
  planSource: z.enum(['history', 'configuration']),
  /** Appointments booked for the day (the forecast plays them at their times). */
  bookings: z.number().int().min(0),
  history: LearnedHistory,
});
export type PlanView = z.infer<typeof PlanView>;

export const ForecastBody = z.object({ date: LocalDate, plan: DayPlan.optional() });
export type ForecastBody = z.infer<typeof ForecastBody>;

/** Waits of one unit's walk-ins in one opening hour (by arrival), over the replications. */
export const HourWaits = z.object({
  hour: z.string(),
  /** Walk-ins arriving in the hour, on average a day. */
  arrivals: z.number(),
  mean: z.number().nullable(),
  p90: z.number().nullable(),
});
export type HourWaits = z.infer<typeof HourWaits>;

export const UnitWaits = z.object({
  unitId: z.string(),
  mean: z.number().nullable(),
  p90: z.number().nullable(),
  hours: z.array(HourWaits),
});
export type UnitWaits = z.infer<typeof UnitWaits>;

/** What a day looked like (forecast: expected over replications; actual: from the event log). */
export const DayFigures = z.object({
  units: z.array(UnitWaits),
  /** Checked-in appointments called within 5 minutes of their time. */
  punctuality: z.object({ count: z.number(), shareWithin5: z.number().nullable() }),
  /** Minutes a staffed counter stood idle within opening hours, all counters together. */
  idleMinutes: z.number().nullable(),
  counters: z.array(z.object({ counterId: z.string(), utilisation: z.number().nullable(), idleMinutes: z.number().nullable() })),
});
export type DayFigures = z.infer<typeof DayFigures>;

export const Forecast = z.object({
  date: LocalDate,
  plan: DayPlan,
  planSource: z.enum(['history', 'configuration', 'request']),
  replications: z.number().int().min(1),
  /** Seconds the forecast took. */
  seconds: z.number(),
  bookings: z.number().int().min(0),
  history: LearnedHistory,
  forecast: DayFigures,
  /** Danish sentences on where the plan breaks ("Socialcenter: ventetid over 30 min kl. 10–12"). */
  breaks: z.array(z.string()),
  /** A past day: what happened, from the event log, and how far the forecast was from it. */
  actual: DayFigures.nullable(),
  /** Mean absolute difference of the unit-hour mean waits, forecast against actual (minutes). */
  error: z.object({ meanAbsoluteMinutes: z.number().nullable(), unitHours: z.number().int() }).nullable(),
});
export type Forecast = z.infer<typeof Forecast>;

/** `GET /api/plan/progress`: how far the asking leader's running forecast is. */
export const ForecastProgress = z.object({ running: z.boolean(), done: z.number().int().min(0), total: z.number().int().min(0) });
export type ForecastProgress = z.infer<typeof ForecastProgress>;
