-- Each centre's stays summed up per local date: the counts, sums and maxima of a day, so that a
-- year's report adds up a few thousand rows instead of a million stays. Kept by the shipping
-- transaction: the days whose stays a batch replaced are summed up again from `stays`. Medians,
-- 90th percentiles and waits within the target (which depends on the target in force when the
-- report is made) are still read from `stays`.
CREATE TABLE stays_daily (
  centre_id TEXT NOT NULL REFERENCES centres (id),
  issued_date DATE NOT NULL,
  issued INTEGER NOT NULL,
  transferred_in INTEGER NOT NULL,
  transferred_out INTEGER NOT NULL,
  served INTEGER NOT NULL,
  no_shows INTEGER NOT NULL,
  cancelled INTEGER NOT NULL,
  unfinished INTEGER NOT NULL,
  resolved INTEGER NOT NULL,
  referred INTEGER NOT NULL,
  needs_appointment INTEGER NOT NULL,
  self_service INTEGER NOT NULL,
  not_resolved INTEGER NOT NULL,
  wait_count INTEGER NOT NULL,
  wait_sum DOUBLE PRECISION NOT NULL,
  wait_max DOUBLE PRECISION,
  service_count INTEGER NOT NULL,
  service_sum DOUBLE PRECISION NOT NULL,
  service_max DOUBLE PRECISION,
  -- Numbers taken by channel (first stays).
  kiosk INTEGER NOT NULL,
  web INTEGER NOT NULL,
  appointment INTEGER NOT NULL,
  unknown INTEGER NOT NULL,
  PRIMARY KEY (centre_id, issued_date)
);

INSERT INTO stays_daily
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
FROM stays GROUP BY centre_id, issued_date;

-- A centre's stays of a period, for its percentiles.
CREATE INDEX stays_centre_date ON stays (centre_id, issued_date);
