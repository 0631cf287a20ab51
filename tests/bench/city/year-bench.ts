/**
 * Phase "year": a year of eight centres in the hub, and the city report over it.
 *
 * The year is tiled from simulated days (tiling.ts): every weekday of 2025 at each centre is a few
 * distinct simulated days of that centre laid over each other, shifted to the date, with ticket
 * and event ids offset per day and per centre, about 1.2 M visits in all. Shipping all of it
 * through `POST …/events` would take longer than the whole bench may (see the ingest phase's
 * rate), so it goes straight into PostgreSQL with COPY: the events as the endpoint stores them
 * (details stripped as a centre strips them) and the stays as the hub derives them, by the hub's
 * own `stayRows` over `reconstructVisits` (and any table a migration of the hub fills from the
 * stays, filled by that statement). Then, because COPY is not the endpoint, one month of one
 * centre is shipped again through the endpoint, as a centre of its own, and its events and
 * stays must equal the copied ones row for row. `--year-load=endpoint` ships the whole year
 * through the endpoint instead (some minutes).
 *
 * Measured: `GET /api/city/stats` over the year (one warm-up, then the median of five), with the
 * SQL time per statement; and the figures of one centre are checked against the centre's own
 * statistics code (`reconstructVisits`, `staysOf`, `figuresOf` over that centre's events) to 12
 * significant digits.
 */
import path from 'node:path';
import type { CityStatsReport, StatsFigures } from '@dintur/shared';
import { figuresOf, reconstructVisits, staysOf, type LoggedEvent } from '@dintur/shared/statistics';
import { loadMigrations, splitStatements } from '../../../city/src/data/migrate.js';
import { stayRows } from '../../../city/src/services/shipping.js';
import { repositoryRoot } from '../../reliability/child-server.js';
import { plan, sourcesOf, type BenchContext } from './context.js';
import { copyInto, textField } from './copy.js';
import { shipBatches } from './ingest-bench.js';
import { afterReset, median, sql, type Hub } from './processes.js';
import { metricName, resetStatementTimes, statementTimes } from './sql-time.js';
import { batchesOf, cityCentres, idBasesOf, tiledDays, weekdaysOfYear, type CentreSource, type TiledDay } from './tiling.js';

export const yearRows = [
  { key: 'year.visits', label: 'year: visits in the hub (8 centres)', unit: 'visits' },
  { key: 'year.events', label: 'year: events in the hub', unit: 'events' },
  { key: 'year.loadEventsPerSecond', label: 'year: loading rate (COPY, events + stays)', unit: 'events/s' },
  { key: 'year.statsMedianMs', label: 'year: GET /api/city/stats over the year, median', unit: 'ms' },
  { key: 'year.statsMaxMs', label: 'year: GET /api/city/stats over the year, slowest', unit: 'ms' },
  { key: 'year.statsSqlMs.figures', label: '  of which SQL: figures (GROUPING SETS)', unit: 'ms' },
  { key: 'year.statsSqlMs.evaluationByMonth', label: '  of which SQL: evaluation by month', unit: 'ms' },
  { key: 'year.statsSqlMs.kioskChoices', label: '  of which SQL: kiosk choices', unit: 'ms' },
  { key: 'year.statsSqlMs.percentiles', label: '  of which SQL: percentiles', unit: 'ms' },
  { key: 'year.statsSqlMs.dailySums', label: '  of which SQL: daily sums', unit: 'ms' },
  { key: 'year.rawCheckMismatches', label: 'year: figures ≠ centre’s own code (12 digits)', unit: 'fields' },
  { key: 'year.sampleMonthDifferences', label: 'year: sample month via endpoint ≠ COPY', unit: 'rows' },
  { key: 'year.sampleMonthEventsPerSecond', label: 'year: sample month via endpoint, ingest', unit: 'events/s' },
];

export const yearTargets = {
  'year.statsMedianMs': { label: '< 2,000 ms', met: (value: number) => value < 2_000 },
  'year.rawCheckMismatches': { label: '0', met: (value: number) => value === 0 },
  'year.sampleMonthDifferences': { label: '0', met: (value: number) => value === 0 },
};

const eventColumns = ['centre_id', 'id', 'at', 'type', 'ticket_id', 'counter_id', 'staff_id', 'details'] as const;
const stayColumns = [
  'centre_id', 'ticket_id', 'stay_index', 'service_id', 'issued_date', 'entered_at', 'by_transfer', 'channel',
  'wait_minutes', 'service_minutes', 'end_kind', 'outcome',
] as const;

