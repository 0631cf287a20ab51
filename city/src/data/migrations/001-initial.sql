-- The city hub's database: accounts, the centres it links, their shipped event logs, the queue
-- stays derived from those logs for statistics, and each centre's latest live status.
-- Times are epoch milliseconds (BIGINT), as in the centres' logs.

CREATE TABLE accounts (
  id SERIAL PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'agent')),
  created_at BIGINT NOT NULL
);

-- Sign-in sessions; only a hash of the token is kept.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- The centres of the city. Only a SHA-256 of each centre's key is kept (the key is 256 random
-- bits, so a fast hash is enough). last_event_id is how far the hub has the centre's log.
CREATE TABLE centres (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_event_id BIGINT NOT NULL DEFAULT 0,
  last_event_at BIGINT,
  last_seen_at BIGINT,
  -- From the centre's configuration in force: how its dates and wait target are read.
  config_version TEXT,
  time_zone TEXT NOT NULL DEFAULT 'Europe/Copenhagen',
  wait_target_minutes DOUBLE PRECISION NOT NULL DEFAULT 20
);

-- Every configuration a centre has shipped, by version (a hash of the document).
CREATE TABLE centre_configs (
  centre_id TEXT NOT NULL REFERENCES centres (id),
  version TEXT NOT NULL,
  document JSONB NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (centre_id, version)
);

-- The centres' event logs, each event once: (centre, event id) is the key that makes a resent
-- batch change nothing. Details are stripped to their shared schema before they leave a centre.
CREATE TABLE events (
  centre_id TEXT NOT NULL REFERENCES centres (id),
  id BIGINT NOT NULL,
  at BIGINT NOT NULL,
  type TEXT NOT NULL,
  ticket_id BIGINT,
  counter_id TEXT,
  staff_id BIGINT,
  details JSONB NOT NULL,
  PRIMARY KEY (centre_id, id)
);
CREATE INDEX events_ticket ON events (centre_id, ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX events_type_at ON events (type, at);

CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the event log is append-only';
END;
$$;
CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_append_only();

-- Each visit's stays in a queue, rebuilt from its events by the same code as a centre's report
-- (shared/src/statistics) whenever an event of the visit arrives: what city statistics read.
CREATE TABLE stays (
  centre_id TEXT NOT NULL REFERENCES centres (id),
  ticket_id BIGINT NOT NULL,
  stay_index INTEGER NOT NULL,
  service_id TEXT NOT NULL,
  -- The local date (centre's time zone) the number was taken: the period a report counts it in.
  issued_date DATE NOT NULL,
  entered_at BIGINT NOT NULL,
  by_transfer BOOLEAN NOT NULL,
  channel TEXT NOT NULL,
  wait_minutes DOUBLE PRECISION,
  service_minutes DOUBLE PRECISION,
  end_kind TEXT NOT NULL,
  outcome TEXT,
  PRIMARY KEY (centre_id, ticket_id, stay_index)
);
CREATE INDEX stays_date ON stays (issued_date, centre_id);

-- Each centre's newest live status.
CREATE TABLE centre_status (
  centre_id TEXT PRIMARY KEY REFERENCES centres (id),
  status JSONB NOT NULL,
  taken_at BIGINT NOT NULL,
  received_at BIGINT NOT NULL
);
