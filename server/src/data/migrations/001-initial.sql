-- The centre's configuration document (one row), as imported or edited by admins.
CREATE TABLE centre_config (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  document TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  unit_id TEXT,
  role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'staff', 'agent')),
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);

-- Sign-in sessions; only a hash of the token is kept.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Small named values: the current business day.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- The last number given per prefix and business day.
CREATE TABLE number_sequences (
  business_day TEXT NOT NULL,
  prefix TEXT NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (business_day, prefix)
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  business_day TEXT NOT NULL,
  number TEXT NOT NULL,
  service_id TEXT NOT NULL,
  original_service_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN
    ('waiting', 'called', 'serving', 'finished', 'no-show', 'cancelled', 'ended-by-reset')),
  lang TEXT NOT NULL,
  tracking_code TEXT NOT NULL UNIQUE,
  issued_at INTEGER NOT NULL,
  -- The ticket's place in its queue: the issue time, unless a transfer put it at the front or back.
  queued_at INTEGER NOT NULL,
  counter_id TEXT,
  staff_id INTEGER,
  called_at INTEGER,
  started_at INTEGER,
  finished_at INTEGER,
  outcome TEXT,
  recall_count INTEGER NOT NULL DEFAULT 0,
  transfer_note TEXT,
  target_counter_id TEXT,
  target_staff_id INTEGER,
  -- Set for a checked-in appointment: the booked time.
  appointment_at INTEGER,
  UNIQUE (business_day, number)
);
-- Covering index of the queues: positions, counts and longest waits are read from it alone.
CREATE INDEX tickets_queue ON tickets (status, service_id, queued_at, id, issued_at);
CREATE INDEX tickets_waiting_appointments ON tickets (appointment_at) WHERE status = 'waiting' AND appointment_at IS NOT NULL;
CREATE INDEX tickets_reserved_counter ON tickets (target_counter_id) WHERE status = 'waiting' AND target_counter_id IS NOT NULL;
CREATE INDEX tickets_reserved_staff ON tickets (target_staff_id) WHERE status = 'waiting' AND target_staff_id IS NOT NULL;
CREATE INDEX tickets_counter ON tickets (counter_id, status);
CREATE INDEX tickets_finished ON tickets (service_id, finished_at);

-- Who sits at which counter now.
CREATE TABLE counter_state (
  counter_id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('closed', 'open', 'paused')),
  staff_id INTEGER,
  pause_reason TEXT,
  since INTEGER NOT NULL
);

-- Services a manager has closed for now.
CREATE TABLE service_state (
  service_id TEXT PRIMARY KEY,
  closed_by_staff INTEGER NOT NULL,
  changed_at INTEGER NOT NULL
);

-- Everything that happens, in order, never changed or removed: the source of statistics,
-- of the live event stream (id = SSE id) and of a visit's history.
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  ticket_id INTEGER,
  counter_id TEXT,
  staff_id INTEGER,
  -- What happened, for the history and statistics (may hold a transfer note).
  details TEXT NOT NULL,
  -- What was published on the public event stream (never personal).
  payload TEXT NOT NULL
);
CREATE INDEX events_ticket ON events (ticket_id);
CREATE INDEX events_type_at ON events (type, at);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