const yearDates = () => weekdaysOfYear(plan.year.year);
const tilingOf = (index: number) => ({ dates: yearDates(), visits: plan.year.visits / plan.year.centres, ...idBasesOf(index), seed: 77 + index });

type Loaded = { events: number; visits: number; stays: number; lastEventId: number; lastEventAt: number; minLayers: number; maxLayers: number };

/** COPYs a centre's tiled year: its events, and the stays the hub would derive from them. */
async function copyCentre(databaseUrl: string, centreId: string, source: CentreSource, index: number): Promise<Loaded> {
  const events = copyInto(databaseUrl, 'events', eventColumns);
  const stays = copyInto(databaseUrl, 'stays', stayColumns);
  const loaded: Loaded = { events: 0, visits: 0, stays: 0, lastEventId: 0, lastEventAt: 0, minLayers: Infinity, maxLayers: 0 };
  const f = textField;
  for (const day of tiledDays(source, tilingOf(index))) {
    const eventLines = day.events.map(
      (event) => `${centreId}\t${event.id}\t${event.at}\t${f(event.type)}\t${f(event.ticketId)}\t${f(event.counterId)}\t${f(event.staffId)}\t${f(JSON.stringify(event.details))}\n`,
    );
    const rows = stayRows(reconstructVisits(day.events), source.timeZone);
    const stayLines = rows.map(
      (row) =>
        `${centreId}\t${row.ticketId}\t${row.stayIndex}\t${f(row.serviceId)}\t${row.issuedDate}\t${row.enteredAt}\t${f(row.byTransfer)}\t` +
        `${f(row.channel)}\t${f(row.waitMinutes)}\t${f(row.serviceMinutes)}\t${f(row.endKind)}\t${f(row.outcome)}\n`,
    );
    await Promise.all([events.write(eventLines.join('')), stays.write(stayLines.join(''))]);
    loaded.events += day.events.length;
    loaded.visits += day.visits;
    loaded.stays += rows.length;
    loaded.minLayers = Math.min(loaded.minLayers, day.layers);
    loaded.maxLayers = Math.max(loaded.maxLayers, day.layers);
    const last = day.events.at(-1)!;
    loaded.lastEventId = last.id;
    loaded.lastEventAt = last.at;
  }
  await Promise.all([events.end(), stays.end()]);
  return loaded;
}

/** What the endpoint sets when a centre's batches arrive: its cursor and the configuration in force. */
async function setCentreAsShipped(databaseUrl: string, centreId: string, source: CentreSource, loaded: Loaded): Promise<void> {
  await sql(databaseUrl, 'INSERT INTO centre_configs (centre_id, version, document, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
    centreId,
    source.configVersion,
    JSON.stringify(source.config),
    Date.now(),
  ]);
  await sql(
    databaseUrl,
    `UPDATE centres SET last_event_id = $2, last_event_at = $3, last_seen_at = $4, config_version = $5, time_zone = $6, wait_target_minutes = $7 WHERE id = $1`,
    [centreId, loaded.lastEventId, loaded.lastEventAt, Date.now(), source.configVersion, source.timeZone, source.waitTargetMinutes],
  );
}

/**
 * Tables the hub derives from `stays` and that a migration fills from them when it creates them
 * (such as sums per day): filled the same way after the COPY, by those statements of the hub's
 * own migrations, since COPY bypasses the shipping transaction that keeps them.
 */
async function backfillDerived(databaseUrl: string): Promise<string[]> {
  const entry = process.env.DINTUR_BENCH_HUB_ENTRY ?? path.join(repositoryRoot, 'city/src/main.ts');
  const statements = loadMigrations(path.join(path.dirname(entry), 'data/migrations'))
    .flatMap((migration) => splitStatements(migration.sql))
    .filter((statement) => /^INSERT INTO \w+[\s\S]*\bFROM stays\b/i.test(statement));
  for (const statement of statements) await sql(databaseUrl, statement);
  return statements.map((statement) => /^INSERT INTO (\w+)/i.exec(statement)![1]!);
}

