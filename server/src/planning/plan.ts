import { localName, mayServe, type CentreConfig, type DayPlan, type PlanCounter } from '@dintur/shared';
import { hoursOn, minutesOf, toLocal } from '@dintur/shared/calendar';
import type { LoggedEvent } from '@dintur/shared/statistics';
import { invalidInput } from '../engine/errors.js';
import { indexCentre } from '../engine/index.js';
import type { Learned } from './learn.js';

/** The stretch of the day a forecast covers, minutes after local midnight. */
export type DayWindow = { open: number; close: number };

export const clockOf = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * The hours the forecast covers: the configured opening hours of the date, narrowed to the whole
 * hours in which history saw citizens arrive (a centre open around the clock, like the demo,
 * is planned for the hours people come). Null when the centre is closed that day.
 */
export function dayWindow(config: CentreConfig, date: string, learned: Learned): DayWindow | null {
  const interval = hoursOn(date, config.hours, config.centre.timeZone).interval;
  if (!interval) return null;
  const configured = { open: minutesOf(interval.open), close: minutesOf(interval.close) };
  const hours = learned.history.hourlyShares.map((entry) => minutesOf(entry.hour));
  if (hours.length === 0) return configured;
  const open = Math.max(configured.open, Math.min(...hours));
  const close = Math.min(configured.close, Math.max(...hours) + 60);
  return open < close ? { open, close } : configured;
}

/** Every configured counter open the whole window, staffed by its own unit: the plan without history. */
export function configurationPlan(config: CentreConfig, window: DayWindow): DayPlan {
  return { counters: config.counters.map((counter) => ({ counterId: counter.id, staffUnitId: counter.unitId, from: clockOf(window.open), to: clockOf(window.close), breaks: [] })) };
}

const quarter = (minute: number) => Math.round(minute / 15) * 15;

/**
 * What happened at the counters on a day, from its `counter.changed` events: each stretch a
 * counter was open (rounded to quarter hours, within the window), with the unit of the person who
 * opened it, and the pauses as breaks. Empty when no counter opened.
 */
export function planFromLog(config: CentreConfig, changes: readonly LoggedEvent[], staffUnits: ReadonlyMap<number, string | null>, window: DayWindow): PlanCounter[] {
  const zone = config.centre.timeZone;
  const counters = new Map(config.counters.map((counter) => [counter.id, counter]));
  type Open = { unitId: string; from: number; breaks: { from: number; to: number | null }[] };
  const current = new Map<string, Open>();
  const stretches: PlanCounter[] = [];
  const finish = (counterId: string, at: number) => {
    const open = current.get(counterId);
    current.delete(counterId);
    if (!open) return;
    const from = Math.max(window.open, quarter(open.from));
    // A visit finished after the stretch's end does not lengthen it: the end is the quarter hour before.
    const to = Math.min(window.close, Math.floor(at / 15) * 15);
    if (to - from < 15) return;
    const breaks = open.breaks
      .map((pause) => ({ from: Math.max(from, quarter(pause.from)), to: Math.min(to, quarter(pause.to ?? at)) }))
      .filter((pause) => pause.to > pause.from);
    stretches.push({ counterId, staffUnitId: open.unitId, from: clockOf(from), to: clockOf(to), breaks: breaks.map((pause) => ({ from: clockOf(pause.from), to: clockOf(pause.to) })) });
  };
  for (const event of changes) {
    const counter = event.counterId ? counters.get(event.counterId) : undefined;
    if (!counter) continue;
    const minute = toLocal(event.at, zone).minutes;
    const status = event.details['status'];
    const open = current.get(counter.id);
    if (status === 'open' && !open) {
      const unitId = (event.staffId !== null ? staffUnits.get(event.staffId) : null) ?? counter.unitId;
      current.set(counter.id, { unitId, from: minute, breaks: [] });
    } else if (status === 'open' && open) {
      const pause = open.breaks.at(-1);
      if (pause && pause.to === null) pause.to = minute;
    } else if (status === 'paused' && open) {
      open.breaks.push({ from: minute, to: null });
    } else if (status === 'closed') {
      finish(counter.id, minute);
    }
  }
  for (const counterId of [...current.keys()]) finish(counterId, window.close);
  return stretches.sort((a, b) => a.counterId.localeCompare(b.counterId, 'da', { numeric: true }) || a.from.localeCompare(b.from));
}

/**
 * Checks a plan against the configuration and the day: known counters, units and services,
 * stretches within the hours and not overlapping at one counter, and the unit rule — a counter
 * may not call a service its person's unit may not decide on. Each refusal names the field
 * (and for the unit rule the counter and the service, in Danish).
 */
export function validatePlan(config: CentreConfig, window: DayWindow, plan: DayPlan): void {
  const index = indexCentre(config);
  const problem = (path: string, message: string) => {
    throw invalidInput((named) => `Invalid ${named[0]!.path}: ${message}`, [{ path, message }]);
  };
  plan.counters.forEach((entry, at) => {
    const path = `plan.counters.${at}`;
    const counter = index.counters.get(entry.counterId);
    if (!counter) return problem(`${path}.counterId`, `ukendt skranke "${entry.counterId}"`);
    const unit = index.units.get(entry.staffUnitId);
    if (!unit) return problem(`${path}.staffUnitId`, `ukendt enhed "${entry.staffUnitId}"`);
    const from = minutesOf(entry.from);
    const to = minutesOf(entry.to);
    if (from >= to) return problem(`${path}.to`, `"to" skal ligge efter "from"`);
    if (from < window.open || to > window.close) {
      return problem(`${path}.from`, `${entry.from}–${entry.to} ligger uden for åbningstiden ${clockOf(window.open)}–${clockOf(window.close)}`);
    }
    entry.breaks.forEach((pause, breakAt) => {
      if (minutesOf(pause.from) < from || minutesOf(pause.to) > to) problem(`${path}.breaks.${breakAt}`, `pausen ${pause.from}–${pause.to} ligger uden for ${entry.from}–${entry.to}`);
    });
    // A configured profile may hold services the person may not decide on (the engine calls only
    // what they may); a profile the leader writes must not.
    (entry.services ?? []).forEach((item, serviceAt) => {
      const service = index.services.get(item.serviceId);
      if (!service) return problem(`${path}.services.${serviceAt}.serviceId`, `ukendt ydelse "${item.serviceId}"`);
      if (!mayServe({ unitId: entry.staffUnitId }, service, index.units)) {
        problem(
          `${path}.services.${serviceAt}.serviceId`,
          `${counter.name}: en medarbejder fra ${localName(unit.name, 'da')} må ikke afgøre ${localName(service.name, 'da')}`,
        );
      }
    });
    const overlap = plan.counters.findIndex(
      (other, otherAt) => otherAt < at && other.counterId === entry.counterId && minutesOf(other.from) < to && minutesOf(other.to) > from,
    );
    if (overlap >= 0) problem(`${path}.from`, `${counter.name} er allerede bemandet ${plan.counters[overlap]!.from}–${plan.counters[overlap]!.to}`);
  });
}
