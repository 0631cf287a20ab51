import type { CentreConfig, LearnedFigure, LearnedHistory, LearnedService } from '@dintur/shared';
import { addDays, fromLocal, toLocal } from '@dintur/shared/calendar';
import { localName } from '@dintur/shared';
import { reconstructVisits, type Visit } from '@dintur/shared/statistics';
import type { PlannedAppointment, PlanningRepository } from '../data/planning-repository.js';

/** Below this many samples a figure is the configured default (and a note says so). */
export const thinSamples = 20;
/** How many weeks of the same weekday the centre learns from. */
export const historyWeeks = 8;

/** Defaults where history is thin: the simulation's field assumptions (docs/SIMULATION.md). */
export const planningDefaults = { serviceCv: 0.6, noShowShare: 0.1, transferShare: 0.1, checkInEarlyMean: 6, checkInEarlySd: 7, bookedShare: 0 };

/** One past day of the same weekday: its visits rebuilt from the log. */
export type PastDay = { date: string; visits: Visit[] };

/** What the forecast needs beyond the contract's LearnedHistory: each service's arrivals by hour. */
export type Learned = {
  history: LearnedHistory;
  /** Per service, the mean arrivals a day in each local hour ("09:00" → 2.4). */
  hourly: Map<string, Map<string, number>>;
};

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const figure = (value: number, samples: number): LearnedFigure => ({ value, samples, source: 'history' });
const fallback = (value: number): LearnedFigure => ({ value, samples: 0, source: 'default' });
const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const sdOf = (values: readonly number[]) => {
  const mean = meanOf(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length - 1));
};
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The same weekday in each of the `weeks` weeks before `date`, newest first. */
export function sameWeekdaysBefore(date: string, weeks = historyWeeks): string[] {
  return Array.from({ length: weeks }, (_, index) => addDays(date, -7 * (index + 1)));
}

/** The past days of the weekday before `date` that hold visits, read from the log. */
export function readPastDays(repository: PlanningRepository, config: CentreConfig, date: string, weeks = historyWeeks): PastDay[] {
  const zone = config.centre.timeZone;
  return sameWeekdaysBefore(date, weeks)
    .map((day) => ({ date: day, visits: reconstructVisits(repository.ticketEventsIssuedBetween(fromLocal(day, 0, zone), fromLocal(addDays(day, 1), 0, zone))) }))
    .filter((day) => day.visits.length > 0);
}

/**
 * What the centre has learned about the weekday from its past days: arrivals per service and
 * hour (walk-ins and checked-in appointments, not transfers: the forecast draws those from the
 * transfer share), the booked share, service times (called → finished or transferred), the
 * transfer share, check-in earliness and — from the appointments table — the no-show share.
 * A figure on fewer than {@link thinSamples} samples is the default, with a Danish note.
 */
