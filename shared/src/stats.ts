import { z } from 'zod';
import { outcomes, type Outcome } from './domain.js';
import { LocalizedName, weekdays } from './config.js';

/**
 * Statistics and evaluation (`GET /api/stats`): what the event log says about a period, per unit,
 * service, weekday, hour and date. Every figure is anonymous: counts, durations and shares, never
 * a number, a name or a note. Durations are minutes; shares are 0–1; a figure without data
 * (the median wait of a day without visitors) is null, never 0.
 */

/** The national goal: 80 % of uncomplicated matters resolved at the first contact. */
export const firstContactResolutionGoal = 0.8;

/** The longest period one report may cover, in days (a leap year). */
export const maxStatsRangeDays = 366;

/** An appointment called no later than this many minutes after its booked time counts as on time. */
export const appointmentOnTimeMinutes = 5;

const dayMs = 86_400_000;

/** Days from `from` to `to`, both "YYYY-MM-DD" (0 when equal). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a date "YYYY-MM-DD" that exists in the calendar (no 30 February). */
export function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar date "YYYY-MM-DD" that exists (no 30 February); one issue per bad value. */
export const LocalDate = z
  .string()
  .regex(datePattern, 'a date as YYYY-MM-DD')
  .refine(isCalendarDate, {
    message: 'not a date in the calendar',
    // Only for a value of the date's form: any other already has its issue.
    when: (payload) => typeof payload.value === 'string' && datePattern.test(payload.value),
  });

/** An optional filter: absent and empty (`unitId=` from a form) both mean "all". */
const OptionalId = z
  .union([z.literal('').transform(() => undefined), z.string().min(1).max(64)])
  .optional();

export const StatsQuery = z
  .object({
    from: LocalDate.describe('first local date of the period (the centre’s time zone)'),
    to: LocalDate.describe('last local date of the period, inclusive'),
    unitId: OptionalId.describe('only this unit’s services and counters'),
    serviceId: OptionalId.describe('only this service'),
  })
  .superRefine((query, context) => {
    // Compared only once both are real dates; each bad one has its own issue already.
    if (!isCalendarDate(query.from) || !isCalendarDate(query.to)) return;
    if (query.to < query.from) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    } else if (daysBetween(query.from, query.to) + 1 > maxStatsRangeDays) {
      context.addIssue({ code: 'custom', path: ['to'], message: `a period may cover at most ${maxStatsRangeDays} days` });
    }
  });
export type StatsQuery = z.output<typeof StatsQuery>;

const Count = z.number().int().min(0);
const Minutes = z.number().nullable();
const Share = z.number().min(0).max(1).nullable();

/** Count, mean, median, 90th percentile and maximum of a sample of durations in minutes. */
export const DurationSummary = z.object({
  count: Count,
  mean: Minutes,
  median: Minutes.describe('the 50th percentile (linear interpolation, type 7)'),
  p90: Minutes.describe('the 90th percentile (linear interpolation, type 7)'),
  max: Minutes,
});
export type DurationSummary = z.infer<typeof DurationSummary>;

export const WaitSummary = DurationSummary.extend({
  withinTarget: Count.describe('waits no longer than the target'),
  withinTargetShare: Share,
});
export type WaitSummary = z.infer<typeof WaitSummary>;

export const OutcomeCounts = z.object(
  Object.fromEntries(outcomes.map((outcome) => [outcome, Count])) as Record<Outcome, typeof Count>,
);
export type OutcomeCounts = z.infer<typeof OutcomeCounts>;

/**
 * The figures of one group of queue stays (the whole centre, a unit, a service, a weekday, an
 * hour or a date). A visit transferred to another service has one stay in each queue: it is
 * `issued` in the first and `transferredIn` in the next; so for every group
 * issued + transferredIn = served + noShows + cancelled + unfinished + transferredOut.
 */
export const StatsFigures = z.object({
  issued: Count.describe('numbers taken'),
  transferredIn: Count,
  transferredOut: Count,
  served: Count.describe('visits finished with an outcome'),
  noShows: Count,
  cancelled: Count,
  unfinished: Count.describe('still waiting or at a counter, or ended unfinished by the daily reset'),
  waits: WaitSummary.describe('from entering the queue to the call; not checked-in appointments'),
  serviceTimes: DurationSummary.describe('from the start (or call) to the finish'),
  outcomes: OutcomeCounts,
  firstContactResolution: Share.describe('resolved ÷ served'),
});
export type StatsFigures = z.infer<typeof StatsFigures>;

export const StatsUnitRow = StatsFigures.extend({ unitId: z.string(), name: LocalizedName });
export const StatsServiceRow = StatsFigures.extend({
  serviceId: z.string(),
  unitId: z.string().nullable().describe('null for a service no longer configured'),
  name: LocalizedName,
});
export const StatsWeekdayRow = StatsFigures.extend({ weekday: z.enum(weekdays) });
export const StatsHourRow = StatsFigures.extend({ hour: z.number().int().min(0).max(23) });
export const StatsDateRow = StatsFigures.extend({ date: z.string() });
export type StatsUnitRow = z.infer<typeof StatsUnitRow>;
export type StatsServiceRow = z.infer<typeof StatsServiceRow>;
export type StatsWeekdayRow = z.infer<typeof StatsWeekdayRow>;
export type StatsHourRow = z.infer<typeof StatsHourRow>;
export type StatsDateRow = z.infer<typeof StatsDateRow>;

export const FirstContactFigures = z.object({
  served: Count,
  resolved: Count,
  share: Share,
  /** Of the resolved, those resolved after a transfer within the same visit (still one contact). */
  resolvedAfterTransfer: Count,
});

