import type { Queryable } from './database.js';

/** The figures of one group of stays, as PostgreSQL sums them up (null where nothing was measured). */
export type FigureRow = {
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
  waitMean: number | null;
  waitMedian: number | null;
  waitP90: number | null;
  waitMax: number | null;
  withinTarget: number;
  serviceCount: number;
  serviceMean: number | null;
  serviceMedian: number | null;
  serviceP90: number | null;
  serviceMax: number | null;
};

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

/**
 * The figures the centre's report computes in JavaScript, here in SQL over the stays: counts
 * by how a stay began and ended, and the waits and service times as count, mean, the median and
 * 90th percentile by linear interpolation (`percentile_cont`, the same type-7 rule), and maximum.
 */
const figures = `
  count(*) FILTER (WHERE NOT s.by_transfer)::INT AS issued,
  count(*) FILTER (WHERE s.by_transfer)::INT AS "transferredIn",
  count(*) FILTER (WHERE s.end_kind = 'transferred')::INT AS "transferredOut",
  count(*) FILTER (WHERE s.end_kind = 'finished')::INT AS served,
  count(*) FILTER (WHERE s.end_kind = 'no-show')::INT AS "noShows",
  count(*) FILTER (WHERE s.end_kind = 'cancelled')::INT AS cancelled,
  count(*) FILTER (WHERE s.end_kind IN ('open', 'ended-by-reset'))::INT AS unfinished,
  count(*) FILTER (WHERE s.outcome = 'resolved')::INT AS resolved,
  count(*) FILTER (WHERE s.outcome = 'referred')::INT AS referred,
  count(*) FILTER (WHERE s.outcome = 'needs-appointment')::INT AS "needsAppointment",
  count(*) FILTER (WHERE s.outcome = 'self-service')::INT AS "selfService",
  count(*) FILTER (WHERE s.outcome = 'not-resolved')::INT AS "notResolved",
  count(s.wait_minutes)::INT AS "waitCount",
  avg(s.wait_minutes) AS "waitMean",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY s.wait_minutes) AS "waitMedian",
  percentile_cont(0.9) WITHIN GROUP (ORDER BY s.wait_minutes) AS "waitP90",
  max(s.wait_minutes) AS "waitMax",
  count(*) FILTER (WHERE s.wait_minutes <= c.wait_target_minutes)::INT AS "withinTarget",
  count(s.service_minutes)::INT AS "serviceCount",
  avg(s.service_minutes) AS "serviceMean",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY s.service_minutes) AS "serviceMedian",
  percentile_cont(0.9) WITHIN GROUP (ORDER BY s.service_minutes) AS "serviceP90",
  max(s.service_minutes) AS "serviceMax"`;

/** SQL for city statistics: figures per centre and for the city, and the evaluation per centre and month. */
export function createStatsRepository(db: Queryable) {
  return {
    /** One row per centre with stays in the period, and one (centreId null) for all of them together. */
    async figures(from: string, to: string, centreId: string | undefined): Promise<FigureRow[]> {
      return db.query<FigureRow>(
        `SELECT s.centre_id AS "centreId", ${figures}
         FROM stays s JOIN centres c ON c.id = s.centre_id
         WHERE s.issued_date BETWEEN $1::DATE AND $2::DATE AND ($3::TEXT IS NULL OR s.centre_id = $3)
         GROUP BY GROUPING SETS ((s.centre_id), ())`,
        [from, to, centreId ?? null],
      );
    },
    async evaluation(from: string, to: string, centreId: string | undefined): Promise<EvaluationRow[]> {
      return db.query<EvaluationRow>(
        `SELECT s.centre_id AS "centreId", to_char(s.issued_date, 'YYYY-MM') AS month,
           count(*) FILTER (WHERE s.stay_index = 0 AND s.channel = 'kiosk')::INT AS kiosk,
           count(*) FILTER (WHERE s.stay_index = 0 AND s.channel = 'web')::INT AS web,
           count(*) FILTER (WHERE s.stay_index = 0 AND s.channel = 'appointment')::INT AS appointment,
           count(*) FILTER (WHERE s.stay_index = 0 AND s.channel = 'unknown')::INT AS unknown,
           count(*) FILTER (WHERE NOT s.by_transfer)::INT AS issued,
           count(*) FILTER (WHERE s.end_kind = 'finished')::INT AS served,
           count(*) FILTER (WHERE s.outcome = 'resolved')::INT AS resolved,
           count(s.wait_minutes)::INT AS waits,
           count(*) FILTER (WHERE s.wait_minutes <= c.wait_target_minutes)::INT AS "waitsWithinTarget"
         FROM stays s JOIN centres c ON c.id = s.centre_id
         WHERE s.issued_date BETWEEN $1::DATE AND $2::DATE AND ($3::TEXT IS NULL OR s.centre_id = $3)
         GROUP BY s.centre_id, month ORDER BY s.centre_id, month`,
        [from, to, centreId ?? null],
      );
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