/** The fields of a report's figures that differ from the expected ones at 12 significant digits. */
export function differingFields(actual: Record<string, unknown>, expected: StatsFigures): string[] {
  const differences: string[] = [];
  const round = (value: unknown) => (typeof value === 'number' ? Number(value.toPrecision(12)) : value);
  const walk = (left: unknown, right: unknown, at: string) => {
    if (right !== null && typeof right === 'object') {
      for (const key of Object.keys(right)) walk((left as Record<string, unknown> | undefined)?.[key], (right as Record<string, unknown>)[key], at ? `${at}.${key}` : key);
    } else if (round(left) !== round(right)) {
      differences.push(`${at}: hub ${String(left)}, centre's code ${String(right)}`);
    }
  };
  walk(actual, expected, '');
  return differences;
}

async function timeStats(hub: Hub, from: string, to: string): Promise<{ ms: number; report: CityStatsReport; bytes: number }> {
  const started = performance.now();
  const answer = await afterReset(() => hub.client.send('GET', `/api/city/stats?from=${from}&to=${to}`, { token: hub.adminToken, timeoutMs: 120_000 }));
  const ms = performance.now() - started;
  if (answer.status !== 200) throw new Error(`GET /api/city/stats answered ${answer.status}: ${answer.text.slice(0, 500)}`);
  return { ms, report: JSON.parse(answer.text) as CityStatsReport, bytes: answer.text.length };
}

