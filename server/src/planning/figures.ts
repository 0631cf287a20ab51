import type { CentreConfig, DayFigures, PlanCounter } from '@dintur/shared';
import { minutesOf, toLocal } from '@dintur/shared/calendar';
import type { Visit as LoggedVisit } from '@dintur/shared/statistics';
import { latenessOf, type DayResult } from './simulation/index.js';
import type { DayWindow } from './plan.js';

/**
 * One day's raw figures, small enough to post from a worker: each walk-in's unit, arrival hour
 * and wait; each checked-in appointment's unit, booked hour and lateness; each counter's staffed
 * and busy minutes within the window.
 */
export type DaySample = {
  walkIns: [unitId: string, hour: number, wait: number | null][];
  booked: [unitId: string, hour: number, lateness: number][];
  counters: { counterId: string; available: number; busy: number }[];
};

const unitOf = (config: CentreConfig) => {
  const units = new Map(config.services.map((service) => [service.id, service.unitId]));
  return (serviceId: string) => units.get(serviceId) ?? 'unknown';
};

/** A simulated day as a sample; `counterOf` maps the scenario's counter ids back to the plan's. */
export function sampleOfSimulated(config: CentreConfig, day: DayResult, counterOf: (id: string) => string): DaySample {
  const unit = unitOf(config);
  const sample: DaySample = { walkIns: [], booked: [], counters: [] };
  for (const record of day.visits) {
    if (record.issuedMinute === null) continue;
    if (record.visit.kind !== 'booked') {
      const wait = record.firstCallMinute === null ? null : record.firstCallMinute - record.issuedMinute;
      sample.walkIns.push([unit(record.visit.serviceId), Math.floor(record.issuedMinute / 60), wait]);
    } else if (record.firstCallMinute !== null) {
      sample.booked.push([unit(record.visit.serviceId), Math.floor(record.visit.appointmentMinute! / 60), latenessOf(record)]);
    }
  }
  for (const counter of day.counters) {
    sample.counters.push({ counterId: counterOf(counter.counterId), available: counter.availableMinutes, busy: counter.busyWithinHoursMinutes });
  }
  return sample;
}

/** What happened on a past day, from its visits in the log and what the counters did (the day's plan as it was lived). */
export function sampleOfLog(config: CentreConfig, visits: readonly LoggedVisit[], lived: readonly PlanCounter[], window: DayWindow): DaySample {
  const unit = unitOf(config);
  const zone = config.centre.timeZone;
  const minute = (at: number) => toLocal(at, zone).minutes;
  const sample: DaySample = { walkIns: [], booked: [], counters: [] };
  const busy = new Map<string, number>();
  for (const visit of visits) {
    const first = visit.stays[0]!;
    if (visit.appointmentAt === null) {
      sample.walkIns.push([unit(first.serviceId), Math.floor(minute(visit.issuedAt) / 60), first.calledAt === null ? null : (first.calledAt - visit.issuedAt) / 60_000]);
    } else if (first.calledAt !== null) {
      const lateness = Math.max(0, (first.calledAt - Math.max(visit.appointmentAt, visit.issuedAt)) / 60_000);
      sample.booked.push([unit(first.serviceId), Math.floor(minute(visit.appointmentAt) / 60), lateness]);
    }
    for (const stay of visit.stays) {
      const end = stay.end.kind === 'finished' || stay.end.kind === 'transferred' ? stay.end.at : null;
      if (stay.counterId === null || stay.calledAt === null || end === null) continue;
      const within = Math.max(0, Math.min(minute(end), window.close) - Math.max(minute(stay.calledAt), window.open));
      busy.set(stay.counterId, (busy.get(stay.counterId) ?? 0) + within);
    }
  }
  const available = new Map<string, number>();
  for (const stretch of lived) {
    const breaks = stretch.breaks.reduce((sum, pause) => sum + minutesOf(pause.to) - minutesOf(pause.from), 0);
    available.set(stretch.counterId, (available.get(stretch.counterId) ?? 0) + minutesOf(stretch.to) - minutesOf(stretch.from) - breaks);
  }
  for (const [counterId, minutes] of available) sample.counters.push({ counterId, available: minutes, busy: Math.min(minutes, busy.get(counterId) ?? 0) });
  return sample;
}

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const round1 = (value: number) => Math.round(value * 10) / 10;

