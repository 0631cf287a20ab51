import { localName, mayServe, type CentreConfig, type DayFigures, type DayPlan } from '@dintur/shared';
import { minutesOf } from '@dintur/shared/calendar';
import { indexCentre } from '../engine/index.js';
import type { UnitHourPunctuality } from './figures.js';
import type { Learned } from './learn.js';
import { clockOf, type DayWindow } from './plan.js';
import type { Scenario } from './simulation/index.js';

/** A booking the forecast plays: its service, minute of the day, and whether the citizen is known to have come. */
export type ForecastBooking = { serviceId: string; minute: number; came?: boolean };

/**
 * The simulation scenario of a plan: the centre's configuration with one configured counter per
 * planned stretch (a counter staffed twice in the day, or with another profile, becomes a second
 * counter `bs-1--2` of the same name, so the real engine calls each stretch's own profile), the
 * learned arrivals per service and hour, service times, transfers, no-shows and earliness, and
 * the day's bookings (played at their times) — or, with none, bookings drawn from the learned
 * booked share. `counterOf` maps a scenario counter back to the plan's.
 */
export function forecastScenario(options: {
  config: CentreConfig;
  date: string;
  window: DayWindow;
  learned: Learned;
  plan: DayPlan;
  bookings: readonly ForecastBooking[] | null;
}): { scenario: Scenario; counterOf: (id: string) => string } {
  const { config, window, learned, plan } = options;
  const history = learned.history;
  const seen = new Map<string, number>();
  const seats = plan.counters.map((entry) => {
    const count = (seen.get(entry.counterId) ?? 0) + 1;
    seen.set(entry.counterId, count);
    return { entry, id: count === 1 ? entry.counterId : `${entry.counterId}--${count}` };
  });
  const byId = new Map(config.counters.map((counter) => [counter.id, counter]));
  const planned = new Set(seats.map((seat) => seat.entry.counterId));
  const counters = [
    ...config.counters.filter((counter) => !planned.has(counter.id)),
    ...seats.map(({ entry, id }) => ({ ...byId.get(entry.counterId)!, id, services: entry.services ?? byId.get(entry.counterId)!.services })),
  ];
  // A service's appointments go to the stretches at its counters (each stays listed if none is staffed).
  const staffedOf = (ids: readonly string[]) => {
    const staffed = seats.filter((seat) => ids.includes(seat.entry.counterId)).map((seat) => seat.id);
    return staffed.length > 0 ? [...new Set([...ids, ...staffed])] : [...ids];
  };
  const appointmentServices = Object.fromEntries(
    Object.entries(config.appointments.services).map(([serviceId, settings]) => [
      serviceId,
      { ...settings, counterIds: staffedOf(settings.counterIds) },
    ]),
  );
  const hours = { open: clockOf(window.open), close: clockOf(window.close) };
  const weekly = { monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours, saturday: hours, sunday: hours };
  const centre: CentreConfig = {
    ...config,
    counters,
    hours: { ...config.hours, weekly, closedDates: [], lastTicketMinutesBeforeClose: 0 },
    appointments: { ...config.appointments, services: appointmentServices },
  };

  const hourStarts = Array.from({ length: Math.ceil((window.close - window.open) / 60) }, (_, at) => window.open + 60 * at);
  const label = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:00`;
  const overall = hourStarts.map((start) => Math.max(0.001, history.hourlyShares.find((entry) => entry.hour === label(start))?.share ?? 0));
  const booked = new Set((options.bookings ?? []).map((booking) => booking.serviceId));
  const classes = history.services.flatMap((learnedService) => {
    const perDay = learnedService.visitsPerDay.value;
    if (perDay <= 0 && !booked.has(learnedService.serviceId)) return [];
    const perHour = learned.hourly.get(learnedService.serviceId);
    const factors = perHour ? hourStarts.map((start) => perHour.get(label(start)) ?? 0) : undefined;
    return [
      {
        serviceId: learnedService.serviceId,
        // A class is needed to play a booked service's appointments, even without walk-ins.
        visitsPerDay: Math.max(perDay, 1e-6),
        meanServiceMinutes: learnedService.meanServiceMinutes.value,
        serviceCv: learnedService.serviceCv.value,
        serviceDistribution: 'lognormal' as const,
        bookedShare: options.bookings ? Math.min(1, learnedService.bookedShare.value) : learnedService.bookedShare.value,
        ...(factors && factors.some((factor) => factor > 0) && { hourlyFactors: factors }),
      },
    ];
  });
  const scenario: Scenario = {
    name: `Plan ${options.date}`,
    date: options.date,
    open: hours.open,
    close: hours.close,
    centre,
    classes,
    hourlyFactors: overall,
    volumeFactor: 1,
    transferShare: history.transferShare.value,
    appointmentNoShowShare: history.noShowShare.value,
    checkInEarlyMinutes: { mean: history.checkInEarlyMinutes.value, sd: history.checkInEarlySdMinutes.value },
    appointmentSlotMinutes: 10,
    lateGraceMinutes: 10,
    counters: seats.map(({ entry, id }) => ({ counterId: id, staffUnitId: entry.staffUnitId, breaks: entry.breaks, shift: { from: entry.from, to: entry.to } })),
    targetMinutes: [15, 30],
    ...(options.bookings && { bookings: [...options.bookings] }),
  };
  const back = new Map(seats.map((seat) => [seat.id, seat.entry.counterId]));
  return { scenario, counterOf: (id) => back.get(id) ?? id };
}

const span = (hours: readonly number[]) => {
  const runs: [number, number][] = [];
  for (const hour of [...hours].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[1] === hour) last[1] = hour + 1;
    else runs.push([hour, hour + 1]);
  }
  return runs.map(([from, to]) => `kl. ${from}–${to}`).join(' og ');
};

/**
 * Where the plan breaks, in Danish: a unit's walk-ins waiting over 30 minutes on average, its
 * appointments started within 5 minutes under 90 %, and a service citizens come for while no
 * staffed counter may take it. Consecutive hours are one sentence.
 */
export function planBreaks(config: CentreConfig, plan: DayPlan, learned: Learned, figures: DayFigures, punctuality: UnitHourPunctuality, window: DayWindow): string[] {
  const index = indexCentre(config);
  const breaks: string[] = [];
  for (const unit of figures.units) {
    const name = localName(index.units.get(unit.unitId)!.name, 'da');
    const slow = unit.hours.filter((hour) => hour.mean !== null && hour.mean > 30).map((hour) => minutesOf(hour.hour) / 60);
    if (slow.length > 0) breaks.push(`${name}: ventetid over 30 min ${span(slow)}`);
    const late = [...(punctuality.get(unit.unitId) ?? new Map()).entries()].filter(([, cell]) => cell.count >= 3 && cell.within5 / cell.count < 0.9).map(([hour]) => hour);
    if (late.length > 0) breaks.push(`${name}: under 90 % af aftalerne starter til tiden ${span(late)}`);
  }
  for (const service of config.services) {
    const perHour = learned.hourly.get(service.id);
    if (!perHour) continue;
    const uncovered: number[] = [];
    for (let start = window.open; start < window.close; start += 60) {
      const hour = Math.floor(start / 60);
      if ((perHour.get(`${String(hour).padStart(2, '0')}:00`) ?? 0) < 0.5) continue;
      const middle = start + 30;
      const covered = plan.counters.some((entry) => {
        const services = entry.services ?? index.counter(entry.counterId).services;
        const staffed = minutesOf(entry.from) <= middle && minutesOf(entry.to) > middle && !entry.breaks.some((pause) => minutesOf(pause.from) <= middle && minutesOf(pause.to) > middle);
        return staffed && services.some((item) => item.serviceId === service.id) && mayServe({ unitId: entry.staffUnitId }, service, index.units);
      });
      if (!covered) uncovered.push(hour);
    }
    if (uncovered.length > 0) breaks.push(`Ingen skranke tager ${localName(service.name, 'da')} ${span(uncovered)}`);
  }
  return breaks;
}
