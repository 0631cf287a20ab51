-- A walk-in's wish, given on the tracking page, to be told by SMS when their turn is near and when
-- they are called (server/src/engine/ticket-sms.ts). The number is personal data: it is set to
-- NULL when the citizen opts out, and the row is deleted when the business day ends. It never
-- enters the event log.
CREATE TABLE ticket_sms (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id),
  business_day TEXT NOT NULL,
  -- International form (+4540112233); NULL once the citizen opted out.
  phone TEXT,
  lang TEXT NOT NULL,
  -- How many times a number was given for the ticket: capped, so one ticket cannot text many numbers.
  times_set INTEGER NOT NULL DEFAULT 1,
  -- The queue the ticket waits in now: 0, then the event id of its latest transfer. The "near"
  -- message is queued at most once per queue, under an id made of this.
  queue_key INTEGER NOT NULL DEFAULT 0,
  -- Whether the "near" message of this queue was queued, or was not needed (already near when asked).
  near_done INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX ticket_sms_day ON ticket_sms (business_day);
CREATE INDEX ticket_sms_phone ON ticket_sms (phone, business_day) WHERE phone IS NOT NULL;