function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  return sorted[below]! + (position - below) * ((sorted[Math.min(below + 1, sorted.length - 1)] ?? sorted[below]!) - sorted[below]!);
}

const waitSummary = (waits: number[]) => {
  if (waits.length === 0) return { mean: null, p90: null };
  const sorted = [...waits].sort((a, b) => a - b);
  return { mean: round1(sorted.reduce((sum, wait) => sum + wait, 0) / sorted.length), p90: round1(quantile(sorted, 0.9)) };
};

/** Per unit and hour, the share of checked-in appointments started within 5 minutes (for where the plan breaks). */
export type UnitHourPunctuality = Map<string, Map<number, { count: number; within5: number }>>;

/**
 * The figures of the day from one or more samples (replications): waits pooled over them, counts
 * and minutes per day (divided by the number of samples).
 */
export function figuresOf(config: CentreConfig, samples: readonly DaySample[], window: DayWindow): DayFigures & { punctualityByUnitHour: UnitHourPunctuality } {
  const days = Math.max(1, samples.length);
  const hours = Array.from({ length: Math.ceil((window.close - window.open) / 60) }, (_, at) => Math.floor(window.open / 60) + at);
  const units = config.units.map((unit) => {
    const walkIns = samples.flatMap((sample) => sample.walkIns.filter(([unitId]) => unitId === unit.id));
    const waitsOf = (rows: typeof walkIns) => rows.flatMap(([, , wait]) => (wait === null ? [] : [wait]));
    return {
      unitId: unit.id,
      ...waitSummary(waitsOf(walkIns)),
      hours: hours.map((hour) => {
        const inHour = walkIns.filter(([, at]) => at === hour);
        return { hour: hourLabel(hour), arrivals: round1(inHour.length / days), ...waitSummary(waitsOf(inHour)) };
      }),
    };
  });
  const booked = samples.flatMap((sample) => sample.booked);
  const punctualityByUnitHour: UnitHourPunctuality = new Map();
  for (const [unitId, hour, lateness] of booked) {
    const perHour = punctualityByUnitHour.get(unitId) ?? new Map();
    punctualityByUnitHour.set(unitId, perHour);
    const cell = perHour.get(hour) ?? { count: 0, within5: 0 };
    perHour.set(hour, { count: cell.count + 1, within5: cell.within5 + (lateness <= 5 ? 1 : 0) });
  }
  const counterTotals = new Map<string, { available: number; busy: number }>();
  for (const sample of samples) {
    for (const counter of sample.counters) {
      const total = counterTotals.get(counter.counterId) ?? { available: 0, busy: 0 };
      counterTotals.set(counter.counterId, { available: total.available + counter.available, busy: total.busy + counter.busy });
    }
  }
  const counters = [...counterTotals.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'da', { numeric: true }))
    .map(([counterId, total]) => ({
      counterId,
      utilisation: total.available > 0 ? Math.round((1000 * total.busy) / total.available) / 1000 : null,
      idleMinutes: total.available > 0 ? round1((total.available - total.busy) / days) : null,
    }));
  const idle = counters.reduce((sum, counter) => sum + (counter.idleMinutes ?? 0), 0);
  return {
    units,
    punctuality: {
      count: round1(booked.length / days),
      shareWithin5: booked.length > 0 ? Math.round((1000 * booked.filter(([, , lateness]) => lateness <= 5).length) / booked.length) / 1000 : null,
    },
    idleMinutes: counters.length > 0 ? round1(idle) : null,
    counters,
    punctualityByUnitHour,
  };
}

/** Mean absolute difference of unit-hour mean waits, over unit-hours with walk-ins in both. */
export function forecastError(forecast: DayFigures, actual: DayFigures): { meanAbsoluteMinutes: number | null; unitHours: number } {
  const differences: number[] = [];
  for (const unit of forecast.units) {
    const lived = actual.units.find((candidate) => candidate.unitId === unit.unitId);
    for (const hour of unit.hours) {
      const other = lived?.hours.find((candidate) => candidate.hour === hour.hour);
      if (hour.mean !== null && other?.mean !== null && other?.mean !== undefined) differences.push(Math.abs(hour.mean - other.mean));
    }
  }
  return {
    meanAbsoluteMinutes: differences.length > 0 ? round1(differences.reduce((sum, value) => sum + value, 0) / differences.length) : null,
    unitHours: differences.length,
  };
}
