import type { LoggedEvent } from '@dintur/shared/statistics';
import type { Db } from './database.js';

type LoggedRow = Omit<LoggedEvent, 'details'> & { details: string };
const loggedColumns = 'id, at, type, ticket_id AS ticketId, counter_id AS counterId, staff_id AS staffId, details';

/** An appointment of a day as the forecast plays it: its service, time and whether the citizen came. */
export type PlannedAppointment = { serviceId: string; startAt: number; status: 'booked' | 'checked-in' | 'cancelled' | 'no-show' };

/**
 * SQL for planning the day: what the forecast learns from the event log (the tickets of past
 * days, the counters' openings and who sat there) and the day's bookings. Reads only.
 */
export function createPlanningRepository(db: Db) {
  const statements = {
    // Through events_type_at to the day's issues, then events_ticket for each ticket's events.
    ticketEvents: db.prepare(`SELECT ${loggedColumns} FROM events WHERE ticket_id IN
      (SELECT ticket_id FROM events WHERE type = 'ticket.issued' AND at >= ? AND at < ?) ORDER BY ticket_id, id`),
    counterChanges: db.prepare(`SELECT ${loggedColumns} FROM events WHERE type = 'counter.changed' AND at >= ? AND at < ? ORDER BY id`),
    anyIssueBetween: db.prepare(`SELECT 1 FROM events WHERE type = 'ticket.issued' AND at >= ? AND at < ? LIMIT 1`),
    firstIssue: db.prepare(`SELECT MIN(at) AS at FROM events WHERE type = 'ticket.issued'`),
    staffUnits: db.prepare('SELECT id, unit_id AS unitId FROM staff'),
    appointmentsOfDates: db.prepare(`SELECT service_id AS serviceId, start_at AS startAt, status FROM appointments INDEXED BY appointments_day
      WHERE local_date IN (SELECT value FROM json_each(?)) ORDER BY start_at, id`),
  };
  const parse = (row: LoggedRow): LoggedEvent => ({ ...row, details: JSON.parse(row.details) });
  return {
    /** Every event of the tickets taken between two instants, ticket by ticket. */
    ticketEventsIssuedBetween: (from: number, to: number) => (statements.ticketEvents.all(from, to) as LoggedRow[]).map(parse),
    /** Counters opened, paused, resumed and closed between two instants, oldest first. */
    counterChangesBetween: (from: number, to: number) => (statements.counterChanges.all(from, to) as LoggedRow[]).map(parse),
    hasIssuesBetween: (from: number, to: number) => statements.anyIssueBetween.get(from, to) !== undefined,
    /** When the log's first ticket was taken: how far back history reaches. */
    firstIssueAt: () => (statements.firstIssue.get() as { at: number | null }).at,
    /** Each account's unit (null for an administrator without one). */
    staffUnits: () => new Map((statements.staffUnits.all() as { id: number; unitId: string | null }[]).map((row) => [row.id, row.unitId])),
    /** The appointments of these local dates, every status. */
    appointmentsOf: (dates: readonly string[]) => statements.appointmentsOfDates.all(JSON.stringify(dates)) as PlannedAppointment[],
  };
}

export type PlanningRepository = ReturnType<typeof createPlanningRepository>;

/**
 * Runs `work` with commits that do not wait for the disk (filling a stopped centre's database
 * with generated history: thousands of small transactions); the durable setting comes back after.
 */
export async function withoutSyncedCommits<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const before = db.pragma('synchronous', { simple: true });
  db.pragma('synchronous = OFF');
  try {
    return await work();
  } finally {
    db.pragma(`synchronous = ${Number(before)}`);
  }
}