export async function measureYear(context: BenchContext): Promise<{ metrics: Record<string, number>; sql: Awaited<ReturnType<typeof statementTimes>>; notes: string[] }> {
  const { year, centres, statsRuns, sampleMonth } = plan.year;
  const throughEndpoint = process.argv.includes('--year-load=endpoint');
  context.progress(`year: ${centres} centres, ${plan.year.visits.toLocaleString('en-GB')} visits over the weekdays of ${year}, loaded ${throughEndpoint ? 'through the endpoint' : 'with COPY'}`);
  const sources = await sourcesOf(context, centres);
  const hub = await context.freshHub();
  context.yearHub = hub;
  const ids = sources.map((source) => cityCentres[source.index]!.id);
  const keys = await Promise.all(sources.map((source) => hub.register(cityCentres[source.index]!.id, cityCentres[source.index]!.name)));

  // Load the year.
  const loadStarted = performance.now();
  const loaded: Loaded[] = [];
  if (throughEndpoint) {
    await Promise.all(
      sources.map(async (source, index) => {
        const totals: Loaded = { events: 0, visits: 0, stays: 0, lastEventId: 0, lastEventAt: 0, minLayers: Infinity, maxLayers: 0 };
        function* counted(): Generator<TiledDay> {
          for (const day of tiledDays(source, tilingOf(index))) {
            totals.events += day.events.length;
            totals.visits += day.visits;
            totals.minLayers = Math.min(totals.minLayers, day.layers);
            totals.maxLayers = Math.max(totals.maxLayers, day.layers);
            yield day;
          }
        }
        await shipBatches({ client: hub.client, centreId: ids[index]!, key: keys[index]!, source, batches: batchesOf(counted(), 5_000)[Symbol.iterator]() });
        loaded[index] = totals;
      }),
    );
  } else {
    for (const [index, source] of sources.entries()) {
      const centreStarted = performance.now();
      loaded[index] = await copyCentre(hub.databaseUrl, ids[index]!, source, index);
      await setCentreAsShipped(hub.databaseUrl, ids[index]!, source, loaded[index]);
      context.progress(`  ${ids[index]}: ${loaded[index].visits.toLocaleString('en-GB')} visits, ${loaded[index].events.toLocaleString('en-GB')} events in ${((performance.now() - centreStarted) / 1000).toFixed(1)} s`);
    }
  }
  const derived = throughEndpoint ? [] : await backfillDerived(hub.databaseUrl);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const visits = loaded.reduce((sum, centre) => sum + centre.visits, 0);
  const events = loaded.reduce((sum, centre) => sum + centre.events, 0);
  // As autovacuum would soon after such a load: table statistics for the planner, visibility map.
  const vacuumStarted = performance.now();
  await sql(hub.databaseUrl, 'VACUUM (ANALYZE) events');
  await sql(hub.databaseUrl, 'VACUUM (ANALYZE) stays');
  for (const table of derived) await sql(hub.databaseUrl, `VACUUM (ANALYZE) ${table}`);
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  const [{ eventsMb, staysMb, stays }] = (await sql<{ eventsMb: number; staysMb: number; stays: number }>(
    hub.databaseUrl,
    `SELECT (pg_total_relation_size('events') / 1048576.0)::FLOAT8 AS "eventsMb", (pg_total_relation_size('stays') / 1048576.0)::FLOAT8 AS "staysMb",
       (SELECT count(*)::INT FROM stays) AS stays`,
  )) as [{ eventsMb: number; staysMb: number; stays: number }];

  // The city report over the year.
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  context.progress(`  GET /api/city/stats?from=${from}&to=${to}: one warm-up, then ${statsRuns} timed`);
  const warmUp = await timeStats(hub, from, to);
  await resetStatementTimes(hub.databaseUrl);
  const runs: number[] = [];
  let report = warmUp.report;
  for (let run = 0; run < statsRuns; run += 1) {
    const timed = await timeStats(hub, from, to);
    runs.push(timed.ms);
    report = timed.report;
  }
  const statsSql = await statementTimes(hub.databaseUrl);

  // The figures of one centre against the centre's own statistics code over its events.
  context.progress(`  checking ${ids[0]}'s figures against reconstructVisits → staysOf → figuresOf over its ${loaded[0]!.events.toLocaleString('en-GB')} events`);
  const all: LoggedEvent[] = [];
  for (const day of tiledDays(sources[0]!, tilingOf(0))) for (const event of day.events) all.push(event);
  const expected = figuresOf(staysOf(reconstructVisits(all), () => true), sources[0]!.waitTargetMinutes);
  const hubFigures = report.byCentre.find((row) => row.centreId === ids[0]);
  const mismatches = hubFigures ? differingFields(hubFigures as unknown as Record<string, unknown>, expected) : ['the centre is missing from the report'];
  const cityIssued = report.total.issued;

  // A sample month shipped through the endpoint must give the same events and stays as COPY did.
  const monthCentre = `${ids[0]}-${sampleMonth}`;
  context.progress(`  shipping ${ids[0]}'s ${sampleMonth} through POST /api/centres/${monthCentre}/events and comparing`);
  const monthKey = await hub.register(monthCentre, `${cityCentres[0].name} (${sampleMonth}, through the endpoint)`);
  function* monthDays(): Generator<TiledDay> {
    for (const day of tiledDays(sources[0]!, tilingOf(0))) if (day.date.startsWith(sampleMonth)) yield day;
  }
  const monthStarted = performance.now();
  const month = await shipBatches({ client: hub.client, centreId: monthCentre, key: monthKey, source: sources[0]!, batches: batchesOf(monthDays(), 5_000)[Symbol.iterator]() });
  const monthSeconds = (performance.now() - monthStarted) / 1000;
  const first = `${sampleMonth}-01`;
  const monthEnd = new Date(Date.UTC(year, Number(sampleMonth.slice(5)), 0)).toISOString().slice(0, 10);
  const stayFields = 'ticket_id, stay_index, service_id, issued_date, entered_at, by_transfer, channel, wait_minutes, service_minutes, end_kind, outcome';
  const eventFields = 'id, at, type, ticket_id, counter_id, staff_id, details';
  const [difference] = (await sql<{ stays: number; events: number; monthStays: number; monthEvents: number }>(
    hub.databaseUrl,
    `WITH copied_stays AS (SELECT ${stayFields} FROM stays WHERE centre_id = $1 AND issued_date BETWEEN $3::DATE AND $4::DATE),
          shipped_stays AS (SELECT ${stayFields} FROM stays WHERE centre_id = $2),
          shipped_events AS (SELECT ${eventFields} FROM events WHERE centre_id = $2),
          copied_events AS (SELECT ${eventFields} FROM events WHERE centre_id = $1 AND id BETWEEN (SELECT min(id) FROM shipped_events) AND (SELECT max(id) FROM shipped_events))
     SELECT (SELECT count(*) FROM (SELECT * FROM copied_stays EXCEPT ALL SELECT * FROM shipped_stays) x)::INT
          + (SELECT count(*) FROM (SELECT * FROM shipped_stays EXCEPT ALL SELECT * FROM copied_stays) x)::INT AS stays,
            (SELECT count(*) FROM (SELECT * FROM copied_events EXCEPT ALL SELECT * FROM shipped_events) x)::INT
          + (SELECT count(*) FROM (SELECT * FROM shipped_events EXCEPT ALL SELECT * FROM copied_events) x)::INT AS events,
            (SELECT count(*) FROM shipped_stays)::INT AS "monthStays", (SELECT count(*) FROM shipped_events)::INT AS "monthEvents"`,
    [ids[0], monthCentre, first, monthEnd],
  )) as [{ stays: number; events: number; monthStays: number; monthEvents: number }];
  // And the city report of that month says the same of both.
  const monthReport = (await timeStats(hub, first, monthEnd)).report;
  const copiedMonth = monthReport.byCentre.find((row) => row.centreId === ids[0]);
  const shippedMonth = monthReport.byCentre.find((row) => row.centreId === monthCentre);
  const figuresOnly = ({ centreId: _id, name: _name, lastEventAt: _at, ...figures }: CityStatsReport['byCentre'][number]) => figures as unknown as StatsFigures;
  const monthFigureDifferences =
    copiedMonth && shippedMonth ? differingFields(figuresOnly(shippedMonth) as unknown as Record<string, unknown>, figuresOnly(copiedMonth)) : ['missing'];

  const dates = yearDates();
  const minLayers = Math.min(...loaded.map((centre) => centre.minLayers));
  const maxLayers = Math.max(...loaded.map((centre) => centre.maxLayers));
  const notes = [
    `Year: ${dates.length} weekdays of ${year} (weekends closed; 365 days) tiled from ${context.simulation.days} simulated days ` +
      `(${plan.simulatedDaysPerCentre} distinct seeded days per centre on the real engine), ${minLayers === maxLayers ? minLayers : `${minLayers}–${maxLayers}`} of a centre's days laid over each other per date, ` +
      `times shifted to the date, ticket and event ids offset per day and per centre: ${visits.toLocaleString('en-GB')} visits, ${events.toLocaleString('en-GB')} events ` +
      `(${(events / visits).toFixed(2)} events a visit, as the simulation makes them), ${stays.toLocaleString('en-GB')} stays; events ${eventsMb.toFixed(0)} MB, stays ${staysMb.toFixed(0)} MB on disk.`,
    throughEndpoint
      ? `Loaded through POST /api/centres/{id}/events, 8 centres in parallel, in ${loadSeconds.toFixed(1)} s.`
      : `Loaded with COPY (events, and stays from the hub's own stayRows over reconstructVisits` +
        `${derived.length > 0 ? `; then ${derived.join(', ')} filled by the hub's migration statements` : ''}) in ${loadSeconds.toFixed(1)} s, then VACUUM ANALYZE in ${vacuumSeconds.toFixed(1)} s. ` +
        `Check: ${ids[0]}'s ${sampleMonth} (${difference.monthEvents.toLocaleString('en-GB')} events, ${difference.monthStays.toLocaleString('en-GB')} stays) shipped through the endpoint as "${monthCentre}" ` +
        `gave ${difference.events} differing event rows and ${difference.stays} differing stay rows; its month figures differ in ${monthFigureDifferences.length} field(s).`,
    `City report over the year: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(runs).toFixed(0)} ms; warm-up ${warmUp.ms.toFixed(0)} ms; ${(warmUp.bytes / 1024).toFixed(0)} kB); city total ${cityIssued.toLocaleString('en-GB')} issued.`,
    `Raw check: ${ids[0]}'s figures from the hub against figuresOf(staysOf(reconstructVisits(its ${loaded[0]!.events.toLocaleString('en-GB')} events))): ` +
      (mismatches.length === 0 ? 'every field equal to 12 significant digits.' : `${mismatches.length} differ: ${mismatches.slice(0, 5).join('; ')}`),
  ];
  return {
    metrics: {
      'year.visits': visits,
      'year.events': events,
      'year.stays': stays,
      'year.loadSeconds': loadSeconds,
      'year.loadEventsPerSecond': events / loadSeconds,
      'year.vacuumSeconds': vacuumSeconds,
      'year.eventsMb': eventsMb,
      'year.staysMb': staysMb,
      'year.statsMedianMs': median(runs),
      'year.statsMaxMs': Math.max(...runs),
      'year.statsWarmUpMs': warmUp.ms,
      // Per report: the time of its statements of each kind, summed (statements in parallel overlap).
      ...Object.fromEntries(statsSql.filter((time) => time.label.startsWith('stats:')).map((time) => [`year.statsSqlMs.${metricName(time.label)}`, time.totalMs / statsRuns])),
      'year.rawCheckMismatches': mismatches.length,
      'year.rawCheckIssued': expected.issued,
      'year.cityIssued': cityIssued,
      'year.sampleMonthDifferences': difference.stays + difference.events + monthFigureDifferences.length,
      'year.sampleMonthEvents': month.events,
      'year.sampleMonthEventsPerSecond': month.events / monthSeconds,
      'year.simulatedDays': context.simulation.days,
    },
    sql: statsSql,
    notes,
  };
}
