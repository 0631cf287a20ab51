import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, openDatabase, systemClock } from '@dintur/server';
import { simulateHistory, weekdaysBetween } from '@dintur/server/simulation';
import { openAroundTheClock, type DemoCentre } from './demo-centres.js';

/** What a centre's data directory holds once its history is in: written last, so its absence means "fill again". */
export type HistoryRecord = { from: string; to: string; days: number; tickets: number; seed: number; filledAt: string };

const recordName = 'demo-history.json';
const databaseName = 'dintur.sqlite';

/** The history already filled into a centre's data directory, if the fill ran to its end. */
export function filledHistory(dataDir: string): HistoryRecord | undefined {
  const file = path.join(dataDir, recordName);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as HistoryRecord) : undefined;
}

/** The history of `weeks` weeks that ends yesterday: its first and last date, local to the centre. */
export function historyPeriod(today: string, weeks: number): { from: string; to: string } {
  const day = (offset: number) => {
    const date = new Date(`${today}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offset);
    return date.toISOString().slice(0, 10);
  };
  return { from: day(-7 * weeks), to: day(-1) };
}

/** Today's date in a time zone, as "YYYY-MM-DD". */
export function localDate(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * Plays the centre's weekdays of the period on the real engine into its database file (before
 * its server starts), creates its `admin`, then opens the centre every day around the clock (its
 * history keeps the weekday hours it had) so the demo can be tried at any hour. A database left
 * by a fill that did not finish is replaced.
 */
export async function fillHistory(centre: DemoCentre, dataDir: string, period: { from: string; to: string }, adminPassword: string): Promise<HistoryRecord> {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, databaseName);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const db = openDatabase(file);
  let record: HistoryRecord;
  try {
    // Nothing to lose while filling: a fill that stops half-way is done again.
    db.pragma('synchronous = OFF');
    const dates = weekdaysBetween(period.from, period.to);
    const { days, tickets } = await simulateHistory({ db, scenario: centre.scenario, dates, seed: centre.seed, adminPassword });
    const engine = createEngine({ db, clock: systemClock, initialConfig: centre.scenario.centre });
    engine.replaceConfig(openAroundTheClock(engine.config()), null);
    record = { ...period, days, tickets, seed: centre.seed, filledAt: new Date().toISOString() };
  } finally {
    db.close();
  }
  writeFileSync(path.join(dataDir, recordName), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}
