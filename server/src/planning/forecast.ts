import type { Actor, EngineContext } from '../engine/index.js';
import { DomainError, invalidInput } from '../engine/errors.js';
import type { DayPlan, Forecast, ForecastBody, ForecastProgress, PlanView } from '@dintur/shared';
import { addDays, fromLocal, toLocal } from '@dintur/shared/calendar';
import { reconstructVisits } from '@dintur/shared/statistics';
import { figuresOf, forecastError, sampleOfLog } from './figures.js';
import { forecastScenario, planBreaks, type ForecastBooking } from './forecast-scenario.js';
import { runInWorkers } from './forecast-runner.js';
import { learnHistory, type Learned } from './learn.js';
import { clockOf, configurationPlan, dayWindow, planFromLog, validatePlan, type DayWindow } from './plan.js';

/** Replications of a forecast: the unit-hour mean waits' run-to-run spread settles by about 30 (docs/PLANNING.md). */
export const forecastReplications = 30;
/** How far ahead a day can be planned. */
export const planAheadDays = 60;
/** Forecasts waiting for the one running, at most (a leader's what-if waits behind the base). */
const maxQueued = 4;

type LivedVisits = ReturnType<typeof reconstructVisits>;

/** A refused date, named where the request carried it (`body.date`, `query.date`). */
const refusedDate = (message: string) => invalidInput((named) => `${named[0]!.path}: ${message}`, [{ path: 'date', message }]);

/** The fixed seeds of a date: a what-if and its base meet the same citizens (common random numbers). */
export const seedsOf = (date: string, count = forecastReplications) => {
  const base = (Number(date.replaceAll('-', '')) % 1_000_000) * 1000;
  return Array.from({ length: count }, (_, at) => base + at + 1);
};

type Day = { date: string; learned: Learned; window: DayWindow | null; past: boolean };

/**
 * Planning the day (issue 18): the usual plan of a date, and the forecast of a plan simulated on
 * the real engine in worker threads, beside what happened for a past day. One forecast runs at a
 * time per centre; the next waits its turn (up to four), each leader sees their own progress.
 */
