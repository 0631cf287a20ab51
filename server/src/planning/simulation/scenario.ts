import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CentreConfig, issuesOf } from '@dintur/shared';

const TimeOfDay = z.string().regex(/^\d{2}:\d{2}$/, 'a time as "HH:MM"');

/** One kind of visit: how many come, how long they take, how many have booked. */
export const VisitClass = z.object({
  serviceId: z.string(),
  visitsPerDay: z.number().positive(),
  meanServiceMinutes: z.number().positive(),
  serviceCv: z.number().min(0).max(3),
  /** Lognormal (the field default) or exponential (cv 1 by definition: for checks against M/M/c). */
  serviceDistribution: z.enum(['lognormal', 'exponential']).default('lognormal'),
  bookedShare: z.number().min(0).max(1),
  /** This class's own arrival profile over the opening hours (learned per service); else the scenario's `hourlyFactors`. */
  hourlyFactors: z.array(z.number().min(0)).min(1).optional(),
});
export type VisitClass = z.infer<typeof VisitClass>;

export const SimulatedCounter = z.object({
  counterId: z.string(),
  /** The unit of the person who sits there: decides what they may serve (the unit rule). */
  staffUnitId: z.string(),
  breaks: z.array(z.object({ from: TimeOfDay, to: TimeOfDay })).default([]),
  /** A counter staffed for part of the day (an extra counter in a what-if): opens at `from`, closes at `to`. */
  shift: z.object({ from: TimeOfDay, to: TimeOfDay }).optional(),
});
export type SimulatedCounter = z.infer<typeof SimulatedCounter>;

/**
 * A day to simulate: the centre (the engine's own configuration), who comes when, and the
 * assumptions about people that real data will later replace.
 */
export const Scenario = z.object({
  name: z.string(),
  /** A date whose weekday the centre's hours open; the simulation runs on it. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  open: TimeOfDay,
  close: TimeOfDay,
  centre: CentreConfig,
  classes: z.array(VisitClass).min(1),
  /** Arrival rate of each opening hour relative to the day's average, in order. */
  hourlyFactors: z.array(z.number().positive()).min(1),
  /** Multiplies every class's visits (a peak day is 1.4). */
  volumeFactor: z.number().positive().default(1),
  transferShare: z.number().min(0).max(1),
  appointmentNoShowShare: z.number().min(0).max(1),
  /** Minutes before the booked time that citizens check in: normal(mean, sd). */
  checkInEarlyMinutes: z.object({ mean: z.number(), sd: z.number().min(0) }),
  /** Booked visits start on this grid (minutes). */
  appointmentSlotMinutes: z.number().int().positive().default(10),
  /** A citizen later than this past the booked time is taken as a walk-in. */
  lateGraceMinutes: z.number().min(0).default(10),
  counters: z.array(SimulatedCounter).min(1),
  /**
   * The day's booked appointments, played at their times instead of drawn ones (a forecast of a
   * real day). `came`: known to have checked in (a past day), never drawn as a no-show.
   */
  bookings: z.array(z.object({ serviceId: z.string(), minute: z.number().min(0), came: z.boolean().optional() })).optional(),
  /** The waiting-time target of the centre, for the share served within it. */
  targetMinutes: z.array(z.number().positive()).default([15, 30]),
});
export type Scenario = z.infer<typeof Scenario>;

/** Reads and validates a scenario file; every bad field is listed. */
export function loadScenario(file: string): Scenario {
  const result = Scenario.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const lines = issuesOf(result.error).map((issue) => `  ${issue.path}: ${issue.message}`);
    throw new Error(`Invalid scenario ${file}:\n${lines.join('\n')}`);
  }
  const scenario = result.data;
  const services = new Set(scenario.centre.services.map((service) => service.id));
  const counters = new Set(scenario.centre.counters.map((counter) => counter.id));
  const problems = [
    ...scenario.classes.filter((visitClass) => !services.has(visitClass.serviceId)).map((visitClass) => `unknown service ${visitClass.serviceId}`),
    ...scenario.counters.filter((counter) => !counters.has(counter.counterId)).map((counter) => `unknown counter ${counter.counterId}`),
  ];
  if (problems.length > 0) throw new Error(`Invalid scenario ${file}:\n  ${problems.join('\n  ')}`);
  return scenario;
}

/** The mean minutes a visit of the service really takes in the scenario (its class), else the configured default. */
export function trueMeanMinutes(scenario: Scenario, serviceId: string): number {
  return (
    scenario.classes.find((visitClass) => visitClass.serviceId === serviceId)?.meanServiceMinutes ??
    scenario.centre.services.find((service) => service.id === serviceId)?.defaultServiceMinutes ??
    Number.NaN
  );
}
