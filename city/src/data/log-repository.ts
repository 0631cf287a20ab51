import type { ShippedEvent } from '@dintur/shared';
import type { LoggedEvent } from '@dintur/shared/statistics';
import type { Queryable } from './database.js';

/** One queue stay of a visit, as city statistics read it. */
export type StayRow = {
  ticketId: number;
  stayIndex: number;
  serviceId: string;
  issuedDate: string;
  enteredAt: number;
  byTransfer: boolean;
  channel: string;
  waitMinutes: number | null;
  serviceMinutes: number | null;
  endKind: string;
  outcome: string | null;
};

/** Rows go to PostgreSQL as one JSON parameter: one statement per batch, whichever the driver. */
const ids = (values: readonly number[]) => JSON.stringify(values);

/** SQL for the shipped event logs and the queue stays derived from them. */
export function createLogRepository(db: Queryable) {
  return {
    /**
     * Stores the events the hub does not have yet; (centre, id) keeps each once, so a resent or
     * overlapping batch changes nothing. Returns the events newly stored.
     */
    async append(centreId: string, events: readonly ShippedEvent[]): Promise<{ id: number; ticketId: number | null }[]> {
      return db.query(
        `INSERT INTO events (centre_id, id, at, type, ticket_id, counter_id, staff_id, details)
         SELECT $1, e.id, e.at, e.type, e."ticketId", e."counterId", e."staffId", e.details
         FROM jsonb_to_recordset($2::jsonb) AS e(id BIGINT, at BIGINT, type TEXT, "ticketId" BIGINT, "counterId" TEXT, "staffId" BIGINT, details JSONB)
         ON CONFLICT (centre_id, id) DO NOTHING
         RETURNING id, ticket_id AS "ticketId"`,
        [centreId, JSON.stringify(events)],
      );
    },
    /** Every event of these tickets of the centre, each ticket's in log order. */
    async ofTickets(centreId: string, ticketIds: readonly number[]): Promise<LoggedEvent[]> {
      return db.query<LoggedEvent>(
        `SELECT id, at, type, ticket_id AS "ticketId", counter_id AS "counterId", staff_id AS "staffId", details
         FROM events WHERE centre_id = $1 AND ticket_id IN (SELECT value::BIGINT FROM jsonb_array_elements_text($2::jsonb))
         ORDER BY ticket_id, id`,
        [centreId, ids(ticketIds)],
      );
    },
    /** Replaces the stays of these tickets with `stays` (their visits rebuilt from all their events). */
    async replaceStays(centreId: string, ticketIds: readonly number[], stays: readonly StayRow[]): Promise<void> {
      await db.query(`DELETE FROM stays WHERE centre_id = $1 AND ticket_id IN (SELECT value::BIGINT FROM jsonb_array_elements_text($2::jsonb))`, [
        centreId,
        ids(ticketIds),
      ]);
      if (stays.length === 0) return;
      await db.query(
        `INSERT INTO stays (centre_id, ticket_id, stay_index, service_id, issued_date, entered_at, by_transfer, channel,
           wait_minutes, service_minutes, end_kind, outcome)
         SELECT $1, s."ticketId", s."stayIndex", s."serviceId", s."issuedDate", s."enteredAt", s."byTransfer", s.channel,
           s."waitMinutes", s."serviceMinutes", s."endKind", s.outcome
         FROM jsonb_to_recordset($2::jsonb) AS s("ticketId" BIGINT, "stayIndex" INTEGER, "serviceId" TEXT, "issuedDate" DATE,
           "enteredAt" BIGINT, "byTransfer" BOOLEAN, channel TEXT, "waitMinutes" DOUBLE PRECISION, "serviceMinutes" DOUBLE PRECISION,
           "endKind" TEXT, outcome TEXT)`,
        [centreId, JSON.stringify(stays)],
      );
    },
    /** Sums up again the centre's stays of these local dates into `stays_daily` (see migration 002). */
    async resumDays(centreId: string, dates: readonly string[]): Promise<void> {
      if (dates.length === 0) return;
      const days = '(SELECT value::DATE FROM jsonb_array_elements_text($2::jsonb))';
      await db.query(`DELETE FROM stays_daily WHERE centre_id = $1 AND issued_date IN ${days}`, [centreId, JSON.stringify(dates)]);
      await db.query(
        `INSERT INTO stays_daily
         SELECT centre_id, issued_date,
           count(*) FILTER (WHERE NOT by_transfer), count(*) FILTER (WHERE by_transfer),
           count(*) FILTER (WHERE end_kind = 'transferred'), count(*) FILTER (WHERE end_kind = 'finished'),
           count(*) FILTER (WHERE end_kind = 'no-show'), count(*) FILTER (WHERE end_kind = 'cancelled'),
           count(*) FILTER (WHERE end_kind IN ('open', 'ended-by-reset')),
           count(*) FILTER (WHERE outcome = 'resolved'), count(*) FILTER (WHERE outcome = 'referred'),
           count(*) FILTER (WHERE outcome = 'needs-appointment'), count(*) FILTER (WHERE outcome = 'self-service'),
           count(*) FILTER (WHERE outcome = 'not-resolved'),
           count(wait_minutes), COALESCE(sum(wait_minutes), 0), max(wait_minutes),
           count(service_minutes), COALESCE(sum(service_minutes), 0), max(service_minutes),
           count(*) FILTER (WHERE stay_index = 0 AND channel = 'kiosk'), count(*) FILTER (WHERE stay_index = 0 AND channel = 'web'),
           count(*) FILTER (WHERE stay_index = 0 AND channel = 'appointment'), count(*) FILTER (WHERE stay_index = 0 AND channel = 'unknown')
         FROM stays WHERE centre_id = $1 AND issued_date IN ${days}
         GROUP BY centre_id, issued_date`,
        [centreId, JSON.stringify(dates)],
      );
    },
    /** The whole shipped log of a centre from an event id on, for checks and export. */
    async eventsAfter(centreId: string, after: number, limit: number): Promise<LoggedEvent[]> {
      return db.query<LoggedEvent>(
        `SELECT id, at, type, ticket_id AS "ticketId", counter_id AS "counterId", staff_id AS "staffId", details
         FROM events WHERE centre_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
        [centreId, after, limit],
      );
    },
  };
}

export type LogRepository = ReturnType<typeof createLogRepository>;
