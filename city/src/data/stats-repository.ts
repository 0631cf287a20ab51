import type { Queryable } from './database.js';

export type EvaluationRow = {
  centreId: string;
  month: string;
  kiosk: number;
  web: number;
  appointment: number;
  unknown: number;
  issued: number;
  served: number;
  resolved: number;
  waits: number;
  waitsWithinTarget: number;
};

export type KioskChoiceRow = { centreId: string; month: string; selfService: number; ticket: number };

/** A period's day sums of a centre (centreId set) or of the whole city (null). */
export type DailySums = {
  centreId: string | null;
  issued: number;
  transferredIn: number;
  transferredOut: number;
  served: number;
  noShows: number;
  cancelled: number;
  unfinished: number;
  resolved: number;
  referred: number;
  needsAppointment: number;
  selfService: number;
  notResolved: number;
  waitCount: number;
  waitSum: number;
  waitMax: number | null;
  serviceCount: number;
  serviceSum: number;
  serviceMax: number | null;
};

/** What only the stays themselves can tell: the medians and 90th percentiles, and the waits within the target. */
export type Spread = { waitMedian: number | null; waitP90: number | null; serviceMedian: number | null; serviceP90: number | null; withinTarget: number };

const period = 's.issued_date BETWEEN $1::DATE AND $2::DATE AND ($3::TEXT IS NULL OR s.centre_id = $3)';

/**
 * City statistics in SQL. Counts, sums (for the means) and maxima come from the day sums of
 * `stays_daily`; the medians and 90th percentiles from the stays by `percentile_cont` (linear
 * interpolation, the same type-7 rule as the centre's report), and the waits within the target
 * from the stays too, since the target is the one in force when the report is made.
 */
export function createStatsRepository(db: Queryable) {
  return {
    /** One row per centre with stays in the period, and one (centreId null) for all of them. */
    async dailySums(from: string, to: string, centreId: string | undefined): Promise<DailySums[]> {
      return db.query<DailySums>(
        `SELECT s.centre_id AS "centreId",
           COALESCE(sum(issued), 0)::INT AS issued, COALESCE(sum(transferred_in), 0)::INT AS "transferredIn", COALESCE(sum(transferred_out), 0)::INT AS "transferredOut",
           COALESCE(sum(served), 0)::INT AS served, COALESCE(sum(no_shows), 0)::INT AS "noShows", COALESCE(sum(cancelled), 0)::INT AS cancelled, COALESCE(sum(unfinished), 0)::INT AS unfinished,
           COALESCE(sum(resolved), 0)::INT AS resolved, COALESCE(sum(referred), 0)::INT AS referred, COALESCE(sum(needs_appointment), 0)::INT AS "needsAppointment",
           COALESCE(sum(self_service), 0)::INT AS "selfService", COALESCE(sum(not_resolved), 0)::INT AS "notResolved",
           COALESCE(sum(wait_count), 0)::INT AS "waitCount", COALESCE(sum(wait_sum), 0) AS "waitSum", max(wait_max) AS "waitMax",
           COALESCE(sum(service_count), 0)::INT AS "serviceCount", COALESCE(sum(service_sum), 0) AS "serviceSum", max(service_max) AS "serviceMax"
         FROM stays_daily s WHERE ${period}
         GROUP BY GROUPING SETS ((s.centre_id), ())`,
        [from, to, centreId ?? null],
      );
    },
    /** The spread of one centre's stays in the period, or of every centre's (null). */
    async spread(from: string, to: string, centreId: string | null): Promise<Spread> {
      const [row] = await db.query<Spread>(
        `SELECT
           percentile_cont(0.5) WITHIN GROUP (ORDER BY s.wait_minutes) AS "waitMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY s.wait_minutes) AS "waitP90",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY s.service_minutes) AS "serviceMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY s.service_minutes) AS "serviceP90",
           count(*) FILTER (WHERE s.wait_minutes <= c.wait_target_minutes)::INT AS "withinTarget"
         FROM stays s JOIN centres c ON c.id = s.centre_id WHERE ${period}`,
        [from, to, centreId],
      );
      return row!;
    },
    async evaluation(from: string, to: string, centreId: string | undefined): Promise<EvaluationRow[]> {
      const [sums, within] = await Promise.all([
        db.query<Omit<EvaluationRow, 'waitsWithinTarget'>>(
          `SELECT s.centre_id AS "centreId", to_char(s.issued_date, 'YYYY-MM') AS month,
             sum(kiosk)::INT AS kiosk, sum(web)::INT AS web, sum(appointment)::INT AS appointment, sum(unknown)::INT AS unknown,
             sum(issued)::INT AS issued, sum(served)::INT AS served, sum(resolved)::INT AS resolved, sum(wait_count)::INT AS waits
           FROM stays_daily s WHERE ${period}
           GROUP BY s.centre_id, month ORDER BY s.centre_id, month`,
          [from, to, centreId ?? null],
        ),
        db.query<{ centreId: string; month: string; waitsWithinTarget: number }>(
          `SELECT s.centre_id AS "centreId", to_char(s.issued_date, 'YYYY-MM') AS month,
             count(*)::INT AS "waitsWithinTarget"
           FROM stays s JOIN centres c ON c.id = s.centre_id
           WHERE ${period} AND s.wait_minutes <= c.wait_target_minutes
           GROUP BY s.centre_id, month`,
          [from, to, centreId ?? null],
        ),
      ]);
      const withinOf = new Map(within.map((row) => [`${row.centreId}|${row.month}`, row.waitsWithinTarget]));
      return sums.map((row) => ({ ...row, waitsWithinTarget: withinOf.get(`${row.centreId}|${row.month}`) ?? 0 }));
    },
    /** Kiosk choices (self-service or a number anyway) per centre and local month. */
    async kioskChoices(from: string, to: string, centreId: string | undefined): Promise<KioskChoiceRow[]> {
      return db.query<KioskChoiceRow>(
        `SELECT centre_id AS "centreId", month,
           count(*) FILTER (WHERE choice = 'self-service')::INT AS "selfService",
           count(*) FILTER (WHERE choice = 'ticket')::INT AS ticket
         FROM (
           SELECT e.centre_id, e.details->>'choice' AS choice,
             (to_timestamp(e.at / 1000.0) AT TIME ZONE c.time_zone)::DATE AS local_date,
             to_char(to_timestamp(e.at / 1000.0) AT TIME ZONE c.time_zone, 'YYYY-MM') AS month
           FROM events e JOIN centres c ON c.id = e.centre_id
           WHERE e.type = 'kiosk.choice'
             -- A day's margin either side of the dates in UTC; the local date decides.
             AND e.at >= extract(epoch FROM $1::DATE - 1) * 1000 AND e.at < extract(epoch FROM $2::DATE + 2) * 1000
             AND ($3::TEXT IS NULL OR e.centre_id = $3)
         ) choices
         WHERE local_date BETWEEN $1::DATE AND $2::DATE
         GROUP BY centre_id, month ORDER BY centre_id, month`,
        [from, to, centreId ?? null],
      );
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
