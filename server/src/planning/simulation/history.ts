import { fromLocal } from '@dintur/shared/calendar';
import type { Db } from '../../data/database.js';
import { createInProcessDriver, type CentreDriver } from './driver.js';
import type { Scenario } from './scenario.js';
import { simulateDay } from './simulator.js';
import { drawVisits, minuteOf } from './visits.js';

/** The weekdays (Monday–Friday) from `from` to `to`, inclusive, as "YYYY-MM-DD". */
export function weekdaysBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = new Date(`${from}T12:00:00Z`); day <= new Date(`${to}T12:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}

/** The scenario's centre open Monday to Friday at the scenario's hours (a scenario describes one weekday). */
export function openEveryWeekday(scenario: Scenario): Scenario {
  const hours = { open: scenario.open, close: scenario.close };
  const weekly = { monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours, saturday: null, sunday: null };
  return { ...scenario, centre: { ...scenario.centre, hours: { ...scenario.centre.hours, weekly } } };
}

/**
 * Gives a centre's database a history: each date is a simulated day of the scenario played on
 * the real engine (citizens arrive, counters call, serve, transfer), one seed a day, so its event
 * log, statistics and the city's reports have real-looking weeks behind them. Writes go to `db`,
 * which may be the centre's database file before its server starts.
 */
export async function simulateHistory(options: {
  db: Db;
  scenario: Scenario;
  dates: readonly string[];
  seed: number;
  /** Creates the centre's `admin` with this password (the server creates it only in an empty database). */
  adminPassword?: string;
}): Promise<{ days: number; tickets: number }> {
  const { dates } = options;
  const scenario = openEveryWeekday(options.scenario);
  if (dates.length === 0) return { days: 0, tickets: 0 };
  const zone = scenario.centre.centre.timeZone;
  const startOf = (date: string) => fromLocal(date, minuteOf(scenario.open) - 5, zone);
  const engineDriver = createInProcessDriver({ ...scenario, date: dates[0]! }, startOf(dates[0]!), options.db);
  // One engine for every day: the database stays open between them (the caller closes it).
  const driver = { ...engineDriver, close: async () => undefined };
  if (options.adminPassword) {
    await driver.engine.staff.create({ username: 'admin', password: options.adminPassword, displayName: 'Administrator', unitId: null, role: 'admin' });
  }
  let tickets = 0;
  for (const [index, date] of dates.entries()) {
    const day = { ...scenario, date };
    driver.setTime(startOf(date));
    const result = await simulateDay(day, drawVisits(day, options.seed + index), 'engine', driver);
    tickets += result.visits.filter((visit) => visit.ticketId !== null).length;
    // Counters close at the end of the day, as staff sign out.
    for (const counter of scenario.counters) await driver.closeCounter(counter.counterId).catch(() => undefined);
  }
  return { days: dates.length, tickets };
}

/** The same weekday a week before `date` ("YYYY-MM-DD"): the centre is open then as on `date`. */
export function weekBefore(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 7);
  return day.toISOString().slice(0, 10);
}

/** Seeds of the days played before the measured ones: far from every tuning and holdout seed. */
export const historySeedOffset = 1_000_000;

/**
 * Plays the scenario's day a week earlier on the driver's centre, with the engine's routing, and
 * signs every counter out at its end: the measured day then opens with the recent service times
 * a real centre has at 9 o'clock, instead of the configured defaults of an empty database. The
 * driver stays open (the caller's next day runs on it).
 */
export async function playWeekBefore(scenario: Scenario, driver: CentreDriver, seed: number): Promise<void> {
  const day = { ...scenario, date: weekBefore(scenario.date) };
  driver.setTime(fromLocal(day.date, minuteOf(day.open) - 5, day.centre.centre.timeZone));
  await simulateDay(day, drawVisits(day, historySeedOffset + seed), 'engine', { ...driver, close: async () => undefined });
  for (const counter of scenario.counters) await driver.closeCounter(counter.counterId).catch(() => undefined);
}
