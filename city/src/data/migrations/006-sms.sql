-- The hub's SMS outbox: every message about a booking the hub owns (confirmation, reminder, moved,
-- cancelled) is written here in the same transaction as the booking change it is about, so the
-- message is durable exactly when the change is, and sent afterwards by the hub's SMS sender
-- (city/src/services/sms/), which never holds up a request. The id is the message's idempotency
-- key, also sent to the gateway: a message is queued once, and a retry is never a second SMS.
CREATE TABLE sms_outbox (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('booked', 'reminder', 'moved', 'cancelled')),
  -- International form (+4540112233); phone and text are set to NULL by the personal-data purge.
  phone TEXT,
  text TEXT,
  lang TEXT NOT NULL,
  -- No foreign key: the booking function inserts the appointment in the same statement, and the
  -- hub never deletes an appointment (the purge keeps the anonymous row).
  appointment_code TEXT NOT NULL,
  centre_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'limited')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- When a queued message is next due.
  next_attempt_at BIGINT NOT NULL,
  -- Set while an attempt is under way (by whichever hub process claimed it), until when: another
  -- process takes it up only after that, and then with the same id, so the gateway sends it once.
  leased_until BIGINT,
  created_at BIGINT NOT NULL,
  -- When the state last changed: the time the booking desk is shown.
  changed_at BIGINT NOT NULL,
  sent_at BIGINT,
  -- Why the last attempt failed ("HTTP 503", "network error"); never the number or the text.
  last_error TEXT
);
CREATE INDEX sms_outbox_due ON sms_outbox (next_attempt_at) WHERE state = 'queued';
CREATE INDEX sms_outbox_appointment ON sms_outbox (appointment_code);
-- The limits: messages sent (or being sent) an hour, to one number and in all.
CREATE INDEX sms_outbox_sent ON sms_outbox (sent_at) WHERE state = 'sent';
CREATE INDEX sms_outbox_sent_to ON sms_outbox (phone, sent_at) WHERE state = 'sent';
CREATE INDEX sms_outbox_leased ON sms_outbox (phone, leased_until) WHERE leased_until IS NOT NULL;
