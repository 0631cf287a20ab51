import type { Db } from './database.js';
import { createEventRepository, type EventRepository } from './event-repository.js';

/** An appointment of a day as the forecast plays it: its service, time and whether the citizen came. */
export type PlannedAppointment = { serviceId: string; startAt: number; status: 'booked' | 'checked-in' | 'cancelled' | 'no-show' };

/**
 * SQL for planning the day: what the forecast learns from the event log (the tickets of past
 * days, the counters' openings and who sat there) and the day's bookings. Reads only; the log is
 * read through the event repository's queries, the ones statistics use.
 */
export function createPlanningRepository(db: Db, events: EventRepository = createEventRepository(db)) {
  const statements = {
    anyIssueBetween: db.prepare(`SELECT 1 FROM events WHERE type = 'ticket.issued' AND at >= ? AND at < ? LIMIT 1`),
    firstIssue: db.prepare(`SELECT MIN(at) AS at FROM events WHERE type = 'ticket.issued'`),
    staffUnits: db.prepare('SELECT id, unit_id AS unitId FROM staff'),
    appointmentsOfDates: db.prepare(`SELECT service_id AS serviceId, start_at AS startAt, status FROM appointments INDEXED BY appointments_day
      WHERE local_date IN (SELECT value FROM json_each(?)) ORDER BY start_at, id`),
  };
  return {
    /** Every event of the tickets taken between two instants, ticket by ticket. */
    ticketEventsIssuedBetween: events.ofTicketsIssuedBetween,
    /** Counters opened, paused, resumed and closed between two instants, oldest first. */
    counterChangesBetween: (from: number, to: number) => events.ofTypesBetween(['counter.changed'], from, to),
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
