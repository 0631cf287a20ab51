-- Booking at any centre: the hub owns the future appointments of linked centres, booked by
-- citizens (/book) and by the contact centre (the booking desk), and hands each centre its own
-- through a change feed. Personal data (name, phone, e-mail, CPR hash) live only in this table and
-- at the booking's centre, and are deleted a configured number of days after the appointment.
CREATE TABLE appointments (
  code TEXT PRIMARY KEY,
  centre_id TEXT NOT NULL REFERENCES centres (id),
  service_id TEXT NOT NULL,
  start_at BIGINT NOT NULL,
  end_at BIGINT NOT NULL,
  -- The centre's local date of the appointment: its day list.
  local_date DATE NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('booked', 'checked-in', 'cancelled', 'no-show')),
  channel TEXT NOT NULL CHECK (channel IN ('online', 'agent')),
  lang TEXT NOT NULL,
  name TEXT,
  phone TEXT,
  -- The phone number's national digits (no spacing, no +45), what the booking desk searches.
  phone_key TEXT,
  email TEXT,
  -- HMAC-SHA256 of the CPR number with the city's key (city_secrets); never the number.
  cpr_hash TEXT,
  booked_at BIGINT NOT NULL,
  booked_by INTEGER REFERENCES accounts (id),
  changed_at BIGINT NOT NULL,
  -- The change's place in its centre's booking feed (booking_feeds).
  revision BIGINT NOT NULL,
  purged_at BIGINT
);
CREATE INDEX appointments_held ON appointments (centre_id, service_id, start_at) WHERE status = 'booked';
CREATE UNIQUE INDEX appointments_feed ON appointments (centre_id, revision);
CREATE INDEX appointments_day ON appointments (centre_id, local_date);
CREATE INDEX appointments_start ON appointments (start_at);
CREATE INDEX appointments_phone ON appointments (phone_key) WHERE phone_key IS NOT NULL;

-- Each centre's booking feed: the revision of its newest change. A booking, move or cancellation
-- takes the next revision first, which locks the centre's row until the transaction ends: so a
-- centre's changes commit in revision order (a feed reader never skips one that commits late),
-- and the capacity check after it sees every booking committed before.
CREATE TABLE booking_feeds (
  centre_id TEXT PRIMARY KEY REFERENCES centres (id),
  revision BIGINT NOT NULL
);

-- The hub's secrets, made on first start: the city's CPR-hash key.
CREATE TABLE city_secrets (
  name TEXT PRIMARY KEY,
  value BYTEA NOT NULL,
  created_at BIGINT NOT NULL
);
