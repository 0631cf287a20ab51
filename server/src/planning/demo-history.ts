/**
 * `npm run demo:history`: gives the demo centre past weeks to learn from. Each weekday of the last
 * six weeks (before today) is a simulated day played on the real engine at that date (citizens
 * arrive 09:00–16:00, the ten counters call, serve, transfer, pause for lunch), written to the
 * data directory's database, so the reports and the plan page (`/staff/plan`) have history.
 *
 *   npm run demo:history                 DINTUR_DATA_DIR (default ./data), 6 weeks
 *   npm run demo:history -- --weeks 8
 * Refuses while the server answers on PORT, or when the log already holds visits.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CentreConfig } from '@dintur/shared';
import { addDays, toLocal } from '@dintur/shared/calendar';
import { openDatabase, type Db } from '../data/database.js';
import { createPlanningRepository, withoutSyncedCommits } from '../data/planning-repository.js';
import { ManualClock } from '../engine/index.js';
import { createEngine } from '../engine/engine.js';
import { demoConfig } from '../seed/demo-config.js';
import { Scenario, simulateHistory, weekdaysBetween } from './simulation/index.js';

const lunch = (from: string, to: string) => [{ from, to }];

/** The demo centre's usual weekday: about 200 citizens, the social centre the tightest. */
export function demoScenario(centre: CentreConfig = Scenario.shape.centre.parse(demoConfig)): Scenario {
  const visit = (serviceId: string, visitsPerDay: number, meanServiceMinutes: number, serviceCv: number, bookedShare: number) => ({
    serviceId,
    visitsPerDay,
    meanServiceMinutes,
    serviceCv,
    serviceDistribution: 'lognormal' as const,
    bookedShare,
  });
  return Scenario.parse({
    name: 'Demo weekday',
    date: '2026-11-26',
    open: '09:00',
    close: '16:00',
    centre,
    classes: [
      visit('passport', 22, 10, 0.4, 0.5),
      visit('passport-pickup', 18, 3, 0.5, 0),
      visit('driving-licence', 14, 12, 0.5, 0),
      visit('health-card', 16, 5, 0.6, 0),
      visit('moving', 16, 10, 0.6, 0.3),
      visit('mitid', 14, 10, 0.7, 0.3),
      visit('information', 30, 2, 0.8, 0),
      visit('pension', 20, 18, 0.6, 0),
      visit('housing-benefit', 10, 15, 0.6, 0.3),
      visit('home-help', 10, 15, 0.7, 0.3),
      visit('social-counselling', 18, 25, 0.8, 0.3),
      visit('financial-assistance', 12, 20, 0.7, 0.3),
    ],
    hourlyFactors: [1.25, 1.3, 1.15, 1, 0.95, 0.8, 0.55],
    transferShare: 0.12,
    appointmentNoShowShare: 0.1,
    checkInEarlyMinutes: { mean: 6, sd: 7 },
    counters: [
      { counterId: 'bs-1', staffUnitId: 'borgerservice' },
      { counterId: 'bs-2', staffUnitId: 'borgerservice', breaks: lunch('11:30', '12:00') },
      { counterId: 'bs-3', staffUnitId: 'borgerservice', breaks: lunch('12:00', '12:30') },
      { counterId: 'bs-4', staffUnitId: 'borgerservice', breaks: lunch('12:30', '13:00') },
      { counterId: 'bs-5', staffUnitId: 'borgerservice', shift: { from: '09:00', to: '13:00' } },
      { counterId: 'bs-6', staffUnitId: 'borgerservice', breaks: lunch('12:00', '12:30') },
      { counterId: 'po-7', staffUnitId: 'pension-care', breaks: lunch('11:30', '12:00') },
      { counterId: 'po-8', staffUnitId: 'pension-care', breaks: lunch('12:00', '12:30') },
      { counterId: 'sc-9', staffUnitId: 'social-centre', breaks: lunch('12:00', '12:30') },
      { counterId: 'sc-10', staffUnitId: 'social-centre' },
    ],
  });
}

/** The weekdays of the `weeks` weeks before `today` (today itself not included). */
export function pastWeekdays(today: string, weeks: number): string[] {
  return weekdaysBetween(addDays(today, -7 * weeks), addDays(today, -1));
}

/**
 * Fills `db` (a centre's database, its server not running) with simulated days at `dates`, the
 * demo centre's usual weekday, one seed a day. For the CLI below and for tests.
 */
export async function fillDemoHistory(options: { db: Db; dates: readonly string[]; seed?: number; adminPassword?: string; centre?: CentreConfig }) {
  if (createPlanningRepository(options.db).firstIssueAt() !== null) {
    throw new Error('The log already holds visits: demo history goes only into a centre without any (use a new data directory).');
  }
  // The centre keeps its own configuration (the demo's hours around the clock), not the scenario's weekday hours.
  createEngine({ db: options.db, clock: new ManualClock(Date.now()), initialConfig: options.centre ?? demoConfig });
  return withoutSyncedCommits(options.db, () =>
    simulateHistory({
      db: options.db,
      scenario: demoScenario(options.centre),
      dates: options.dates,
      seed: options.seed ?? 18_000,
      ...(options.adminPassword && { adminPassword: options.adminPassword }),
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const weeks = Number(args[args.indexOf('--weeks') + 1] ?? 6) || 6;
  const dataDir = process.env['DINTUR_DATA_DIR'] ?? './data';
  const port = Number(process.env['PORT'] ?? 8080);
  const answering = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
  if (answering) {
    console.error(`A server answers on port ${port}: stop it first (the history is written straight into its database).`);
    process.exit(1);
  }
  const db = openDatabase(path.join(dataDir, 'dintur.sqlite'));
  try {
    const today = toLocal(Date.now(), demoConfig.centre.timeZone).date;
    const dates = pastWeekdays(today, weeks);
    const started = performance.now();
    const result = await fillDemoHistory({ db, dates, adminPassword: process.env['DINTUR_ADMIN_PASSWORD'] });
    process.stdout.write(`${result.days} weekdays (${dates[0]} – ${dates.at(-1)}), ${result.tickets} tickets, in ${((performance.now() - started) / 1000).toFixed(1)} s into ${dataDir}\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    db.close();
  }
}