export const StatsFirstContact = FirstContactFigures.extend({
  goal: z.number().describe('the national goal for uncomplicated matters'),
  /** Visits finished in an `information` or `simple-authority` service: the goal's "uncomplicated matters". */
  uncomplicated: FirstContactFigures,
});
export type StatsFirstContact = z.infer<typeof StatsFirstContact>;

export const StatsTransfer = z.object({ from: z.string(), to: z.string(), count: Count });
export type StatsTransfer = z.infer<typeof StatsTransfer>;

export const ticketChannels = ['kiosk', 'web', 'appointment', 'unknown'] as const;
export type TicketChannel = (typeof ticketChannels)[number];

export const KioskChoiceFigures = z.object({
  selfService: Count.describe('chose to do it online instead of taking a number'),
  ticket: Count.describe('took a number although self-service was offered'),
  selfServiceShare: Share,
});
export type KioskChoiceFigures = z.infer<typeof KioskChoiceFigures>;

export const StatsChannels = z.object({
  ticketsByChannel: z.object(Object.fromEntries(ticketChannels.map((channel) => [channel, Count])) as Record<TicketChannel, typeof Count>),
  kioskChoices: KioskChoiceFigures,
  kioskChoicesByService: z.array(KioskChoiceFigures.extend({ serviceId: z.string(), name: LocalizedName })),
});
export type StatsChannels = z.infer<typeof StatsChannels>;

export const StatsAppointments = z.object({
  bookedOnline: Count,
  bookedByAgent: Count,
  moved: Count,
  cancelledByCitizen: Count,
  cancelledByAgent: Count,
  checkedIn: Count.describe('kept: the citizen checked in'),
  checkedInLate: Count.describe('checked in after the booked time'),
  noShows: Count,
  keptShare: Share.describe('checked in ÷ (checked in + no-shows)'),
  /** When checked-in appointments were called, in minutes after the booked time (negative: early). */
  calledAfterBookedTime: DurationSummary.extend({
    min: Minutes,
    onTime: Count.describe(`called no later than ${appointmentOnTimeMinutes} minutes after the booked time`),
    onTimeShare: Share,
  }),
});
export type StatsAppointments = z.infer<typeof StatsAppointments>;

/** SMS to citizens in the period: per kind, by what became of them (docs/NOTIFICATIONS.md). */
export const SmsKindFigures = z.object({
  sent: Count.describe('taken by the gateway'),
  failed: Count.describe('refused by the gateway, or given up after retrying (or too late to matter)'),
  limited: Count.describe('not sent: over the per-number or per-hour limit'),
});
export type SmsKindFigures = z.infer<typeof SmsKindFigures>;

export const StatsSms = z.object({
  total: SmsKindFigures,
  /** Every kind that had a message in the period (booked, reminder, moved, cancelled, near, called, transferred). */
  byKind: z.array(SmsKindFigures.extend({ kind: z.string() })),
  /** No-shows of the period whose day-before reminder was sent, and those without one. */
  noShowsReminded: Count,
  noShowsNotReminded: Count,
});
export type StatsSms = z.infer<typeof StatsSms>;

export const CounterTimeFigures = z.object({
  signedInMinutes: z.number().min(0).describe('open or paused: someone was signed in'),
  pausedMinutes: z.number().min(0),
  busyMinutes: z.number().min(0).describe('signed in and holding a visit: from the call to its end at the counter'),
  utilisation: Share.describe('busy ÷ signed in'),
});
export type CounterTimeFigures = z.infer<typeof CounterTimeFigures>;

export const StatsCounters = z.object({
  total: CounterTimeFigures,
  byCounter: z.array(CounterTimeFigures.extend({ counterId: z.string(), unitId: z.string().nullable(), name: z.string() })),
  byHour: z.array(CounterTimeFigures.extend({ hour: z.number().int().min(0).max(23) })),
});
export type StatsCounters = z.infer<typeof StatsCounters>;

/** How good the estimate given at issue was against the wait that followed (minutes). */
export const EstimateFigures = z.object({
  count: Count,
  meanAbsoluteError: Minutes,
  bias: Minutes.describe('mean of estimated − actual: negative when citizens waited longer than told'),
  underestimatedShare: Share.describe('share who waited longer than told'),
});
export type EstimateFigures = z.infer<typeof EstimateFigures>;

export const StatsEstimates = z.object({
  total: EstimateFigures,
  byService: z.array(EstimateFigures.extend({ serviceId: z.string(), name: LocalizedName })),
});
export type StatsEstimates = z.infer<typeof StatsEstimates>;

/** The whole answer of `GET /api/stats`. */
export const StatsReport = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  generatedAt: z.iso.datetime({ offset: true }),
  filter: z.object({ unitId: z.string().nullable(), serviceId: z.string().nullable() }),
  centreName: z.string(),
  waitTargetMinutes: z.number(),
  units: z.array(z.object({ id: z.string(), name: LocalizedName })).describe('every configured unit, for filters'),
  total: StatsFigures,
  byUnit: z.array(StatsUnitRow),
  byService: z.array(StatsServiceRow),
  byWeekday: z.array(StatsWeekdayRow).describe('Monday to Sunday, by the day the queue was entered'),
  byHour: z.array(StatsHourRow).describe('0 to 23, by the local hour the queue was entered'),
  byDate: z.array(StatsDateRow).describe('every date of the period'),
  firstContact: StatsFirstContact,
  unitTransfers: z.array(StatsTransfer).describe('between units (from, to: unit ids), most first'),
  serviceTransfers: z.array(StatsTransfer).describe('between services (from, to: service ids), most first'),
  channels: StatsChannels,
  appointments: StatsAppointments,
  sms: StatsSms,
  counters: StatsCounters,
  estimates: StatsEstimates,
});
export type StatsReport = z.infer<typeof StatsReport>;
