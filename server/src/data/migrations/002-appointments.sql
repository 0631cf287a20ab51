-- Appointments booked online or by the contact centre. Name, phone, e-mail and the CPR hash are
-- the only personal data; the privacy purge sets them to NULL (and purged_at) a configured number
-- of days after the appointment, leaving service, time, channel and outcome for statistics.
CREATE TABLE appointments (
  id INTEGER PRIMARY KEY,
  -- The citizen's key to the booking: 8 symbols of an alphabet without 0/O/1/I.
  code TEXT NOT NULL UNIQUE,
  service_id TEXT NOT NULL,
  start_at INTEGER NOT NULL,
  end_at INTEGER NOT NULL,
  -- The centre's local date of start_at, for lists of a day.
  local_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('booked', 'checked-in', 'cancelled', 'no-show')),
  channel TEXT NOT NULL CHECK (channel IN ('online', 'agent')),
  lang TEXT NOT NULL,
  name TEXT,
  phone TEXT,
  email TEXT,
  -- HMAC-SHA256 of the CPR number with the centre's secret key; never the number itself.
  cpr_hash TEXT,
  booked_at INTEGER NOT NULL,
  -- The agent who booked it, for agent bookings.
  booked_by INTEGER,
  changed_at INTEGER NOT NULL,
  checked_in_at INTEGER,
  ticket_id INTEGER REFERENCES tickets (id),
  purged_at INTEGER,
  CHECK (end_at > start_at)
);
-- Places taken in a slot: appointments that still hold one.
CREATE INDEX appointments_holding ON appointments (service_id, start_at, end_at) WHERE status IN ('booked', 'checked-in');
CREATE INDEX appointments_day ON appointments (local_date, start_at);
CREATE INDEX appointments_cpr ON appointments (cpr_hash) WHERE cpr_hash IS NOT NULL;
CREATE INDEX appointments_unswept ON appointments (start_at) WHERE status = 'booked';
CREATE INDEX appointments_unpurged ON appointments (start_at) WHERE purged_at IS NULL;