export function createPlanning(context: EngineContext) {
  const repository = context.planning;
  const progress = new Map<number, ForecastProgress>();
  let queue: Promise<unknown> = Promise.resolve();
  let queued = 0;

  const config = () => context.index().config;
  const zone = () => config().centre.timeZone;
  const today = () => toLocal(context.clock.now(), zone()).date;

  function day(date: string): Day {
    const now = today();
    if (date > addDays(now, planAheadDays)) throw refusedDate(`${date} ligger mere end ${planAheadDays} dage frem`);
    const past = date < now;
    if (past) {
      const first = repository.firstIssueAt();
      if (first === null || date < toLocal(first, zone()).date) {
        throw refusedDate(`${date} ligger før centrets historik`);
      }
    }
    const learned = learnHistory(repository, config(), date);
    return { date, learned, window: dayWindow(config(), date, learned), past };
  }

  function openWindow(current: Day): DayWindow {
    if (!current.window) throw refusedDate(`centret har lukket den dag (${current.date})`);
    return current.window;
  }

  const dayBounds = (date: string) => [fromLocal(date, 0, zone()), fromLocal(addDays(date, 1), 0, zone())] as const;

  /** The plan lived on a date (its counters in the log), or null when no counter opened. */
  function livedPlan(date: string, window: DayWindow): DayPlan | null {
    const counters = planFromLog(config(), repository.counterChangesBetween(...dayBounds(date)), repository.staffUnits(), window);
    return counters.length > 0 ? { counters } : null;
  }

  /** The usual plan: for a past day what was lived; else the newest same weekday's counters; else every counter all day. */
  function usualPlan(current: Day, window: DayWindow): { plan: DayPlan; planSource: 'history' | 'configuration' } {
    const newest = current.learned.history.to;
    const candidates = current.past ? [current.date] : newest ? [newest] : [];
    for (const date of candidates) {
      const plan = livedPlan(date, window);
      if (plan) return { plan, planSource: 'history' };
    }
    return { plan: configurationPlan(config(), window), planSource: 'configuration' };
  }

  /** A past day's visits as its log tells them. */
  const livedVisits = (date: string) => reconstructVisits(repository.ticketEventsIssuedBetween(...dayBounds(date)));

  /**
   * The day's bookings: a past day's checked-in appointments among its `lived` visits; else the
   * appointments table's; null for none yet.
   */
  function bookingsOf(current: Day, lived: LivedVisits | null): ForecastBooking[] | null {
    const minute = (at: number) => toLocal(at, zone()).minutes;
    if (lived) {
      const booked = lived.filter((visit) => visit.appointmentAt !== null);
      return booked.map((visit) => ({ serviceId: visit.stays[0]!.serviceId, minute: minute(visit.appointmentAt!), came: true }));
    }
    const rows = repository.appointmentsOf([current.date]).filter((row) => row.status === 'booked' || row.status === 'checked-in');
    return rows.length > 0 ? rows.map((row) => ({ serviceId: row.serviceId, minute: minute(row.startAt) })) : null;
  }

  return {
    /** `GET /api/plan`: the usual plan of the date, its bookings and what was learned. */
    plan(date: string): PlanView {
      const current = day(date);
      if (!current.window) {
        return { date, hours: null, plan: configurationPlan(config(), { open: 0, close: 0 }), planSource: 'configuration', bookings: 0, history: current.learned.history };
      }
      const { plan, planSource } = usualPlan(current, current.window);
      const window = current.window;
      return { date, hours: { open: clockOf(window.open), close: clockOf(window.close) }, plan, planSource, bookings: bookingsOf(current, current.past ? livedVisits(date) : null)?.length ?? 0, history: current.learned.history };
    },

    /** `POST /api/plan/forecast`: waits for its turn, then simulates the day under the plan. */
    async forecast(actor: Actor, body: ForecastBody): Promise<Forecast> {
      const current = day(body.date);
      const window = openWindow(current);
      const usual = body.plan ? null : usualPlan(current, window);
      const plan = body.plan ?? usual!.plan;
      validatePlan(config(), window, plan);
      if (queued >= maxQueued) throw new DomainError(429, 'server-busy', 'Der kører allerede flere prognoser for centret; prøv igen om lidt.');
      queued += 1;
      progress.set(actor.id, { running: true, done: 0, total: forecastReplications });
      const turn = queue.then(() => run(actor, current, window, plan, usual?.planSource ?? 'request'));
      queue = turn.catch(() => undefined);
      try {
        return await turn;
      } finally {
        queued -= 1;
        progress.set(actor.id, { ...(progress.get(actor.id) ?? { done: 0, total: forecastReplications }), running: false });
      }
    },

    /** `GET /api/plan/progress`: the asking leader's forecast, done and total replications. */
    progress: (actor: Actor): ForecastProgress => progress.get(actor.id) ?? { running: false, done: 0, total: 0 },
  };

  async function run(actor: Actor, current: Day, window: DayWindow, plan: DayPlan, planSource: Forecast['planSource']): Promise<Forecast> {
    const started = performance.now();
    // A past day's log is read once: for its bookings and for what happened.
    const lived = current.past ? livedVisits(current.date) : null;
    const bookings = bookingsOf(current, lived);
    const notes = [...current.learned.history.notes];
    if (!bookings) notes.push('Ingen bookinger for dagen endnu – bruger den sædvanlige andel bookede besøg');
    const { scenario, counterOf } = forecastScenario({ config: config(), date: current.date, window, learned: current.learned, plan, bookings });
    const seeds = seedsOf(current.date);
    const samples = await runInWorkers(config(), scenario, counterOf, seeds, (done) => progress.set(actor.id, { running: true, done, total: seeds.length }));
    const { punctualityByUnitHour, ...forecast } = figuresOf(config(), samples, window);
    let actual: Forecast['actual'] = null;
    if (lived) {
      const figures = figuresOf(config(), [sampleOfLog(config(), lived, livedPlan(current.date, window)?.counters ?? [], window)], window);
      actual = { units: figures.units, punctuality: figures.punctuality, idleMinutes: figures.idleMinutes, counters: figures.counters };
    }
    return {
      date: current.date,
      plan,
      planSource,
      replications: samples.length,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      bookings: bookings?.length ?? 0,
      history: { ...current.learned.history, notes },
      forecast,
      breaks: planBreaks(config(), plan, current.learned, forecast, punctualityByUnitHour, window),
      actual,
      error: actual ? forecastError(forecast, actual) : null,
    };
  }
}

export type Planning = ReturnType<typeof createPlanning>;
