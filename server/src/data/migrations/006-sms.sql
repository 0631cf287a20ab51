-- The SMS outbox: every message to a citizen is written here in the same transaction as the
-- booking or ticket change it is about, so it is durable exactly when that change is, and sent
-- afterwards by the SMS sender (server/src/notify/sms-sender.ts), which never holds up a request.
-- The id is the message's idempotency key (also sent to the gateway): a message is queued once.
CREATE TABLE sms_outbox (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  -- International form (+4540112233); phone and text are set to NULL by the privacy purge.
  phone TEXT,
  text TEXT,
  lang TEXT NOT NULL,
  appointment_code TEXT,
  ticket_id INTEGER,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'limited')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- When a queued message is next due (also the end of the lease of an attempt under way).
  next_attempt_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  -- After this a message would mislead (a reminder after the appointment, a call long over):
  -- it is then given up unsent. NULL: given up only 24 hours after created_at.
  expires_at INTEGER,
  -- When the state last changed: the time the booking desk is shown.
  changed_at INTEGER NOT NULL,
  sent_at INTEGER,
  -- Why the last attempt failed ("HTTP 503", "network error"); never the number or the text.
  last_error TEXT
);
CREATE INDEX sms_outbox_due ON sms_outbox (next_attempt_at) WHERE state = 'queued';
CREATE INDEX sms_outbox_appointment ON sms_outbox (appointment_code) WHERE appointment_code IS NOT NULL;
CREATE INDEX sms_outbox_ticket ON sms_outbox (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX sms_outbox_sent ON sms_outbox (sent_at) WHERE state = 'sent';
CREATE INDEX sms_outbox_sent_to ON sms_outbox (phone, sent_at) WHERE state = 'sent';
CREATE INDEX sms_outbox_unpurged ON sms_outbox (created_at) WHERE phone IS NOT NULL;