export function learnFrom(config: CentreConfig, days: readonly PastDay[], appointments: readonly PlannedAppointment[]): Learned {
  const zone = config.centre.timeZone;
  const notes: string[] = [];
  const visits = days.flatMap((day) => day.visits);
  const dayCount = days.length;
  const hourly = new Map<string, Map<string, number>>();
  const allHours = new Map<string, number>();
  const durations = new Map<string, number[]>();
  const earliness: number[] = [];
  let transferred = 0;
  for (const visit of visits) {
    const first = visit.stays[0]!;
    const hour = hourLabel(Math.floor(toLocal(visit.issuedAt, zone).minutes / 60));
    const perHour = hourly.get(first.serviceId) ?? new Map<string, number>();
    hourly.set(first.serviceId, perHour);
    perHour.set(hour, (perHour.get(hour) ?? 0) + 1 / dayCount);
    allHours.set(hour, (allHours.get(hour) ?? 0) + 1);
    if (visit.stays.length > 1) transferred += 1;
    if (visit.appointmentAt !== null) earliness.push((visit.appointmentAt - visit.issuedAt) / 60_000);
    for (const stay of visit.stays) {
      const end = stay.end.kind === 'finished' || stay.end.kind === 'transferred' ? stay.end.at : null;
      if (stay.calledAt === null || end === null) continue;
      const list = durations.get(stay.serviceId) ?? [];
      durations.set(stay.serviceId, list);
      list.push((end - stay.calledAt) / 60_000);
    }
  }

  const services = config.services.map((service): LearnedService => {
    const name = localName(service.name, 'da');
    const own = visits.filter((visit) => visit.stays[0]!.serviceId === service.id);
    const times = durations.get(service.id) ?? [];
    const booked = own.filter((visit) => visit.appointmentAt !== null).length;
    const enough = times.length >= thinSamples;
    if (!enough && own.length > 0) {
      notes.push(`${name}: for lidt historik (${times.length} besøg) – bruger standardtiden ${service.defaultServiceMinutes} min`);
    }
    return {
      serviceId: service.id,
      visitsPerDay: dayCount > 0 ? figure(round(own.length / dayCount), own.length) : fallback(0),
      bookedShare: own.length >= thinSamples ? figure(round(booked / own.length), own.length) : fallback(planningDefaults.bookedShare),
      meanServiceMinutes: enough ? figure(round(meanOf(times)), times.length) : fallback(service.defaultServiceMinutes),
      serviceCv: enough ? figure(round(Math.min(3, sdOf(times) / Math.max(0.1, meanOf(times)))), times.length) : fallback(planningDefaults.serviceCv),
    };
  });

  const total = [...allHours.values()].reduce((sum, count) => sum + count, 0);
  const hourlyShares = [...allHours.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([hour, count]) => ({ hour, share: round(count / total, 3) }));

  const settled = appointments.filter((appointment) => appointment.status === 'checked-in' || appointment.status === 'no-show');
  const noShows = settled.filter((appointment) => appointment.status === 'no-show').length;
  const noShowShare = settled.length >= thinSamples ? figure(round(noShows / settled.length), settled.length) : fallback(planningDefaults.noShowShare);
  if (noShowShare.source === 'default') notes.push(`Udeblivelser: for lidt historik (${settled.length} aftaler) – bruger ${planningDefaults.noShowShare * 100} %`);
  const transferShare = visits.length >= thinSamples ? figure(round(transferred / visits.length, 3), visits.length) : fallback(planningDefaults.transferShare);
  if (transferShare.source === 'default') notes.push(`Omstillinger: for lidt historik (${visits.length} besøg) – bruger ${planningDefaults.transferShare * 100} %`);
  const early = earliness.length >= thinSamples;
  if (!early) notes.push(`Fremmøde før aftaletid: for lidt historik (${earliness.length} aftaler) – bruger ${planningDefaults.checkInEarlyMean} min før`);
  if (dayCount === 0) notes.unshift('Ingen historik for denne ugedag: prognosen kender kun dagens bookinger');

  const dates = days.map((day) => day.date).sort();
  return {
    history: {
      days: dayCount,
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
      services,
      hourlyShares,
      noShowShare,
      transferShare,
      checkInEarlyMinutes: early ? figure(round(meanOf(earliness)), earliness.length) : fallback(planningDefaults.checkInEarlyMean),
      checkInEarlySdMinutes: early ? figure(round(sdOf(earliness)), earliness.length) : fallback(planningDefaults.checkInEarlySd),
      notes,
    },
    hourly,
  };
}

/** Learns the weekday of `date` from the log's past weeks and the appointments of those days. */
export function learnHistory(repository: PlanningRepository, config: CentreConfig, date: string, weeks = historyWeeks): Learned & { days: PastDay[] } {
  const days = readPastDays(repository, config, date, weeks);
  const appointments = repository.appointmentsOf(sameWeekdaysBefore(date, weeks));
  return { ...learnFrom(config, days, appointments), days };
}
