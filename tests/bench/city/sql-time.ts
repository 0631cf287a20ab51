/**
 * Where the hub's database time goes, from pg_stat_statements (loaded by processes.ts): reset
 * before a measurement, read after it, each statement of the hub named by what it does.
 */
import { sql } from './processes.js';

/** The hub's statements (city/src/data/*-repository.ts), recognised by their text. */
const labels: [RegExp, string][] = [
  [/^INSERT INTO events/, 'insert events'],
  [/FROM events WHERE centre_id = \$1 AND ticket_id IN/, 'read visits’ events'],
  [/^(INSERT INTO|DELETE FROM) stays_daily/, 'sum up days'],
  [/^DELETE FROM stays /, 'delete stays'],
  [/^INSERT INTO stays /, 'insert stays'],
  [/^INSERT INTO booking_feeds/, 'booking: next revision'],
  [/FROM appointments WHERE centre_id = \$1 AND service_id = \$2 AND status = /, 'booking: places held'],
  [/^INSERT INTO appointments/, 'booking: insert'],
  [/FROM appointments WHERE code = \$1$/, 'booking: by code'],
  [/FROM centres c JOIN centre_configs/, 'booking: configs in force'],
  [/FOR UPDATE$/, 'lock centre'],
  [/^UPDATE centres SET last_event_id/, 'advance cursor'],
  [/^UPDATE centres SET config_version/, 'config in force'],
  [/^INSERT INTO centre_configs/, 'save config'],
  [/^(BEGIN|COMMIT)/, 'begin/commit'],
  // (pg_stat_statements shows constants as $n.)
  [/^(?=[\s\S]*GROUPING SETS)(?=[\s\S]*percentile_cont)/, 'stats: figures'],
  [/percentile_cont/, 'stats: percentiles'],
  [/to_char\(s\.issued_date/, 'stats: evaluation by month'],
  [/AS "selfService"/, 'stats: kiosk choices'],
  [/FROM stays_daily/, 'stats: daily sums'],
  [/^SELECT .* FROM centres/, 'read centres'],
  [/centre_status/, 'save status'],
  [/^UPDATE centres SET last_seen_at/, 'mark seen'],
];

export type StatementTime = { label: string; calls: number; totalMs: number; meanMs: number; rows: number };

export async function resetStatementTimes(databaseUrl: string): Promise<void> {
  await sql(databaseUrl, 'SELECT pg_stat_statements_reset()');
}

/** Execution time per statement of the hub since the last reset, most first (statements of the same label summed). */
export async function statementTimes(databaseUrl: string): Promise<StatementTime[]> {
  const rows = await sql<{ query: string; calls: string; total: number; rows: string }>(
    databaseUrl,
    `SELECT s.query, s.calls, s.total_exec_time AS total, s.rows FROM pg_stat_statements s
     JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() AND s.query NOT LIKE '%pg_stat_statements%'`,
  );
  const byLabel = new Map<string, StatementTime>();
  for (const row of rows) {
    const text = row.query.replace(/\s+/g, ' ').trim();
    const label = labels.find(([pattern]) => pattern.test(text))?.[1] ?? `other: ${text.slice(0, 60)}`;
    const entry = byLabel.get(label) ?? { label, calls: 0, totalMs: 0, meanMs: 0, rows: 0 };
    entry.calls += Number(row.calls);
    entry.totalMs += row.total;
    entry.rows += Number(row.rows);
    entry.meanMs = entry.totalMs / entry.calls;
    byLabel.set(label, entry);
  }
  return [...byLabel.values()].sort((left, right) => right.totalMs - left.totalMs);
}

/** A metric key from a statement label ("insert events" → "insertEvents"). */
export const metricName = (label: string) =>
  label
    .replace(/^stats: /, '')
    .replace(/[’']/g, '')
    .split(/[^a-zA-Z]+/)
    .filter(Boolean)
    .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join('');
