-- One phone number or e-mail address holds at most a few coming bookings across every centre of
-- the city (docs/DECISIONS.md, "Caps: bookings, streams, queues"): a citizen's own bookings are
-- limited, the booking desk's are not (p_contact_limit NULL). The count must see every booking of
-- that number committed before, also at other centres, whose feed rows this booking does not
-- lock: so simultaneous bookings of one phone number, and of one e-mail address, queue for a
-- transaction-level advisory lock of their own (class 7301 phone, 7302 e-mail), always taken in
-- that order and before the centre's feed row, so that they cannot deadlock.
-- Outcome besides those of migration 004: 'contact-limit' (nothing inserted, no revision taken).
CREATE INDEX appointments_email ON appointments (lower(email)) WHERE email IS NOT NULL;

DROP FUNCTION book_appointment(TEXT, TEXT, TEXT, BIGINT, BIGINT, DATE, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, INTEGER, INTEGER);

CREATE FUNCTION book_appointment(
  p_code TEXT, p_centre_id TEXT, p_service_id TEXT, p_start_at BIGINT, p_end_at BIGINT, p_local_date DATE,
  p_channel TEXT, p_lang TEXT, p_name TEXT, p_phone TEXT, p_phone_key TEXT, p_email TEXT, p_cpr_hash TEXT,
  p_booked_at BIGINT, p_booked_by INTEGER, p_capacity INTEGER, p_contact_limit INTEGER
) RETURNS TABLE (outcome TEXT, revision BIGINT) LANGUAGE plpgsql AS $$
DECLARE
  taken_revision BIGINT;
  held INTEGER;
  holding INTEGER;
BEGIN
  IF p_contact_limit IS NOT NULL THEN
    IF p_phone_key IS NOT NULL THEN
      PERFORM pg_advisory_xact_lock(7301, hashtext(p_phone_key));
    END IF;
    IF p_email IS NOT NULL THEN
      PERFORM pg_advisory_xact_lock(7302, hashtext(lower(p_email)));
    END IF;
    SELECT count(*) INTO holding FROM appointments a
      WHERE a.status = 'booked' AND a.start_at >= p_booked_at
        AND ((p_phone_key IS NOT NULL AND a.phone_key = p_phone_key) OR (p_email IS NOT NULL AND lower(a.email) = lower(p_email)));
    IF holding >= p_contact_limit THEN
      RETURN QUERY SELECT 'contact-limit'::TEXT, 0::BIGINT;
      RETURN;
    END IF;
  END IF;
  INSERT INTO booking_feeds AS feed (centre_id, revision) VALUES (p_centre_id, 1)
    ON CONFLICT (centre_id) DO UPDATE SET revision = feed.revision + 1
    RETURNING feed.revision INTO taken_revision;
  SELECT count(*) INTO held FROM appointments a
    WHERE a.centre_id = p_centre_id AND a.service_id = p_service_id AND a.status = 'booked' AND a.start_at < p_end_at AND a.end_at > p_start_at;
  IF held >= p_capacity THEN
    RETURN QUERY SELECT 'full'::TEXT, taken_revision;
    RETURN;
  END IF;
  INSERT INTO appointments (code, centre_id, service_id, start_at, end_at, local_date, status, channel, lang, name, phone, phone_key,
      email, cpr_hash, booked_at, booked_by, changed_at, revision)
    VALUES (p_code, p_centre_id, p_service_id, p_start_at, p_end_at, p_local_date, 'booked', p_channel, p_lang, p_name, p_phone, p_phone_key,
      p_email, p_cpr_hash, p_booked_at, p_booked_by, p_booked_at, taken_revision)
    ON CONFLICT (code) DO NOTHING;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'code-taken'::TEXT, taken_revision;
    RETURN;
  END IF;
  RETURN QUERY SELECT 'booked'::TEXT, taken_revision;
END;
$$;
